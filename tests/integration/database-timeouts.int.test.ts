/**
 * The database timeouts of a subgraph's ORM (small ones here; the defaults come from timeoutsFromEnv):
 * a statement past statement_timeout fails with PostgreSQL's own message, a request finds no free
 * connection for no longer than the acquire timeout, a server that keeps a statement running past the
 * client's patience is given up on, and after each the pool serves the next request. The seed load
 * lifts the statement timeout for its own transaction.
 */
import { CLIENT_WAIT_MARGIN_MS, closeSubgraphDatabase, openSubgraphDatabase, type DatabaseTimeouts, type SubgraphOrm } from '../../lib/db/orm';
import type { ScratchDatabase } from '../../lib/db/scratch';
import { loadSeeds } from '../../lib/seeds/load-seeds';
import { organizationsSubgraph } from '../../subgraphs/organizations/subgraph';
import { createTestDatabase } from '../support/database';

const timeouts: DatabaseTimeouts = { dbStatementMs: 300, dbAcquireMs: 200, dbConnectMs: 1000 };
let database: ScratchDatabase;
let orm: SubgraphOrm;
const sql: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await openSubgraphDatabase({
    subgraph: 'organizations',
    clientUrl: database.url,
    entities: organizationsSubgraph.entities,
    migrations: organizationsSubgraph.migrations,
    timeouts,
    onQuery: (statement) => sql.push(statement),
  });
});

afterAll(async () => {
  if (orm) await closeSubgraphDatabase(orm);
  await database?.drop();
});

const execute = (statement: string) => orm.em.fork().getConnection().execute(statement);

async function timed<T>(work: Promise<T>): Promise<{ ms: number; result?: T; error?: Error & { code?: string } }> {
  const started = Date.now();
  try {
    return { ms: Date.now() - started, result: await work };
  } catch (error) {
    return { ms: Date.now() - started, error: error as Error & { code?: string } };
  }
}

async function expectPoolServes(): Promise<void> {
  const { ms, result } = await timed(execute('select 1 as one'));
  expect(result).toEqual([{ one: 1 }]);
  expect(ms).toBeLessThan(500);
}

it('a statement longer than the statement timeout fails with PostgreSQL’s clear error, in time, and the pool serves on', async () => {
  const { ms, error } = await timed(execute('select pg_sleep(2)'));
  expect(error).toMatchObject({ code: '57014', message: expect.stringContaining('canceling statement due to statement timeout') });
  expect(ms).toBeGreaterThanOrEqual(timeouts.dbStatementMs - 50);
  expect(ms).toBeLessThan(timeouts.dbStatementMs + 700);
  await expectPoolServes();
});

it('with every connection busy, the next request gives up after the acquire timeout; then the pool serves again', async () => {
  // The pool holds four connections: four slow statements take them all.
  const busy = Array.from({ length: 4 }, () => timed(execute('select pg_sleep(1)')));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const waiting = await timed(execute('select 1'));
  expect(waiting.error?.message).toMatch(/Timeout acquiring a connection/);
  expect(waiting.ms).toBeLessThan(timeouts.dbAcquireMs + 300);
  for (const { error } of await Promise.all(busy)) expect(error).toMatchObject({ code: '57014' });
  await expectPoolServes();
});

it('a statement the server keeps running past the client’s wait (statement timeout + margin) is given up on, and its connection is not handed out again', async () => {
  const clientWait = timeouts.dbStatementMs + CLIENT_WAIT_MARGIN_MS;
  // The server's own timeout lifted for this one transaction: only the client's wait can end it.
  const { ms, error } = await timed(
    orm.em.fork().transactional(async (tx) => {
      await tx.execute('set local statement_timeout = 0');
      await tx.execute('select pg_sleep(3)');
    }),
  );
  expect(error?.message).toMatch(/Query read timeout/);
  expect(ms).toBeGreaterThanOrEqual(clientWait - 50);
  // The rollback after it waits behind the statement on that connection and times out once more.
  expect(ms).toBeLessThan(2 * clientWait + 500);
  for (let i = 0; i < 6; i += 1) await expectPoolServes();
});

it('the seed load lifts the statement timeout for its transaction (its inserts may take longer than a request may)', async () => {
  sql.length = 0;
  const result = await loadSeeds(orm, organizationsSubgraph, { force: true });
  expect(result.status).toBe('loaded');
  const begin = sql.findIndex((statement) => /^begin/i.test(statement));
  const lift = sql.indexOf('set local statement_timeout = 0');
  const firstInsert = sql.findIndex((statement) => /^insert/i.test(statement));
  expect(begin).toBeGreaterThanOrEqual(0);
  expect(lift).toBeGreaterThan(begin);
  expect(firstInsert).toBeGreaterThan(lift);
});
