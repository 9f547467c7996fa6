import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type express from 'express';

/** How long close() lets requests already being answered finish before it cuts their connections. */
export const DEFAULT_CLOSE_GRACE_MS = 1000;

export interface Listening {
  server: http.Server;
  port: number;
  /**
   * Stops accepting connections, closes idle ones at once, lets requests in flight finish for up to
   * `graceMs`, then cuts whatever is still open.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * What Node's HTTP parser refuses before Express sees it (headers or a URL too large, a malformed
 * request line) is answered in JSON like every other refusal, not with an empty 400/431.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: import('node:stream').Duplex): void {
  if (!socket.writable || (error as { code?: string }).code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const body = JSON.stringify({
    errors: [{ message: tooLarge ? 'The request line or headers are too large: send the query by POST.' : 'The HTTP request is malformed.', extensions: { code: 'BAD_REQUEST' } }],
  });
  socket.end(`HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

/** Starts an HTTP server; port 0 picks a free one. */
export function listen(app: express.Express, port: number, host: string): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(app);
    server.on('clientError', answerClientError);
    let closing: Promise<void> | undefined;
    const inFlight = new Set<http.ServerResponse>();
    server.on('request', (_request: http.IncomingMessage, response: http.ServerResponse) => {
      inFlight.add(response);
      response.once('close', () => inFlight.delete(response));
      // A keep-alive client would send its next request on a connection about to be closed under it.
      if (closing && !response.headersSent) response.setHeader('connection', 'close');
    });
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      resolve({
        server,
        port: address.port,
        close: (graceMs = DEFAULT_CLOSE_GRACE_MS) =>
          (closing ??= new Promise<void>((done) => {
            for (const response of inFlight) if (!response.headersSent) response.setHeader('connection', 'close');
            // A connection turns idle once its response is sent: close those as they come, until none is left.
            const sweep = setInterval(() => server.closeIdleConnections(), 20);
            const cut = setTimeout(() => server.closeAllConnections(), graceMs);
            server.close(() => {
              clearInterval(sweep);
              clearTimeout(cut);
              done();
            });
            server.closeIdleConnections();
          })),
      });
    });
  });
}
