/**
 * Questions a council staffer asks of reports 000 and 002, answered through the gateway.
 * Every expected value is taken from the report (file 000_6ee2828e32648fc3.txt unless said, lines cited);
 * sums were added up from the printed rows independently of the hub.
 */
import { KW, questionHub } from '../support/questions';

const ask = questionHub();

describe('budgets of the Education Research & Information Institute, 2020', () => {
  it('Q1 what it had to spend in 2020: 117,507,909 천원 current budget, the stated total equal to its 33 rows (000:123-156)', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "000-subprogram") { statedTotal { current } computedTotal { current lineCount } } }`);
    expect(budgetTable).toEqual({ statedTotal: { current: KW(117_507_909) }, computedTotal: { current: KW(117_507_909), lineCount: 33 } });
  });

  it('Q2 its largest sub-program: 스마트교육지원, 59,561,177 천원 (000:134)', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "000-subprogram") { lines { nameKo rowKind current } } }`);
    const lines = budgetTable.lines.filter((l: { rowKind: string }) => l.rowKind === 'LINE');
    const largest = lines.reduce((a: any, b: any) => (BigInt(b.current) > BigInt(a.current) ? b : a));
    expect(largest).toEqual({ nameKo: '스마트교육지원', rowKind: 'LINE', current: KW(59_561_177) });
  });

  it('Q3 how many sub-programs had no original budget: 19 of 33 print 0 (000:123-155)', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "000-subprogram") { lines { rowKind original } } }`);
    expect(budgetTable.lines.filter((l: any) => l.rowKind === 'LINE' && l.original === '0')).toHaveLength(19);
  });

  it('Q4 its execution rate: printed 37.43 %, and the same computed from the summed amounts (000:156)', async () => {
    const { organization } = await ask(`{ organization(id: "smoe-eri") { budgetTotal(fiscalYear: 2020) { committedRate } budgetLines(classification: SUB_PROGRAM) { rowKind committedRatePrinted } } }`);
    expect(organization.budgetTotal.committedRate).toBe('37.43');
    expect(organization.budgetLines.find((l: any) => l.rowKind === 'TOTAL').committedRatePrinted).toBe('37.43');
  });

  it('Q5 what its 31 major tasks add up to: 20,672,243 천원 current, 17,076,673 천원 committed (000:164-197; the table prints no total)', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "000-tasks") { statedTotal { current } computedTotal { lineCount original current committed } } }`);
    expect(budgetTable.statedTotal).toBeNull();
    expect(budgetTable.computedTotal).toEqual({ lineCount: 31, original: KW(19_589_915), current: KW(20_672_243), committed: KW(17_076_673) });
  });

  it('Q6 how much SchoolNet committed: the report gives two values, 1,175,980 (000:194) and 1,175,890 (000:3015)', async () => {
    const { dataQualityFindings } = await ask(`{ dataQualityFindings(recordId: "000-tasks/28") { kind valueA valueB sourceA { lines } sourceB { lines } } }`);
    expect(dataQualityFindings).toContainEqual({ kind: 'TWO_VALUES', valueA: '1,175,980', valueB: '1,175,890', sourceA: { lines: '194' }, sourceB: { lines: '3015' } });
  });

  it('Q7 the remote-class platform: 1,500,000 천원 from the 3rd supplementary budget, 1,340,524 committed, 938,367 spent (000:2907)', async () => {
    const { budgetLine } = await ask(`{ budgetLine(id: "000-tasks/27") { nameKo executionTable { lines { rowKind current committed spent note pageRef } } } }`);
    expect(budgetLine.nameKo).toBe('원격수업 지원 플랫폼 구축(신규)');
    expect(budgetLine.executionTable.lines[0]).toEqual({ rowKind: 'LINE', current: KW(1_500_000), committed: KW(1_340_524), spent: KW(938_367), note: '3차추경', pageRef: '741' });
  });

  it('Q8 what special grants (특별교부금) funded: 4,942,788 천원 current over five lines (000:3230-3231, 3317-3319)', async () => {
    const { organization } = await ask(`{ organization(id: "smoe-eri") { budgetLines(classification: TASK_EXECUTION) { rowKind current note } } }`);
    const granted = organization.budgetLines.filter((l: any) => l.rowKind === 'LINE' && l.note === '특별교부금');
    expect(granted).toHaveLength(5);
    expect(granted.reduce((sum: bigint, l: any) => sum + BigInt(l.current), 0n)).toBe(BigInt(KW(4_942_788)));
  });

  it('Q9 each task\'s execution table adds up to its 계 row: task 1 sums to 775,780 (000:616-619)', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "000-task-01-execution") { statedTotal { current spent } computedTotal { current spent lineCount } } }`);
    expect(budgetTable).toEqual({ statedTotal: { current: KW(775_780), spent: KW(332_659) }, computedTotal: { current: KW(775_780), spent: KW(332_659), lineCount: 3 } });
  });

  it('Q10 printed rates that are wrong: 화상강의 지원 prints 41.0 % where 121,526 ÷ 282,614 is 43.0 % (000:192)', async () => {
    const { dataQualityFindings } = await ask(`{ dataQualityFindings(kind: RATE_WRONG, recordId: "000-tasks/26") { valueA valueB } }`);
    expect(dataQualityFindings).toEqual([{ valueA: '41.0', valueB: '43.0' }]);
  });

  it('Q11 the findings of report 000 by kind (each computed from the figures, or curated with both places)', async () => {
    const { dataQualityFindings } = await ask(`{ dataQualityFindings { kind origin sourceA { file } } }`);
    const ours = dataQualityFindings.filter((f: any) => f.sourceA.file.startsWith('000'));
    const count = (kind: string) => ours.filter((f: any) => f.kind === kind).length;
    expect(count('DUPLICATE_NAME')).toBe(2); // 000:139/146 조직및성과관리, 000:140/149 지방공무원인건비
    expect(count('EXECUTED_ABOVE_BUDGET')).toBe(1); // 000:150 평생교육시설및운영지원: 37,429 committed of 37,428
    expect(count('RATE_WRONG')).toBeGreaterThanOrEqual(4);
    expect(count('OCR_DAMAGE')).toBeGreaterThanOrEqual(5);
  });
});

describe('staff and organization', () => {
  it('Q12 how many posts were vacant: 3 (정원 105, 현원 102; 000:106-107), one each in three categories (000:109)', async () => {
    const { organization } = await ask(`{ organization(id: "smoe-eri") { staffing { categoryKo rowKind authorized inPost vacancy } } }`);
    const total = organization.staffing.find((s: any) => s.rowKind === 'TOTAL');
    expect(total).toMatchObject({ authorized: 105, inPost: 102, vacancy: 3 });
    const vacantLines = organization.staffing.filter((s: any) => s.rowKind === 'LINE' && s.vacancy > 0).map((s: any) => s.categoryKo);
    expect(vacantLines.sort()).toEqual(['교육전문직', '교육행정', '전산']);
  });

  it('Q13 how Seoul\'s IT-system staff compares: 5 persons, 8th; 경기 has 10 (000:451-453)', async () => {
    const { organization } = await ask(`{ organization(id: "smoe-eri.edu-informatization") { facts { subjectKo attributeKo value valueKo } } }`);
    const fact = (subject: string, attribute: string) => organization.facts.find((f: any) => f.subjectKo === subject && f.attributeKo === attribute);
    expect(fact('서울', '인원').value).toBe('5');
    expect(fact('서울', '순위').valueKo).toBe('8위');
    expect(fact('경기', '인원').value).toBe('10');
  });

  it('Q14 how the institute is organized: a research institute and four departments under it (000:201-408)', async () => {
    const { organization } = await ask(`{ organization(id: "smoe-eri") { parent { id } children { id kind } } }`);
    expect(organization.parent.id).toBe('smoe');
    expect(organization.children.map((c: any) => c.kind).sort()).toEqual(['DEPARTMENT', 'DEPARTMENT', 'DEPARTMENT', 'DEPARTMENT', 'RESEARCH_INSTITUTE']);
  });

  it('Q15 when it was founded and where it sits: 1958-05-21 (000:78); main site land 6,709.1 ㎡ (000:114)', async () => {
    const { organization } = await ask(`{ organization(id: "smoe-eri") { history { date eventKo } facilities { nameKo landAreaM2 } } }`);
    expect(organization.history[0]).toEqual({ date: '1958-05-21', eventKo: '서울특별시교육연구소 설치' });
    expect(organization.facilities).toContainEqual({ nameKo: '본원', landAreaM2: '6709.1' });
  });
});

describe('training, targets and IT', () => {
  it('Q16 school-evaluation training: 4,026 teachers targeted in 2020 (000:900), funded by task 4 (100,360 천원; 000:167)', async () => {
    const { trainingProgram } = await ask(`{ trainingProgram(id: "000-training-school-evaluation-capacity") { editions { year phase trainees } budgetLine { current trainingPrograms { id } } } }`);
    expect(trainingProgram.editions).toContainEqual({ year: 2020, phase: 'TARGET', trainees: 4026 });
    expect(trainingProgram.budgetLine.current).toBe(KW(100_360));
    expect(trainingProgram.budgetLine.trainingPrograms).toHaveLength(5);
  });

  it('Q17 what SchoolNet targeted in 2020: 374 schools in phase 3 and inspection of 1,382 (000:2966-2967)', async () => {
    const { budgetLine } = await ask(`{ budgetLine(id: "000-tasks/28") { performanceIndicators { nameKo targetKo } } }`);
    expect(budgetLine.performanceIndicators).toEqual([
      { nameKo: '학내망 정비 3차 사업', targetKo: '374교' },
      { nameKo: '학내망 정비 사업 검사검수', targetKo: '1,382교' },
    ]);
  });

  it('Q18 how many trainees the 2019 privacy training reached: 436 officers and 214 handlers, 650 in all (000:3054-3058)', async () => {
    const { trainingProgram } = await ask(`{ trainingProgram(id: "000-training-privacy-education") { editions { year phase trainees } } }`);
    const results2019 = trainingProgram.editions.filter((e: any) => e.year === 2019 && e.phase === 'RESULT');
    expect(results2019.reduce((sum: number, e: any) => sum + e.trainees, 0)).toBe(650);
  });

  it('Q19 the laptop grant for remote classes: 34,200 백만원 (000:2997)', async () => {
    const { statedAmounts } = await ask(`{ statedAmounts { id amount unit } }`);
    expect(statedAmounts).toContainEqual({ id: '000-amount-teacher-laptops-grant', amount: '34200000000', unit: 'MILLION_WON' });
  });

  it('Q20 cyberattacks blocked: 550,544 in 2019 (000:3042) and 438,451 in 2020 (000:418)', async () => {
    const { securityMetrics } = await ask(`{ securityMetrics { kind value periodStart } }`);
    const attacks = securityMetrics.filter((m: any) => m.kind === 'ATTACKS_BLOCKED').map((m: any) => m.value).sort();
    expect(attacks).toEqual(['438451', '550544']);
  });

  it('Q21 K-에듀파인 units and the budget behind them: H/W 39, S/W 27 (000:431), task 31 with 4,265,572 천원 (000:197)', async () => {
    const { informationSystem } = await ask(`{ informationSystem(id: "000-sys-k-edufine") { hardwareUnits softwareUnits budgetLine { nameKo current } } }`);
    expect(informationSystem).toEqual({ hardwareUnits: 39, softwareUnits: 27, budgetLine: { nameKo: '정보시스템의 안정적 운영 환경 제공', current: KW(4_265_572) } });
  });
});

describe('the remote-class platform (report 002) and the IT budget behind security', () => {
  it('Q22 the platform\'s first-year cost, 1,500,000 천원 (002:59), is task 27\'s current budget (000:193)', async () => {
    const { statedAmounts, budgetLine } = await ask(`{ statedAmounts { id amount } budgetLine(id: "000-tasks/27") { current } }`);
    expect(statedAmounts).toContainEqual({ id: '002-amount-platform-year1-cost', amount: KW(1_500_000) });
    expect(budgetLine.current).toBe(KW(1_500_000));
  });

  it('Q23 what later years are planned: 13억 in the 2nd year and 12억 in the 3rd (000:2881)', async () => {
    const { budgetLine } = await ask(`{ budgetLine(id: "000-tasks/27") { statedAmounts { id fiscalYear amount unit } } }`);
    const plans = budgetLine.statedAmounts.filter((a: any) => a.fiscalYear > 2020).map((a: any) => [a.fiscalYear, a.amount, a.unit]);
    expect(plans.sort()).toEqual([
      [2021, '1300000000', 'HUNDRED_MILLION_WON'],
      [2022, '1200000000', 'HUNDRED_MILLION_WON'],
    ]);
  });

  it('Q24 how many users the platform is built for: 1,000 at once, 5,000 a month in the first year (002:48-49)', async () => {
    const { informationSystem } = await ask(`{ informationSystem(id: "002-sys-remote-class-platform") { facts { id kind value } } }`);
    const capacity = Object.fromEntries(informationSystem.facts.filter((f: any) => f.kind === 'CAPACITY').map((f: any) => [f.id, f.value]));
    expect(capacity['002-fact-capacity-concurrent']).toBe('1000');
    expect(capacity['002-fact-capacity-monthly']).toBe('5000');
  });

  it('Q25 who builds it with the institute: KERIS (한국교육학술정보원) among the partners, resolved across subgraphs (002)', async () => {
    const { informationSystem } = await ask(`{ informationSystem(id: "002-sys-remote-class-platform") { facts { kind partnerOrganization { id nameKo } } } }`);
    const partners = informationSystem.facts.filter((f: any) => f.kind === 'PARTNER' && f.partnerOrganization).map((f: any) => f.partnerOrganization);
    expect(partners).toContainEqual({ id: 'ext.keris', nameKo: '한국교육학술정보원' });
  });

  it('Q26 what the institute budgeted for the systems whose security it reports: tasks 20 and 29, 2,358,205 천원 (000:186, 000:195)', async () => {
    const { informationSystems } = await ask(`{ informationSystems { securityMetrics { id } budgetLine { id current } } }`);
    const lines = new Map<string, string>();
    for (const system of informationSystems) if (system.securityMetrics.length && system.budgetLine) lines.set(system.budgetLine.id, system.budgetLine.current);
    expect([...lines.keys()].sort()).toEqual(['000-tasks/20', '000-tasks/29']);
    expect([...lines.values()].reduce((sum, v) => sum + BigInt(v), 0n)).toBe(BigInt(KW(1_074_180 + 1_284_025)));
  });

  it('Q27 where report 002 disagrees with report 000: the pilot start, 2021. 12.~2. (002:334) against \'20. 12.~\'21. 2월 (000:2873)', async () => {
    const { dataQualityFindings } = await ask(`{ dataQualityFindings(kind: TWO_VALUES) { id sourceA { file lines } sourceB { file lines } } }`);
    expect(dataQualityFindings).toContainEqual({
      id: 'curated:002-two-values-pilot-start',
      sourceA: { file: '002_7b831dc6e42aaa5b.txt', lines: '334' },
      sourceB: { file: '000_6ee2828e32648fc3.txt', lines: '2873' },
    });
  });
});
