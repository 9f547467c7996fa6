/**
 * Every saved operation (operations/*.graphql), run through the gateway with the typed documents
 * codegen writes, each checked against a figure of the reports (lines cited); and the take-away
 * tables, from the gateway route and from `npm run report`.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { print, type DocumentNode } from 'graphql';
import * as ops from '../../generated/graphql';
import { PROJECT_ROOT } from '../../lib/config';
import { savedOperationNames } from '../../lib/report/operations';
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

async function run(document: DocumentNode, variables: Record<string, unknown> = {}): Promise<any> {
  const { data, errors } = await hub.query(print(document), variables);
  expect(errors).toBeUndefined();
  return data;
}

const checked = new Set<string>();
function check(name: string, body: () => Promise<void>) {
  checked.add(name);
  it(name, body);
}

describe('saved operations answer with the reports\' figures', () => {
  check('OrganizationOverview', async () => {
    const { organization } = await run(ops.OrganizationOverviewDocument, { id: 'smoe-eri', fiscalYear: 2020 });
    expect(organization.budgetTotal.current).toBe('117507909000'); // 000:156
  });
  check('BudgetTableWithTotals', async () => {
    const { budgetTable } = await run(ops.BudgetTableWithTotalsDocument, { id: '000-subprogram' });
    expect(budgetTable.statedTotal.committed).toBe('43988862000'); // 000:156
  });
  check('SecurityFiguresWithBudget', async () => {
    const { organization } = await run(ops.SecurityFiguresWithBudgetDocument, { organizationId: 'smoe-eri.edu-informatization' });
    expect(organization.securityMetrics.nodes.map((m: any) => m.value)).toContain('550544'); // 000:3042
  });
  check('OrganizationSummary', async () => {
    const { organization } = await run(ops.OrganizationSummaryDocument, { id: 'smoe-tti', fiscalYear: 2021, trainingYear: 2021 });
    expect(organization.staffingRollup.authorized).toBe(69); // 001:131
    // Each block says whether it agrees with the report: the headcount table's 총계 does (69/70, 001:134) …
    const staffing = organization.staffingRollup.reconciliation;
    expect(staffing.find((e: any) => e.label === '총계' && e.measure === 'inPost')).toMatchObject({ printed: '70', computed: '70', agrees: true, findingIds: [] });
    // … the 총 106명 of line 137 counts 36 staff outside the table, and says so.
    expect(staffing.find((e: any) => e.label === '연수원 소속직원 총원')).toMatchObject({ printed: '106', computed: '70', difference: '-36', agrees: false, findingIds: ['rollup-mismatch:001-fact-staff/total:inPost'] });
    expect(organization.staffingRollup.agreesWithReport).toBe(false);
    // The 2021 budget by sub-program agrees with its 계 (001:220); 2021 training prints no total for the whole institute.
    expect(organization.budgetRollup).toMatchObject({ agreesWithReport: true });
    expect(organization.budgetRollup.reconciliation.find((e: any) => e.measure === 'amounts.original')).toMatchObject({ printed: '9201421000', computed: '9201421000', sources: [{ lines: '220' }] });
    expect(organization.trainingRollup).toMatchObject({ agreesWithReport: null, reconciliation: [] });
    expect(organization.itRollup).toMatchObject({ agreesWithReport: null, reconciliation: [] });
  });
  check('CouncilBudgetBySubProgram', async () => {
    const { budgetLines } = await run(ops.CouncilBudgetBySubProgramDocument, { organizationId: 'smoe.general-affairs', fiscalYear: 2018 });
    expect(budgetLines.nodes.find((l: any) => l.nameKo === '선거관리').current).toBe('32038596000'); // 003:43
  });
  check('CouncilTaskBudgets', async () => {
    const { budgetLines } = await run(ops.CouncilTaskBudgetsDocument, { organizationId: 'smoe-tti', fiscalYear: 2021 });
    expect(budgetLines.totalCount).toBe(32); // 001:222-418
    expect(budgetLines.nodes.find((l: any) => l.taskNo === '1-2').plannedQ1).toBe('117609000'); // 001:252
  });
  check('CouncilYearOverYearChanges', async () => {
    const { budgetTable } = await run(ops.CouncilYearOverYearChangesDocument, { tableId: '004-expenditure' });
    const total = budgetTable.lines.find((l: any) => l.rowKind === 'TOTAL');
    expect([total.changePrinted, total.changeComputed, total.changeRatePrinted]).toEqual(['-1708971000', '-1708971000', '-11.0']); // 004:59
  });
  check('CouncilStaffing', async () => {
    const { organization } = await run(ops.CouncilStaffingDocument, { organizationId: 'smoe.general-affairs' });
    expect(organization.staffing.nodes.find((s: any) => s.rowKind === 'TOTAL')).toMatchObject({ authorized: 78, inPost: 72 }); // 003:20-21
  });
  check('CouncilDataQualityFindings', async () => {
    const { dataQualityFindings } = await run(ops.CouncilDataQualityFindingsDocument, { organizationId: 'smoe-eri' });
    expect(dataQualityFindings.nodes).toContainEqual(expect.objectContaining({ kind: 'TWO_VALUES', valueA: '1,175,980', valueB: '1,175,890' })); // 000:194, 3015
  });
  check('CouncilRecruitmentExams', async () => {
    const { recruitmentExams } = await run(ops.CouncilRecruitmentExamsDocument, { year: 2021 });
    expect(recruitmentExams.nodes.map((e: any) => e.applicants)).toContain(36109); // 004:244
  });
  check('CouncilItSystemsAndBudgets', async () => {
    const { informationSystems } = await run(ops.CouncilItSystemsAndBudgetsDocument, { organizationId: 'smoe-eri.edu-informatization' });
    expect(informationSystems.nodes.find((s: any) => s.nameKo === 'K-에듀파인')).toMatchObject({ hardwareUnits: 39, softwareUnits: 27 }); // 000:431
  });
  check('CouncilTrainingCatalogue', async () => {
    const { trainingPrograms } = await run(ops.CouncilTrainingCatalogueDocument, { organizationId: 'smoe.general-affairs' });
    const reduction = trainingPrograms.nodes.find((p: any) => p.editions.some((e: any) => e.trainees === 1431));
    expect(reduction).toBeDefined(); // 003: 공문서 감축 연수 1,431명
  });
  check('TileStaffing', async () => {
    const { organization } = await run(ops.TileStaffingDocument, { id: 'smoe' });
    expect(organization.staffingRollup.authorized).toBe(252); // 105 + 69 + 78
    // The three tables' 총계 rows (000:104-107, 001:105-134, 003:14-21) add up to the same.
    expect(organization.staffingRollup.agreesWithReport).toBe(true);
    expect(organization.staffingRollup.reconciliation.find((e: any) => e.measure === 'authorized' && e.part === null)).toMatchObject({ printed: '252', computed: '252', agrees: true });
    expect(organization.staffingRollup.reconciliation.find((e: any) => e.measure === 'authorized' && e.part === null).sources.map((s: any) => s.lines)).toEqual(['104-107', '105-134', '14-21']);
  });
  check('TileBudgetExecution', async () => {
    const { organization } = await run(ops.TileBudgetExecutionDocument, { id: 'smoe-eri', fiscalYear: 2020 });
    expect(organization.budgetRollup.amounts.committedRate).toBe('37.43'); // 000:156
    expect(organization.budgetRollup.agreesWithReport).toBe(true);
    expect(organization.budgetRollup.reconciliation.find((e: any) => e.measure === 'amounts.current')).toMatchObject({ label: '계', printed: '117507909000', computed: '117507909000', agrees: true, sources: [{ lines: '156' }] });
  });
  check('TileTrainees', async () => {
    const { organization } = await run(ops.TileTraineesDocument, { id: 'seoul-hrdi', year: 2021 });
    // The 2021 plan's 283,588 trainees (004:113-117) plus u-지식여행's 33,000, printed outside that total (004:373) …
    expect(organization.trainingRollup.trainees).toBe(283_588 + 33_000);
    // … and the tile says so: the printed 전체 beside the computed, and the finding that explains the 33,000.
    expect(organization.trainingRollup.agreesWithReport).toBe(false);
    expect(organization.trainingRollup.reconciliation).toEqual(expect.arrayContaining([
      expect.objectContaining({ measure: 'courses', printed: '321', computed: '321', agrees: true }),
      expect.objectContaining({
        measure: 'trainees', label: '2021년 교육훈련 전체', printed: '283588', computed: '316588', difference: '33000', agrees: false,
        findingIds: ['rollup-mismatch:004-training-all:2021:PLAN:trainees'], sources: [{ file: '004_adfa508fe1f057aa.txt', lines: '116,353' }],
      }),
    ]));
  });
  check('TileIt', async () => {
    const { organization } = await run(ops.TileItDocument, { id: 'smoe-eri' });
    expect(organization.itRollup.systems).toBe(24); // 22 and the two websites of 000:810 and 000:1465
    expect(organization.itRollup.agreesWithReport).toBeNull(); // the report prints no count for the whole institute
    // 000:448 and 000:3256 print 970 H/W units for the education informatization department; its roll-up adds 1,025.
    const department = (await run(ops.TileItDocument, { id: 'smoe-eri.edu-informatization' })).organization.itRollup;
    expect(department.agreesWithReport).toBe(false);
    expect(department.reconciliation.map((e: any) => [e.measure, e.printed, e.computed, e.findingIds[0]])).toEqual([
      ['hardwareUnits', '970', '1025', 'rollup-mismatch:000-fact-data-center-growth-to:hardwareUnits'],
      ['hardwareUnits', '970', '1025', 'rollup-mismatch:000-fact-data-center-total-units:hardwareUnits'],
    ]);
  });
  check('TileFindingsCount', async () => {
    const { all, ofKind } = await run(ops.TileFindingsCountDocument, { kind: 'DUPLICATE_NAME' });
    expect(ofKind.totalCount).toBe(2); // 000:139/146, 140/149
    expect(all.totalCount).toBeGreaterThan(100);
  });
  check('ExploreOrganizationTree', async () => {
    const { organization } = await run(ops.ExploreOrganizationTreeDocument, { id: 'seoul-hrdi' });
    expect(organization.children.nodes.map((c: any) => c.nameKo).sort()).toEqual(['인재기획과', '인재양성과', '인재채용과']); // 004:27-30
  });
  check('ExploreSearchOrganizations', async () => {
    const { organizations } = await run(ops.ExploreSearchOrganizationsDocument, { search: '인재개발원' });
    expect(organizations.nodes.map((o: any) => o.id)).toContain('seoul-hrdi');
  });
  check('ExploreFigureSource', async () => {
    const { budgetLine } = await run(ops.ExploreFigureSourceDocument, { id: '000-tasks/28' });
    expect(budgetLine.source.text).toContain('1,175,980'); // 000:194
  });
  check('ExploreTrainingByType', async () => {
    const { trainingPrograms } = await run(ops.ExploreTrainingByTypeDocument, { type: 'QUALIFICATION' });
    expect(trainingPrograms.totalCount).toBeGreaterThan(5);
  });
  check('ExploreCompetencyAssessments', async () => {
    const { competencyAssessments } = await run(ops.ExploreCompetencyAssessmentsDocument, { year: 2021 });
    expect(competencyAssessments.nodes.map((a: any) => a.plannedAssessees)).toEqual(expect.arrayContaining([240, 450])); // 004:606-607
  });
  check('ExploreAdministrativeMetrics', async () => {
    const { administrativeMetrics } = await run(ops.ExploreAdministrativeMetricsDocument, { domain: 'VOLUNTEERING' });
    expect(administrativeMetrics.nodes.map((m: any) => m.value)).toContain('688'); // 003:84
  });
  check('ExploreSecurityFigures', async () => {
    const { securityMetrics } = await run(ops.ExploreSecurityFiguresDocument);
    expect(securityMetrics.nodes.map((m: any) => m.value)).toContain('438451'); // 000:418
  });
  check('TileTraineesByAudience', async () => {
    const { organization } = await run(ops.TileTraineesByAudienceDocument, { id: 'seoul-hrdi', year: 2021 });
    expect(organization.trainingRollup.asOfDates).toEqual(['2021-04-12']); // 004:349
    expect(organization.trainingRollup.byAudience.reduce((sum: number, g: any) => sum + g.trainees, 0)).toBe(organization.trainingRollup.trainees);
    // 001 prints its 2020 results by audience (001:431-447): 교원 and 지방공무원, beside the byAudience groups of each.
    const tti = (await run(ops.TileTraineesByAudienceDocument, { id: 'smoe-tti', year: 2020, phase: 'RESULT' })).organization.trainingRollup;
    const audience = (part: string, measure: string) => tti.reconciliation.find((e: any) => e.part === part && e.measure === measure);
    expect(audience('지방공무원', 'byAudience.courses')).toMatchObject({ printed: '746', computed: '746', agrees: true }); // 8 + 179 + 559
    expect(audience('지방공무원', 'byAudience.trainees')).toMatchObject({ printed: '54489', computed: '54359', agrees: false });
    expect(audience('교원', 'byAudience.trainees')).toMatchObject({ printed: '102407', computed: '109081', findingIds: ['rollup-mismatch:001-training-2020-all-training-total:2020:RESULT:trainees:teachers'] });
  });
  check('CouncilTrainingPlanVsResult', async () => {
    const { organization } = await run(ops.CouncilTrainingPlanVsResultDocument, { organizationId: 'seoul-hrdi', year: 2021 });
    const all = organization.trainingPrograms.nodes.find((p: any) => p.nameKo === '2021년 교육훈련 전체');
    // 004:353 — 283,588/283,343 planned, 221,486 trained, 이수율 78.2%
    expect(all).toMatchObject({ countsInSums: false, revision: { traineesChange: -245 }, completion: { traineesRatio: '78.2', traineesRatioPrinted: '78.2' } });
  });
  check('CouncilTrainingYearOverYear', async () => {
    const { organization } = await run(ops.CouncilTrainingYearOverYearDocument, { organizationId: 'smoe-tti', fromYear: 2020, toYear: 2021 });
    const course = organization.trainingPrograms.nodes.find((p: any) => p.nameKo === '중등 1급 정교사 자격연수');
    expect(course.change).toEqual({ traineesChange: 60, traineesChangeRate: '12.2' }); // 001:2657 490 → 001:2716 550
  });
  check('CouncilLargestBudgetLines', async () => {
    const { organization } = await run(ops.CouncilLargestBudgetLinesDocument, { id: 'smoe', fiscalYear: 2018, first: 3 });
    expect(organization.budgetLines.nodes[0]).toMatchObject({ organizationId: 'smoe.general-affairs', nameKo: '선거관리', current: '32038596000' }); // 003:43
  });
  check('CouncilOrganizationsSideBySide', async () => {
    const { organizations } = await run(ops.CouncilOrganizationsSideBySideDocument, { fiscalYear: 2020, trainingYear: 2020 });
    const row = (id: string) => organizations.nodes.find((o: any) => o.id === id);
    expect(row('smoe-eri').staffingRollup.authorized).toBe(105); // 000:107
    expect(row('smoe-eri').budgetRollup.amounts.current).toBe('117507909000'); // 000:156
    expect(row('smoe-eri').itRollup.hardwareUnits).toBe(1195);
    expect(row('smoe-tti').staffingRollup.authorized).toBe(69); // 001:131
  });

  // Aggregates: summed and grouped in the database (issue 11), each checked against the lines it adds up.
  const shareTotal = (groups: Array<{ shareOf: Record<string, string | null> }>, measure: string) => groups.reduce((sum, g) => sum + Number(g.shareOf[measure] ?? 0), 0);
  check('CouncilBudgetByTaskChapter', async () => {
    const { budgetLines } = await run(ops.CouncilBudgetByTaskChapterDocument, { organizationId: 'smoe-tti', fiscalYear: 2021 });
    const chapter3 = budgetLines.groupedAggregates.find((g: any) => g.keys.taskChapter === '3');
    // 001:304, 306-310, 312-316, 318-322: tasks 3-1 … 3-4, 120,790 + 1,585,484 + 282,830 + 392,265 천원 (본예산).
    expect(chapter3).toMatchObject({ count: 4, sum: { original: '2381369000', current: null } });
    expect(budgetLines.groupedAggregates.reduce((n: number, g: any) => n + g.count, 0)).toBe(budgetLines.totalCount);
    expect(Math.abs(shareTotal(budgetLines.groupedAggregates, 'original') - 100)).toBeLessThan(0.05);
    // 000:182 (task 16 of smoe-eri, 2020): 6,395 천원 current, nothing committed: all of it uncommitted.
    const eri = await run(ops.CouncilBudgetByTaskChapterDocument, { organizationId: 'smoe-eri', fiscalYear: 2020 });
    expect(eri.budgetLines.groupedAggregates.find((g: any) => g.keys.taskChapter === '16')).toMatchObject({ sum: { current: '6395000', committed: '0', uncommitted: '6395000' }, rates: { committedRate: '0.00', uncommittedRate: '100.00' } });
  });
  check('CouncilVacanciesByCategory', async () => {
    const { organization } = await run(ops.CouncilVacanciesByCategoryDocument, { id: 'smoe-eri' });
    // 000:106-107: 교육전문직 7 + 18 posts, 6 + 18 in post, of 105 posts in all.
    expect(organization.staffing.groupedAggregates.find((g: any) => g.keys.categoryKo === '교육전문직')).toMatchObject({
      sum: { authorized: 25, inPost: 24, vacancy: 1 },
      shareOf: { authorized: '23.81' },
    });
    expect(Math.abs(shareTotal(organization.staffing.groupedAggregates, 'authorized') - 100)).toBeLessThan(0.05);
  });
  check('CouncilTraineesByAudience', async () => {
    const { organization } = await run(ops.CouncilTraineesByAudienceDocument, { id: 'smoe', year: 2020, phase: 'RESULT' });
    const groups = organization.trainingEditions.groupedAggregates;
    // The same editions the roll-up counts (TileTraineesByAudience: 165,281 trainees of 2020 for the Office of Education).
    expect(organization.trainingEditions.aggregates.sum.trainees).toBe(165281);
    expect(groups.reduce((n: number, g: any) => n + (g.sum.trainees ?? 0), 0)).toBe(165281);
    expect(groups.find((g: any) => g.keys.audienceGroup === 'SCHOOL_LEADERS').sum.trainees).toBe(1467);
    expect(Math.abs(shareTotal(groups, 'trainees') - 100)).toBeLessThan(0.05);
  });
  check('CouncilRolloutsByDevice', async () => {
    const { organization } = await run(ops.CouncilRolloutsByDeviceDocument, { id: 'smoe' });
    // 000:2997: 22,800 teachers' laptops for 34,200백만원; 001:5283-5287: 32 more for the smart room, no amount printed.
    expect(organization.deviceRollouts.groupedAggregates.find((g: any) => g.keys.deviceKind === 'LAPTOP')).toEqual({
      keys: { deviceKind: 'LAPTOP' },
      count: 2,
      sum: { units: 22832, recipients: null, amount: '34200000000' },
      rates: { amountPerUnit: '1497898' },
    });
  });
  check('CouncilBudgetByUnit', async () => {
    const { organization } = await run(ops.CouncilBudgetByUnitDocument, { id: 'smoe' });
    const unit = (id: string) => organization.budgetLines.groupedAggregates.find((g: any) => g.keys.unitBelow === id);
    // 000:156 계: 44,861,389 / 117,507,909 / 43,988,862 천원, 37.43 %.
    expect(unit('smoe-eri')).toMatchObject({ keys: { fiscalYear: 2020 }, sum: { original: '44861389000', current: '117507909000', committed: '43988862000', uncommitted: '73519047000' }, rates: { committedRate: '37.43' } });
    expect(unit('smoe.general-affairs').keys.fiscalYear).toBe(2018);
    expect(unit('smoe-tti').keys.fiscalYear).toBe(2021);
  });
  check('CouncilUncommittedLines', async () => {
    const { budgetLines } = await run(ops.CouncilUncommittedLinesDocument, { fiscalYear: 2020 });
    // 000:182 대학진학정보 교류: 6,395 천원, 원인행위 0 (and its own execution table, 000:2017).
    expect(budgetLines.nodes[0]).toMatchObject({ id: '000-tasks/16', current: '6395000', committed: '0', source: { lines: '182' } });
    expect(budgetLines.nodes.every((n: any) => n.committed === '0')).toBe(true);
    expect(budgetLines.aggregates.sum.current).toBe(String(budgetLines.nodes.reduce((sum: bigint, n: any) => sum + BigInt(n.current ?? 0), 0n)));
    expect(budgetLines.totalCount).toBe(budgetLines.nodes.length);
  });
  check('ExploreLargeTrainingEditions', async () => {
    const { trainingEditions } = await run(ops.ExploreLargeTrainingEditionsDocument, { year: 2021, minTrainees: 10000 });
    // 004:368 e-러닝 직무역량 · 공통: 78,931 trainees in 2021, the largest.
    expect(trainingEditions.nodes[0]).toMatchObject({ trainees: 78931, program: { nameKo: 'e-러닝 직무역량 · 공통' }, source: { lines: '368' } });
    expect(trainingEditions.nodes.every((n: any) => n.trainees > 10000)).toBe(true);
    expect(trainingEditions.aggregates.sum.trainees).toBe(trainingEditions.nodes.reduce((sum: number, n: any) => sum + n.trainees, 0));
  });
  check('TileBudgetByFundingSource', async () => {
    const { budgetLines } = await run(ops.TileBudgetByFundingSourceDocument, { organizationId: 'smoe-eri', fiscalYear: 2020 });
    const grant = budgetLines.groupedAggregates.find((g: any) => g.keys.classification === 'TASK_EXECUTION' && g.keys.fundingSource === '특별교부금');
    // Five lines of tasks 30 and 31 printed "(특별교부금)": 515,027 + 3,860,826 + 92,000 + 10,309 + 464,626 천원.
    expect(grant).toMatchObject({ count: 5, sum: { current: '4942788000' } });
  });

  it('checks every saved operation', () => {
    expect([...checked].sort()).toEqual(savedOperationNames());
  });
});

describe('take-away tables', () => {
  const base = () => hub.gatewayUrl.replace(/\/graphql$/, '');

  it('the gateway route answers CSV a spreadsheet opens: UTF-8 with BOM, header, units, Korean intact, sources', async () => {
    const response = await fetch(`${base()}/report/CouncilBudgetBySubProgram?format=csv&organizationId=smoe.general-affairs&fiscalYear=2018`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv; charset=utf-8/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, units, ...rows] = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(header).toBe('nameKo,rowKind,original,current,committed,committedRatePrinted,committedRateComputed,source');
    expect(units).toBe(',,unit: 원 (won),unit: 원 (won),unit: 원 (won),unit: as printed,unit: as printed,unit: file:lines');
    expect(rows).toContain('선거관리,LINE,32038596000,32038596000,22056832000,68.8,68.8,003_b8983c9216e6e007.txt:43');
  });

  it('a dashboard tile comes out as a table of one row, its figures in columns, its reconciliation in a cell', async () => {
    const text = await (await fetch(`${base()}/report/TileStaffing?format=md&id=smoe`)).text();
    const [header, , row, ...more] = text.trim().split('\n');
    expect(more).toEqual([]);
    expect(header).toContain('staffingRollup.authorized (count)');
    expect(header).toContain('staffingRollup.reconciliation');
    expect(row).toContain('| 252 | 244 | 10 | 3 | true |'); // 105 + 69 + 78 posts; 102 + 70 + 72 in post; agrees with the three 총계 rows
    expect(row).toContain('authorized: printed 252, hub 252 (agrees) 000:104-107, 001:105-134, 003:14-21');
  });

  it('a record some rows lack leaves empty cells under its own columns, in the order the operation selects them', async () => {
    const text = await (await fetch(`${base()}/report/CouncilTrainingPlanVsResult?format=md&organizationId=seoul-hrdi&year=2021`)).text();
    const [header, , ...rows] = text.trim().split('\n');
    expect(header).toBe(
      '| nameKo | audienceGroup | countsInSums | revision.traineesChange (count) | revision.traineesChangeRate (as printed) | completion.traineesChange (count) | completion.traineesRatio (as printed) | completion.traineesRatioPrinted (as printed) | source (file:lines) |',
    );
    expect(rows.every((row) => row.split(' | ').length === 9)).toBe(true);
  });

  it('the gateway route refuses an unknown operation or variable clearly', async () => {
    const unknown = await fetch(`${base()}/report/NoSuchThing`);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/no saved operation "NoSuchThing"/);
    const badVariable = await fetch(`${base()}/report/TileStaffing?format=md&nope=1`);
    expect(((await badVariable.json()) as { error: string }).error).toMatch(/has no variable \$nope/);
  });

  it('grouped aggregates come out as a table of one row per group', async () => {
    const text = await (await fetch(`${base()}/report/CouncilBudgetByTaskChapter?format=csv&organizationId=smoe-tti&fiscalYear=2021`)).text();
    const [header, units, ...rows] = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(header).toContain('taskChapter');
    expect(header).toContain('original');
    expect(units).toContain('원 (won)');
    expect(rows).toHaveLength(5);
    expect(rows.find((row) => row.startsWith('3,'))).toContain('2381369000');
  });

  it('npm run report prints the same table as Markdown', async () => {
    const { stdout } = await promisify(execFile)(
      path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
      ['scripts/report.ts', 'CouncilRecruitmentExams', '--var', 'year=2021', '--format', 'md', '--url', hub.gatewayUrl],
      { cwd: PROJECT_ROOT },
    );
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^\| nameKo \| roundKo \| plannedHires \(count\) \| applicants \(count\) \|/);
    expect(lines.some((line) => line.includes('| 3291 | 36109 | 11.0 | 11.0 |'))).toBe(true); // 004:234, 244
  });
});
