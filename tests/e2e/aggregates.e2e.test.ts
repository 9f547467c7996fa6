/**
 * Aggregates on every list, through the gateway on the seeded data: what the database computes
 * equals what the test computes from the nodes, on the root lists and on Organization (over a
 * subtree), by groups too, with shares that add up to 100; the report's own figures come out; the
 * tree key groups each record under the unit one level below an organization. Every query here
 * passes the edge's default limits.
 */
import { startTestHub, type TestHub } from '../support/hub';
import { compareFigures, expectedFigures, listsOfRecords, share, type ListOfRecords } from '../support/figures';

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

const LISTS = listsOfRecords();

/** The aggregates selection of a list's figures. */
function aggregatesSelection(list: ListOfRecords): string {
  const names = Object.keys(list.measures).join(' ');
  const figures = names ? `sum { ${names} } avg { ${names} } min { ${names} } max { ${names} } distinctCount { ${names} }` : '';
  return `aggregates { count ${figures} }`;
}

/** The aggregates the nodes imply, field by field, next to what the database said. */
function checkAggregates(list: ListOfRecords, where: string, connection: { totalCount: number; nodes: any[]; aggregates: any }) {
  expect(connection.nodes).toHaveLength(connection.totalCount);
  expect({ where, count: connection.aggregates.count }).toEqual({ where, count: connection.totalCount });
  for (const [name, scalar] of Object.entries(list.measures)) {
    const expected = expectedFigures(scalar, connection.nodes.map((node) => node[name]));
    const { sum, avg, min, max, distinctCount } = connection.aggregates;
    expect({ where, name, sum: sum[name], avg: avg[name], distinctCount: distinctCount[name] }).toEqual({
      where,
      name,
      sum: expected.sum,
      avg: expected.avg,
      distinctCount: expected.distinctCount,
    });
    for (const [extreme, value] of [['min', min[name]], ['max', max[name]]] as const) {
      if (expected[extreme] === null) expect(value).toBeNull();
      else expect({ where, name, extreme, same: compareFigures(value, expected[extreme]) }).toEqual({ where, name, extreme, same: 0 });
    }
  }
}

describe('aggregates equal what the nodes add up to', () => {
  it('finds every list and the figures the reports print', () => {
    const measured = LISTS.filter((list) => Object.keys(list.measures).length > 0).map((list) => list.type);
    expect(measured).toEqual(expect.arrayContaining(['BudgetLine', 'StaffingLine', 'TrainingEdition', 'DeviceRollout', 'Facility', 'NetworkProject']));
    expect(LISTS.find((list) => list.type === 'BudgetLine')?.measures).toMatchObject({ current: 'Won', changeComputed: 'Won', committedRatePrinted: 'Decimal' });
    expect(LISTS.find((list) => list.type === 'StaffingLine')?.measures).toMatchObject({ authorized: 'Int', vacancy: 'Int' });
  });

  it.each(LISTS.map((list) => [list.root, list] as const))('on the root list %s', async (_, list) => {
    const names = Object.keys(list.measures).join(' ');
    const data = await ask(`{ ${list.root}(first: 2000) { totalCount nodes { id ${names} } ${aggregatesSelection(list)} } }`);
    checkAggregates(list, list.root, data[list.root]);
    expect(data[list.root].totalCount).toBeGreaterThan(0);
  });

  it.each(LISTS.filter((list) => list.onOrganization).map((list) => [list.onOrganization!, list] as const))('on Organization.%s over the subtrees of smoe and seoul', async (_, list) => {
    const names = Object.keys(list.measures).join(' ');
    const field = list.onOrganization!;
    const data = await ask(`{
      smoe: organization(id: "smoe") { ${field}(includeDescendants: true, first: 2000) { totalCount nodes { id ${names} } ${aggregatesSelection(list)} } }
      seoul: organization(id: "seoul") { ${field}(includeDescendants: true, first: 2000) { totalCount nodes { id ${names} } ${aggregatesSelection(list)} } } }`);
    checkAggregates(list, `smoe.${field}`, data.smoe[field]);
    checkAggregates(list, `seoul.${field}`, data.seoul[field]);
  });
});

/** Groups of nodes by a key, with the sum of one figure each (exact, as text or number like the API). */
function groupsOf<T>(nodes: T[], key: (node: T) => string, figure: (node: T) => string | number | null, scalar: 'Won' | 'Int' | 'Decimal') {
  const byKey = new Map<string, (string | number | null)[]>();
  for (const node of nodes) byKey.set(key(node), [...(byKey.get(key(node)) ?? []), figure(node)]);
  return new Map([...byKey].map(([k, values]) => [k, { count: values.length, sum: expectedFigures(scalar, values).sum }]));
}

function checkShares(groups: { shareOf: Record<string, string | null> }[], field: string) {
  const shares = groups.map((g) => g.shareOf[field]).filter((s): s is string => s !== null);
  const total = shares.reduce((sum, s) => sum + Math.round(Number(s) * 100), 0) / 100;
  // Each share is rounded to 0.01: the total is 100 within half a hundredth per group.
  expect(Math.abs(total - 100)).toBeLessThanOrEqual(0.005 * shares.length + 1e-9);
}

describe('grouped aggregates equal the groups of the nodes, and shares add up to 100', () => {
  const cases = [
    {
      name: 'budget lines by fiscal year and kind of table',
      query: `budgetLines(rowKind: LINE, first: 2000) { nodes { fiscalYear classification current } groupedAggregates(groupBy: [FISCAL_YEAR, CLASSIFICATION]) { keys { fiscalYear classification } count sum { current } shareOf { count current } } }`,
      list: 'budgetLines',
      key: (n: any) => `${n.fiscalYear}|${n.classification}`,
      groupKey: (k: any) => `${k.fiscalYear}|${k.classification}`,
      figure: 'current',
      scalar: 'Won' as const,
    },
    {
      name: 'task lines by chapter (the part of the task number before the dash)',
      query: `budgetLines(organizationId: "smoe-tti", classification: TASK, first: 2000) { nodes { taskNo current } groupedAggregates(groupBy: [TASK_CHAPTER]) { keys { taskChapter } count sum { current } shareOf { count current } } }`,
      list: 'budgetLines',
      key: (n: any) => `${n.taskNo === null ? null : n.taskNo.split('-')[0]}`,
      groupKey: (k: any) => `${k.taskChapter}`,
      figure: 'current',
      scalar: 'Won' as const,
    },
    {
      name: 'budget lines by funding source',
      query: `budgetLines(first: 2000) { nodes { fundingSource current } groupedAggregates(groupBy: [FUNDING_SOURCE]) { keys { fundingSource } count sum { current } shareOf { count current } } }`,
      list: 'budgetLines',
      key: (n: any) => `${n.fundingSource}`,
      groupKey: (k: any) => `${k.fundingSource}`,
      figure: 'current',
      scalar: 'Won' as const,
    },
    {
      name: 'headcount rows by date and row kind',
      query: `staffingLines(first: 2000) { nodes { asOf rowKind vacancy } groupedAggregates(groupBy: [AS_OF, ROW_KIND]) { keys { asOf rowKind } count sum { vacancy } shareOf { count vacancy } } }`,
      list: 'staffingLines',
      key: (n: any) => `${n.asOf}|${n.rowKind}`,
      groupKey: (k: any) => `${k.asOf}|${k.rowKind}`,
      figure: 'vacancy',
      scalar: 'Int' as const,
    },
    {
      name: 'training results of 2020 by type of program and audience',
      query: `trainingEditions(year: 2020, phase: RESULT, countsInSums: true, first: 2000) { nodes { trainees program { type audienceGroup } } groupedAggregates(groupBy: [TYPE, AUDIENCE_GROUP]) { keys { type audienceGroup } count sum { trainees } shareOf { count trainees } } }`,
      list: 'trainingEditions',
      key: (n: any) => `${n.program.type}|${n.program.audienceGroup}`,
      groupKey: (k: any) => `${k.type}|${k.audienceGroup}`,
      figure: 'trainees',
      scalar: 'Int' as const,
    },
    {
      name: 'facilities by kind (decimal areas)',
      query: `facilities(first: 2000) { nodes { kind floorAreaM2 } groupedAggregates(groupBy: [KIND]) { keys { kind } count sum { floorAreaM2 } shareOf { count floorAreaM2 } } }`,
      list: 'facilities',
      key: (n: any) => `${n.kind}`,
      groupKey: (k: any) => `${k.kind}`,
      figure: 'floorAreaM2',
      scalar: 'Decimal' as const,
    },
    {
      name: 'network projects by the year their period starts',
      query: `networkProjects(first: 2000) { nodes { periodStart completed } groupedAggregates(groupBy: [START_YEAR]) { keys { startYear } count sum { completed } shareOf { count completed } } }`,
      list: 'networkProjects',
      key: (n: any) => `${n.periodStart === null ? null : Number(n.periodStart.slice(0, 4))}`,
      groupKey: (k: any) => `${k.startYear}`,
      figure: 'completed',
      scalar: 'Int' as const,
    },
    {
      name: 'device rollouts by kind of device (won amounts)',
      query: `deviceRollouts(first: 2000) { nodes { deviceKind amount } groupedAggregates(groupBy: [DEVICE_KIND]) { keys { deviceKind } count sum { amount } shareOf { count amount } } }`,
      list: 'deviceRollouts',
      key: (n: any) => `${n.deviceKind}`,
      groupKey: (k: any) => `${k.deviceKind}`,
      figure: 'amount',
      scalar: 'Won' as const,
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const data = await ask(`{ ${c.query} }`);
    const { nodes, groupedAggregates } = data[c.list];
    const expected = groupsOf(nodes, c.key, (n: any) => n[c.figure], c.scalar);
    const actual = new Map(groupedAggregates.map((g: any) => [c.groupKey(g.keys), { count: g.count, sum: g.sum[c.figure] }]));
    expect(actual).toEqual(expected);
    expect(groupedAggregates.length).toBeGreaterThan(1);
    const total = expectedFigures(c.scalar, nodes.map((n: any) => n[c.figure])).sum;
    for (const group of groupedAggregates) expect(group.shareOf[c.figure]).toBe(share(group.sum[c.figure], total));
    checkShares(groupedAggregates, 'count');
    if (groupedAggregates.some((g: any) => g.shareOf[c.figure] !== null)) checkShares(groupedAggregates, c.figure);
  });
});

describe('the reports\' own figures', () => {
  it('budget of smoe-eri for 2020 by sub-program: current 117,507,909 천원, committed 43,988,862 천원, 37.43% (000:122-156), root and Organization alike', async () => {
    const selection = 'totalCount aggregates { count sum { current committed } rates { committedRate spentRate } }';
    const { budgetLines, organization } = await ask(`{
      budgetLines(organizationId: "smoe-eri", fiscalYear: 2020, classification: SUB_PROGRAM, rowKind: LINE) { ${selection} }
      organization(id: "smoe-eri") {
        budgetRollup(fiscalYear: 2020) { amounts { current committed committedRate } }
        budgetLines(includeDescendants: true, fiscalYear: 2020, classification: SUB_PROGRAM, rowKind: LINE) { ${selection} } } }`);
    expect(budgetLines.aggregates.sum).toEqual({ current: '117507909000', committed: '43988862000' });
    expect(budgetLines.aggregates.rates.committedRate).toBe('37.43');
    expect(organization.budgetLines).toEqual(budgetLines);
    const { amounts } = organization.budgetRollup;
    expect({ current: amounts.current, committed: amounts.committed, committedRate: amounts.committedRate }).toEqual({ ...budgetLines.aggregates.sum, committedRate: '37.43' });
  });

  it('2020 training results of smoe-eri: 349 trainees in 19 programs, as the roll-up counts them', async () => {
    const { organization } = await ask(`{ organization(id: "smoe-eri") {
      trainingRollup(year: 2020, phase: RESULT) { programs trainees courses sessions }
      trainingEditions(includeDescendants: true, year: 2020, phase: RESULT, countsInSums: true) { aggregates { sum { trainees courses sessions } distinctCount { programId } } } } }`);
    const { sum, distinctCount } = organization.trainingEditions.aggregates;
    expect(sum.trainees).toBe(349);
    expect({ programs: distinctCount.programId, ...sum }).toEqual(organization.trainingRollup);
  });

  it('headcount under the Office of Education: 252 posts, 244 in post, 10 vacancies (003:20-21, 000:107, 001:131)', async () => {
    const { organization } = await ask(`{ organization(id: "smoe") {
      staffingRollup { authorized inPost vacancies overStrength }
      staffing(includeDescendants: true, rowKind: LINE) { aggregates { sum { authorized inPost vacancy overStrength } } } } }`);
    const { authorized, inPost, vacancy, overStrength } = organization.staffing.aggregates.sum;
    expect({ authorized, inPost, vacancies: vacancy, overStrength }).toEqual(organization.staffingRollup);
    expect(authorized).toBe(252);
  });
});

describe('grouping by the unit one level below an organization', () => {
  it('on Organization (another subgraph): each group is that unit\'s own subtree, the organization\'s own records a group of their own', async () => {
    const { organization } = await ask(`{ organization(id: "smoe") {
      children { nodes { id } }
      budgetLines(includeDescendants: true, rowKind: LINE) { aggregates { count sum { current } }
        groupedAggregates(groupBy: [UNIT_BELOW]) { keys { unitBelow } count sum { current } shareOf { current } } } } }`);
    const groups = organization.budgetLines.groupedAggregates;
    const children = new Set(organization.children.nodes.map((c: any) => c.id));
    for (const group of groups) expect(group.keys.unitBelow === 'smoe' || children.has(group.keys.unitBelow)).toBe(true);
    const units = groups.map((g: any) => g.keys.unitBelow);
    const each = await ask(`{ ${units.map((unit: string, i: number) => `u${i}: organization(id: "${unit}") { budgetLines(includeDescendants: ${unit !== 'smoe'}, rowKind: LINE) { aggregates { count sum { current } } } }`).join(' ')} }`);
    groups.forEach((group: any, i: number) => expect({ unit: group.keys.unitBelow, ...each[`u${i}`].budgetLines.aggregates }).toEqual({ unit: group.keys.unitBelow, count: group.count, sum: group.sum }));
    expect(groups.reduce((n: number, g: any) => n + g.count, 0)).toBe(organization.budgetLines.aggregates.count);
    expect(groups.length).toBeGreaterThan(1);
    checkShares(groups, 'current');
  });

  it('under a unit below the organization, and on the organizations subgraph\'s root lists, which know the tree', async () => {
    const { organization, staffingLines } = await ask(`{
      organization(id: "smoe") { staffing(includeDescendants: true, rowKind: LINE) {
        byInstitute: groupedAggregates(groupBy: [UNIT_BELOW], under: "smoe-eri") { keys { unitBelow } count sum { authorized } } } }
      staffingLines(rowKind: LINE) { groupedAggregates(groupBy: [UNIT_BELOW], under: "smoe") { keys { unitBelow } sum { authorized } } } }`);
    // Under smoe-eri: its own rows and its units' (105 posts, 000:107); the other institutes' rows are outside its subtree (null).
    const byInstitute = organization.staffing.byInstitute;
    const authorizedOf = (groups: any[]) => groups.reduce((n: number, g: any) => n + g.sum.authorized, 0);
    expect(authorizedOf(byInstitute.filter((g: any) => g.keys.unitBelow !== null))).toBe(105);
    expect(byInstitute.filter((g: any) => g.keys.unitBelow === null).map((g: any) => g.sum.authorized)).toEqual([69 + 78]);
    expect(staffingLines.groupedAggregates.filter((g: any) => g.keys.unitBelow !== null)).toEqual([
      { keys: { unitBelow: 'smoe-eri' }, sum: { authorized: 105 } },
      { keys: { unitBelow: 'smoe-tti' }, sum: { authorized: 69 } },
      { keys: { unitBelow: 'smoe.general-affairs' }, sum: { authorized: 78 } },
    ]);
  });

  it('is refused, with what to ask instead, where the tree is unknown or `under` lies outside it', async () => {
    const root = await hub.query('{ budgetLines { groupedAggregates(groupBy: [UNIT_BELOW], under: "smoe") { count } } }');
    expect(root.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(root.errors?.[0].message).toMatch(/organization\(id: "smoe"\) \{ <list>\(includeDescendants: true\)/);
    const outside = await hub.query('{ organization(id: "smoe-eri") { budgetLines { groupedAggregates(groupBy: [UNIT_BELOW], under: "smoe") { count } } } }');
    expect(outside.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'under' } });
    const noUnder = await hub.query('{ staffingLines { groupedAggregates(groupBy: [UNIT_BELOW]) { count } } }');
    expect(noUnder.errors?.[0].message).toMatch(/needs `under`/);
  });
});
