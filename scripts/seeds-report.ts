/**
 * npm run seeds:report — per report and per type: how many records the seeds load, and from how
 * many source tables or passages (distinct cited line ranges; budget lines count their tables).
 */
import 'reflect-metadata';
import { readAllSeeds } from '../lib/seeds/read-seeds';
import { REPORT_FILES } from '../lib/seeds/records';
import { SUBGRAPHS } from '../subgraphs';

interface Row {
  report: string;
  subgraph: string;
  type: string;
  records: number;
  sources: Set<string>;
}

function sourceOf(entity: Record<string, unknown>): { file: string; lines: string } | undefined {
  return (entity.source ?? entity.sourceA) as { file: string; lines: string } | undefined;
}

export function coverage(): Row[] {
  const seeds = readAllSeeds();
  const rows = new Map<string, Row>();
  for (const definition of SUBGRAPHS) {
    for (const entity of definition.seedPlan(seeds) as Array<Record<string, unknown>>) {
      const source = sourceOf(entity);
      const report = source ? source.file.slice(0, 3) : '—';
      const type = entity.constructor.name;
      const key = `${report}|${definition.name}|${type}`;
      const row = rows.get(key) ?? { report, subgraph: definition.name, type, records: 0, sources: new Set<string>() };
      row.records += 1;
      // A budget line comes from its table; anything else from the passage it cites.
      row.sources.add(typeof entity.tableId === 'string' ? entity.tableId : `${source?.file}:${source?.lines}`);
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.report.localeCompare(b.report) || a.subgraph.localeCompare(b.subgraph) || a.type.localeCompare(b.type));
}

/** npm run seeds:report [-- <report prefix>] */
function main(): void {
  const prefix = process.argv[2];
  const rows = coverage().filter((row) => !prefix || row.report === prefix);
  console.log('| report | subgraph | type | records | source tables / passages |');
  console.log('|---|---|---|---:|---:|');
  for (const row of rows) console.log(`| ${row.report} | ${row.subgraph} | ${row.type} | ${row.records} | ${row.sources.size} |`);
  console.log('');
  for (const file of REPORT_FILES.filter((f) => !prefix || f.startsWith(prefix))) {
    const mine = rows.filter((r) => r.report === file.slice(0, 3));
    console.log(`${file}: ${mine.reduce((n, r) => n + r.records, 0)} records of ${mine.length} types`);
  }
}

main();
