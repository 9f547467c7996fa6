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
