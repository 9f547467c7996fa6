/**
 * Citations that point at nothing: a line past the end of its report, a range running past it, or
 * a report that is not on disk. The schema (records.ts) has already refused malformed citations,
 * line 0 and backward ranges; only here is the cited report's length known.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

/** Record keys that hold a { file, lines } reference of their own. */
const SOURCE_KEYS = ['source', 'sourceA', 'sourceB', 'addressSource'];

/**
 * How many lines each report has, each counted once however many records cite it (one instance
 * serves every seed file of a load).
 */
export class ReportLineCounts {
  private readonly counts = new Map<string, number | null>();

  constructor(readonly dir: string) {}

  /** The report's line count, or null when the file is not in `dir`. */
  of(file: string): number | null {
    if (!this.counts.has(file)) this.counts.set(file, countLines(path.join(this.dir, file)));
    return this.counts.get(file)!;
  }
}

function countLines(file: string): number | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (text === '') return 0;
  // A final newline ends the last line; it does not start another one that could be cited.
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function shownDir(dir: string): string {
  const relative = path.relative(PROJECT_ROOT, dir);
  return relative.startsWith('..') ? dir : relative;
}

/** A problem at a path into a seed file's data, shaped like a zod issue path: [list, index, ...field]. */
export interface CitationProblem {
  path: (string | number)[];
  message: string;
}

/** Why `lines` names a line `file` does not have, or null. */
function pastTheEnd(file: string, lines: string, count: number): string | null {
  for (const part of lines.split(',')) {
    const last = Number(part.split('-').pop());
    if (last <= count) continue;
    const length = `${file} (${count.toLocaleString('en-US')} lines)`;
    return part.includes('-') ? `range ${part} runs past the end of ${length}` : `line ${part} is past the end of ${length}`;
  }
  return null;
}

/**
 * Every citation in one validated seed file that names a line its report lacks. Nested rows,
 * editions and milestones cite `lines` in the file of the record that holds them.
 */
export function citationProblems(data: Record<string, unknown>, reports: ReportLineCounts): CitationProblem[] {
  const problems: CitationProblem[] = [];
  const check = (file: string, lines: string, at: (string | number)[], fileAt: (string | number)[] | null) => {
    const count = reports.of(file);
    if (count === null) {
      // Reported once, on the reference that names the file; the nested lines under it add nothing.
      if (fileAt) problems.push({ path: fileAt, message: `${file} is missing from ${shownDir(reports.dir)}` });
      return;
    }
    const problem = pastTheEnd(file, lines, count);
    if (problem) problems.push({ path: at, message: problem });
  };
  const visit = (node: unknown, at: (string | number)[], file: string | undefined): void => {
    if (Array.isArray(node)) return node.forEach((item, index) => visit(item, [...at, index], file));
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const key of SOURCE_KEYS) {
      const ref = record[key] as { file: string; lines: string } | undefined;
      if (ref) check(ref.file, ref.lines, [...at, key, 'lines'], [...at, key, 'file']);
    }
    const own = (record.source as { file: string } | undefined)?.file ?? file;
    if (typeof record.lines === 'string' && own) check(own, record.lines, [...at, 'lines'], null);
    for (const [key, value] of Object.entries(record)) {
      if (!SOURCE_KEYS.includes(key) && value && typeof value === 'object') visit(value, [...at, key], own);
    }
  };
  for (const [key, list] of Object.entries(data)) visit(list, [key], undefined);
  return problems;
}
