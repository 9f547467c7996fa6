/**
 * The five reports and the date each states its figures as of (기준일), with the line that prints
 * it. Budget tables and headcount tables carry their own dates; for every other figure (training,
 * IT, administrative work) the report's date is the as-of date, served as SourceRef.reportAsOf
 * and gathered into the roll-ups' asOfDates. tests/unit/reports.unit.test.ts checks each printed
 * date on its line.
 */
import type { ReportFile } from './records';

export interface ReportDate {
  /** Partial ISO date. */
  asOf: string;
  /** The date as printed, and the line that prints it. */
  printed: string;
  line: number;
  /** What the date is, in the report's terms. */
  basis: string;
}

export const REPORT_DATES: Record<ReportFile, ReportDate> = {
  '000_6ee2828e32648fc3.txt': { asOf: '2020-11', printed: '2020. 11.', line: 13, basis: 'Date of the audit briefing (2020년도 교육위원회 행정사무감사).' },
  '001_bb76ef901cc1ef9e.txt': { asOf: '2021-01-10', printed: '21.1.10.기준', line: 171, basis: "The reference date every table of the report states ('21.1.10. 기준)." },
  '002_7b831dc6e42aaa5b.txt': { asOf: '2020-07-17', printed: '2020. 7. 17.', line: 7, basis: 'Release date of the press release (제공일).' },
  '003_b8983c9216e6e007.txt': { asOf: '2018-07-09', printed: "'18.7.9.", line: 16, basis: "The reference date of the division report (기준: '18.7.9.)." },
  '004_adfa508fe1f057aa.txt': { asOf: '2021-04-12', printed: '21.4.12. 기준 변경계획·실적', line: 349, basis: "The reference date of its budget and training figures ('21.4.12. 기준)." },
};

/** The as-of date of a report's figures, or null for a file that is not one of the reports. */
export function reportAsOf(file: string): string | null {
  return REPORT_DATES[file as ReportFile]?.asOf ?? null;
}

/** The distinct as-of dates of some records' reports, oldest first. */
export function reportAsOfDates(records: { source: { file: string } }[]): string[] {
  return [...new Set(records.map((r) => reportAsOf(r.source.file)).filter((d): d is string => d !== null))].sort();
}
