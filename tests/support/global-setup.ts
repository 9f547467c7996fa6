/**
 * One PostgreSQL server for the whole run: DATABASE_URL's when set, else an embedded one on a free
 * port. Every test file then makes its own fresh database on it (tests/support/database.ts).
 */
import { Client } from 'pg';
import { startScratchServer, type ScratchServer } from '../../lib/db/scratch';

export const TEST_DATABASE_PREFIX = 'hub_test';

/** Test databases are named hub_test_<base-36 ms>_…; younger ones may belong to a run still going on the same server. */
const LEFTOVER_AGE_MS = 60 * 60 * 1000;

function isLeftover(name: string, now: number): boolean {
  const created = parseInt(/^hub_test_([0-9a-z]+)_/.exec(name)?.[1] ?? '', 36);
  return !Number.isFinite(created) || now - created > LEFTOVER_AGE_MS;
}

async function dropLeftovers(serverUrl: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("select datname from pg_database where datname like 'hub_test_%'");
    for (const { datname } of rows.filter((row) => isLeftover(row.datname, Date.now()))) {
      await client.query(`drop database if exists "${datname}" with (force)`);
    }
  } finally {
    await client.end();
  }
}

export default async function globalSetup(): Promise<void> {
  const server = await startScratchServer('test');
  await dropLeftovers(server.serverUrl);
  process.env.HUB_TEST_SERVER_URL = server.serverUrl;
  (globalThis as { __hubTestServer?: ScratchServer }).__hubTestServer = server;
  console.log(`\ntests use ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'the embedded PostgreSQL'}`);
}
