/**
 * Clean stops of the real entry points: `npm start`, the gateway alone and each subgraph alone stop on
 * SIGINT (Ctrl-C) and SIGTERM, with NODE_ENV unset and production, within 2 s of the signal — also with a
 * request in flight that the database does not answer. A hub killed with SIGKILL leaves its PostgreSQL
 * running; the next start stops that server, says so and serves. Every service is spawned as a user
 * would (npm, its own process group, free ports, 127.0.0.1 only); independent ones start at once.
 *
 * On a DATABASE_URL run the hubs and subgraphs use DATABASE_URL's server (databases that do not exist
 * yet, so the start creates them); otherwise one subgraph alone and the hubs start their own embedded
 * servers. The killed hub always runs on an embedded server (that is what it leaves behind).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { PROJECT_ROOT, SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
import { credentialsFileOf, readCredentials } from '../../lib/db/credentials';
import { dropDatabase, withDatabase } from '../../lib/db/database-url';
import { ownerFileOf, portInUse, processAlive } from '../../lib/db/embedded-postgres';
import type { ScratchDatabase } from '../../lib/db/scratch';
import { createTestDatabase, testServerUrl } from '../support/database';
import { postGraphQL } from '../support/hub';
import { freePorts, killGroup, startService, stopGroup, type Service } from '../support/processes';

const STOP_LIMIT_MS = 2000;
const onDatabaseUrl = !!process.env.DATABASE_URL;
const runId = `${Date.now().toString(36)}_${randomBytes(2).toString('hex')}`;

// 000:156 — 예산현액 계 117,507,909 천원; an answer that needs all four subgraphs.
const ACROSS_ALL = '{ organization(id: "smoe-eri") { nameKo budgetTotal(fiscalYear: 2020) { current } trainingPrograms { totalCount } informationSystems { totalCount } } }';

/** `logs`: the services whose output explains a failure (the caller sees only a masked error). */
async function expectAnswers(url: string, logs: Service[]): Promise<void> {
  const response = await postGraphQL<{ organization: { nameKo: string; budgetTotal: { current: string } } }>(url, { query: ACROSS_ALL });
  if (response.errors) throw new Error(`${url} answered ${JSON.stringify(response.errors)}; the services logged:\n${logs.map((s) => `--- ${s.name}\n${s.output()}`).join('\n')}`);
  expect(response.data!.organization).toMatchObject({ nameKo: '서울특별시교육청교육연구정보원', budgetTotal: { current: '117507909000' } });
}

let portPool: number[] = [];
const port = () => {
  const next = portPool.pop();
  if (next === undefined) throw new Error('the test ran out of free ports it had set aside');
  return next;
};

function env(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = { ...process.env };
  // jest sets NODE_ENV=test; every service here states its own (or none).
  for (const name of ['NODE_ENV', 'DATABASE_URL', 'HUB_GATEWAY_SECRET', 'HUB_PG_PORT', 'HUB_PG_DATA_DIR']) delete result[name];
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) result[name] = value;
  return result;
}

const dataDirs: string[] = [];
function dataDir(label: string): string {
  const dir = path.join(PROJECT_ROOT, '.data', `pg-shutdown-${runId}-${label}`);
  dataDirs.push(dir);
  return dir;
}

/** A database name on the run's server that does not exist yet (the prefix lets global setup sweep it after a crash). */
const freshDatabases: string[] = [];
function freshDatabaseUrl(label: string): string {
  const name = `hub_test_${runId}_${label}`;
  freshDatabases.push(name);
  return withDatabase(testServerUrl(), name);
}

interface Hub {
  service: Service;
  url?: string;
  ports: number[];
  embedded?: { dataDir: string; port: number };
  databaseUrl?: string;
}

function startHubProcess(label: string, options: { nodeEnv?: string; embedded: boolean; dataDir?: string; pgPort?: number; ports?: number[] }): Hub {
  const ports = options.ports ?? [port(), port(), port(), port(), port()];
  const embedded = options.embedded ? { dataDir: options.dataDir ?? dataDir(label), port: options.pgPort ?? port() } : undefined;
  const databaseUrl = embedded ? undefined : freshDatabaseUrl(label);
  const service = startService(
    `npm start (${label})`,
    ['start'],
    env({
      NODE_ENV: options.nodeEnv,
      GATEWAY_PORT: String(ports[0]),
      ORGANIZATIONS_PORT: String(ports[1]),
      BUDGETS_PORT: String(ports[2]),
      TRAINING_PORT: String(ports[3]),
      INFRASTRUCTURE_PORT: String(ports[4]),
      DATABASE_URL: databaseUrl,
      HUB_PG_PORT: embedded && String(embedded.port),
      HUB_PG_DATA_DIR: embedded?.dataDir,
    }),
  );
  return { service, ports, embedded, databaseUrl };
}

async function hubUp(hub: Hub): Promise<void> {
  const [, url] = await hub.service.waitFor(/GraphQL endpoint and explorer: (\S+)/, 90_000);
  hub.url = url;
}

/** After a stop: no port of the service open, and an embedded server shut down (not killed: its pid file is gone). */
async function expectAllClosed(ports: number[], embedded?: { dataDir: string; port: number }): Promise<void> {
  for (const p of ports) expect(await portInUse(p)).toBe(false);
  if (embedded) {
    expect(await portInUse(embedded.port)).toBe(false);
    expect(fs.existsSync(path.join(embedded.dataDir, 'postmaster.pid'))).toBe(false);
    expect(fs.existsSync(ownerFileOf(embedded.dataDir))).toBe(false);
  }
}

interface Alone {
  name: SubgraphName;
  service: Service;
  port: number;
  url?: string;
  embedded?: { dataDir: string; port: number };
}

/** One set of the four subgraphs alone; `ownServer` starts its own embedded server, the others use `databaseUrl`. */
function startSubgraphSet(label: string, secret: string, databaseUrl: string, nodeEnvs: Array<string | undefined>, ownServer?: SubgraphName): Alone[] {
  return SUBGRAPH_NAMES.map((name, i) => {
    const listenPort = port();
    const embedded = name === ownServer ? { dataDir: dataDir(`${label}-${name}`), port: port() } : undefined;
    const service = startService(
      `${name} alone (${label})`,
      ['run', `start:${name}`],
      env({
        NODE_ENV: nodeEnvs[i],
        HUB_GATEWAY_SECRET: secret,
        [`${name.toUpperCase()}_PORT`]: String(listenPort),
        DATABASE_URL: embedded ? undefined : databaseUrl,
        HUB_PG_PORT: embedded && String(embedded.port),
        HUB_PG_DATA_DIR: embedded?.dataDir,
      }),
    );
    return { name, service, port: listenPort, embedded };
  });
}

interface Gateway {
  service: Service;
  port: number;
  url?: string;
}

function startGatewayProcess(label: string, secret: string, subgraphs: Alone[], nodeEnv: string | undefined): Gateway {
  const gatewayPort = port();
  const service = startService(
    `gateway alone (${label})`,
    ['run', 'start:gateway'],
    env({
      NODE_ENV: nodeEnv,
      HUB_GATEWAY_SECRET: secret,
      GATEWAY_PORT: String(gatewayPort),
      ...Object.fromEntries(subgraphs.map((s) => [`SUBGRAPH_${s.name.toUpperCase()}_URL`, s.url])),
    }),
  );
  return { service, port: gatewayPort };
}

let hubInFlight: Hub;
let hubTerm: Hub;
let hubKilled: Hub;
let setInt: Alone[];
let setTerm: Alone[];
let gatewayTerm: Gateway;
let gatewayInt: Gateway;
let existingDatabase: ScratchDatabase;
/** Signalled while still starting (its main thread busy building the gateway): what it left behind. */
let duringStart: Promise<{ ms: number; hub: Hub }>;
const everything: Array<Service | undefined> = [];
const stopTimes: string[] = [];

beforeAll(async () => {
  portPool = await freePorts(60);
  existingDatabase = await createTestDatabase();
  // Everything independent starts at once: three hubs and two sets of subgraphs alone.
  hubInFlight = startHubProcess('inflight', { nodeEnv: 'production', embedded: !onDatabaseUrl });
  hubTerm = startHubProcess('term', { embedded: !onDatabaseUrl });
  hubKilled = startHubProcess('killed', { nodeEnv: 'production', embedded: true });
  // SIGINT set: on an embedded run organizations starts its own server; the others share a database that exists.
  setInt = startSubgraphSet('int', 'secret-int', existingDatabase.url, ['production', undefined, 'production', undefined], onDatabaseUrl ? undefined : 'organizations');
  // SIGTERM set: a database that does not exist yet, which the four, started at once, must create once between them.
  setTerm = startSubgraphSet('term', 'secret-term', freshDatabaseUrl('alone'), [undefined, 'production', undefined, 'production']);
  const starting = startHubProcess('starting', { embedded: true });
  everything.push(hubInFlight.service, hubTerm.service, hubKilled.service, starting.service, ...setInt.map((s) => s.service), ...setTerm.map((s) => s.service));
  duringStart = (async () => {
    await starting.service.waitFor(/seeds (loaded|unchanged)/, 90_000);
    return { ms: await stopGroup(starting.service, 'SIGINT'), hub: starting };
  })();
  // Awaited by its own test; a failure here must not surface as an unhandled rejection first.
  duringStart.catch(() => undefined);

  await Promise.all(
    [...setInt, ...setTerm].map(async (s) => {
      const [, url] = await s.service.waitFor(/subgraph: (http\S+)/, 90_000);
      s.url = url;
    }),
  );
  gatewayTerm = startGatewayProcess('term', 'secret-int', setInt, undefined);
  gatewayInt = startGatewayProcess('int', 'secret-term', setTerm, 'production');
  everything.push(gatewayTerm.service, gatewayInt.service);
  await Promise.all([
    ...[gatewayTerm, gatewayInt].map(async (g) => {
      const [, url] = await g.service.waitFor(/gateway: (http\S+)/, 60_000);
      g.url = url;
    }),
    hubUp(hubInFlight),
    hubUp(hubTerm),
    hubUp(hubKilled),
  ]);
}, 150_000);

afterAll(async () => {
  for (const service of everything) killGroup(service);
  console.log(`stop times, signal to process group gone (limit ${STOP_LIMIT_MS} ms, ${onDatabaseUrl ? 'DATABASE_URL' : 'embedded PostgreSQL'} run):\n  ${stopTimes.join('\n  ')}`);
  // A server of a test that failed half-way is stopped before its directory goes.
  for (const dir of dataDirs) {
    const pid = Number(fs.existsSync(path.join(dir, 'postmaster.pid')) ? fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0] : 0);
    if (pid && processAlive(pid)) {
      process.kill(pid, 'SIGINT');
      for (let i = 0; i < 100 && processAlive(pid); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const file of [dir, credentialsFileOf(dir), ownerFileOf(dir), `${dir}.log`]) fs.rmSync(file, { recursive: true, force: true });
  }
  await existingDatabase?.drop();
  for (const name of freshDatabases) await dropDatabase(testServerUrl(), name);
}, 60_000);

async function measuredStop(service: Service, signal: NodeJS.Signals, label: string): Promise<number> {
  const ms = await stopGroup(service, signal);
  stopTimes.push(`${label} (${signal}): ${ms} ms`);
  return ms;
}

it('kill -9 of the hub: the next start stops the PostgreSQL it left, says so, and serves; a live owner or a foreign port is refused by name', async () => {
  const { dataDir: dir, port: pgPort } = hubKilled.embedded!;
  await expectAnswers(hubKilled.url!, [hubKilled.service]);
  const owner = Number(fs.readFileSync(ownerFileOf(dir), 'utf8'));

  // While it runs, a second hub on the same data directory refuses plainly, naming the owner.
  const second = startHubProcess('second', { embedded: true, dataDir: dir, pgPort });
  // A port held by something that is not our server: named, with the variable that moves it.
  const foreign = net.createServer((socket) => socket.destroy());
  const foreignPort = port();
  await new Promise<void>((resolve) => foreign.listen(foreignPort, '127.0.0.1', resolve));
  const blocked = startHubProcess('port-taken', { embedded: true, pgPort: foreignPort });
  everything.push(second.service, blocked.service);
  try {
    expect(await second.service.exited).toBe(1);
    expect(second.service.output()).toContain(`another hub (pid ${owner}) is using ${dir}: stop it first, or set HUB_PG_DATA_DIR and HUB_PG_PORT`);
    expect(await blocked.service.exited).toBe(1);
    expect(blocked.service.output()).toMatch(new RegExp(`port ${foreignPort} is held by something that is not this hub's PostgreSQL.*set HUB_PG_PORT`));
  } finally {
    foreign.close();
  }

  // SIGKILL reaches only the hub's own group (npm, sh, tsx, node): postgres runs in its own and lives on.
  const postgresPid = Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  await stopGroup(hubKilled.service, 'SIGKILL');
  expect(processAlive(postgresPid)).toBe(true);
  expect(await portInUse(pgPort)).toBe(true);

  const again = startHubProcess('killed', { nodeEnv: 'production', embedded: true, dataDir: dir, pgPort, ports: hubKilled.ports });
  everything.push(again.service);
  await hubUp(again);
  expect(again.service.output()).toContain(`embedded PostgreSQL: a server (pid ${postgresPid}) was left running in ${dir} by a hub that is gone (pid ${owner}); stopping it before starting afresh`);
  expect(again.service.output()).toContain(`embedded PostgreSQL: stopped the left-over server (pid ${postgresPid})`);
  expect(processAlive(postgresPid)).toBe(false);
  await expectAnswers(again.url!, [again.service]);

  expect(await measuredStop(again.service, 'SIGINT', 'npm start after a kill -9, NODE_ENV=production')).toBeLessThan(STOP_LIMIT_MS);
  await expectAllClosed(again.ports, again.embedded);
});

it('the gateway alone stops within 2 s on SIGTERM (NODE_ENV unset) and SIGINT (NODE_ENV=production)', async () => {
  await Promise.all([
    expectAnswers(gatewayTerm.url!, [gatewayTerm.service, ...setInt.map((s) => s.service)]),
    expectAnswers(gatewayInt.url!, [gatewayInt.service, ...setTerm.map((s) => s.service)]),
  ]);
  const [term, int] = await Promise.all([
    measuredStop(gatewayTerm.service, 'SIGTERM', 'gateway alone, NODE_ENV unset'),
    measuredStop(gatewayInt.service, 'SIGINT', 'gateway alone, NODE_ENV=production'),
  ]);
  expect(term).toBeLessThan(STOP_LIMIT_MS);
  expect(int).toBeLessThan(STOP_LIMIT_MS);
  await expectAllClosed([gatewayTerm.port, gatewayInt.port]);
});

it('each subgraph alone stops within 2 s on SIGINT and on SIGTERM, NODE_ENV unset and production; the four started at once created their missing database once', async () => {
  // The four of the SIGTERM set were given a database that did not exist: none failed, one created it.
  const created = setTerm.filter((s) => /database: created database/.test(s.service.output()));
  expect(created).toHaveLength(1);
  const times = await Promise.all([
    ...setInt.map((s, i) => measuredStop(s.service, 'SIGINT', `${s.name} alone${s.embedded ? ' (own embedded PostgreSQL)' : ''}, NODE_ENV ${i % 2 ? 'unset' : 'production'}`)),
    ...setTerm.map((s, i) => measuredStop(s.service, 'SIGTERM', `${s.name} alone, NODE_ENV ${i % 2 ? 'production' : 'unset'}`)),
  ]);
  for (const ms of times) expect(ms).toBeLessThan(STOP_LIMIT_MS);
  for (const s of [...setInt, ...setTerm]) await expectAllClosed([s.port], s.embedded);
  if (!onDatabaseUrl) expect(setInt.some((s) => s.embedded)).toBe(true);
});

it('npm start (NODE_ENV=production) stops within 2 s of Ctrl-C with a request in flight that the database does not answer', async () => {
  await expectAnswers(hubInFlight.url!, [hubInFlight.service]);
  const credentials = hubInFlight.embedded && readCredentials(credentialsFileOf(hubInFlight.embedded.dataDir))!;
  const adminUrl = hubInFlight.embedded
    ? `postgres://postgres:${credentials!.admin.password}@127.0.0.1:${hubInFlight.embedded.port}/hub`
    : hubInFlight.databaseUrl!;
  const admin = new Client({ connectionString: adminUrl });
  // The embedded server ends this session when it shuts down.
  admin.on('error', () => undefined);
  await admin.connect();
  try {
    await admin.query('begin');
    await admin.query('lock table organizations.organization in access exclusive mode');
    const answer = postGraphQL(hubInFlight.url!, { query: '{ organization(id: "smoe-eri") { nameKo } }' }).then(
      (response) => `answered ${response.status}`,
      (error: Error) => `cut: ${error.message}`,
    );
    // Signal only once the hub's statement is waiting on the lock.
    for (let i = 0; ; i += 1) {
      const { rows } = await admin.query<{ waiting: number }>("select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'");
      if (rows[0].waiting > 0) break;
      if (i > 100) throw new Error('the request never reached the database');
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    expect(await measuredStop(hubInFlight.service, 'SIGINT', `npm start with a request stuck on the database, NODE_ENV=production, ${onDatabaseUrl ? 'DATABASE_URL' : 'embedded'}`)).toBeLessThan(STOP_LIMIT_MS);
    // The caller was not left hanging either.
    await expect(answer).resolves.toEqual(expect.any(String));
  } finally {
    await admin.end().catch(() => undefined);
  }
  expect(hubInFlight.service.output()).toContain('SIGINT: stopping');
  await expectAllClosed(hubInFlight.ports, hubInFlight.embedded);
  // On DATABASE_URL the hub created the database it was given (it did not exist).
  if (!onDatabaseUrl) return;
  expect(hubInFlight.service.output()).toMatch(/database: created database "hub_test_\w+_inflight"/);
});

it('npm start (NODE_ENV unset) stops within 2 s of SIGTERM', async () => {
  await expectAnswers(hubTerm.url!, [hubTerm.service]);
  expect(await measuredStop(hubTerm.service, 'SIGTERM', `npm start, NODE_ENV unset, ${onDatabaseUrl ? 'DATABASE_URL' : 'embedded'}`)).toBeLessThan(STOP_LIMIT_MS);
  expect(hubTerm.service.output()).toContain('SIGTERM: stopping');
  await expectAllClosed(hubTerm.ports, hubTerm.embedded);
});

it('Ctrl-C while npm start is busy starting: it exits (not killed: the tsx CLI would SIGKILL a child too busy to take a signal) and its PostgreSQL gets a clean shutdown', async () => {
  const { ms, hub } = await duringStart;
  stopTimes.push(`npm start signalled while starting (SIGINT; includes the start-up work still running): ${ms} ms`);
  // The signal is taken once the synchronous start-up work in hand is done, which on a loaded machine takes a while.
  expect(ms).toBeLessThan(10_000);
  expect(hub.service.output()).toMatch(/SIGINT( while starting: exiting|: stopping)/);
  // The server got its fast shutdown, not a kill (it may finish a moment after the hub exited).
  const pidFile = path.join(hub.embedded!.dataDir, 'postmaster.pid');
  for (let i = 0; i < 40 && fs.existsSync(pidFile); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  await expectAllClosed(hub.ports, hub.embedded);
});
