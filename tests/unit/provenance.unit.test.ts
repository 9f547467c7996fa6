/**
 * Every figure in seeds/ must stand, in its printed form, on the source lines its record cites;
 * and seeds/sources must be the shared reports, byte for byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expandLines, reportLines, SOURCES_DIR } from '../../lib/graphql/source-ref';
import { isNil } from '../../lib/seeds/printed';
import { readAllSeeds } from '../../lib/seeds/read-seeds';
import { REPORT_FILES } from '../../lib/seeds/records';

/** Record fields that hold a printed figure. */
const FIGURE_FIELDS = new Set([
  'authorized', 'inPost', 'original', 'current', 'previousFinal', 'committed', 'spent', 'committedRatePrinted',
  'spentRatePrinted', 'courses', 'sessions', 'trainees', 'hours', 'satisfactionPrinted', 'completionRatePrinted', 'hardwareUnits',
  'softwareUnits', 'target', 'completed', 'excluded', 'value', 'units', 'recipients', 'amount', 'landAreaM2', 'floorAreaM2', 'roomCount',
  'result', 'credits', 'previousOriginal', 'previousCurrent', 'specialGrant', 'change', 'changeRatePrinted', 'plannedQ1', 'plannedQ2', 'plannedQ3', 'plannedQ4',
  'plannedHires', 'applicants', 'competitionRatioPrinted', 'hired', 'inProgress', 'plannedTrainees', 'plannedTrainingSessions',
  'plannedAssessees', 'plannedAssessmentSessions', 'completedTrainees', 'completedAssessees', 'totalPrinted',
]);
/** Record fields that quote a cell as printed: they must stand on the cited lines verbatim (spacing aside). */
const QUOTED_FIELDS = new Set(['targetKo', 'resultKo', 'valueKo', 'valueA', 'valueB', 'courseKo', 'address', 'addressKo']);
/** Quoted fields that stand on lines of their own reference rather than the record's source. */
const QUOTED_AT: Record<string, string> = { valueA: 'sourceA', valueB: 'sourceB', addressKo: 'addressSource' };

interface Figure {
  where: string;
  field: string;
  printed: string;
  file: string;
  lines: string;
}

/** Walks a record; nested rows and editions cite their own `lines` in the record's file. */
const quotes: Figure[] = [];

function collect(node: unknown, where: string, file: string, lines: string, out: Figure[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => collect(item, `${where}[${index}]`, file, lines, out));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const source = record.source as { file: string; lines: string } | undefined;
  const ownFile = source?.file ?? file;
  const ownLines = source?.lines ?? (typeof record.lines === 'string' ? record.lines : lines);
  const name = typeof record.id === 'string' ? `${where}(${record.id})` : where;
  for (const [key, value] of Object.entries(record)) {
    if (FIGURE_FIELDS.has(key) && typeof value === 'string' && !isNil(value)) {
      out.push({ where: name, field: key, printed: value, file: ownFile, lines: ownLines });
    } else if (QUOTED_FIELDS.has(key) && typeof value === 'string' && !(key === 'valueB' && !record.sourceB)) {
      const cited = (record[QUOTED_AT[key]] as { file: string; lines: string } | undefined) ?? { file: ownFile, lines: ownLines };
      quotes.push({ where: name, field: key, printed: value, file: cited.file, lines: cited.lines });
    } else if (typeof value === 'object') {
      collect(value, `${name}.${key}`, ownFile, ownLines, out);
    }
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The printed form stands on the lines as a whole number (not inside a longer one). */
export function printedOn(printed: string, text: string): boolean {
  return new RegExp(`(?<![\\d.,])${escape(printed)}(?![\\d]|[.,]\\d)`).test(text);
}

describe('provenance', () => {
  const figures: Figure[] = [];
  const all = readAllSeeds();
  for (const [subgraph, content] of Object.entries(all)) collect(content, subgraph, '', '', figures);

  it('finds figures to check', () => {
    expect(figures.length).toBeGreaterThan(300);
  });

  it('every figure appears, as printed, on the lines it cites', () => {
    const unmatched = figures.filter((figure) => {
      const all = reportLines(figure.file);
      const text = expandLines(figure.lines).map((line) => all[line - 1] ?? '').join('\n');
      return !printedOn(figure.printed, text);
    });
    expect(unmatched.map((f) => `${f.where}.${f.field} = "${f.printed}" not on ${f.file}:${f.lines}`)).toEqual([]);
  });

  it('every quoted cell stands verbatim on the lines it cites', () => {
    const squash = (text: string) => text.replace(/\s+/g, '');
    const unmatched = quotes.filter((quote) => {
      const all = reportLines(quote.file);
      const text = expandLines(quote.lines).map((line) => all[line - 1] ?? '').join('\n');
      return !squash(text).includes(squash(quote.printed));
    });
    expect(unmatched.map((q) => `${q.where}.${q.field} = "${q.printed}" not on ${q.file}:${q.lines}`)).toEqual([]);
  });

  it('checks every web address and street address the seeds serve (5 web, 3 street)', () => {
    expect(quotes.filter((q) => q.field === 'address').map((q) => `${q.printed} @ ${q.file.slice(0, 3)}:${q.lines}`).sort()).toEqual([
      'http://webzine-serii.re.kr @ 000:1465',
      'http://www.sen.go.kr/insa @ 003:138',
      'ssem.or.kr @ 000:2592',
      'www.sels2020.re.kr @ 000:810',
      'www.ssem.or.kr @ 002:28',
    ]);
    expect(quotes.filter((q) => q.field === 'addressKo').map((q) => `${q.printed} @ ${q.file.slice(0, 3)}:${q.lines}`).sort()).toEqual([
      '동대문구 천호대로4길 19-3 @ 000:115',
      '서울특별시 서초구 방배동 @ 001:31',
      '중구 소파로 46 @ 000:114',
    ]);
  });

  it('the matcher does not accept a number inside a longer one', () => {
    expect(printedOn('100', 'total 1,100 won')).toBe(false);
    expect(printedOn('74.4', 'rate 74.40')).toBe(false);
    expect(printedOn('△112,040', 'change △112,040 (x)')).toBe(true);
  });

  it('no figure cites a line past the end of its report', () => {
    const beyond = figures.filter((f) => Math.max(...expandLines(f.lines)) > reportLines(f.file).length);
    expect(beyond).toEqual([]);
  });
});

describe('seeds/sources', () => {
  const shared = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');

  it('holds the five reports', () => {
    for (const file of REPORT_FILES) expect(fs.existsSync(path.join(SOURCES_DIR, file))).toBe(true);
  });

  (fs.existsSync(shared) ? it : it.skip)('is byte-identical to ../shared/seeds', () => {
    for (const file of [...REPORT_FILES, 'README.md']) {
      expect(fs.readFileSync(path.join(SOURCES_DIR, file)).equals(fs.readFileSync(path.join(shared, file)))).toBe(true);
    }
  });
});
