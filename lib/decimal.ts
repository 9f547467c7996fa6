/**
 * Exact arithmetic on decimals kept as their printed digits ("6709.1", "15"): scaled to bigints, so a
 * sum of areas or hours is what the rows add up to, and "74.40" compares equal to "74.4", with no
 * floating-point residue.
 */

const DECIMAL = /^-?\d+(\.\d+)?$/;

function placesOf(value: string): number {
  return value.split('.')[1]?.length ?? 0;
}

function scaled(value: string, places: number): bigint {
  return BigInt(value.replace('.', '') + '0'.repeat(places - placesOf(value)));
}

function unscaled(value: bigint, places: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(places + 1, '0');
  const text = places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return negative ? `-${text}` : text;
}

export function isDecimal(value: string | null | undefined): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}

/** The sum of the given decimals at the largest precision among them; null when none is given. */
export function sumDecimals(values: Array<string | null | undefined>): string | null {
  const given = values.filter(isDecimal);
  if (!given.length) return null;
  const places = Math.max(...given.map(placesOf));
  return unscaled(given.reduce((sum, value) => sum + scaled(value, places), 0n), places);
}

/** decimal × a whole number, exactly. */
export function timesWhole(value: string, factor: number): string {
  const places = placesOf(value);
  return unscaled(scaled(value, places) * BigInt(factor), places);
}

/** Compares two decimals exactly: negative, zero or positive. */
export function compareDecimal(a: string, b: string): number {
  if (!isDecimal(a) || !isDecimal(b)) throw new Error(`not decimals: ${a}, ${b}`);
  const places = Math.max(placesOf(a), placesOf(b));
  const [p, q] = [scaled(a, places), scaled(b, places)];
  return p < q ? -1 : p > q ? 1 : 0;
}
