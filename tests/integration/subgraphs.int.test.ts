/**
 * Each subgraph alone against real PostgreSQL, spoken to as the gateway speaks to it:
 * `_entities` representations with the shared secret. Also: the secret is enforced, seeds load
 * idempotently and all-or-nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SECRET_HEADER } from '../../lib/config';
import { SEEDS_DIR } from '../../lib/seeds/read-seeds';
import { loadSeeds } from '../../lib/seeds/load-seeds';
import { startSubgraph, type RunningSubgraph } from '../../lib/service/run-service';
import { SUBGRAPHS } from '../../subgraphs';
import { createTestDatabase } from '../support/database';
import { postGraphQL } from '../support/hub';
import type { ScratchDatabase } from '../../lib/db/scratch';

const SECRET = 'integration-secret';

/** What the gateway would ask each subgraph for, and what it must answer (000 line cited). */
const ENTITY_CASES: Record<string, { query: string; representations: object[]; expected: unknown }> = {
  organizations: {
    query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { id nameKo parent { id } } } }',
    representations: [{ __typename: 'Organization', id: 'smoe-eri' }, { __typename: 'Organization', id: 'no-such-org' }],
    expected: [{ id: 'smoe-eri', nameKo: '서울특별시교육청교육연구정보원', parent: { id: 'smoe' } }, null],
  },
  budgets: {
    // 000:194 — task 28, 스쿨넷 서비스 구축 및 운영: 1,580,600 / 1,580,600 / 1,574,600 / 1,175,980 / 74.40
    query:
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on BudgetLine { id nameKo current committed committedRatePrinted } ... on Organization { id budgetTotal(fiscalYear: 2020) { lineCount current } } } }',
    representations: [{ __typename: 'BudgetLine', id: '000-tasks/28' }, { __typename: 'Organization', id: 'smoe-eri' }],
    expected: [
      { id: '000-tasks/28', nameKo: '스쿨넷 서비스 구축 및 운영', current: '1580600000', committed: '1175980000', committedRatePrinted: '74.40' },
      // 000:156 — 계 117,507,909 over 33 sub-program rows
      { id: 'smoe-eri', budgetTotal: { lineCount: 33, current: '117507909000' } },
    ],
  },
  training: {
    query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on BudgetLine { id trainingPrograms { id } } } }',
    representations: [{ __typename: 'BudgetLine', id: '000-tasks/28' }],
    expected: [{ id: '000-tasks/28', trainingPrograms: [{ id: '000-training-schoolnet-operator' }] }],
  },
  infrastructure: {
    query:
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on InformationSystem { id hardwareUnits softwareUnits } ... on Organization { id securityMetrics(first: 100) { nodes { id } } } } }',
    // 000:431 — K-에듀파인 인프라 구축: H/W 39식, S/W 27식
    representations: [{ __typename: 'InformationSystem', id: '000-sys-k-edufine' }, { __typename: 'Organization', id: 'smoe-eri.edu-informatization' }],
    expected: [
      { id: '000-sys-k-edufine', hardwareUnits: 39, softwareUnits: 27 },
      { id: 'smoe-eri.edu-informatization', securityMetrics: { nodes: expect.arrayContaining([{ id: '000-sec-attacks-2019' }]) } },
    ],
  },
};

describe.each(SUBGRAPHS.map((definition) => [definition.name, definition] as const))('%s subgraph', (name, definition) => {
  let database: ScratchDatabase;
  let running: RunningSubgraph;

  beforeAll(async () => {
    database = await createTestDatabase();
    running = await startSubgraph(definition, { databaseUrl: database.url, secret: SECRET, port: 0, seed: true });
  });

  afterAll(async () => {
    await running?.close();
    await database?.drop();
  });

  it('answers _entities the way the gateway asks', async () => {
    const { query, representations, expected } = ENTITY_CASES[name];
    const response = await postGraphQL<{ _entities: unknown[] }>(running.url, { query, variables: { r: representations } }, { [SECRET_HEADER]: SECRET });
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual(expected);
  });

  it('refuses _service and _entities without the gateway secret, and with a wrong one', async () => {
    const body = { query: '{ _service { sdl } }' };
    const missing = await postGraphQL(running.url, body);
    expect(missing.status).toBe(401);
    expect(missing.errors?.[0].message).toMatch(/Missing x-hub-gateway-secret header/);
    const wrong = await postGraphQL(running.url, body, { [SECRET_HEADER]: 'guess' });
    expect(wrong.status).toBe(403);
    const right = await postGraphQL<{ _service: { sdl: string } }>(running.url, body, { [SECRET_HEADER]: SECRET });
    expect(right.data?._service.sdl).toContain('@key');
  });

  it('listens on loopback only by default', () => {
    expect(new URL(running.url).hostname).toBe('127.0.0.1');
  });

  it('loading the same seeds again changes nothing', async () => {
    const before = await running.orm.em.fork().getConnection().execute(`select count(*)::int as n from "${name}"."seed_state"`);
    const again = await loadSeeds(running.orm, definition);
    expect(again.status).toBe('unchanged');
    expect(again.records).toBe(running.seed?.records);
    expect(before[0].n).toBe(1);
  });

  it('a forced reload replaces the rows in one transaction with the same content', async () => {
    const count = async () => {
      let total = 0;
      for (const entity of definition.entities) total += await running.orm.em.fork().count(entity);
      return total;
    };
    const before = await count();
    const result = await loadSeeds(running.orm, definition, { force: true });
    expect(result.status).toBe('loaded');
    expect(await count()).toBe(before);
    expect(before).toBe(running.seed?.records);
  });
});

/** A subgraph on a fresh database of its own for one test; closed and dropped afterwards. */
async function withFreshSubgraph(name: string, test: (running: RunningSubgraph, definition: (typeof SUBGRAPHS)[number], database: ScratchDatabase) => Promise<void>): Promise<void> {
  const database = await createTestDatabase();
  const definition = SUBGRAPHS.find((s) => s.name === name)!;
  const running = await startSubgraph(definition, { databaseUrl: database.url, secret: SECRET, port: 0, seed: true });
  try {
    await test(running, definition, database);
  } finally {
    await running.close();
    await database.drop();
  }
}

describe('a bad seed file', () => {
  it('stops the load and leaves the database as it was', () =>
    withFreshSubgraph('budgets', async (running, budgets) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bad-seeds-'));
      fs.cpSync(SEEDS_DIR, dir, { recursive: true });
      const file = path.join(dir, 'budgets', '000-summary-tables.json');
      const data = JSON.parse(fs.readFileSync(file, 'utf8'));
      data.budgetTables[1].rows[0].original = 'twelve';
      fs.writeFileSync(file, JSON.stringify(data));
      const lines = () => running.orm.em.fork().count(budgets.entities[1]);
      const before = await lines();
      await expect(loadSeeds(running.orm, budgets, { seedsDir: dir, force: true })).rejects.toThrow(/budgetTables\[1\] \(id "000-tasks"\): field "rows.0.original"/);
      expect(await lines()).toBe(before);
    }));

  it('a database failure mid-load rolls everything back', () =>
    withFreshSubgraph('organizations', async (running, organizations) => {
      const em = running.orm.em.fork();
      const before = await em.count(organizations.entities[0]);
      // A plan whose second half violates the primary key: the first half must not survive.
      const broken = { ...organizations, seedPlan: (seeds: Parameters<typeof organizations.seedPlan>[0]) => {
        const entities = organizations.seedPlan(seeds);
        const first = entities[0] as object;
        const duplicate = Object.assign(new (first.constructor as new () => object)(), first);
        return [...entities, duplicate];
      } };
      await expect(loadSeeds(running.orm, broken, { force: true })).rejects.toThrow();
      expect(await running.orm.em.fork().count(organizations.entities[0])).toBe(before);
    }));
});

describe('a database that went away', () => {
  it('answers with a clear error, keeps the subgraph up, and says so on /readyz', () =>
    withFreshSubgraph('organizations', async (running, _definition, database) => {
      await database.drop(); // drops with (force): every connection of the subgraph is cut
      const response = await postGraphQL(running.url, { query: '{ organizations { nodes { id } } }' }, { [SECRET_HEADER]: SECRET });
      expect(response.errors?.[0].extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(response.errors?.[0].message).toBe('The database is not answering; nothing was changed. Try again shortly.');
      const base = running.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { ready: boolean }).ready).toBe(false);
    }));
});
