/**
 * Completeness of the reports declared fully loaded: every source line that prints a figure is cited
 * by a record, or explained in seeds/uncovered-allowlist.json, and no explanation is stale. A figure line
 * is one with a number with separators or a unit, or a table row of bare numbers (lib/seeds/coverage.ts).
 */
import { reportLines } from '../../lib/graphql/source-ref';
import { allowlist, citedLines, isBareNumberRow, uncoveredLines } from '../../lib/seeds/coverage';

const COMPLETE_REPORTS = ['000_6ee2828e32648fc3.txt', '001_bb76ef901cc1ef9e.txt', '002_7b831dc6e42aaa5b.txt', '003_b8983c9216e6e007.txt', '004_adfa508fe1f057aa.txt'];

describe.each(COMPLETE_REPORTS)('%s', (file) => {
  const cited = citedLines();
  const explained = allowlist()[file] ?? {};
  const { withFigures, uncovered } = uncoveredLines(file, cited);

  it('has figures to check', () => {
    expect(withFigures).toBeGreaterThan(10);
  });

  it('cites every line with a figure, or explains why it holds none to load', () => {
    expect(uncovered.filter((u) => !explained[String(u.line)]).map((u) => `${u.line}: ${u.text.slice(0, 80)}`)).toEqual([]);
  });

  it('cites every table row of bare numbers, or explains it', () => {
    const rows = reportLines(file).flatMap((text, index) => (isBareNumberRow(text) ? [index + 1] : []));
    expect(rows.filter((line) => !cited.get(file)?.has(line) && !explained[String(line)])).toEqual([]);
  });

  it('keeps no stale or empty explanation', () => {
    const open = new Set(uncovered.map((u) => String(u.line)));
    expect(Object.entries(explained).filter(([line, reason]) => !open.has(line) || !reason.trim())).toEqual([]);
  });
});

it('counts the bare-number rows the reports print: headcount rows (000:106-107, 001:109-134, 003:20-21) and the 합계 row of 001\'s training-hours matrix (001:3183)', () => {
  const rows = (file: string) => reportLines(file).flatMap((text, index) => (isBareNumberRow(text) ? [index + 1] : []));
  expect(rows('000_6ee2828e32648fc3.txt')).toEqual(expect.arrayContaining([106, 107]));
  expect(rows('001_bb76ef901cc1ef9e.txt')).toEqual(expect.arrayContaining([109, 134, 3183]));
  expect(rows('003_b8983c9216e6e007.txt')).toEqual(expect.arrayContaining([20, 21]));
  expect(citedLines().get('001_bb76ef901cc1ef9e.txt')?.has(3183)).toBe(true);
});
