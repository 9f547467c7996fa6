/**
 * npm run seeds:uncovered -- [report prefix, e.g. 000]
 * Counts, per report, the source lines that print a figure and that no seed record cites; with a
 * prefix, lists those lines (marking the ones seeds/uncovered-allowlist.json explains).
 */
import 'reflect-metadata';
import { allowlist, citedLines, uncoveredLines } from '../lib/seeds/coverage';
import { REPORT_FILES } from '../lib/seeds/records';

function main(): void {
  const prefix = process.argv[2];
  const cited = citedLines();
  const allowed = allowlist();
  for (const file of REPORT_FILES.filter((f) => !prefix || f.startsWith(prefix))) {
    const { withFigures, uncovered } = uncoveredLines(file, cited);
    const explained = uncovered.filter((u) => allowed[file]?.[String(u.line)]);
    console.log(
      `${file}: ${withFigures} lines print figures; ${withFigures - uncovered.length} cited by a record, ` +
        `${explained.length} explained in the allowlist, ${uncovered.length - explained.length} not covered`,
    );
    if (prefix) {
      for (const u of uncovered) console.log(`  ${allowed[file]?.[String(u.line)] ? '(allowlisted) ' : ''}${u.line}: ${u.text.slice(0, 110)}`);
    }
  }
}

main();
