/** Turns figures as the reports print them into exact values. */
import type { MONEY_UNITS } from './records';

export type MoneyUnit = (typeof MONEY_UNITS)[number];

/** Won per printed unit. */
export const WON_PER_UNIT: Record<MoneyUnit, bigint> = {
  원: 1n,
  천원: 1_000n,
  백만원: 1_000_000n,
  억원: 100_000_000n,
};

const NIL_MARKERS = new Set(['', '-', '_', '•']);

export function isNil(printed: string | null | undefined): boolean {
  return printed === undefined || printed === null || NIL_MARKERS.has(printed.trim());
}

/** "1,580,600" 천원 → 1580600000n won; "△112,040" → negative; a nil marker → null. */
export function parseAmount(printed: string | null | undefined, unit: MoneyUnit): bigint | null {
  if (isNil(printed)) return null;
  const text = printed!.trim();
  const negative = text.startsWith('△') || text.startsWith('-');
  const digits = text.replace(/^[△-]/, '').replace(/,/g, '');
  if (!/^\d+$/.test(digits)) throw new Error(`not an amount: "${printed}"`);
  const value = BigInt(digits) * WON_PER_UNIT[unit];
  return negative ? -value : value;
}

/** "30,699" → 30699; a nil marker → null. */
export function parseCount(printed: string | null | undefined): number | null {
  if (isNil(printed)) return null;
  const digits = printed!.trim().replace(/,/g, '');
  if (!/^\d+$/.test(digits)) throw new Error(`not a count: "${printed}"`);
  return Number(digits);
}

/** "74.40" → "74.40"; "△11.0" → "-11.0"; "6,709.1" → "6709.1"; a nil marker → null. Precision is kept. */
export function parseDecimal(printed: string | null | undefined): string | null {
  if (isNil(printed)) return null;
  const text = printed!.trim().replace(/,/g, '');
  const negative = text.startsWith('△') || text.startsWith('-');
  const body = text.replace(/^[△-]/, '');
  if (!/^\d+(\.\d+)?$/.test(body)) throw new Error(`not a decimal: "${printed}"`);
  return negative ? `-${body}` : body;
}

/** Decimal places a printed number carries ("74.40" → 2, "100" → 0). */
export function decimalPlaces(printed: string): number {
  const dot = printed.indexOf('.');
  return dot < 0 ? 0 : printed.length - dot - 1;
}
