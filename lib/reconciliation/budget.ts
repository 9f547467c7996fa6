/**
 * Budget totals the reports print, beside what the hub computes over the same rows: each 계/합계
 * (TOTAL) row against the table's LINE rows and each 소계 (SUBTOTAL) against the rows that name it
 * as their parent; and a budget roll-up against the printed totals of the tables it adds (their sum
 * when it adds several). Amounts are won. Pure: the budgets subgraph runs it on its entities.
 */
import { entry, sumBigints, type ReconciliationEntry } from './entry';

/** The phases a budget row may print, named like BudgetAmounts' fields. */
export const BUDGET_PHASES = [
  'original', 'current', 'previousFinal', 'committed', 'spent', 'previousOriginal', 'previousCurrent', 'specialGrant', 'changePrinted',
  'plannedQ1', 'plannedQ2', 'plannedQ3', 'plannedQ4',
] as const;
export type BudgetPhase = (typeof BUDGET_PHASES)[number];

export interface BudgetRow {
  id: string;
  tableId: string;
  position: number;
  nameKo: string;
  rowKind: string;
  parentLineId: string | null;
  file: string;
  lines: string;
  amounts: Record<BudgetPhase, bigint | null>;
}

/** The finding the budget rules raise on a stated row that its parts do not make (lib/findings/budget-findings.ts). */
export const budgetMismatchId = (rowId: string, phase: BudgetPhase) => `total-mismatch:${rowId}:${phase === 'changePrinted' ? 'change' : phase}`;

/** The rows a stated row covers: every LINE for a TOTAL, the rows that name it as parent for a SUBTOTAL. */
export function partsOf(stated: BudgetRow, rows: BudgetRow[]): BudgetRow[] {
  return stated.rowKind === 'TOTAL' ? rows.filter((r) => r.rowKind === 'LINE') : rows.filter((r) => r.parentLineId === stated.id);
}

function sumPhase(rows: BudgetRow[], phase: BudgetPhase): bigint | null {
  const values = rows.map((r) => r.amounts[phase]);
  return values.every((v) => v === null) ? null : sumBigints(values.map((v) => v ?? 0n));
}

/** Each printed total and subtotal of one table against its parts, phase by phase. */
export function tableEntries(rows: BudgetRow[]): ReconciliationEntry[] {
  return rows
    .filter((r) => r.rowKind !== 'LINE')
    .flatMap((stated) => {
      const parts = partsOf(stated, rows);
      if (!parts.length) return [];
      return BUDGET_PHASES.flatMap((phase) => {
        const printed = stated.amounts[phase];
        const computed = sumPhase(parts, phase);
        if (printed === null || computed === null) return [];
        return [
          entry(
            {
              measure: phase,
              part: stated.rowKind === 'TOTAL' ? null : stated.nameKo,
              label: stated.nameKo,
              printed,
              printedTotals: 1,
              computed,
              sources: [{ file: stated.file, lines: stated.lines }],
            },
            [budgetMismatchId(stated.id, phase)],
          ),
        ];
      });
    });
}

/**
 * A roll-up (the LINE rows of one kind of table and year over an organization and the units below it)
 * against the TOTAL rows of the tables it adds: only when every such table prints a total, and for a
 * phase only when no table leaves out of its total a phase its lines print.
 */
export function rollupEntries(rowsByTable: BudgetRow[][], computed: Record<BudgetPhase, bigint | null>): ReconciliationEntry[] {
  const tables = rowsByTable.filter((rows) => rows.some((r) => r.rowKind === 'LINE')).sort((a, b) => a[0].file.localeCompare(b[0].file) || a[0].tableId.localeCompare(b[0].tableId));
  const totals = tables.map((rows) => rows.filter((r) => r.rowKind === 'TOTAL'));
  if (!tables.length || totals.some((t) => t.length !== 1)) return [];
  return BUDGET_PHASES.flatMap((phase) => {
    const stated = totals.map(([total]) => total.amounts[phase]);
    if (stated.every((v) => v === null)) return [];
    const lineSums = tables.map((rows) => sumPhase(rows.filter((r) => r.rowKind === 'LINE'), phase));
    // A table whose total leaves out a phase its lines print (or prints one its lines do not) leaves the scope uncovered.
    const uncovered = tables.some((_, i) => (stated[i] === null) !== (lineSums[i] === null));
    if (uncovered || computed[phase] === null) return [];
    const printedIn = totals.filter((_, i) => stated[i] !== null).map(([total]) => total);
    return [
      entry(
        {
          measure: `amounts.${phase}`,
          part: null,
          label: [...new Set(printedIn.map((t) => t.nameKo))].join(', '),
          printed: sumBigints(stated.filter((v): v is bigint => v !== null)),
          printedTotals: printedIn.length,
          computed: computed[phase]!,
          sources: printedIn.map((t) => ({ file: t.file, lines: t.lines })),
        },
        tables.flatMap((_, i) => (stated[i] !== null && lineSums[i] !== stated[i] ? [budgetMismatchId(totals[i][0].id, phase)] : [])),
      ),
    ];
  });
}
