/**
 * Which source lines print a figure but are cited by no seed record: the completeness measure.
 * A figure here is a number with thousands separators, or a number followed by a unit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expandLines, reportLines } from '../graphql/source-ref';
import { readAllSeeds, SEEDS_DIR, type SeedContent } from './read-seeds';

export const FIGURE_PATTERN = /\d{1,3}(,\d{3})+|\d+(\.\d+)?\s*(%|명|개|건|교|회|대|식|억|천원|백만원|원|실|종|편|과정|기관|시간)/;

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
    for (const key of ['source', 'sourceA', 'sourceB']) {
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
  const withFigures = lines.filter((text) => FIGURE_PATTERN.test(text)).length;
  const uncovered = lines.flatMap((text, index) => (FIGURE_PATTERN.test(text) && !mine.has(index + 1) ? [{ line: index + 1, text }] : []));
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
