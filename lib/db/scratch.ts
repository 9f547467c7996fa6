/**
 * Throw-away databases for tests and tools: on the server DATABASE_URL names, or on an embedded
 * PostgreSQL with its own data directory and a free port (so it never meets `npm start`'s server).
 */
import net from 'node:net';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PROJECT_ROOT } from '../config';
import { dropDatabase, ensureDatabase, withDatabase } from './database-url';
import { DataDirInUseError, startEmbeddedPostgres } from './embedded-postgres';

export interface ScratchServer {
  /** A URL to a database on the server we may connect to and create databases from. */
  serverUrl: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** How many data directories a scratch server tries when the first ones belong to other live runs. */
const SCRATCH_DIRS = 4;

export async function startScratchServer(name = 'scratch'): Promise<ScratchServer> {
  if (process.env.DATABASE_URL) return { serverUrl: process.env.DATABASE_URL, stop: async () => undefined };
  // Two test runs in one checkout at once each get a directory (the first one is reused, as before).
  for (let i = 1; ; i += 1) {
    const dataDir = path.join(PROJECT_ROOT, '.data', i === 1 ? `pg-${name}` : `pg-${name}-${i}`);
    try {
      // The scratch server keeps its superuser URL: tests and tools create and drop databases with it.
      const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
      return { serverUrl: server.url, stop: server.stop };
    } catch (error) {
      if (!(error instanceof DataDirInUseError) || i >= SCRATCH_DIRS) throw error;
    }
  }
}

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(serverUrl: string, prefix = 'hub_scratch'): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  return { url: withDatabase(serverUrl, name), name, drop: () => dropDatabase(serverUrl, name) };
}
