/** Reads the tab-separated rows of a report table straight from seeds/sources, with their line numbers. */
import { reportLines } from '../../lib/graphql/source-ref';

export interface SourceRow {
  line: number;
  cells: string[];
}

/** Rows between two lines (inclusive) that have at least `minCells` tab-separated cells; header lines are skipped by the caller's range. */
export function tableRows(file: string, first: number, last: number, minCells = 2): SourceRow[] {
  const lines = reportLines(file);
  const rows: SourceRow[] = [];
  for (let line = first; line <= last; line += 1) {
    const cells = (lines[line - 1] ?? '').split('\t').map((cell) => cell.trim());
    if (cells.length >= minCells && cells.some((cell) => cell !== '')) rows.push({ line, cells });
  }
  return rows;
}

/** Fails loudly when a table does not have the shape the extractor expects. */
export function expectShape(what: string, rows: SourceRow[], count: number, cells: number): void {
  if (rows.length !== count) throw new Error(`${what}: expected ${count} rows, found ${rows.length}`);
  for (const row of rows) {
    if (row.cells.length < cells) throw new Error(`${what}: line ${row.line} has ${row.cells.length} cells, expected ${cells}`);
  }
}
