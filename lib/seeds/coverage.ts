/**
 * Which source lines print a figure but are cited by no seed record: the completeness measure.
 * A line prints a figure when it has a number with thousands separators, a number followed by a unit
 * (hours printed "21h" included), or when it is a table row of bare numbers: two or more cells of counts or
 * hours under 1,000 printed without separator or unit, beside at most a label ("합계 399 357 49 350 30 126",
 * "정원\t7\t18\t25"). A lone number in running text is not a figure line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expandLines, reportLines } from '../graphql/source-ref';
import { readAllSeeds, SEEDS_DIR, type SeedContent } from './read-seeds';

export const FIGURE_PATTERN = /\d{1,3}(,\d{3})+|\d+(\.\d+)?\s*(%|명|개|건|교|회|대|식|억|천원|백만원|원|실|종|편|과정|기관|시간|h(?![A-Za-z]))/;

/** A cell of a bare-number row: a count or hours under 1,000 without separator or unit, or a decimal ("0.00", "4.5"). */
const BARE_NUMBER = /^\d{1,3}(\.\d+)?$/;
/** A nil marker standing in a row of numbers ("-", "_", "•"). */
const NIL_CELL = /^[-_•]$/;

/**
 * A table row of bare numbers. Tab-separated: two or more cells are bare numbers and at least half of the
 * non-empty cells are bare numbers or nil markers (a label or a remark may stand among them). Space-separated
 * (a label may then have spaces): the cells at the end of the line are bare numbers or nil markers, at least two
 * of them numbers.
 */
export function isBareNumberRow(text: string): boolean {
  if (text.includes('\t')) {
    const cells = text.split('\t').map((cell) => cell.trim()).filter(Boolean);
    const numbers = cells.filter((cell) => BARE_NUMBER.test(cell)).length;
    const nil = cells.filter((cell) => NIL_CELL.test(cell)).length;
    if (numbers >= 2 && 2 * (numbers + nil) >= cells.length) return true;
  }
  const cells = text.split(/\s+/).filter(Boolean);
  let numbers = 0;
  for (let index = cells.length - 1; index >= 0; index -= 1) {
    if (BARE_NUMBER.test(cells[index])) numbers += 1;
    else if (!NIL_CELL.test(cells[index])) break;
  }
  return numbers >= 2;
}

/** Whether a source line prints a figure that some record should cite (or the allowlist explain). */
export function isFigureLine(text: string): boolean {
  return FIGURE_PATTERN.test(text) || isBareNumberRow(text);
}

/** Every line each report's records cite (source, sourceA/B, and the `lines` of nested rows). */
export function citedLines(seeds: SeedContent = readAllSeeds()): Map<string, Set<number>> {
  const cited = new Map<string, Set<number>>();
  const add = (file: string, lines: string) => {
    const set = cited.get(file) ?? new Set<number>();
    for (const line of expandLines(lines)) set.add(line);
    cited.set(file, set);
  };
  const visit = (node: unknown, file: string | undefined): void => {
    if (Array.isArray(node)) return node.forEach((item) => visit(item, file));
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const key of ['source', 'sourceA', 'sourceB', 'addressSource']) {
      const ref = record[key] as { file: string; lines: string } | undefined;
      if (ref) add(ref.file, ref.lines);
    }
    const own = (record.source as { file: string } | undefined)?.file ?? file;
    if (typeof record.lines === 'string' && own) add(own, record.lines);
    for (const value of Object.values(record)) if (typeof value === 'object') visit(value, own);
  };
  visit(seeds, undefined);
  return cited;
}

export interface Uncovered {
  line: number;
  text: string;
}

export function uncoveredLines(file: string, cited: Map<string, Set<number>>): { withFigures: number; uncovered: Uncovered[] } {
  const lines = reportLines(file);
  const mine = cited.get(file) ?? new Set<number>();
  const withFigures = lines.filter(isFigureLine).length;
  const uncovered = lines.flatMap((text, index) => (isFigureLine(text) && !mine.has(index + 1) ? [{ line: index + 1, text }] : []));
  return { withFigures, uncovered };
}

/**
 * Lines judged to hold no figure to load, with the reason, per report file: merged from
 * seeds/uncovered-allowlist.json and any seeds/uncovered-allowlist.<part>.json.
 */
export function allowlist(): Record<string, Record<string, string>> {
  const merged: Record<string, Record<string, string>> = {};
  const files = fs.readdirSync(SEEDS_DIR).filter((f) => /^uncovered-allowlist(\.[\w-]+)?\.json$/.test(f)).sort();
  for (const file of files) {
    const part = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8')) as Record<string, Record<string, string>>;
    for (const [report, lines] of Object.entries(part)) Object.assign((merged[report] ??= {}), lines);
  }
  return merged;
}
