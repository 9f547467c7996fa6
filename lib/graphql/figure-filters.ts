/**
 * Filters on figures: one input type per scalar (WonFilter, IntFilter, DecimalFilter), the same in
 * every subgraph (composition merges input types only when they are identical), and their meaning
 * twice over, as a SQL condition and as a test on a record in memory, so the root lists (SQL) and
 * the lists on Organization (memory) keep the same records.
 */
import { raw } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { Field, InputType, Int } from 'type-graphql';
import { compareDecimal } from '../decimal';
import { DecimalScalar, WonScalar } from './scalars';

export type FigureScalar = 'Won' | 'Int' | 'Decimal';

/** What one filter on a figure asks; every condition given must hold. */
export interface FigureFilterValue {
  eq?: unknown;
  ne?: unknown;
  gt?: unknown;
  gte?: unknown;
  lt?: unknown;
  lte?: unknown;
  isNull?: boolean | null;
}

const COMPARISONS = {
  eq: { sql: '=', test: (c: number) => c === 0, says: 'Equal to this.' },
  ne: { sql: '<>', test: (c: number) => c !== 0, says: 'Not equal to this (records without the figure do not match: see isNull).' },
  gt: { sql: '>', test: (c: number) => c > 0, says: 'Greater than this.' },
  gte: { sql: '>=', test: (c: number) => c >= 0, says: 'Greater than or equal to this.' },
  lt: { sql: '<', test: (c: number) => c < 0, says: 'Less than this.' },
  lte: { sql: '<=', test: (c: number) => c <= 0, says: 'Less than or equal to this.' },
} as const;
type Comparison = keyof typeof COMPARISONS;
const COMPARISON_NAMES = Object.keys(COMPARISONS) as Comparison[];

const IS_NULL = 'true: only records the report printed no figure for; false: only records with one.';

function filterInput(name: string, scalar: () => unknown, what: string) {
  @InputType(name, { description: `Conditions on ${what}; every condition given must hold. The same type in every subgraph.` })
  class FigureFilter {
    @Field(() => Boolean, { nullable: true, description: IS_NULL })
    isNull?: boolean;
  }
  for (const comparison of COMPARISON_NAMES) {
    Field(scalar as () => never, { nullable: true, description: COMPARISONS[comparison].says })(FigureFilter.prototype, comparison);
  }
  return FigureFilter;
}

export const FIGURE_FILTER_TYPES: Record<FigureScalar, () => unknown> = {
  Won: () => WonFilterInput,
  Int: () => IntFilterInput,
  Decimal: () => DecimalFilterInput,
};

const WonFilterInput = filterInput('WonFilter', () => WonScalar, 'an amount in exact won (compared exactly)');
const IntFilterInput = filterInput('IntFilter', () => Int, 'a whole-number figure');
const DecimalFilterInput = filterInput('DecimalFilter', () => DecimalScalar, 'a decimal figure (compared as an exact number: "74.40" equals "74.4")');

/** A figure's value in memory as the filter compares it: bigint for won, number for Int, text for decimals. */
function compareFigure(scalar: FigureScalar, value: unknown, operand: unknown): number {
  if (scalar === 'Decimal') return compareDecimal(String(value), String(operand));
  if (scalar === 'Won') {
    const [a, b] = [BigInt(value as bigint | string), BigInt(operand as bigint | string)];
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return (value as number) - (operand as number);
}

const isSet = (value: unknown) => value !== undefined && value !== null;

function conditionsOf(filter: FigureFilterValue): Comparison[] {
  return COMPARISON_NAMES.filter((comparison) => isSet(filter[comparison]));
}

/** Refuses a filter that asks for nothing, so an empty `{}` is not silently "every record". */
export function checkFigureFilter(argument: string, filter: FigureFilterValue): void {
  if (conditionsOf(filter).length === 0 && !isSet(filter.isNull)) {
    throw new GraphQLError(`The filter "${argument}" sets no condition: give eq, ne, gt, gte, lt, lte or isNull.`, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
}

/**
 * The filter as MikroORM conditions on a SQL expression (`expression(alias)`), all of which must hold.
 * Operands go as bound parameters: text for won and decimals (PostgreSQL reads them as the column's
 * type, so nothing passes through a float), numbers for Int.
 */
export function figureConditions(scalar: FigureScalar, expression: (alias: string) => string, filter: FigureFilterValue): Record<string, unknown>[] {
  const conditions: Record<string, unknown>[] = [];
  if (isSet(filter.isNull)) conditions.push({ [raw((alias) => `${expression(alias)} is ${filter.isNull ? '' : 'not '}null`)]: [] });
  for (const comparison of conditionsOf(filter)) {
    const operand = scalar === 'Int' ? Number(filter[comparison]) : String(filter[comparison]);
    conditions.push({ [raw((alias) => `${expression(alias)} ${COMPARISONS[comparison].sql} ?`, [operand])]: [] });
  }
  return conditions;
}

/** The same filter as a test on a figure in memory: a missing figure matches only isNull: true. */
export function figureMatches(scalar: FigureScalar, filter: FigureFilterValue): (value: unknown) => boolean {
  const comparisons = conditionsOf(filter);
  return (value) => {
    const present = isSet(value);
    if (isSet(filter.isNull) && filter.isNull === present) return false;
    if (!present) return comparisons.length === 0;
    return comparisons.every((comparison) => COMPARISONS[comparison].test(compareFigure(scalar, value, filter[comparison])));
  };
}
