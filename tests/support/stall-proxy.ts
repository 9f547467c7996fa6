/**
 * A TCP relay on 127.0.0.1 that can stop relaying (a peer that is up but does not answer: a paused
 * subgraph or database) and start again. Loopback only; the drills put it between the hub and a peer.
 */
import net from 'node:net';

export interface StallProxy {
  port: number;
  /** Stops relaying in both directions; bytes are held, in order, until resume(). */
  pause(): void;
  resume(): void;
  close(): Promise<void>;
}

export async function startStallProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<StallProxy> {
  let paused = false;
  /** Bytes held while paused, per direction, in order. */
  const held: Array<{ to: net.Socket; chunk: Buffer }> = [];
  const pairs = new Set<[net.Socket, net.Socket]>();
  const relay = (from: net.Socket, to: net.Socket) =>
    from.on('data', (chunk: Buffer) => {
      if (paused) held.push({ to, chunk });
      else to.write(chunk);
    });
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    relay(client, upstream);
    relay(upstream, client);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    pause: () => {
      paused = true;
    },
    resume: () => {
      paused = false;
      for (const { to, chunk } of held.splice(0)) if (!to.destroyed) to.write(chunk);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const [client, upstream] of pairs) {
          client.destroy();
          upstream.destroy();
        }
        server.close(() => resolve());
      }),
  };
}
