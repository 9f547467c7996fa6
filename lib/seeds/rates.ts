/** Exact percentages from whole amounts, rounded half up, as decimal strings (no floating point). */

/** 100 × numerator / denominator with `places` decimals, or null when the denominator is 0 or missing. */
export function percentage(numerator: bigint | null, denominator: bigint | null, places = 2): string | null {
  if (numerator === null || denominator === null || denominator === 0n) return null;
  const scale = 10n ** BigInt(places);
  const negative = numerator < 0n !== denominator < 0n;
  const num = (numerator < 0n ? -numerator : numerator) * 100n * scale;
  const den = denominator < 0n ? -denominator : denominator;
  const rounded = (num * 2n + den) / (2n * den);
  const whole = rounded / scale;
  const fraction = (rounded % scale).toString().padStart(places, '0');
  const text = places > 0 ? `${whole}.${fraction}` : `${whole}`;
  return negative && rounded !== 0n ? `-${text}` : text;
}

/** numerator ÷ denominator (a ratio like applicants per post) with `places` decimals, rounded half up; null without a denominator. */
export function ratio(numerator: number, denominator: number, places = 1): string | null {
  return percentage(BigInt(numerator), BigInt(denominator) * 100n, places);
}

/** 100 × numerator / denominator rounded down (toward zero) to `places`, for telling a truncated rate from a wrong one. */
export function truncatedPercentage(numerator: bigint, denominator: bigint, places: number): string {
  const scale = 10n ** BigInt(places);
  const value = (numerator * 100n * scale) / denominator;
  const whole = value / scale;
  return places > 0 ? `${whole}.${(value % scale).toString().padStart(places, '0')}` : `${whole}`;
}

/** The amounts of a budget row a change (증감) may compare: this year's and the previous year's, original and current. */
export interface ComparedAmounts<V> {
  original?: V;
  previousOriginal?: V;
  current?: V;
  previousCurrent?: V;
}

/**
 * The two amounts a change compares, as the table declares (ORIGINAL: original − previousOriginal;
 * CURRENT: current − previousCurrent), read by `amount`. A nil beside a printed amount counts as 0;
 * null when the table compares nothing or both are nil. One rule for the findings (on printed
 * figures, at load) and for BudgetLine.changeComputed (on won, at query time).
 */
export function comparedAmounts<V>(basis: 'ORIGINAL' | 'CURRENT' | null | undefined, row: ComparedAmounts<V>, amount: (value: V | undefined) => bigint | null): [bigint, bigint] | null {
  if (!basis) return null;
  const [now, before] = basis === 'ORIGINAL' ? [amount(row.original), amount(row.previousOriginal)] : [amount(row.current), amount(row.previousCurrent)];
  if (now === null && before === null) return null;
  return [now ?? 0n, before ?? 0n];
}
