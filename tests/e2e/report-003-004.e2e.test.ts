/**
 * Questions about report 003 (SMOE General Affairs Division, 2018) and report 004 (Seoul HR
 * Development Institute, 2021), answered through the gateway. Expected values are taken from the
 * reports (003_b8983c9216e6e007.txt and 004_adfa508fe1f057aa.txt, lines cited).
 */
import { KW, questionHub } from '../support/questions';

const ask = questionHub();

describe('report 003: the General Affairs Division, 2018', () => {
  it('Q1 its 2018 budget: 47,744,891 천원 current, 32,718,335 committed, 68.5 % (003:47), stated equal to computed', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "003-programs") { fiscalYear statedTotal { current committed } computedTotal { current committed committedRate } } }`);
    expect(budgetTable.fiscalYear).toBe(2018);
    expect(budgetTable.statedTotal).toEqual({ current: KW(47_744_891), committed: KW(32_718_335) });
    expect(budgetTable.computedTotal).toEqual({ current: KW(47_744_891), committed: KW(32_718_335), committedRate: '68.53' });
  });

  it('Q2 where most of it goes: elections (선거관리), 32,038,596 천원 (003:43)', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "003-programs") { lines { nameKo rowKind current } } }`);
    const lines = budgetTable.lines.filter((l: any) => l.rowKind === 'LINE');
    const largest = lines.reduce((a: any, b: any) => (BigInt(b.current ?? 0) > BigInt(a.current ?? 0) ? b : a));
    expect(largest).toEqual({ nameKo: '선거관리', rowKind: 'LINE', current: KW(32_038_596) });
  });

  it('Q3 its staff: 78 posts, 72 in post (003:20-21), and 8급 over strength by one (7 posts, 8 in post)', async () => {
    const { organization } = await ask(`{ organization(id: "smoe.general-affairs") { parent { id } staffing { gradeKo rowKind authorized inPost vacancy overStrength } } }`);
    expect(organization.parent.id).toBe('smoe');
    expect(organization.staffing.find((s: any) => s.rowKind === 'TOTAL')).toMatchObject({ authorized: 78, inPost: 72, vacancy: 6 });
    expect(organization.staffing.find((s: any) => s.gradeKo === '8급')).toMatchObject({ authorized: 7, inPost: 8, overStrength: 1 });
  });

  it('Q4 the task budgets with special grants: four tasks, task 4 (공문서 감축) has no budget at all (003:58-62)', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "003-tasks") { lines { taskNo original specialGrant current committed status } } }`);
    expect(budgetTable.lines).toHaveLength(4);
    expect(budgetTable.lines[2]).toMatchObject({ taskNo: '3', original: KW(734_895), specialGrant: null, current: KW(734_895), committed: KW(704_628) });
    expect(budgetTable.lines[3]).toMatchObject({ taskNo: '4', original: null, current: null, status: 'NON_BUDGET' });
  });

  it('Q5 civil-complaint spending is printed twice: 730,242 committed (003:40) and 704,628 (003:61)', async () => {
    const { dataQualityFindings } = await ask(`{ dataQualityFindings(kind: TWO_VALUES, organizationId: "smoe.general-affairs") { valueA valueB sourceA { lines } sourceB { lines } } }`);
    const pairs = dataQualityFindings.map((f: any) => [f.valueA, f.valueB].sort().join(' / '));
    expect(pairs).toContain(['704,628', '730,242'].join(' / '));
  });

  it('Q6 how many people the 2018 personnel reshuffles moved: 1,193 in the first half (234 promoted) and 646 in the second (208) (003:134)', async () => {
    const { administrativeMetrics } = await ask(`{ administrativeMetrics(organizationId: "smoe.general-affairs", domain: PERSONNEL) { id value } }`);
    const value = (id: string) => administrativeMetrics.find((m: any) => m.id === id)?.value;
    expect(value('003-metric-reshuffle-h1-staff')).toBe('1193');
    expect(value('003-metric-reshuffle-h1-promotions')).toBe('234');
    expect(Number(value('003-metric-reshuffle-h1-staff')) + Number(value('003-metric-reshuffle-h2-staff'))).toBe(1_839);
  });

  it('Q7 documents schools received: from 10,328,165 in 2013 down to 7,292,972 in 2017 (003:253-255)', async () => {
    const { administrativeMetrics } = await ask(`{ administrativeMetrics(domain: DOCUMENT_REDUCTION) { id year value } }`);
    const byYear = Object.fromEntries(
      administrativeMetrics.filter((m: any) => m.id.startsWith('003-metric-school-received-documents-') && m.year).map((m: any) => [m.year, m.value]),
    );
    expect(byYear[2013]).toBe('10328165');
    expect(byYear[2017]).toBe('7292972');
  });

  it('Q8 volunteering: 688 items collected on the donation day (003:84)', async () => {
    const { administrativeMetrics } = await ask(`{ administrativeMetrics(domain: VOLUNTEERING) { id value unitKo } }`);
    expect(administrativeMetrics).toContainEqual({ id: '003-metric-donation-day-items', value: '688', unitKo: '점' });
  });

  it('Q9 overseas theme training: three teams of 23, 20 and 20, a total of 63 that is counted once (003)', async () => {
    const { trainingProgram } = await ask(`{ trainingProgram(id: "003-training-overseas-theme") { countsInSums totalOf editions { trainees } } }`);
    expect(trainingProgram.countsInSums).toBe(false);
    expect(trainingProgram.editions[0].trainees).toBe(63);
    const parts = await Promise.all(
      trainingProgram.totalOf.map((id: string) => ask(`query($id: ID!) { trainingProgram(id: $id) { countsInSums editions { trainees } } }`, { id })),
    );
    expect(parts.every((p: any) => p.trainingProgram.countsInSums)).toBe(true);
    expect(parts.reduce((sum: number, p: any) => sum + p.trainingProgram.editions[0].trainees, 0)).toBe(63);
  });
});

describe('report 004: the Seoul HR Development Institute, 2021', () => {
  it('Q10 its 2021 expenditure: 13,826,002 천원 against 15,534,973 in 2020, △1,708,971 (△11.0 %), 22.6 % executed (004:59), stated equal to computed', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "004-expenditure") { statedTotal { current previousCurrent committed } computedTotal { current previousCurrent committed }
      lines { position rowKind changePrinted changeComputed changeRatePrinted changeRateComputed } } }`);
    expect(budgetTable.statedTotal).toEqual({ current: KW(13_826_002), previousCurrent: KW(15_534_973), committed: KW(3_129_008) });
    expect(budgetTable.computedTotal).toEqual(budgetTable.statedTotal);
    expect(budgetTable.lines[0]).toMatchObject({ rowKind: 'TOTAL', changePrinted: KW(-1_708_971), changeComputed: KW(-1_708_971), changeRatePrinted: '-11.0', changeRateComputed: '-11.0' });
  });

  it('Q11 the hierarchy: programs under 인재양성 및 시험관리 under 사업예산(계), 13,226,002 천원 (004:60-61)', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "004-expenditure") { lines { id nameKo rowKind parentLineId current } } }`);
    const programs = budgetTable.lines.find((l: any) => l.nameKo === '인재양성 및 시험관리');
    expect(programs).toMatchObject({ rowKind: 'SUBTOTAL', parentLineId: '004-expenditure/2', current: KW(13_226_002) });
    const children = budgetTable.lines.filter((l: any) => l.parentLineId === programs.id);
    expect(children.reduce((sum: bigint, l: any) => sum + BigInt(l.current ?? 0), 0n)).toBe(BigInt(KW(13_226_002)));
  });

  it('Q12 revenue: 677 백만원, 669 recurring and 8 temporary non-tax revenue (004:47-51)', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "004-revenue") { unit statedTotal { current } computedTotal { current lineCount } } }`);
    expect(budgetTable).toEqual({ unit: 'MILLION_WON', statedTotal: { current: '677000000' }, computedTotal: { current: '677000000', lineCount: 2 } });
  });

  it('Q13 the first 2021 recruitment exam: 3,291 posts, 36,109 applicants, 11.0:1 printed and computed (004:234, 004:244)', async () => {
    const { recruitmentExams } = await ask(`{ recruitmentExams(year: 2021) { id plannedHires applicants competitionRatioPrinted competitionRatioComputed } }`);
    expect(recruitmentExams.find((e: any) => e.id === '004-exam-2021-open-1')).toMatchObject({
      plannedHires: 3291, applicants: 36109, competitionRatioPrinted: '11.0', competitionRatioComputed: '11.0',
    });
  });

  it('Q14 competency assessment in 2021: 240 4th-grade and 450 5th-grade assessees planned; 45 assessed so far (004:599-607)', async () => {
    const { competencyAssessments } = await ask(`{ competencyAssessments(organizationId: "seoul-hrdi.talent-recruitment") { id plannedAssessees completedAssessees budgetLine { id } } }`);
    const byId = Object.fromEntries(competencyAssessments.map((a: any) => [a.id, a]));
    expect(byId['004-competency-2021-grade4-assessment']).toMatchObject({ plannedAssessees: 240, completedAssessees: 45 });
    expect(byId['004-competency-2021-grade5-assessment']).toMatchObject({ plannedAssessees: 450 });
  });

  it('Q15 the 2021 training plan: 321 courses for 283,588 trainees, revised to 319 for 283,343 (004:113-117); e-learning 258,030 of them, counted once', async () => {
    const all = (await ask(`{ trainingProgram(id: "004-training-all") { countsInSums totalOf editions { phase courses trainees } } }`)).trainingProgram;
    expect(all.countsInSums).toBe(false);
    expect(all.editions.filter((e: any) => e.phase !== 'RESULT')).toEqual([
      { phase: 'PLAN', courses: 321, trainees: 283588 },
      { phase: 'REVISED_PLAN', courses: 319, trainees: 283343 },
    ]);
    const parts = await Promise.all(all.totalOf.map((id: string) => ask(`query($id: ID!) { trainingProgram(id: $id) { editions { phase trainees } } }`, { id })));
    const planned = parts.map((p: any) => p.trainingProgram.editions.find((e: any) => e.phase === 'PLAN').trainees);
    expect(planned.reduce((a: number, b: number) => a + b, 0)).toBe(283_588); // 25,558 general + 258,030 e-learning
  });
});

describe('training plans against revised plans and results, and one year against the next', () => {
  it('004:353 전체: 283,588 planned, 283,343 after the revision (△245), 221,486 trained: 78.2 % printed, 78.2 % computed', async () => {
    const { trainingProgram } = await ask(`{ trainingProgram(id: "004-training-all") { changes {
      fromPhase toPhase coursesChange sessionsChange traineesChange traineesChangeRate traineesRatio traineesRatioPrinted } } }`);
    expect(trainingProgram.changes).toEqual([
      { fromPhase: 'PLAN', toPhase: 'REVISED_PLAN', coursesChange: -2, sessionsChange: -14, traineesChange: -245, traineesChangeRate: '-0.1', traineesRatio: '99.9', traineesRatioPrinted: null },
      { fromPhase: 'REVISED_PLAN', toPhase: 'RESULT', coursesChange: -74, sessionsChange: -341, traineesChange: -61857, traineesChangeRate: '-21.8', traineesRatio: '78.2', traineesRatioPrinted: '78.2' },
    ]);
  });

  it('every completion rate 004 prints equals result ÷ revised plan, so no finding is raised', async () => {
    const { organization, dataQualityFindings } = await ask(`{
      organization(id: "seoul-hrdi") { trainingPrograms(includeDescendants: true) { changes { traineesRatio traineesRatioPrinted } } }
      dataQualityFindings(organizationId: "seoul-hrdi", includeDescendants: true) { id } }`);
    const printed = organization.trainingPrograms.flatMap((p: any) => p.changes).filter((c: any) => c.traineesRatioPrinted && c.traineesRatio);
    expect(printed.length).toBeGreaterThanOrEqual(20);
    for (const change of printed) expect(change.traineesRatio).toBe(change.traineesRatioPrinted);
    expect(dataQualityFindings.filter((f: any) => f.id.includes(':completion'))).toEqual([]);
  });

  it('001: 중등 1급 정교사 자격연수, 490 trained in 2020 (001:2657) and 550 planned for 2021 (001:2716): +60, +12.2 %', async () => {
    const { trainingProgram } = await ask(`{ trainingProgram(id: "001-training-b-3-2-sec-1st-grade-qual") { changes { fromYear fromPhase toYear toPhase traineesChange traineesChangeRate } } }`);
    expect(trainingProgram.changes).toEqual([{ fromYear: 2020, fromPhase: 'RESULT', toYear: 2021, toPhase: 'PLAN', traineesChange: 60, traineesChangeRate: '12.2' }]);
  });
});

describe('the city\'s institute beside the Office of Education\'s institutes', () => {
  it('Q16 staff: 105 at the city institute (004:21), 105 posts at the research institute (000:106), 69 posts at the training institute (001:131)', async () => {
    const { organization } = await ask(`{ organization(id: "seoul-hrdi") { parent { id } facts { subjectKo attributeKo value } } }`);
    expect(organization.parent.id).toBe('seoul');
    expect(organization.facts.find((f: any) => f.attributeKo === '인원')?.value ?? organization.facts.find((f: any) => f.subjectKo.includes('인원'))?.value).toBe('105');
    const { eri, tti } = await ask(`{ eri: organization(id: "smoe-eri") { staffing { rowKind authorized } } tti: organization(id: "smoe-tti") { staffing { rowKind authorized } } }`);
    const posts = (o: any) => o.staffing.find((s: any) => s.rowKind === 'TOTAL').authorized;
    expect([posts(eri), posts(tti)]).toEqual([105, 69]);
  });

  it('Q17 budgets: 13,826,002 천원 for the city institute in 2021 (004:59) against 9,201,421 for the training institute (001:220)', async () => {
    const { hrdi, tti } = await ask(`{
      hrdi: organization(id: "seoul-hrdi") { budgetTotal(fiscalYear: 2021, classification: PROGRAM) { current } budgetTables { id } }
      tti: organization(id: "smoe-tti") { budgetTotal(fiscalYear: 2021, classification: SUB_PROGRAM) { original } } }`);
    const { budgetTable } = await ask(`{ budgetTable(id: "004-expenditure") { statedTotal { current } } }`);
    expect(budgetTable.statedTotal.current).toBe(KW(13_826_002));
    // The sum of the leaf programs equals the stated total: the hierarchy's subtotals are not added again.
    expect(hrdi.budgetTotal.current).toBe(KW(13_826_002));
    expect(tti.budgetTotal.original).toBe(KW(9_201_421));
    expect(hrdi.budgetTables.map((t: any) => t.id).sort()).toEqual(['004-expenditure', '004-revenue']);
  });

  it('Q18 execution: the city institute had executed 22.6 % by April 2021 (004:59); the research institute 37.43 % by September 2020 (000:156)', async () => {
    const { hrdi, eri } = await ask(`{
      hrdi: budgetTable(id: "004-expenditure") { asOf lines { rowKind committedRatePrinted committedRateComputed } }
      eri: budgetTable(id: "000-subprogram") { asOf lines { rowKind committedRatePrinted committedRateComputed } } }`);
    const total = (t: any) => t.lines.find((l: any) => l.rowKind === 'TOTAL');
    expect([hrdi.asOf, total(hrdi).committedRatePrinted, total(hrdi).committedRateComputed]).toEqual(['2021-04-12', '22.6', '22.6']);
    expect([eri.asOf, total(eri).committedRatePrinted]).toEqual(['2020-09-30', '37.43']);
  });
});
