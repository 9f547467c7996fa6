/**
 * Headcount totals the reports print, beside the staffing roll-up over the same scope: the 총계 and
 * 소계 rows of every headcount table the roll-up adds (their sum when it adds several), and staff
 * figures printed outside a headcount table for the organization itself (OrganizationFact with
 * reconcileMeasure). Pure: the organizations subgraph runs it on its entities, the findings rules on the seeds.
 */
import { entry, sumBigints, type ReconciliationEntry } from './entry';

export const STAFFING_MEASURES = ['authorized', 'inPost'] as const;
export type StaffingMeasure = (typeof STAFFING_MEASURES)[number];

export interface StaffingRow {
  id: string;
  organizationId: string;
  asOf: string;
  rowKind: string;
  categoryKo: string;
  authorized: number | null;
  inPost: number | null;
  file: string;
  lines: string;
}

export interface StaffFact {
  id: string;
  organizationId: string;
  measure: StaffingMeasure;
  label: string;
  value: number;
  file: string;
  lines: string;
}

export interface StaffingFigures {
  authorized: number;
  inPost: number;
  byCategory: Map<string, { authorized: number; inPost: number }>;
}

/** The rows of each printed table: one table per organization, date and cited lines; in report order. */
export function staffingTables(rows: StaffingRow[]): StaffingRow[][] {
  const tables = new Map<string, StaffingRow[]>();
  for (const row of rows) {
    const key = `${row.organizationId}|${row.asOf}|${row.file}|${row.lines}`;
    tables.set(key, [...(tables.get(key) ?? []), row]);
  }
  return [...tables.values()].sort((a, b) => a[0].file.localeCompare(b[0].file) || a[0].lines.localeCompare(b[0].lines));
}

const sumOf = (rows: StaffingRow[], measure: StaffingMeasure) => rows.reduce((s, r) => s + (r[measure] ?? 0), 0);
export const staffingMismatchId = (statedId: string, measure: StaffingMeasure) => `total-mismatch:${statedId}:${measure}`;
export const staffFactMismatchId = (factId: string, measure: StaffingMeasure) => `rollup-mismatch:${factId}:${measure}`;

export function rollupEntries(rows: StaffingRow[], facts: StaffFact[], rollup: StaffingFigures): ReconciliationEntry[] {
  const tables = staffingTables(rows).filter((t) => t.some((r) => r.rowKind === 'LINE'));
  const entries: ReconciliationEntry[] = [];
  const totals = tables.map((t) => t.find((r) => r.rowKind === 'TOTAL'));
  if (tables.length && totals.every(Boolean)) {
    for (const measure of STAFFING_MEASURES) {
      const printed = totals.map((t) => t![measure]);
      if (printed.some((p) => p === null)) continue;
      entries.push(
        entry(
          {
            measure,
            part: null,
            label: [...new Set(totals.map((t) => t!.categoryKo))].join(', '),
            printed: sumBigints(printed.map((p) => BigInt(p!))),
            printedTotals: totals.length,
            computed: BigInt(rollup[measure]),
            sources: totals.map((t) => ({ file: t!.file, lines: t!.lines })),
          },
          tables.flatMap((t, i) => (sumOf(t.filter((r) => r.rowKind === 'LINE'), measure) === totals[i]![measure] ? [] : [staffingMismatchId(totals[i]!.id, measure)])),
        ),
      );
    }
  }
  for (const [category, counted] of rollup.byCategory) {
    const withLines = tables.filter((t) => t.some((r) => r.rowKind === 'LINE' && r.categoryKo === category));
    const subtotals = withLines.map((t) => t.find((r) => r.rowKind === 'SUBTOTAL' && r.categoryKo === category));
    if (!withLines.length || !subtotals.every(Boolean)) continue;
    for (const measure of STAFFING_MEASURES) {
      const printed = subtotals.map((s) => s![measure]);
      if (printed.some((p) => p === null)) continue;
      entries.push(
        entry(
          {
            measure,
            part: category,
            label: `${category} 소계`,
            printed: sumBigints(printed.map((p) => BigInt(p!))),
            printedTotals: subtotals.length,
            computed: BigInt(counted[measure]),
            sources: subtotals.map((s) => ({ file: s!.file, lines: s!.lines })),
          },
          withLines.flatMap((t, i) =>
            sumOf(t.filter((r) => r.rowKind === 'LINE' && r.categoryKo === category), measure) === subtotals[i]![measure] ? [] : [staffingMismatchId(subtotals[i]!.id, measure)],
          ),
        ),
      );
    }
  }
  for (const fact of facts) {
    entries.push(
      entry(
        { measure: fact.measure, part: null, label: fact.label, printed: BigInt(fact.value), printedTotals: 1, computed: BigInt(rollup[fact.measure]), sources: [{ file: fact.file, lines: fact.lines }] },
        [staffFactMismatchId(fact.id, fact.measure)],
      ),
    );
  }
  return entries;
}
