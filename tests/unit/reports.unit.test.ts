/** Each report's as-of date is printed on the line the registry cites. */
import { reportLines } from '../../lib/graphql/source-ref';
import { REPORT_FILES } from '../../lib/seeds/records';
import { REPORT_DATES, reportAsOf } from '../../lib/seeds/reports';

describe('report dates', () => {
  it.each(REPORT_FILES.map((file) => [file]))('%s: the as-of date is printed on its line and agrees with the ISO form', (file) => {
    const date = REPORT_DATES[file];
    expect(reportLines(file)[date.line - 1]).toContain(date.printed);
    const digits = date.printed.match(/\d+/g)!.map(Number);
    const [year, month, day] = date.asOf.split('-').map(Number);
    expect(digits[0] % 100).toBe(year % 100);
    expect(digits[1]).toBe(month);
    if (day !== undefined) expect(digits[2]).toBe(day);
  });

  it('an unknown file has no date', () => {
    expect(reportAsOf('nope.txt')).toBeNull();
  });
});
