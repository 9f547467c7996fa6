/**
 * Questions about report 001 (the Teacher Training Institute's 2021 work report), through the gateway.
 * Expected values come from the report (001_bb76ef901cc1ef9e.txt, lines cited; 000 for the other institute).
 * Catalogue sums are added up from the printed rows of the courses a target or total lists.
 */
import { KW, questionHub } from '../support/questions';

const ask = questionHub();

interface Program {
  id: string;
  countsInSums: boolean;
  totalOf: string[];
  editions: Array<{ year: number; phase: string; courses: number | null; trainees: number | null }>;
}

const PROGRAM = `id countsInSums totalOf editions { year phase courses trainees }`;

async function program(id: string): Promise<Program> {
  return (await ask<{ trainingProgram: Program }>(`query($id: ID!) { trainingProgram(id: $id) { ${PROGRAM} } }`, { id })).trainingProgram;
}

/** The trainees a program prints for a year (and, when given, a phase): its first such edition. */
function trainees(p: Program, year: number, phases: string[]): number | null {
  return p.editions.find((e) => e.year === year && phases.includes(e.phase))?.trainees ?? null;
}

/** The trainees of the courses a total lists, added up from their own rows. */
async function sumOfParts(total: Program, year: number, phases: string[]): Promise<number> {
  const parts = await Promise.all(total.totalOf.map(program));
  return parts.reduce((sum, part) => sum + (trainees(part, year, phases) ?? 0), 0);
}

describe('budget and staff of the Teacher Training Institute', () => {
  it('Q1 its 2021 budget: 9,201,421 천원 against 9,640,031 in 2020, △438,610 (△4.5 %) (001:220), stated equal to computed', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "001-subprogram") {
      statedTotal { original previousOriginal changePrinted } computedTotal { original previousOriginal lineCount }
      lines { rowKind changePrinted changeComputed changeRatePrinted changeRateComputed } } }`);
    expect(budgetTable.statedTotal).toEqual({ original: KW(9_201_421), previousOriginal: KW(9_640_031), changePrinted: KW(-438_610) });
    expect(budgetTable.computedTotal).toEqual({ original: KW(9_201_421), previousOriginal: KW(9_640_031), lineCount: 19 });
    const total = budgetTable.lines.find((l: any) => l.rowKind === 'TOTAL');
    expect(total).toEqual({ rowKind: 'TOTAL', changePrinted: KW(-438_610), changeComputed: KW(-438_610), changeRatePrinted: '-4.5', changeRateComputed: '-4.5' });
  });

  it('Q2 what the 2021 budget dropped and added: two sub-programs cut by 100 % (001:186, 001:190), 교육공무직원인건비 new at 1,107,290 (001:196)', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "001-subprogram") { lines { nameKo original previousOriginal changeRatePrinted } } }`);
    const cut = budgetTable.lines.filter((l: any) => l.changeRatePrinted === '-100').map((l: any) => l.nameKo);
    expect(cut.sort()).toEqual(['계약제근로자인건비', '교원연수지원']);
    expect(budgetTable.lines.find((l: any) => l.nameKo === '교육공무직원인건비')).toMatchObject({ original: KW(1_107_290), previousOriginal: null });
  });

  it('Q3 which tasks have no money of their own: 4-5 is reallocated from headquarters (재배정), 5-7 runs without a budget (비예산) (001:354-358, 414-418)', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "001-tasks") { lines { taskNo status original } computedTotal { lineCount } } }`);
    expect(budgetTable.lines).toHaveLength(32);
    const statuses = budgetTable.lines.filter((l: any) => l.status).map((l: any) => [l.taskNo, l.status, l.original]);
    expect(statuses).toEqual([['4-5', 'REALLOCATED', null], ['5-7', 'NON_BUDGET', null]]);
  });

  it('Q4 a quarterly plan that does not add up: task 1-3 budgets 275,621 but plans 39,060 + 44,500 + 192,060 = 275,620 (001:246)', async () => {
    const { dataQualityFindings } = await ask(`{ dataQualityFindings(recordId: "001-tasks/3") { kind valueA valueB } }`);
    expect(dataQualityFindings).toContainEqual({ kind: 'TOTAL_MISMATCH', valueA: '275,621', valueB: '275,620' });
    expect(dataQualityFindings).toContainEqual(expect.objectContaining({ kind: 'TWO_VALUES', valueA: '39,060', valueB: '39,061' }));
  });

  it('Q5 its staff: 69 posts and 70 in post, 교육연구사 two over strength (001:105-134)', async () => {
    const { organization } = await ask(`{ organization(id: "smoe-tti") { staffing { gradeKo rowKind authorized inPost vacancy overStrength } } }`);
    expect(organization.staffing.find((s: any) => s.rowKind === 'TOTAL')).toMatchObject({ authorized: 69, inPost: 70, overStrength: 1, vacancy: 0 });
    expect(organization.staffing.find((s: any) => s.gradeKo === '교육연구사')).toMatchObject({ authorized: 20, inPost: 22, overStrength: 2 });
  });
});

describe('the training catalogue, summed without counting anyone twice', () => {
  it('Q6 all of 2020: six groups of 2,140 courses and 156,896 trainees (001:447), a summary never added to the courses', async () => {
    const total = await program('001-training-2020-all-training-total');
    expect(trainees(total, 2020, ['RESULT'])).toBe(156_896);
    expect(await sumOfParts(total, 2020, ['RESULT'])).toBe(156_896);
    const groups = await Promise.all(total.totalOf.map(program));
    expect(groups.map((g) => g.countsInSums)).toEqual([false, false, false, false, false, false]);
  });

  it('Q7 remote training of local officials in 2020: 37,764 + 4,581 + 5,299 = 47,644 (001:4318-4324, and 001:445)', async () => {
    const total = await program('001-training-b-4-8-total-2020');
    expect(trainees(total, 2020, ['RESULT'])).toBe(47_644);
    expect(await sumOfParts(total, 2020, ['RESULT'])).toBe(47_644);
  });

  it('Q8 task 1-1\'s 2021 elementary courses: 1,380 trainees over seven courses (001:730)', async () => {
    const family = await program('001-training-1-1-elementary-2021-family');
    expect(trainees(family, 2021, ['PLAN'])).toBe(1_380);
    expect(family.totalOf).toHaveLength(7);
    expect(await sumOfParts(family, 2021, ['PLAN'])).toBe(1_380);
  });

  it('Q9 the largest 2021 remote family: task 1-1, 39,600 trainees (001:737)', async () => {
    const family = await program('001-training-1-1-remote-2021-family');
    expect(trainees(family, 2021, ['PLAN'])).toBe(39_600);
    expect(await sumOfParts(family, 2021, ['PLAN'])).toBe(39_600);
  });

  it('Q10 a target above its courses: 1-3 elementary targets 355 trainees (001:1117) but its listed courses add up to 305', async () => {
    const family = await program('001-training-1-3-elementary-2021-family');
    expect(trainees(family, 2021, ['PLAN'])).toBe(355);
    expect(await sumOfParts(family, 2021, ['PLAN'])).toBe(305);
  });

  it('Q11 a target below its courses: 1-4 elementary targets 135 (001:1285) while its courses add up to 195', async () => {
    const family = await program('001-training-1-4-elementary-2021-family');
    expect(trainees(family, 2021, ['PLAN'])).toBe(135);
    expect(await sumOfParts(family, 2021, ['PLAN'])).toBe(195);
  });

  it('Q12 3-3 elementary: target 1,678 (001:2887), its five courses 1,692; the hub records the disagreement', async () => {
    const family = await program('001-training-b-3-3-elem-family');
    expect(trainees(family, 2021, ['TARGET'])).toBe(1_678);
    expect(await sumOfParts(family, 2021, ['PLAN', 'TARGET'])).toBe(1_692);
    const { dataQualityFindings } = await ask(`{ dataQualityFindings(organizationId: "smoe-tti.elementary-teacher-training") { valueA valueB } }`);
    expect(dataQualityFindings.some((f: any) => f.valueA.includes('1,678') || f.valueB?.includes('1,678'))).toBe(true);
  });

  it('Q13 4-1 secondary: target 600 (001:3354) against 840 in the courses it lists', async () => {
    const family = await program('001-training-b-4-1-sec-family');
    expect(trainees(family, 2021, ['TARGET'])).toBe(600);
    expect(await sumOfParts(family, 2021, ['PLAN', 'TARGET'])).toBe(840);
  });

  it('Q14 qualification training for elementary teachers in 2021: 2,608 trainees over five courses (001:2705)', async () => {
    const family = await program('001-training-b-3-2-elem-family');
    expect(trainees(family, 2021, ['TARGET'])).toBe(2_608);
    expect(await sumOfParts(family, 2021, ['PLAN', 'TARGET'])).toBe(2_608);
  });

  it('Q15 local officials\' life-cycle training in 2021: 2,160 trainees over 16 courses (001:3094)', async () => {
    const family = await program('001-training-b-3-4-family');
    expect(trainees(family, 2021, ['TARGET'])).toBe(2_160);
    expect(family.totalOf).toHaveLength(16);
    expect(await sumOfParts(family, 2021, ['PLAN', 'TARGET'])).toBe(2_160);
  });

  it('Q16 a course listed under two tasks is counted once: 중등 영어회화 기본 (1-1, 001:702) again under 5-1 (001:4504)', async () => {
    const { trainingPrograms } = await ask(`{ trainingPrograms { id repeats countsInSums } }`);
    const repeats = trainingPrograms.filter((p: any) => p.repeats === '001-training-secondary-english-conversation-basic');
    expect(repeats.length).toBeGreaterThan(0);
    expect(repeats.every((p: any) => !p.countsInSums)).toBe(true);
  });

  it('Q17 the institute\'s 2021 plan by department adds only programs that count, never totals, repeats or summaries', async () => {
    const { organization } = await ask(`{ organization(id: "smoe-tti.planning-evaluation") {
      trainingTotals(year: 2021, phase: PLAN) { programs programsLeftOut trainees }
      trainingPrograms { countsInSums editions { year phase trainees } } } }`);
    const counted = organization.trainingPrograms
      .filter((p: any) => p.countsInSums)
      .flatMap((p: any) => p.editions.filter((e: any) => e.year === 2021 && e.phase === 'PLAN'))
      .reduce((sum: number, e: any) => sum + (e.trainees ?? 0), 0);
    expect(organization.trainingTotals.trainees).toBe(counted);
    expect(organization.trainingTotals.programsLeftOut).toBeGreaterThan(0);
  });
});

describe('the two Office of Education institutes side by side (reports 000 and 001)', () => {
  it('Q18 staff: the research institute has 105 posts and 3 vacancies (000:106-107), the training institute 69 posts and one over strength (001:131)', async () => {
    const { eri, tti } = await ask(`{
      eri: organization(id: "smoe-eri") { parent { id } staffing { rowKind authorized inPost vacancy overStrength } }
      tti: organization(id: "smoe-tti") { parent { id } staffing { rowKind authorized inPost vacancy overStrength } } }`);
    const total = (o: any) => o.staffing.find((s: any) => s.rowKind === 'TOTAL');
    expect([eri.parent.id, tti.parent.id]).toEqual(['smoe', 'smoe']);
    expect(total(eri)).toMatchObject({ authorized: 105, inPost: 102, vacancy: 3 });
    expect(total(tti)).toMatchObject({ authorized: 69, inPost: 70, overStrength: 1 });
  });

  it('Q19 budgets: 117,507,909 천원 current for the research institute in 2020 (000:156) against 9,640,031 original for the training institute in 2020 (001:220)', async () => {
    const { eri, tti } = await ask(`{
      eri: organization(id: "smoe-eri") { budgetTotal(fiscalYear: 2020, classification: SUB_PROGRAM) { original current } }
      tti: organization(id: "smoe-tti") { budgetTotal(fiscalYear: 2021, classification: SUB_PROGRAM) { original previousOriginal } } }`);
    expect(eri.budgetTotal).toEqual({ original: KW(44_861_389), current: KW(117_507_909) });
    expect(tti.budgetTotal).toEqual({ original: KW(9_201_421), previousOriginal: KW(9_640_031) });
    // 2020 originals side by side: 44,861,389 against 9,640,031 천원
    expect(BigInt(eri.budgetTotal.original) > BigInt(tti.budgetTotal.previousOriginal)).toBe(true);
  });

  it('Q20 history: the research institute goes back to 1958 (000:78), the training institute to 1975 (001:11)', async () => {
    const { eri, tti } = await ask(`{ eri: organization(id: "smoe-eri") { history { date } } tti: organization(id: "smoe-tti") { history { date } } }`);
    expect([eri.history[0].date, tti.history[0].date]).toEqual(['1958-05-21', '1975-05-12']);
  });

  it('Q21 IT: systems each institute operates, with the training institute\'s studios (001:491) beside the research institute\'s K-에듀파인 (000:431)', async () => {
    const { informationSystems } = await ask(`{ informationSystems { id organizationId hardwareUnits } }`);
    const of = (prefix: string) => informationSystems.filter((s: any) => s.organizationId.startsWith(prefix));
    expect(of('smoe-eri').length).toBe(24); // 23 in report 000 (21 of its IT section, 2 websites: 000:810, 000:1465), and report 002's platform
    expect(of('smoe-tti').length).toBe(7);
    expect(informationSystems.find((s: any) => s.id === '000-sys-k-edufine').hardwareUnits).toBe(39);
  });
});
