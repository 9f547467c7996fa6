/**
 * One printed total set beside what the hub computes over the same scope: the plain value every
 * roll-up, budget table and training total builds (lib/reconciliation/*) and the findings rules read.
 * Values are whole numbers in the hub's unit (won for money; persons, courses, sessions or units).
 */
import type { Place } from '../findings/finding';

export interface ReconciliationEntry {
  /** The figure compared, named like the roll-up's field: authorized, amounts.current, trainees, byAudience.trainees, hardwareUnits … */
  measure: string;
  /** Null for the whole scope; else the part the report prints the figure for (a staff category, an audience, a row). */
  part: string | null;
  /** The printed row or phrase the figure comes from, as printed (총계, 2021년 교육훈련 전체, 연수원 소속직원 총원 …). */
  label: string;
  printed: bigint;
  /** How many printed figures were added to make `printed` (one per table a roll-up adds). */
  printedTotals: number;
  computed: bigint;
  /** The findings that explain a difference; empty when printed and computed agree. */
  findingIds: string[];
  sources: Place[];
}

export function entry(fields: Omit<ReconciliationEntry, 'findingIds'>, findingIds: string[]): ReconciliationEntry {
  return { ...fields, findingIds: fields.printed === fields.computed ? [] : findingIds };
}

/** Null when no printed total covers the scope; else whether every one agrees. */
export function agreesWithReport(entries: ReconciliationEntry[]): boolean | null {
  return entries.length === 0 ? null : entries.every((e) => e.printed === e.computed);
}

export function sumBigints(values: bigint[]): bigint {
  return values.reduce((a, b) => a + b, 0n);
}
