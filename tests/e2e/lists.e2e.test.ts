/**
 * Every list is a cursor connection: filtered, sorted, paged, with the total count; bad paging or
 * filters get a clear error and break nothing.
 */
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

async function ask(query: string, variables?: Record<string, unknown>): Promise<any> {
  const { data, errors } = await hub.query(query, variables);
  expect(errors).toBeUndefined();
  return data;
}

describe('cursor connections', () => {
  it('pages through a list with cursors, every record once, and reports the total count', async () => {
    const query = `query($after: String) { budgetLines(fiscalYear: 2020, first: 40, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    let pages = 0;
    do {
      const { budgetLines } = await ask(query, { after });
      total = budgetLines.totalCount;
      expect(budgetLines.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...budgetLines.nodes.map((n: { id: string }) => n.id));
      after = budgetLines.pageInfo.hasNextPage ? budgetLines.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    // Report 000 prints 165 budget rows for 2020: 34 by sub-program, 31 by task, 100 in the 31 execution tables.
    expect(total).toBe(165);
    expect(seen).toHaveLength(165);
    expect(new Set(seen).size).toBe(165);
    expect(pages).toBe(5);
  });

  it('sorts: the three largest 2020 sub-programs by current budget (000:134, 000:135, 000:136)', async () => {
    const { budgetLines } = await ask(`{ budgetLines(fiscalYear: 2020, classification: SUB_PROGRAM, rowKind: LINE, orderBy: CURRENT, direction: DESC, first: 3) { nodes { nameKo current } } }`);
    expect(budgetLines.nodes.map((n: any) => n.nameKo)).toEqual(['스마트교육지원', '학교정보화기기보급및관리', '교육행정정보시스템운영']);
  });

  it('filters by text in Korean or English names', async () => {
    const { ko, en } = await ask(`{
      ko: organizations(search: "연수원") { totalCount nodes { id } }
      en: organizations(search: "training institute") { totalCount nodes { id } } }`);
    expect(ko.nodes.map((n: any) => n.id)).toContain('smoe-tti');
    expect(en.nodes.map((n: any) => n.id)).toContain('smoe-tti');
    expect(ko.totalCount).toBe(ko.nodes.length);
  });

  it('filters by kind and year', async () => {
    const { recruitmentExams, dataQualityFindings } = await ask(`{
      recruitmentExams(year: 2021) { totalCount }
      dataQualityFindings(kind: DUPLICATE_NAME) { totalCount nodes { valueA } } }`);
    expect(recruitmentExams.totalCount).toBe(4);
    expect(dataQualityFindings.nodes.map((n: any) => n.valueA).sort()).toEqual(['조직및성과관리', '지방공무원인건비']);
  });
});

describe('clear errors on bad lists', () => {
  it('a page size past the limit', async () => {
    const { errors } = await hub.query('{ organizations(first: 5000) { totalCount } }');
    expect(errors?.[0].message).toBe('first must be between 1 and 2000; got 5000. Page through longer lists with `after`.');
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a cursor the list did not issue', async () => {
    const { errors } = await hub.query('{ organizations(after: "not-a-cursor") { totalCount } }');
    expect(errors?.[0].message).toMatch(/is not a cursor of this list/);
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an invalid filter value', async () => {
    const response = await hub.query('{ organizations(kind: CASTLE) { totalCount } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toMatch(/Value "CASTLE" does not exist in "OrganizationKind" enum/);
  });

  it('and the hub answers on', async () => {
    const { organizations } = await ask('{ organizations(first: 1) { totalCount } }');
    expect(organizations.totalCount).toBeGreaterThan(150);
  });
});
