/** The findings rules, each shown to fire on a small table and to stay quiet where figures agree. */
import { budgetFindings } from '../../lib/findings/budget-findings';
import { examFindings } from '../../lib/findings/exam-findings';
import { staffingFindings } from '../../lib/findings/staffing-findings';
import { trainingFindings, trainingHoursFindings } from '../../lib/findings/training-findings';
import { allFindings, countByKind } from '../../lib/findings';
import { readAllSeeds } from '../../lib/seeds/read-seeds';

const FILE = '000_6ee2828e32648fc3.txt' as const;

function table(id: string, rows: object[], extra: object = {}) {
  return {
    id,
    organizationId: 'org',
    fiscalYear: 2020,
    titleKo: id,
    titleEn: id,
    classification: 'TASK' as const,
    unit: '천원' as const,
    source: { file: FILE, lines: '1-9' },
    rows: rows.map((row, index) => ({ position: index + 1, rowKind: 'LINE', nameKo: `row ${index + 1}`, lines: String(index + 1), ...row })),
    ...extra,
  } as Parameters<typeof budgetFindings>[0][number];
}

describe('budget findings', () => {
  it('agreeing figures give no finding', () => {
    const t = table('ok', [
      { current: '1,000', committed: '500', committedRatePrinted: '50.0' },
      { current: '3,000', committed: '1,000', committedRatePrinted: '33.33' },
      { nameKo: '계', rowKind: 'TOTAL', current: '4,000', committed: '1,500', committedRatePrinted: '37.5' },
    ]);
    expect(budgetFindings([t])).toEqual([]);
  });

  it('a total that is not the sum of its rows', () => {
    const t = table('t', [{ current: '1,000' }, { current: '2,000' }, { nameKo: '계', rowKind: 'TOTAL', current: '3,100' }]);
    const [finding] = budgetFindings([t]);
    expect(finding).toMatchObject({ kind: 'TOTAL_MISMATCH', recordId: 't/3', valueA: '3,100', valueB: '3,000', sourceA: { lines: '3' }, sourceB: { lines: '1-2' } });
  });

  it('a rate truncated rather than rounded, and a rate simply wrong', () => {
    const t = table('r', [
      { current: '3', committed: '2', committedRatePrinted: '66.66' }, // 66.666… rounds to 66.67
      { current: '4', committed: '1', committedRatePrinted: '26.00' }, // 25.00
    ]);
    const kinds = budgetFindings([t]).map((f) => [f.kind, f.valueA, f.valueB]);
    expect(kinds).toEqual([
      ['RATE_TRUNCATED', '66.66', '66.67'],
      ['RATE_WRONG', '26.00', '25.00'],
    ]);
  });

  it('a printed "100" matches a computed 100.00 (precision follows the print)', () => {
    expect(budgetFindings([table('p', [{ current: '3,700', committed: '3,700', committedRatePrinted: '100' }])])).toEqual([]);
  });

  it('the same figure printed with two values in the task table and the task\'s own table', () => {
    const tasks = table('tasks', [{ current: '1,580,600', committed: '1,175,980', committedRatePrinted: '74.40' }]);
    const execution = table('exec', [{ current: '1,580,600', committed: '1,175,890' }, { nameKo: '계', rowKind: 'TOTAL', current: '1,580,600', committed: '1,175,890' }], {
      taskBudgetLineId: 'tasks/1',
    });
    const twoValues = budgetFindings([tasks, execution]).filter((f) => f.kind === 'TWO_VALUES');
    expect(twoValues).toEqual([expect.objectContaining({ recordId: 'tasks/1', valueA: '1,175,980', valueB: '1,175,890', sourceB: { file: FILE, lines: '2' } })]);
  });

  it('a duplicated name and execution above budget', () => {
    const t = table('d', [
      { nameKo: '지방공무원인건비', current: '10' },
      { nameKo: '지방공무원인건비', current: '20', committed: '21' },
    ]);
    expect(countByKind(budgetFindings([t]))).toEqual({ DUPLICATE_NAME: 1, EXECUTED_ABOVE_BUDGET: 1 });
  });

  it('nil markers are no amounts, never zero, and raise nothing', () => {
    const t = table('n', [{ current: '-', committed: '-', committedRatePrinted: '-' }, { nameKo: '계', rowKind: 'TOTAL', current: '-' }]);
    expect(budgetFindings([t])).toEqual([]);
  });
});

describe('budget findings on year-over-year and planned figures', () => {
  it('a printed change that is not the difference, and a change rate checked at its precision', () => {
    const t = table('c', [
      { original: '3,827,983', previousOriginal: '3,791,091', change: '36,892', changeRatePrinted: '1.0' }, // agrees
      { original: '-', previousOriginal: '79,800', change: '△79,800', changeRatePrinted: '△100' }, // nil counts as 0: agrees
      { original: '1,000', previousOriginal: '900', change: '90', changeRatePrinted: '11.1' }, // change should be 100
    ], { changeBasis: 'ORIGINAL' });
    expect(budgetFindings([t]).map((f) => [f.kind, f.recordId, f.valueA, f.valueB])).toEqual([['DIFFERENCE_WRONG', 'c/3', '90', '100']]);
  });

  it('a subtotal against the rows that name it as parent', () => {
    const t = table('s', [
      { nameKo: '사업예산(계)', rowKind: 'SUBTOTAL', current: '300' },
      { current: '100', parentPosition: 1 },
      { current: '150', parentPosition: 1 },
      { nameKo: '합계', rowKind: 'TOTAL', current: '250' },
    ]);
    expect(budgetFindings([t]).map((f) => [f.recordId, f.valueA, f.valueB])).toEqual([['s/1', '300', '250']]);
  });

  it('a quarterly execution plan that does not add up to the budget', () => {
    const ok = table('q', [{ original: '470,436', plannedQ1: '117,609', plannedQ2: '117,609', plannedQ3: '117,609', plannedQ4: '117,609' }]);
    const off = table('r', [{ original: '170,070', plannedQ1: '-', plannedQ2: '96,480', plannedQ3: '38,140', plannedQ4: '35,000' }]);
    expect(budgetFindings([ok])).toEqual([]);
    expect(budgetFindings([off]).map((f) => [f.kind, f.valueA, f.valueB])).toEqual([['TOTAL_MISMATCH', '170,070', '169,620']]);
  });
});

describe('exam findings', () => {
  const exam = (applicants: string, plannedHires: string, competitionRatioPrinted: string) => ({
    id: 'e', organizationId: 'org', year: 2021, nameKo: '임용시험', nameEn: 'Exam', applicants, plannedHires, competitionRatioPrinted,
    source: { file: '004_adfa508fe1f057aa.txt' as const, lines: '244' },
  });

  it('a printed competition ratio against applicants per post', () => {
    expect(examFindings([exam('36,109', '3,291', '11.0')])).toEqual([]); // 10.97 → 11.0
    expect(examFindings([exam('49,920', '2,957', '16.9')])).toEqual([]); // 16.88 → 16.9
    expect(examFindings([exam('1,000', '100', '9.0')]).map((f) => [f.kind, f.valueA, f.valueB])).toEqual([['RATE_WRONG', '9.0', '10.0']]);
  });
});

describe('training findings', () => {
  type Program = Parameters<typeof trainingFindings>[0][number];
  const program = (id: string, editions: Program['editions'], totalOf?: string[]): Program => ({
    id, organizationId: 'org', nameKo: id, nameEn: id, type: 'IN_SERVICE', mode: 'UNSPECIFIED',
    source: { file: '001_bb76ef901cc1ef9e.txt', lines: '1' }, totalOf, editions,
  });
  const plan = (trainees: string, courses = '1'): Program['editions'][number] => ({ year: 2021, phase: 'PLAN', trainees, courses, lines: '2' });

  it('a target against the courses it lists, adding every edition of a course', () => {
    const parts = [program('a', [plan('100'), plan('50')]), program('b', [plan('60')])];
    const ok = program('ok', [plan('210', '3')], ['a', 'b']);
    const off = program('off', [{ year: 2021, phase: 'TARGET', trainees: '200', lines: '3' }], ['a', 'b']); // targets compare with plans
    expect(trainingFindings([...parts, ok])).toEqual([]);
    expect(trainingFindings([...parts, off]).map((f) => [f.recordId, f.valueA, f.valueB])).toEqual([['off', '200', '210']]);
  });

  it('a printed completion rate (이수율) against result ÷ revised plan: agreeing, truncated, wrong', () => {
    const withRate = (rate: string) =>
      program(`p${rate}`, [
        plan('3'),
        { year: 2021, phase: 'REVISED_PLAN', trainees: '3', lines: '3' },
        { year: 2021, phase: 'RESULT', trainees: '2', completionRatePrinted: rate, lines: '4' },
      ]);
    expect(trainingFindings([withRate('66.7')])).toEqual([]);
    expect(trainingFindings([withRate('66.6'), withRate('70.0')]).map((f) => [f.kind, f.valueA, f.valueB, f.sourceB?.lines])).toEqual([
      ['RATE_TRUNCATED', '66.6', '66.7', '3'],
      ['RATE_WRONG', '70.0', '66.7', '3'],
    ]);
  });

  it('a total its listed courses cannot make because some print no figure: the finding names them', () => {
    const parts = [program('a', [plan('100')]), program('b', [{ year: 2021, phase: 'PLAN', lines: '2' }])];
    expect(trainingFindings([...parts, program('ok', [plan('100', '1')], ['a', 'b'])])).toEqual([]); // b adds nothing, and nothing is missing from 100
    const [finding] = trainingFindings([...parts, program('t', [plan('999', '1')], ['a', 'b'])]);
    expect(finding).toMatchObject({ id: 'total-mismatch:t:2021:PLAN:trainees', valueA: '999', valueB: '100' });
    expect(finding.description).toMatch(/1 of the rows it covers print no 인원 for it \(b\)/);
  });

  it('a listed total that prints no figure of its own stands for its rows', () => {
    const leaves = [program('a', [plan('100')]), program('b', [plan('50')]), program('c', [plan('25')])];
    const group = program('g', [{ year: 2021, phase: 'PLAN', courses: '2', lines: '3' }], ['a', 'b']); // a group header: courses only
    const all = program('all', [plan('175', '3')], ['g', 'c']);
    expect(trainingFindings([...leaves, group, all])).toEqual([]);
    expect(trainingFindings([...leaves, group, program('off', [plan('170', '3')], ['g', 'c'])]).map((f) => [f.id, f.valueB])).toEqual([['total-mismatch:off:2021:PLAN:trainees', '175']]);
  });
});

describe('training-hours findings', () => {
  type Table = Parameters<typeof trainingHoursFindings>[0][number];
  const hours = (total: string): Table => ({
    id: 'h', organizationId: 'org', year: 2021, titleKo: '체계', titleEn: 'Framework',
    source: { file: '001_bb76ef901cc1ef9e.txt', lines: '1-9' },
    stages: [{ position: 1, nameKo: '입직기', nameEn: 'Entry', lines: '2' }],
    areas: [
      { position: 1, nameKo: '필수역량', nameEn: 'Required', totalPrinted: total, lines: '1,9' },
      { position: 2, nameKo: '기타역량', nameEn: 'Other', lines: '1' },
    ],
    entries: [
      { stage: 1, area: 1, courseKo: '신규', hours: '105', editionKo: '1기', lines: '3' },
      { stage: 1, area: 1, courseKo: '신규', hours: '105', editionKo: '2기', lines: '4' },
      { area: 1, courseKo: '공통', hours: '7', lines: '5' },
      { area: 2, courseKo: '복직자', hours: '42', lines: '6' },
    ],
  });

  it('a printed 합계 equal to the hours of its column\'s courses gives nothing; one that differs is TOTAL_MISMATCH', () => {
    expect(trainingHoursFindings([hours('217')])).toEqual([]);
    expect(trainingHoursFindings([hours('210')]).map((f) => [f.kind, f.recordId, f.valueA, f.valueB, f.sourceA.lines, f.sourceB?.lines])).toEqual([
      ['TOTAL_MISMATCH', 'h', '210', '217', '1,9', '3,4,5'],
    ]);
  });
});

describe('staffing findings', () => {
  const line = (id: string, rowKind: 'LINE' | 'SUBTOTAL' | 'TOTAL', categoryKo: string, authorized: string, inPost: string) => ({
    id, organizationId: 'org', asOf: '2020', position: 1, categoryKo, categoryEn: categoryKo, gradeKo: null, gradeEn: null,
    authorized, inPost, rowKind, source: { file: FILE, lines: '104-107' },
  });

  it('a subtotal against its category and a total against every line', () => {
    const findings = staffingFindings([
      line('a', 'LINE', 'A', '2', '1'),
      line('b', 'LINE', 'A', '3', '3'),
      line('s', 'SUBTOTAL', 'A', '5', '5'),
      line('t', 'TOTAL', '총계', '5', '4'),
    ]);
    expect(findings.map((f) => [f.recordId, f.valueA, f.valueB])).toEqual([['s', '5', '4']]);
  });
});

describe('findings of the seeded reports', () => {
  const findings = allFindings(readAllSeeds());

  it('have unique ids', () => {
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  });

  it('include the task-28 committed amount printed 1,175,980 (000:194) and 1,175,890 (000:3015)', () => {
    expect(findings).toContainEqual(
      expect.objectContaining({ kind: 'TWO_VALUES', recordId: '000-tasks/28', valueA: '1,175,980', valueB: '1,175,890', sourceA: { file: FILE, lines: '194' }, sourceB: { file: FILE, lines: '3015' } }),
    );
  });

  it('find every column of report 001\'s training-hours matrix equal to its printed 합계 row (001:3183)', () => {
    expect(findings.filter((f) => f.recordType === 'TrainingHoursTable')).toEqual([]);
  });

  it('every "finding <id>" a seed note or description names exists (a curated one by its own id, a computed one by the rule\'s)', () => {
    const seeds = readAllSeeds();
    const ids = new Set([...findings.map((f) => f.id), ...seeds.organizations.curatedFindings.map((f) => f.id)]);
    const named = [...JSON.stringify(seeds).matchAll(/findings? ([a-z0-9][A-Za-z0-9.:/_-]*[A-Za-z0-9])/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(10);
    expect([...new Set(named)].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('include the two names the sub-program table prints twice (000:139/146, 000:140/149)', () => {
    expect(findings.filter((f) => f.kind === 'DUPLICATE_NAME').map((f) => f.valueA).sort()).toEqual(['조직및성과관리', '지방공무원인건비']);
  });
});
