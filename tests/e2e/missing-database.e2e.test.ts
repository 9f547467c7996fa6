/**
 * A hub given a URL whose database does not exist yet creates it once, before its four subgraphs open
 * it (they used to race in MikroORM's ensureDatabase and fail with a duplicate key); several starts at
 * once agree on who created it.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { dropDatabase, ensureDatabaseOf, withDatabase } from '../../lib/db/database-url';
import { startHub } from '../../hub/start-hub';
import { testServerUrl } from '../support/database';
import { postGraphQL } from '../support/hub';

const names: string[] = [];
function freshName(label: string): string {
  const name = `hub_test_${Date.now().toString(36)}_${randomBytes(2).toString('hex')}_${label}`;
  names.push(name);
  return name;
}

async function exists(name: string): Promise<boolean> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const name of names) await dropDatabase(testServerUrl(), name);
});

it('eight starts at once on a missing database: one creates it, none fails', async () => {
  const name = freshName('race');
  const created = await Promise.all(Array.from({ length: 8 }, () => ensureDatabaseOf(withDatabase(testServerUrl(), name))));
  expect(created.filter(Boolean)).toHaveLength(1);
  expect(await exists(name)).toBe(true);
  expect(await ensureDatabaseOf(withDatabase(testServerUrl(), name))).toBe(false);
});

it('the hub on a URL whose database does not exist creates it, says so, and answers through all four subgraphs', async () => {
  const name = freshName('hub');
  const log: string[] = [];
  const hub = await startHub({ databaseUrl: withDatabase(testServerUrl(), name), ephemeralPorts: true, secret: 'test-secret', log: (line) => log.push(line) });
  try {
    expect(log.filter((line) => line.startsWith('database: created database'))).toEqual([expect.stringContaining(`database: created database "${name}"`)]);
    const response = await postGraphQL<any>(hub.gatewayUrl, {
      query: '{ organization(id: "smoe-eri") { nameKo budgetTotal(fiscalYear: 2020) { current } trainingPrograms { totalCount } informationSystems { totalCount } } }',
    });
    expect(response.errors).toBeUndefined();
    // 000:156 — 예산현액 계 117,507,909 천원
    expect(response.data.organization).toMatchObject({ nameKo: '서울특별시교육청교육연구정보원', budgetTotal: { current: '117507909000' } });
  } finally {
    await hub.close();
  }
});
