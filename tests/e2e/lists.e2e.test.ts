/**
 * Every list is a cursor connection: filtered, sorted, paged, with the total count; bad paging or
 * filters get a clear error and break nothing.
 */
import { compareFigures, conditionLiteral, listsOfRecords, meets, type FigureCondition } from '../support/figures';
import { startTestHub, type TestHub } from '../support/hub';

// The subtree check reaches into every list of every organization at once, 2,000 to a page: the edge's cost
// limit (HUB_MAX_COST) refuses it for clients, as it should. Here it checks every subtree, so the limit is lifted.
process.env.HUB_MAX_COST = '100000000';

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

/** The lists on Organization, each with the field that gives its total on one organization. */
const ORGANIZATION_LISTS = [
  'staffing', 'facilities', 'facts', 'history', 'dataQualityFindings', 'recruitmentExams', 'administrativeMetrics',
  'budgetTables', 'budgetLines', 'statedAmounts', 'performanceIndicators', 'trainingPrograms', 'trainingEditions', 'competencyAssessments', 'trainingHoursTables',
  'informationSystems', 'networkProjects', 'securityMetrics', 'deviceRollouts', 'serviceMetrics',
];

describe('lists on Organization: filtered, sorted, paged, and over the subtree on request', () => {
  it('includeDescendants gives exactly the records of the organization and of every unit below it, for every list', async () => {
    const own = ORGANIZATION_LISTS.map((list) => `${list} { totalCount }`).join(' ');
    const subtree = ORGANIZATION_LISTS.map((list) => `${list}(includeDescendants: true) { totalCount }`).join(' ');
    const empty = new Set(ORGANIZATION_LISTS);
    // The Office of Education (reports 000-003) and the city (report 004).
    for (const root of ['smoe', 'seoul']) {
      const { organization, organizations } = await ask(`{
        organization(id: "${root}") { descendantIds children(includeDescendants: true) { totalCount } ${subtree} }
        organizations(organizationId: "${root}", includeDescendants: true, first: 2000) { totalCount nodes { id ${own} } } }`);
      expect(organizations.totalCount).toBe(organization.descendantIds.length);
      expect(organization.children.totalCount).toBe(organization.descendantIds.length - 1);
      for (const list of ORGANIZATION_LISTS) {
        const sum = organizations.nodes.reduce((total: number, unit: any) => total + unit[list].totalCount, 0);
        expect({ root, list, totalCount: organization[list].totalCount }).toEqual({ root, list, totalCount: sum });
        if (sum > 0) empty.delete(list);
      }
    }
    // Every kind of list has records under one of the two, so no comparison is only 0 = 0.
    expect([...empty]).toEqual([]);
  });

  it('headcount over the subtree: the three tables the reports print (003:20-21, 000:107, 001:131)', async () => {
    const { organization } = await ask(`{ organization(id: "smoe") {
      staffingRollup { authorized }
      staffing(includeDescendants: true, rowKind: TOTAL, orderBy: AUTHORIZED) { totalCount nodes { organizationId authorized inPost } } } }`);
    expect(organization.staffing.nodes).toEqual([
      { organizationId: 'smoe-tti', authorized: 69, inPost: 70 },
      { organizationId: 'smoe.general-affairs', authorized: 78, inPost: 72 },
      { organizationId: 'smoe-eri', authorized: 105, inPost: 102 },
    ]);
    expect(organization.staffing.nodes.reduce((sum: number, row: any) => sum + row.authorized, 0)).toBe(organization.staffingRollup.authorized);
  });

  it('sorts in memory exactly as the root list sorts in SQL (nil amounts last, then by id)', async () => {
    for (const direction of ['ASC', 'DESC']) {
      const { organization, budgetLines } = await ask(`{
        organization(id: "smoe-eri") { budgetLines(orderBy: CURRENT, direction: ${direction}, first: 2000) { nodes { id current } } }
        budgetLines(organizationId: "smoe-eri", orderBy: CURRENT, direction: ${direction}, first: 2000) { nodes { id current } } }`);
      expect(organization.budgetLines.nodes.length).toBeGreaterThan(100);
      expect(organization.budgetLines.nodes).toEqual(budgetLines.nodes);
    }
  });

  it('filters on Organization mean what they mean on the root lists', async () => {
    const { organization, trainingPrograms, securityMetrics, dataQualityFindings } = await ask(`{
      organization(id: "smoe") {
        trainingPrograms(includeDescendants: true, year: 2021, type: QUALIFICATION, first: 2000) { totalCount nodes { id } }
        securityMetrics(includeDescendants: true, year: 2019) { totalCount nodes { id periodStart periodEnd } }
        dataQualityFindings(includeDescendants: true, kind: RATE_TRUNCATED) { totalCount } }
      trainingPrograms(year: 2021, type: QUALIFICATION, first: 2000) { totalCount nodes { id organizationId years } }
      securityMetrics(year: 2019) { totalCount nodes { id } }
      dataQualityFindings(organizationId: "smoe", includeDescendants: true, kind: RATE_TRUNCATED) { totalCount } }`);
    const underSmoe = trainingPrograms.nodes.filter((p: any) => p.organizationId.startsWith('smoe'));
    expect(trainingPrograms.nodes.every((p: any) => p.years.includes(2021))).toBe(true);
    expect(organization.trainingPrograms.nodes.map((p: any) => p.id).sort()).toEqual(underSmoe.map((p: any) => p.id).sort());
    expect(organization.trainingPrograms.totalCount).toBeGreaterThan(0);
    expect(organization.securityMetrics.nodes.map((m: any) => m.id).sort()).toEqual(securityMetrics.nodes.map((m: any) => m.id).sort());
    for (const m of organization.securityMetrics.nodes) expect(m.periodStart <= '2019-99' && (m.periodEnd ?? m.periodStart) >= '2019').toBe(true);
    expect(organization.dataQualityFindings.totalCount).toBe(dataQualityFindings.totalCount);
    expect(dataQualityFindings.totalCount).toBeGreaterThan(0);
  });

  it('a record\'s related lists come whole on it, and paged and filtered on the root lists by its id', async () => {
    const { budgetLine, trainingPrograms, informationSystems, budgetTable, budgetLines } = await ask(`{
      budgetLine(id: "000-tasks/28") { trainingPrograms { id } informationSystems { id } }
      trainingPrograms(budgetLineId: "000-tasks/28") { totalCount nodes { id } }
      informationSystems(budgetLineId: "000-tasks/28") { totalCount nodes { id } }
      budgetTable(id: "000-subprogram") { lines { id } }
      budgetLines(tableId: "000-subprogram", orderBy: ID, first: 2000) { totalCount nodes { id } } }`);
    expect(trainingPrograms.nodes.map((p: any) => p.id).sort()).toEqual(budgetLine.trainingPrograms.map((p: any) => p.id).sort());
    expect(informationSystems.nodes.map((s: any) => s.id).sort()).toEqual(budgetLine.informationSystems.map((s: any) => s.id).sort());
    expect(trainingPrograms.totalCount + informationSystems.totalCount).toBeGreaterThan(0);
    // 000:122-156 — the sub-program table: 33 rows and 계
    expect(budgetLines.totalCount).toBe(34);
    expect(budgetLines.nodes.map((l: any) => l.id).sort()).toEqual(budgetTable.lines.map((l: any) => l.id).sort());
  });

  it('pages through a long list on Organization with cursors, every record once', async () => {
    const query = `query($after: String) { organization(id: "smoe-tti") { trainingPrograms(includeDescendants: true, first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const { organization } = await ask(query, { after });
      total = organization.trainingPrograms.totalCount;
      seen.push(...organization.trainingPrograms.nodes.map((n: { id: string }) => n.id));
      after = organization.trainingPrograms.pageInfo.hasNextPage ? organization.trainingPrograms.pageInfo.endCursor : null;
    } while (after);
    // Report 001 lists 360 programs for the teacher training institute and its departments.
    expect(total).toBe(360);
    expect(new Set(seen).size).toBe(360);
  });

  it('refuses a page size past the limit and a foreign cursor there too', async () => {
    const big = await hub.query('{ organization(id: "smoe") { budgetLines(first: 5000) { totalCount } } }');
    expect(big.errors?.[0].message).toBe('first must be between 1 and 2000; got 5000. Page through longer lists with `after`.');
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await hub.query('{ organization(id: "smoe") { staffing(after: "bogus") { totalCount } } }');
    expect(cursor.errors?.[0].message).toMatch(/is not a cursor of this list/);
  });
});

describe('filters on figures: the same records in SQL (root lists) and in memory (lists on Organization)', () => {
  const cases = listsOfRecords().flatMap((list) => Object.entries(list.measures).map(([measure, scalar]) => [`${list.root}(${measure})`, { ...list, measure, scalar }] as const));

  it('covers every figure of every list', () => {
    expect(cases.length).toBeGreaterThan(50);
    expect(cases.map(([name]) => name)).toEqual(expect.arrayContaining(['budgetLines(current)', 'budgetLines(changeComputed)', 'trainingEditions(trainees)', 'staffingLines(vacancy)', 'facilities(floorAreaM2)']));
  });

  it.each(cases)('%s: eq, ne, gt, gte, lt, lte and isNull at the median give what a filter of every record gives, at the root and summed over the trees', async (_, c) => {
    const { [c.root]: all } = await ask(`{ ${c.root}(first: 2000) { totalCount nodes { ${c.measure} } } }`);
    expect(all.nodes).toHaveLength(all.totalCount);
    const values = all.nodes.map((node: any) => node[c.measure]);
    const known = values.filter((v: unknown) => v !== null).sort(compareFigures);
    const median = known.length ? known[Math.floor(known.length / 2)] : 0;
    const conditions: FigureCondition[] = [{ eq: median }, { ne: median }, { gt: median }, { gte: median }, { lt: median }, { lte: median }, { isNull: true }, { isNull: false }];
    const argument = (i: number) => `${c.measure}: ${conditionLiteral(c.scalar, conditions[i])}`;
    const data = await ask(`{
      ${conditions.map((_, i) => `r${i}: ${c.root}(${argument(i)}) { totalCount }`).join('\n')}
      organizations(first: 2000) { nodes { parentId ${conditions.map((_, i) => `o${i}: ${c.onOrganization}(includeDescendants: true, ${argument(i)}) { totalCount }`).join(' ')} } } }`);
    const roots = data.organizations.nodes.filter((o: any) => o.parentId === null);
    conditions.forEach((condition, i) => {
      const expected = values.filter((value: unknown) => meets(value, condition)).length;
      const overTrees = roots.reduce((sum: number, root: any) => sum + root[`o${i}`].totalCount, 0);
      expect({ condition, root: data[`r${i}`].totalCount, overTrees }).toEqual({ condition, root: expected, overTrees: expected });
    });
  });

  it('the questions the issue asks: lines with no current budget, lines whose change is negative, programs with more than 1,000 trainees', async () => {
    const { noCurrent, negative, big, organization } = await ask(`{
      noCurrent: budgetLines(current: { isNull: true }) { totalCount aggregates { count } }
      negative: budgetLines(changeComputed: { lt: "0" }) { totalCount nodes { changeComputed } }
      big: trainingEditions(phase: RESULT, trainees: { gt: 1000 }, first: 2000) { totalCount nodes { trainees program { id } } aggregates { distinctCount { programId } } }
      organization(id: "smoe") { budgetLines(includeDescendants: true, changeComputed: { lt: "0" }) { totalCount } } }`);
    expect(noCurrent.totalCount).toBe(noCurrent.aggregates.count);
    expect(noCurrent.totalCount).toBeGreaterThan(0);
    expect(negative.nodes.every((n: any) => BigInt(n.changeComputed) < 0n)).toBe(true);
    expect(organization.budgetLines.totalCount).toBeLessThanOrEqual(negative.totalCount);
    expect(big.nodes.every((n: any) => n.trainees > 1000)).toBe(true);
    expect(big.aggregates.distinctCount.programId).toBe(new Set(big.nodes.map((n: any) => n.program.id)).size);
  });

  it('a figure filter that sets no condition is refused', async () => {
    const { errors } = await hub.query('{ organization(id: "smoe") { budgetLines(current: {}) { totalCount } } }');
    expect(errors?.[0]).toMatchObject({ message: 'The filter "current" sets no condition: give eq, ne, gt, gte, lt, lte or isNull.', extensions: { code: 'BAD_USER_INPUT' } });
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
    expect(response.status).toBe(200);
    expect(response.errors?.[0].message).toMatch(/Value "CASTLE" does not exist in "OrganizationKind" enum/);
  });

  it('and the hub answers on', async () => {
    const { organizations } = await ask('{ organizations(first: 1) { totalCount } }');
    expect(organizations.totalCount).toBeGreaterThan(150);
  });
});
