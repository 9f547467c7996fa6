/**
 * The gateway over the four subgraphs on seeded data: questions across subgraphs answered with
 * the report's figures (cited by file:line), and bad input answered with clear errors.
 */
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const base = () => hub.gatewayUrl.replace(/\/graphql$/, '');

describe('questions across all four subgraphs (report 000)', () => {
  it('one query spans organizations, budgets, training and infrastructure', async () => {
    const { data, errors } = await hub.query(`{
      organization(id: "smoe-eri.edu-informatization") {
        nameKo
        parent { nameKo staffing(rowKind: TOTAL) { nodes { rowKind authorized inPost } } budgetTotal(fiscalYear: 2020) { current committed committedRate } }
        trainingPrograms(first: 100) { totalCount nodes { id budgetLine { nameKo current } } }
        informationSystems(first: 100) { totalCount nodes { id hardwareUnits softwareUnits budgetLine { nameKo } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const org = data!.organization;
    expect(org.nameKo).toBe('교육정보화부');
    // 000:107 — 총계 정원 105, 현원 102
    expect(org.parent.staffing.nodes).toEqual([{ rowKind: 'TOTAL', authorized: 105, inPost: 102 }]);
    // 000:156 — 계: 예산현액 117,507,909 천원, 집행액 43,988,862 천원, 37.43 %
    expect(org.parent.budgetTotal).toEqual({ current: '117507909000', committed: '43988862000', committedRate: '37.43' });
    // 000:195 — task 29 정보보안 및 개인정보 보호, 예산현액 1,284,025
    expect(org.trainingPrograms.nodes).toContainEqual({ id: '000-training-privacy-education', budgetLine: { nameKo: '정보보안 및 개인정보 보호', current: '1284025000' } });
    // 000:431 — K-에듀파인: H/W 39식, S/W 27식; funded by task 31 (000:197)
    expect(org.informationSystems.nodes).toContainEqual({ id: '000-sys-k-edufine', hardwareUnits: 39, softwareUnits: 27, budgetLine: { nameKo: '정보시스템의 안정적 운영 환경 제공' } });
  });

  it('the sub-program table: 33 rows and its total, stated beside computed', async () => {
    const { data } = await hub.query(`{ budgetTable(id: "000-subprogram") {
      lines { nameKo rowKind } statedTotal { original current previousFinal committed } computedTotal { lineCount original current previousFinal committed }
    } }`);
    const table = data!.budgetTable;
    expect(table.lines.filter((l: { rowKind: string }) => l.rowKind === 'LINE')).toHaveLength(33);
    // 000:145 and 000:148 — 조직및성과관리 and 지방공무원인건비 are printed twice: they stay two rows each
    expect(table.lines.filter((l: { nameKo: string }) => l.nameKo === '조직및성과관리')).toHaveLength(2);
    // 000:156 — 계 44,861,389 | 117,507,909 | 73,422,522 | 43,988,862
    expect(table.statedTotal).toEqual({ original: '44861389000', current: '117507909000', previousFinal: '73422522000', committed: '43988862000' });
    expect(table.computedTotal).toEqual({ lineCount: 33, original: '44861389000', current: '117507909000', previousFinal: '73422522000', committed: '43988862000' });
  });

  it('printed rates keep their precision, beside the computed ones', async () => {
    // 000:194 — task 28 printed 74.40; 000:166 — task 3 printed 18 (computed 18.00 → "18" at the printed precision)
    const { data } = await hub.query(`{ a: budgetLine(id: "000-tasks/28") { committedRatePrinted committedRateComputed }
                                          b: budgetLine(id: "000-tasks/3") { committedRatePrinted committedRateComputed } }`);
    expect(data!.a).toEqual({ committedRatePrinted: '74.40', committedRateComputed: '74.40' });
    expect(data!.b).toEqual({ committedRatePrinted: '18', committedRateComputed: '18' });
  });

  it('what the institute budgeted for the systems whose security it reports', async () => {
    const { data } = await hub.query(`{ organization(id: "smoe-eri.edu-informatization") {
      informationSystems { nodes { nameKo budgetLine { id current } } } } }`);
    const lines = new Map<string, string>();
    for (const system of data!.organization.informationSystems.nodes) if (system.budgetLine) lines.set(system.budgetLine.id, system.budgetLine.current);
    // 000:196-197 — tasks 30 and 31: 예산현액 5,107,549 and 4,265,572 천원
    expect(Object.fromEntries(lines)).toEqual({ '000-tasks/30': '5107549000', '000-tasks/31': '4265572000' });
  });

  it('every record carries its source file and lines, with the cited text', async () => {
    const { data } = await hub.query('{ budgetLine(id: "000-subprogram/1") { source { file lines firstLine lastLine text } } }');
    expect(data!.budgetLine.source).toEqual({
      file: '000_6ee2828e32648fc3.txt',
      lines: '123',
      firstLine: 123,
      lastLine: 123,
      text: '계약제직원인건비\t1,464,374\t1,519,878\t1,320,880\t954,418\t62.8',
    });
  });

  it('every organization named in the five reports is in the tree', async () => {
    const { data } = await hub.query('{ organizations(first: 500) { totalCount nodes { id parentId } } }');
    expect(data!.organizations.totalCount).toBe(data!.organizations.nodes.length);
    const ids = new Set(data!.organizations.nodes.map((o: { id: string }) => o.id));
    for (const id of ['seoul', 'smoe', 'smoe-eri', 'smoe-tti', 'smoe.general-affairs', 'seoul-hrdi']) expect(ids).toContain(id);
    for (const o of data!.organizations.nodes) if (o.parentId) expect(ids).toContain(o.parentId);
  });
});

describe('bad input gets a clear error and crashes nothing', () => {
  it('a malformed query', async () => {
    const response = await hub.query('{ organization(id: "smoe-eri") { nameKo ');
    // GraphQL over HTTP: 200 for a request error under application/json (what this client accepts).
    expect(response.status).toBe(200);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.errors?.[0].message).toMatch(/Syntax Error/);
  });

  it('an over-deep query', async () => {
    let selection = 'id';
    for (let i = 0; i < 14; i += 1) selection = `parent { ${selection} }`;
    const response = await hub.query(`{ organization(id: "smoe-eri") { ${selection} } }`);
    // Apollo files every validation error under one code; the message says which limit and its variable.
    expect(response.status).toBe(200);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toBe('Query depth limit of 12 exceeded, found 16. The maxDepth limit is 12 (HUB_MAX_DEPTH).');
  });

  it('an unknown id', async () => {
    const response = await hub.query('{ organization(id: "nowhere") { id } }');
    expect(response.errors?.[0].message).toBe('No Organization has id "nowhere".');
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('an unknown field', async () => {
    const response = await hub.query('{ organization(id: "smoe-eri") { salary } }');
    expect(response.errors?.[0].message).toMatch(/Cannot query field "salary" on type "Organization"/);
  });

  it('the hub still answers afterwards', async () => {
    const { data } = await hub.query('{ organization(id: "smoe") { nameKo } }');
    expect(data!.organization.nameKo).toBe('서울특별시교육청');
  });
});

describe('HTTP surface', () => {
  it('/healthz says the process is up', async () => {
    const response = await fetch(`${base()}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', service: 'gateway' });
  });

  it('/readyz says every subgraph and its database answer', async () => {
    const response = await fetch(`${base()}/readyz`);
    const body = (await response.json()) as { ready: boolean; subgraphs: Array<{ name: string; ok: boolean }> };
    expect(response.status).toBe(200);
    expect(body.ready).toBe(true);
    expect(body.subgraphs.map((s) => s.name).sort()).toEqual(['budgets', 'infrastructure', 'organizations', 'training']);
  });

  it('a browser opening the gateway gets the explorer, served from the project (no CDN)', async () => {
    for (const url of [`${base()}/`, hub.gatewayUrl]) {
      const response = await fetch(url, { headers: { accept: 'text/html' } });
      const html = await response.text();
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(html).toContain('GraphiQL');
      expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    }
    for (const asset of ['graphiql.min.js', 'graphiql.min.css', 'react.production.min.js', 'react-dom.production.min.js']) {
      const response = await fetch(`${base()}/explorer/${asset}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('the explorer offers the saved operations as tabs', async () => {
    const html = await (await fetch(`${base()}/`)).text();
    expect(html).toContain('query OrganizationOverview');
  });
});
