/**
 * How a service's HTTP server closes: it stops taking connections, closes idle keep-alive ones at once,
 * lets requests in flight finish within the grace, and cuts only what outlasts it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { listen, type Listening } from '../../lib/http/listen';

function app(): express.Express {
  const served = express();
  served.get('/slow', (request, response) => {
    const timer = setTimeout(() => response.json({ waited: Number(request.query.ms) }), Number(request.query.ms));
    response.once('close', () => clearTimeout(timer));
  });
  served.get('/fast', (_request, response) => {
    response.json({ fast: true });
  });
  return served;
}

interface Reply {
  status?: number;
  body?: string;
  connection?: string;
  error?: string;
  at: number;
}

function get(agent: http.Agent, port: number, path: string, started: number): Promise<Reply> {
  return new Promise((resolve) => {
    const request = http.get({ agent, host: '127.0.0.1', port, path }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode, body, connection: response.headers.connection, at: Date.now() - started }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message, at: Date.now() - started }));
  });
}

let listening: Listening;
let agent: http.Agent;
beforeEach(async () => {
  listening = await listen(app(), 0, '127.0.0.1');
  agent = new http.Agent({ keepAlive: true });
});
afterEach(async () => {
  agent.destroy();
  await listening.close(0);
});

it('close() lets a request in flight finish, closes an idle keep-alive connection at once, and refuses new connections', async () => {
  const { port } = listening.server.address() as AddressInfo;
  const idleAgent = new http.Agent({ keepAlive: true });
  try {
    // A connection that answered and now idles in the client's pool.
    expect((await get(idleAgent, port, '/fast', Date.now())).status).toBe(200);
    const idleSocket = Object.values(idleAgent.freeSockets).flat()[0]!;
    const started = Date.now();
    let idleClosedAt: number | undefined;
    idleSocket.once('close', () => (idleClosedAt = Date.now() - started));

    const inFlight = get(agent, port, '/slow?ms=400', started);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = listening.close(1000).then(() => Date.now() - started);
    const refused = await get(new http.Agent(), port, '/fast', started);

    const reply = await inFlight;
    expect(reply).toMatchObject({ status: 200, body: JSON.stringify({ waited: 400 }), connection: 'close' });
    expect(refused.error).toBe('ECONNREFUSED');
    const closedAt = await closing;
    // Done as soon as the last request was answered, well inside the grace.
    expect(closedAt).toBeGreaterThanOrEqual(reply.at - 5);
    expect(closedAt).toBeLessThan(800);
    expect(idleClosedAt).toBeLessThan(150);
  } finally {
    idleAgent.destroy();
  }
});

it('a request that outlasts the grace is cut when the grace ends', async () => {
  const { port } = listening.server.address() as AddressInfo;
  const started = Date.now();
  const inFlight = get(agent, port, '/slow?ms=5000', started);
  await new Promise((resolve) => setTimeout(resolve, 50));
  await listening.close(300);
  const closedAt = Date.now() - started;
  expect(closedAt).toBeGreaterThanOrEqual(340);
  expect(closedAt).toBeLessThan(800);
  expect((await inFlight).error).toBe('ECONNRESET');
});
