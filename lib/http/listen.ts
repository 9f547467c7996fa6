import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type express from 'express';

export interface Listening {
  server: http.Server;
  port: number;
  close(): Promise<void>;
}

/** Starts an HTTP server; port 0 picks a free one. */
export function listen(app: express.Express, port: number, host: string): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(app);
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      resolve({
        server,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
