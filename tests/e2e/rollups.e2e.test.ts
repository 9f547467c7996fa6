/**
 * Roll-ups over an organization and every unit below it, across subgraphs: the organizations
 * subgraph resolves the subtree, the others @require it. Expected values are added up from the
 * printed headcount tables (000:106-107, 001:105-134, 003:20-21) and budget tables.
 */
import { OrganizationSummaryDocument } from '../../generated/graphql';
import { print } from 'graphql';
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

async function summary(id: string, fiscalYear: number, trainingYear: number) {
  const { data, errors } = await hub.query<any>(print(OrganizationSummaryDocument), { id, fiscalYear, trainingYear });
  expect(errors).toBeUndefined();
  return data!.organization;
}

describe('one organization with everything below it', () => {
  it('the Office of Education: 252 posts and 244 in post over its three headcount tables, dated 2018, 2020 and 2021', async () => {
    const smoe = await summary('smoe', 2020, 2021);
    // 105 + 69 + 78 posts, 102 + 70 + 72 in post; vacancies and surpluses line by line: 3 + 1 + 6 and 0 + 2 + 1
    expect(smoe.staffingRollup).toMatchObject({
      organizationsCounted: 3,
      asOfDates: ['2018-07-09', '2020-11', '2021-01-10'],
      authorized: 252,
      inPost: 244,
      vacancies: 10,
      overStrength: 3,
    });
  });

  it('its 2020 sub-program budget is the research institute\'s alone (000:156): other reports budget 2018 and 2021', async () => {
    const smoe = await summary('smoe', 2020, 2021);
    expect(smoe.budgetRollup).toMatchObject({ fiscalYear: 2020, classification: 'SUB_PROGRAM', organizationsCounted: 1, asOfDates: ['2020-09-30'], printedUnits: ['THOUSAND_WON'] });
    expect(smoe.budgetRollup.amounts).toEqual({ current: '117507909000', committed: '43988862000', committedRate: '37.43' });
  });

  it('a roll-up equals the sum of the units below it', async () => {
    const smoe = await summary('smoe', 2021, 2021);
    const parts = await Promise.all(['smoe-eri', 'smoe-tti', 'smoe.general-affairs'].map((id) => summary(id, 2021, 2021)));
    expect(smoe.staffingRollup.authorized).toBe(parts.reduce((sum, p) => sum + p.staffingRollup.authorized, 0));
    expect(smoe.itRollup.systems).toBe(parts.reduce((sum, p) => sum + p.itRollup.systems, 0));
    expect(smoe.trainingRollup.trainees).toBeGreaterThanOrEqual(parts.reduce((sum, p) => sum + p.trainingRollup.trainees, 0));
  });

  it('the research institute\'s IT: 24 systems with K-에듀파인\'s 39 H/W units among them (000:431)', async () => {
    const eri = await summary('smoe-eri', 2020, 2020);
    // 21 of the IT section, 002's platform, and the two websites printed with their addresses (000:810, 000:1465)
    expect(eri.itRollup.systems).toBe(24);
    expect(eri.itRollup.hardwareUnits).toBeGreaterThanOrEqual(39);
  });

  it('the research institute\'s 2020 task execution by funding source: 4,942,788 천원 of special grants (000:3230-3231, 3317-3319)', async () => {
    const { data, errors } = await hub.query<any>(`{ organization(id: "smoe-eri") { budgetRollup(fiscalYear: 2020, classification: TASK_EXECUTION) {
      amounts { current } byFundingSource { fundingSource amounts { current lineCount } } } } }`);
    expect(errors).toBeUndefined();
    const rollup = data!.organization.budgetRollup;
    const grants = rollup.byFundingSource.find((f: any) => f.fundingSource === '특별교부금');
    expect(grants.amounts).toEqual({ current: '4942788000', lineCount: 5 });
    // 000:2907 — the platform's 3rd supplementary budget, 1,500,000
    expect(rollup.byFundingSource.find((f: any) => f.fundingSource === '3차추경').amounts.current).toBe('1500000000');
    const parts = rollup.byFundingSource.reduce((sum: bigint, f: any) => sum + BigInt(f.amounts.current ?? 0), 0n);
    expect(parts).toBe(BigInt(rollup.amounts.current));
  });

  it('training roll-ups break down by type and mode without double counting', async () => {
    const { data } = await hub.query<any>(`{ organization(id: "seoul-hrdi") { trainingRollup(year: 2021, phase: PLAN) { trainees byType { key trainees } byMode { key trainees } } } }`);
    const rollup = data!.organization.trainingRollup;
    const sum = (groups: Array<{ trainees: number }>) => groups.reduce((total, g) => total + g.trainees, 0);
    expect(sum(rollup.byType)).toBe(rollup.trainees);
    expect(sum(rollup.byMode)).toBe(rollup.trainees);
  });

  it('training roll-ups break down by audience group, and carry their year, phase and as-of dates', async () => {
    const { data } = await hub.query<any>(`{
      hrdi: organization(id: "seoul-hrdi") { trainingRollup(year: 2021, phase: PLAN) { year phase asOfDates trainees sessions byAudience { key programs sessions trainees } } }
      smoe: organization(id: "smoe") { trainingRollup(year: 2020, phase: RESULT) { asOfDates trainees byAudience { key trainees } } } }`);
    const { hrdi, smoe } = data!;
    const sum = (groups: Array<{ trainees: number }>) => groups.reduce((total, g) => total + g.trainees, 0);
    expect(sum(hrdi.trainingRollup.byAudience)).toBe(hrdi.trainingRollup.trainees);
    expect(hrdi.trainingRollup.byAudience.reduce((total: number, g: any) => total + g.sessions, 0)).toBe(hrdi.trainingRollup.sessions);
    expect(sum(smoe.trainingRollup.byAudience)).toBe(smoe.trainingRollup.trainees);
    // 004:349 — the city institute's training figures are as of '21.4.12.
    expect(hrdi.trainingRollup).toMatchObject({ year: 2021, phase: 'PLAN', asOfDates: ['2021-04-12'] });
    // 2020 results come from the research institute's 2020-11 briefing (000:13) and the training institute's report of '21.1.10. (001:171).
    expect(smoe.trainingRollup.asOfDates).toEqual(['2020-11', '2021-01-10']);
    const groups = smoe.trainingRollup.byAudience.map((g: any) => g.key);
    expect(groups).toEqual(expect.arrayContaining(['TEACHING_STAFF', 'SCHOOL_LEADERS', 'ADMINISTRATIVE_STAFF', 'SUPPORT_STAFF']));
  });

  it('IT roll-ups carry the as-of dates of the reports they add up (003:16, 000:13, 001:171, 002:7)', async () => {
    const { data } = await hub.query<any>(`{ smoe: organization(id: "smoe") { itRollup { asOfDates } } tti: organization(id: "smoe-tti") { itRollup { asOfDates } } }`);
    // 003's date since its division runs the personnel information system (003:138)
    expect(data!.smoe.itRollup.asOfDates).toEqual(['2018-07-09', '2020-07-17', '2020-11', '2021-01-10']);
    expect(data!.tti.itRollup.asOfDates).toEqual(['2021-01-10']);
  });

  it('a training program audience group follows the printed audience', async () => {
    const { data } = await hub.query<any>(`{ trainingPrograms(audience: SCHOOL_LEADERS, first: 2000) { totalCount nodes { audienceKo audienceGroup } } }`);
    expect(data!.trainingPrograms.totalCount).toBeGreaterThan(10);
    for (const program of data!.trainingPrograms.nodes) expect(program.audienceKo).toMatch(/교\(?원?\)?[장감]|원[장감]|학교경영자/);
  });

  it('the share of IT-related lines: tasks 18-31 hold 16,567,851 of the research institute\'s 20,672,243 천원 (000:186-197 of 000:164-197), 80.15 %', async () => {
    const { data, errors } = await hub.query<any>(`{ organization(id: "smoe-eri") { itBudgetLineIds itBudgetShare(fiscalYear: 2020) {
      classification itLineCount it { current } all { current lineCount } currentShare } } }`);
    expect(errors).toBeUndefined();
    const share = data!.organization.itBudgetShare;
    expect(data!.organization.itBudgetLineIds).toHaveLength(14);
    expect(share).toEqual({
      classification: 'TASK',
      itLineCount: 14,
      it: { current: '16567851000' },
      all: { current: '20672243000', lineCount: 31 },
      currentShare: '80.15',
    });
  });

  it('security by period: 550,544 attacks blocked in 2019 (000:3042) and 438,451 in 2020 (000:418)', async () => {
    const { data } = await hub.query<any>(`{ organization(id: "smoe-eri") { itRollup { securityMetrics securityByPeriod { period metrics attacksBlocked } } } }`);
    const rollup = data!.organization.itRollup;
    const byPeriod = Object.fromEntries(rollup.securityByPeriod.map((p: any) => [p.period, p.attacksBlocked]));
    expect(byPeriod['2019']).toBe(550_544);
    expect(byPeriod['2020']).toBe(438_451);
    expect(rollup.securityByPeriod.reduce((sum: number, p: any) => sum + p.metrics, 0)).toBe(rollup.securityMetrics);
  });

  it('an organization without units rolls up to itself', async () => {
    const unit = await summary('smoe-eri.policy-institute', 2020, 2020);
    expect(unit.staffingRollup.organizationsCounted).toBe(0);
    expect(unit.budgetRollup.amounts.current).toBeNull();
  });
});
