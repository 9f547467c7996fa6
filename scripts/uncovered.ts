/**
 * npm run seeds:uncovered -- <report prefix, e.g. 000>
 * Lists source lines that print a figure (a number of two or more digits, or any number with a unit)
 * and that no seed record cites: the places to look at when checking that nothing was skipped.
 */
import 'reflect-metadata';
import { expandLines, reportLines } from '../lib/graphql/source-ref';
import { readAllSeeds } from '../lib/seeds/read-seeds';
import { REPORT_FILES } from '../lib/seeds/records';

function citedLines(): Map<string, Set<number>> {
  const cited = new Map<string, Set<number>>();
  const visit = (node: unknown, file: string | undefined) => {
    if (Array.isArray(node)) return node.forEach((item) => visit(item, file));
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const key of ['source', 'sourceA', 'sourceB']) {
      const ref = record[key] as { file: string; lines: string } | undefined;
      if (ref) for (const line of expandLines(ref.lines)) (cited.get(ref.file) ?? cited.set(ref.file, new Set()).get(ref.file)!).add(line);
    }
    const own = (record.source as { file: string } | undefined)?.file ?? file;
    if (typeof record.lines === 'string' && own) for (const line of expandLines(record.lines)) (cited.get(own) ?? cited.set(own, new Set()).get(own)!).add(line);
    for (const value of Object.values(record)) if (typeof value === 'object') visit(value, own);
  };
  visit(readAllSeeds(), undefined);
  return cited;
}

const FIGURE = /\d{1,3}(,\d{3})+|\d+(\.\d+)?\s*(%|명|개|건|교|회|대|식|억|천원|백만원|원|실|종|편|과정|기관|시간)/;

function main(): void {
  const prefix = process.argv[2];
  const cited = citedLines();
  for (const file of REPORT_FILES.filter((f) => !prefix || f.startsWith(prefix))) {
    const lines = reportLines(file);
    const mine = cited.get(file) ?? new Set();
    const uncovered = lines.flatMap((text, index) => (FIGURE.test(text) && !mine.has(index + 1) ? [`${index + 1}: ${text.slice(0, 110)}`] : []));
    const withFigures = lines.filter((text) => FIGURE.test(text)).length;
    console.log(`${file}: ${withFigures} lines print figures; ${withFigures - uncovered.length} are cited by a record, ${uncovered.length} are not`);
    if (prefix) for (const line of uncovered) console.log(`  ${line}`);
  }
}

main();
