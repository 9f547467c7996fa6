/** The reconciliation rules (lib/reconciliation): printed totals beside the hub's figures over the same scope. */
import { agreesWithReport } from '../../lib/reconciliation/entry';
import { rollupEntries as budgetRollup, tableEntries, type BudgetRow, BUDGET_PHASES } from '../../lib/reconciliation/budget';
import { rollupEntries as staffingRollup, type StaffingRow } from '../../lib/reconciliation/staffing';
import { countedSum, rollupEntries as trainingRollup, type ProgramFigures } from '../../lib/reconciliation/training';
import { audienceClass, audienceGroup } from '../../lib/seeds/audience';

const FILE = '000_6ee2828e32648fc3.txt';

function budgetRow(tableId: string, position: number, rowKind: string, current: bigint | null, parent?: number): BudgetRow {
  const amounts = Object.fromEntries(BUDGET_PHASES.map((p) => [p, null])) as BudgetRow['amounts'];
  amounts.current = current;
  return { id: `${tableId}/${position}`, tableId, position, nameKo: rowKind === 'LINE' ? `row ${position}` : '계', rowKind, parentLineId: parent ? `${tableId}/${parent}` : null, file: FILE, lines: String(position), amounts };
}

describe('budget tables and roll-ups', () => {
  it('a total against its lines and a subtotal against its children; the finding id is the budget rule\'s', () => {
    const rows = [budgetRow('t', 1, 'TOTAL', 300n), budgetRow('t', 2, 'SUBTOTAL', 250n, 1), budgetRow('t', 3, 'LINE', 100n, 2), budgetRow('t', 4, 'LINE', 200n, 2)];
    expect(tableEntries(rows).map((e) => [e.measure, e.part, e.printed, e.computed, e.findingIds])).toEqual([
      ['current', null, 300n, 300n, []],
      ['current', '계', 250n, 300n, ['total-mismatch:t/2:current']],
    ]);
  });

  it('a roll-up over two tables against the sum of their printed totals; none when a table prints no total', () => {
    const a = [budgetRow('a', 1, 'LINE', 10n), budgetRow('a', 2, 'TOTAL', 10n)];
    const b = [budgetRow('b', 1, 'LINE', 5n), budgetRow('b', 2, 'TOTAL', 5n)];
    const computed = { ...Object.fromEntries(BUDGET_PHASES.map((p) => [p, null])), current: 15n } as Record<(typeof BUDGET_PHASES)[number], bigint | null>;
    const [entry] = budgetRollup([a, b], computed);
    expect(entry).toMatchObject({ measure: 'amounts.current', printed: 15n, printedTotals: 2, computed: 15n, findingIds: [] });
    expect(budgetRollup([a, [budgetRow('c', 1, 'LINE', 5n)]], computed)).toEqual([]);
  });
});

describe('headcount roll-ups', () => {
  const row = (id: string, rowKind: string, categoryKo: string, authorized: number, inPost: number): StaffingRow => ({
    id, organizationId: 'org', asOf: '2020', rowKind, categoryKo, authorized, inPost, file: FILE, lines: '104-107',
  });

  it('총계 and 소계 rows against the roll-up, and a staff figure printed outside the table', () => {
    const rows = [row('a', 'LINE', 'A', 2, 1), row('b', 'LINE', 'A', 3, 3), row('s', 'SUBTOTAL', 'A', 5, 5), row('t', 'TOTAL', '총계', 5, 4)];
    const rollup = { authorized: 5, inPost: 4, byCategory: new Map([['A', { authorized: 5, inPost: 4 }]]) };
    const fact = { id: 'f', organizationId: 'org', measure: 'inPost' as const, label: '총원', value: 6, file: FILE, lines: '108' };
    const entries = staffingRollup(rows, [fact], rollup);
    expect(entries.map((e) => [e.measure, e.part, e.label, e.printed, e.computed, e.findingIds])).toEqual([
      ['authorized', null, '총계', 5n, 5n, []],
      ['inPost', null, '총계', 4n, 4n, []],
      ['authorized', 'A', 'A 소계', 5n, 5n, []],
      ['inPost', 'A', 'A 소계', 5n, 4n, ['total-mismatch:s:inPost']],
      ['inPost', null, '총원', 6n, 4n, ['rollup-mismatch:f:inPost']],
    ]);
    expect(agreesWithReport(entries)).toBe(false);
    expect(agreesWithReport([])).toBeNull();
  });
});

describe('training roll-ups', () => {
  const program = (id: string, fields: Partial<ProgramFigures>, trainees: number | null, courses: number | null = null): ProgramFigures => ({
    id, organizationId: 'org', nameKo: id, audienceKo: null, audienceGroup: 'UNSPECIFIED', totalOf: [], repeats: null, summaryOf: null, coversOrganization: false,
    file: FILE, lines: '1', editions: [{ year: 2021, phase: 'PLAN', courses, sessions: null, trainees, lines: id }], ...fields,
  });

  it('a total printed for the organization against its roll-up, and the audiences its rows print against byAudience', () => {
    const teachers = program('t', { audienceKo: '교원', audienceGroup: 'TEACHING_STAFF' }, 100);
    const leaders = program('l', { audienceKo: '교장', audienceGroup: 'SCHOOL_LEADERS' }, 20);
    const officials = program('o', { audienceKo: '지방공무원', audienceGroup: 'ADMINISTRATIVE_STAFF' }, 50);
    const outside = program('x', { audienceKo: '지방공무원', audienceGroup: 'ADMINISTRATIVE_STAFF' }, 7); // printed outside the total
    const teacherRow = program('tr', { audienceKo: '교원', audienceGroup: 'TEACHING_STAFF', summaryOf: 'by group' }, 120);
    const officialRow = program('or', { audienceKo: '지방공무원', audienceGroup: 'ADMINISTRATIVE_STAFF', summaryOf: 'by group' }, 50);
    const all = program('all', { totalOf: ['tr', 'or'], coversOrganization: true }, 170);
    const programs = [teachers, leaders, officials, outside, teacherRow, officialRow, all];
    const entries = trainingRollup('org', programs, 2021, 'PLAN', countedSum(programs, 2021, 'PLAN'));
    expect(entries.map((e) => [e.measure, e.part, e.printed, e.computed, e.findingIds])).toEqual([
      ['trainees', null, 170n, 177n, ['rollup-mismatch:all:2021:PLAN:trainees']],
      ['byAudience.trainees', '교원', 120n, 120n, []],
      ['byAudience.trainees', '지방공무원', 50n, 57n, ['rollup-mismatch:all:2021:PLAN:trainees:staff']],
    ]);
    // Another organization's roll-up, or another year, has no printed total to reconcile with.
    expect(trainingRollup('other', programs, 2021, 'PLAN', countedSum(programs, 2021, 'PLAN'))).toEqual([]);
    expect(trainingRollup('org', programs, 2020, 'PLAN', countedSum(programs, 2020, 'PLAN'))).toEqual([]);
  });
});

describe('audience groups and classes', () => {
  it('officials named with support workers and no teachers are administrative staff; 사립학교 직원 is not 교직원', () => {
    expect(audienceGroup('일반직공무원, 교육공무직원, 사립학교 직원')).toBe('ADMINISTRATIVE_STAFF');
    expect(audienceGroup('교육공무직원')).toBe('SUPPORT_STAFF');
    expect(audienceGroup('유·초·중등 교직원')).toBe('MIXED');
    expect(audienceGroup('교원 및 지방공무원')).toBe('MIXED');
    expect([audienceClass('SCHOOL_LEADERS'), audienceClass('TEACHING_STAFF'), audienceClass('SUPPORT_STAFF'), audienceClass('MIXED')]).toEqual(['TEACHERS', 'TEACHERS', 'STAFF', null]);
  });
});
