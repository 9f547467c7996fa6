/** A data-quality finding: two values that should agree and do not, each with where it stands. */
import type { FINDING_KINDS } from '../seeds/records';

export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Place {
  file: string;
  lines: string;
}

export interface Finding {
  id: string;
  kind: FindingKind;
  origin: 'COMPUTED' | 'CURATED';
  organizationId: string | null;
  /** The record the finding is about: its GraphQL type and id. */
  recordType: string | null;
  recordId: string | null;
  description: string;
  /** What the report prints (stated), as printed. */
  valueA: string;
  sourceA: Place;
  /** What the rows compute, or the other printed value, formatted like the report. */
  valueB: string | null;
  sourceB: Place | null;
}

/** Formats a whole number like the reports: thousands separators, △ for minus. */
export function formatPrinted(value: bigint | number): string {
  const negative = value < 0;
  const digits = (negative ? -value : value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return negative ? `△${digits}` : digits;
}
