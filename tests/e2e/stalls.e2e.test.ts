/**
 * Stall drills: a subgraph, then a database, that stays connected but stops answering (a relay on
 * 127.0.0.1 that holds its bytes). With the default timeouts the client gets a coded error within the
 * request deadline, the other subgraphs' data still comes back, the operator's log names the service,
 * the cause and the request id once for the burst, and everything answers again once the peer does.
 */
import { readSupergraph } from '../../gateway/schema-files';
import { createGatewayApp } from '../../gateway/server';
import type { SubgraphName } from '../../lib/config';
import { CLIENT_WAIT_MARGIN_MS } from '../../lib/db/orm';
import { listen, type Listening } from '../../lib/http/listen';
import { startSubgraph, type RunningSubgraph } from '../../lib/service/run-service';
import { timeoutsFromEnv, type Timeouts } from '../../lib/settings';
import { SUBGRAPHS } from '../../subgraphs';
import { createTestDatabase } from '../support/database';
import { postGraphQL, startTestHub, type TestHub } from '../support/hub';
import { captureLog, type LogLine } from '../support/log';
import { startStallProxy, type StallProxy } from '../support/stall-proxy';

const DEADLINE_MS = timeoutsFromEnv().requestMs;
/** The database's own limit: statement_timeout plus the client's margin (lib/db/orm.ts). */
const DATABASE_WAIT_MS = timeoutsFromEnv().dbStatementMs + CLIENT_WAIT_MARGIN_MS;

/** One query across the four subgraphs; 000:156 smoe-eri 2020 예산현액 117,507,909 천원. */
const ACROSS = `{ organization(id: "smoe-eri") {
  nameKo
  staffingRollup { authorized }
  budgetRollup(fiscalYear: 2020) { amounts { current } }
  trainingRollup(year: 2020, phase: RESULT) { programs }
  itRollup { systems }
} }`;

let hub: TestHub;
const proxies: StallProxy[] = [];
const closers: Array<() => Promise<void>> = [];

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  for (const close of closers.reverse()) await close();
  for (const proxy of proxies) await proxy.close();
  await hub?.stop();
});

/** A gateway of the test's own over the hub's subgraphs, some of them reached through stall proxies. */
async function gatewayVia(overrides: Partial<Record<SubgraphName, string>>, timeouts: Partial<Timeouts> = {}): Promise<{ url: string; log: LogLine[] }> {
  const { lines: log, logger } = captureLog();
  const subgraphUrls = { ...Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.url])), ...overrides };
  const { app, apollo } = await createGatewayApp({ supergraphSdl: readSupergraph(), secret: hub.secret, subgraphUrls, logger, timeouts: { ...timeoutsFromEnv(), ...timeouts } });
  const listening: Listening = await listen(app, 0, '127.0.0.1');
  closers.push(async () => {
    await listening.close();
    await apollo.stop();
  });
  return { url: `http://127.0.0.1:${listening.port}/graphql`, log };
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await run();
  return { result, ms: Date.now() - started };
}

it('a stalled subgraph: SERVICE_TIMEOUT naming it within the deadline, the rest answers, and it recovers', async () => {
  const training = hub.subgraph('training');
  const proxy = await startStallProxy(Number(new URL(training.url).port));
  proxies.push(proxy);
  // The subgraph timeout well inside the deadline, so a loaded machine cannot turn it into REQUEST_TIMEOUT.
  const SUBGRAPH_MS = 1500;
  const gateway = await gatewayVia({ training: `http://127.0.0.1:${proxy.port}/graphql` }, { subgraphMs: SUBGRAPH_MS });
  const full = await postGraphQL<any>(gateway.url, { query: ACROSS });
  expect(full.errors).toBeUndefined();

  proxy.pause();
  const pending = Promise.all([1, 2, 3].map(() => timed(() => postGraphQL<any>(gateway.url, { query: ACROSS }))));
  // The gateway's own process is not held up by a subgraph that is.
  const health = await timed(() => fetch(gateway.url.replace('/graphql', '/healthz')));
  expect(health.result.status).toBe(200);
  expect(health.ms).toBeLessThan(500);
  const stalled = await pending;
  const worst = Math.max(...stalled.map((s) => s.ms));
  console.log(`stall drill, subgraph: ${stalled.length} requests answered in at most ${worst} ms (subgraph timeout ${SUBGRAPH_MS} ms, deadline ${DEADLINE_MS} ms)`);
  expect(worst).toBeLessThan(DEADLINE_MS);
  expect(worst).toBeGreaterThanOrEqual(SUBGRAPH_MS);
  for (const { result } of stalled) {
    expect(result.status).toBe(200);
    expect(result.data.organization).toEqual({ ...full.data.organization, trainingRollup: null });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'A service of the hub did not answer in time; nothing was changed. Try again shortly.',
        path: ['organization'],
        extensions: expect.objectContaining({ code: 'SERVICE_TIMEOUT', serviceName: 'training' }),
      }),
    ]);
  }
  // One line for the burst, with the service, the cause and the first request's id.
  const lines = gateway.log.filter((l) => l.kind === 'SERVICE_TIMEOUT');
  expect(lines).toHaveLength(1);
  expect(lines[0].cause).toMatch(/^training: training at http:\/\/127\.0\.0\.1:\d+\/graphql: .*(timeout|aborted)/i);
  expect(stalled.map((s) => s.result.errors![0].extensions!.requestId)).toContain(lines[0].requestId);

  proxy.resume();
  const recovered = await timed(() => postGraphQL<any>(gateway.url, { query: ACROSS }));
  console.log(`stall drill, subgraph: full answer again ${recovered.ms} ms after the relay resumed`);
  expect(recovered.result.errors).toBeUndefined();
  expect(recovered.result.data).toEqual(full.data);
});

it('the request deadline caps the wait when it is shorter than the subgraph timeout: REQUEST_TIMEOUT', async () => {
  const budgets = hub.subgraph('budgets');
  const proxy = await startStallProxy(Number(new URL(budgets.url).port));
  proxies.push(proxy);
  const { app, apollo } = await createGatewayApp({
    supergraphSdl: readSupergraph(),
    secret: hub.secret,
    subgraphUrls: { ...Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.url])), budgets: `http://127.0.0.1:${proxy.port}/graphql` },
    timeouts: { ...timeoutsFromEnv(), requestMs: 800, subgraphMs: 4000 },
    logger: captureLog().logger,
  });
  const listening = await listen(app, 0, '127.0.0.1');
  closers.push(async () => {
    await listening.close();
    await apollo.stop();
  });
  proxy.pause();
  const { result, ms } = await timed(() => postGraphQL<any>(`http://127.0.0.1:${listening.port}/graphql`, { query: ACROSS }));
  expect(ms).toBeLessThan(800 + 500);
  expect(result.data.organization.nameKo).toBe('서울특별시교육청교육연구정보원');
  expect(result.data.organization.budgetRollup).toBeNull();
  expect(result.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'REQUEST_TIMEOUT', serviceName: 'budgets' }) })]);
  proxy.resume();
});

it('a stalled database: DATABASE_TIMEOUT within the deadline, no address or SQL in the reply, and the subgraph recovers', async () => {
  // The budgets subgraph of its own, on a fresh database reached through a relay.
  const database = await createTestDatabase();
  const target = new URL(database.url);
  const proxy = await startStallProxy(Number(target.port || 5432), target.hostname);
  proxies.push(proxy);
  const viaProxy = new URL(database.url);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  const budgets: RunningSubgraph = await startSubgraph(SUBGRAPHS.find((d) => d.name === 'budgets')!, {
    databaseUrl: viaProxy.toString(),
    secret: hub.secret,
    port: 0,
    seed: true,
  });
  closers.push(async () => {
    await budgets.close();
    await database.drop();
  });
  // The gateway waits longer than the database's own limit, so what the client hears is the database's timeout.
  const gateway = await gatewayVia({ budgets: budgets.url }, { subgraphMs: 20_000, requestMs: 30_000 });
  const query = '{ organization(id: "smoe-eri") { nameKo budgetRollup(fiscalYear: 2020) { amounts { current } } } }';
  const full = await postGraphQL<any>(gateway.url, { query });
  expect(full.data.organization.budgetRollup.amounts.current).toBe('117507909000');

  proxy.pause();
  const { result, ms } = await timed(() => postGraphQL<any>(gateway.url, { query }));
  // The statement's wait (statement_timeout plus the client's margin), or sooner the connect or pool timeout
  // when the pool has to open a connection through the stalled relay: both are the database not answering in time.
  console.log(`stall drill, database: answered in ${ms} ms (statement limit ${DATABASE_WAIT_MS} ms, default deadline ${DEADLINE_MS} ms)`);
  expect(ms).toBeLessThan(Math.min(DEADLINE_MS, DATABASE_WAIT_MS + 1000));
  expect(result.data.organization).toEqual({ nameKo: '서울특별시교육청교육연구정보원', budgetRollup: null });
  expect(result.errors).toEqual([
    expect.objectContaining({
      message: 'The database did not answer in time; nothing was changed. Try again shortly.',
      extensions: expect.objectContaining({ code: 'DATABASE_TIMEOUT', serviceName: 'budgets' }),
    }),
  ]);
  expect(JSON.stringify(result)).not.toMatch(/select|127\.0\.0\.1|postgres|budget_line|\/work\//i);

  proxy.resume();
  const started = Date.now();
  let again = await postGraphQL<any>(gateway.url, { query });
  while (again.errors && Date.now() - started < 5000) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    again = await postGraphQL<any>(gateway.url, { query });
  }
  console.log(`stall drill, database: full answer again ${Date.now() - started} ms after the relay resumed`);
  expect(again.errors).toBeUndefined();
  expect(again.data).toEqual(full.data);
});
