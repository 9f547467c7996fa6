/**
 * Completeness of the reports declared fully loaded: every source line that prints a figure is cited
 * by a record, or explained in seeds/uncovered-allowlist.json, and no explanation is stale.
 */
import { allowlist, citedLines, uncoveredLines } from '../../lib/seeds/coverage';

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

  it('keeps no stale or empty explanation', () => {
    const open = new Set(uncovered.map((u) => String(u.line)));
    expect(Object.entries(explained).filter(([line, reason]) => !open.has(line) || !reason.trim())).toEqual([]);
  });
});
