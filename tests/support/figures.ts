/**
 * For the aggregate and figure-filter tests: every list and its figures, read from the client
 * schema (so a list added later is tested without touching the tests), and exact arithmetic on
 * the figures as the API serves them (won and decimals are text), to compute sums, averages and
 * filters from the nodes independently of the SQL.
 */
import fs from 'node:fs';
import { buildSchema, getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { API_SCHEMA_FILE } from '../../gateway/schema-files';

export type Scalar = 'Won' | 'Int' | 'Decimal';

export interface ListOfRecords {
  /** The record type, e.g. BudgetLine. */
  type: string;
  /** The root Query field, e.g. budgetLines. */
  root: string;
  /** The field on Organization, e.g. budgetLines (staffing for StaffingLine). */
  onOrganization: string | null;
  /** Each figure and its scalar, from <Type>SumAggregates. */
  measures: Record<string, Scalar>;
}

/** Every record list the API serves at the root, with its figures. */
export function listsOfRecords(): ListOfRecords[] {
  const schema = buildSchema(fs.readFileSync(API_SCHEMA_FILE, 'utf8'));
  const connectionFields = (type: GraphQLObjectType) =>
    Object.values(type.getFields()).filter((field) => getNamedType(field.type).name.endsWith('Connection') && field.name !== 'children');
  const organization = schema.getType('Organization') as GraphQLObjectType;
  return connectionFields(schema.getQueryType()!).map((field) => {
    const connection = getNamedType(field.type).name;
    const type = connection.replace(/Connection$/, '');
    const sums = schema.getType(`${type}SumAggregates`);
    const measures = isObjectType(sums) ? Object.fromEntries(Object.values(sums.getFields()).map((f) => [f.name, getNamedType(f.type).name as Scalar])) : {};
    const onOrganization = connectionFields(organization).find((f) => getNamedType(f.type).name === connection)?.name ?? null;
    return { type, root: field.name, onOrganization, measures };
  });
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function placesOf(text: string): number {
  return DECIMAL.exec(text)?.[3]?.length ?? 0;
}

/** A figure as an integer scaled by 10^places (exact). */
function scaled(text: string, places: number): bigint {
  const match = DECIMAL.exec(text);
  if (!match) throw new Error(`not a number: ${text}`);
  return (match[1] ? -1n : 1n) * BigInt(match[2] + (match[3] ?? '').padEnd(places, '0'));
}

function formatScaled(value: bigint, places: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(places + 1, '0');
  const text = places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return negative ? `-${text}` : text;
}

const present = (values: unknown[]): string[] => values.filter((v) => v !== null && v !== undefined).map(String);

/** Compares two figures exactly. */
export function compareFigures(a: string | number, b: string | number): number {
  const places = Math.max(placesOf(String(a)), placesOf(String(b)));
  const [x, y] = [scaled(String(a), places), scaled(String(b), places)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** numerator ÷ denominator (scaled integers) rounded half away from zero to `places`. */
function roundedQuotient(numerator: bigint, denominator: bigint, places: number): string {
  const sign = numerator < 0n !== denominator < 0n ? -1n : 1n;
  const [n, d] = [numerator < 0n ? -numerator : numerator, denominator < 0n ? -denominator : denominator];
  const rounded = (2n * n * 10n ** BigInt(places) + d) / (2n * d);
  return formatScaled(sign * rounded, places);
}

/** What aggregates { sum avg min max distinctCount } should say of one figure over some nodes. */
export function expectedFigures(scalar: Scalar, values: unknown[]) {
  const kept = present(values);
  if (kept.length === 0) return { sum: null, avg: null, min: null, max: null, distinctCount: 0 };
  const places = Math.max(...kept.map(placesOf));
  const total = kept.reduce((sum, value) => sum + scaled(value, places), 0n);
  const sorted = [...kept].sort(compareFigures);
  const distinct = new Set(kept.map((value) => formatScaled(scaled(value, places), places))).size;
  const asServed = (value: string) => (scalar === 'Int' ? Number(value) : value);
  return {
    sum: scalar === 'Int' ? Number(total) : formatScaled(total, places),
    avg: roundedQuotient(total, BigInt(kept.length) * 10n ** BigInt(places), 2),
    // The database gives min and max of a decimal at its own precision ("74.40" stays "74.40").
    min: asServed(sorted[0]),
    max: asServed(sorted[sorted.length - 1]),
    distinctCount: distinct,
  };
}

/** The share of `part` in `total` as the API serves it (%, 2 places), or null. */
export function share(part: string | number | null, total: string | number | null): string | null {
  if (part === null || total === null) return null;
  const places = Math.max(placesOf(String(part)), placesOf(String(total)));
  const d = scaled(String(total), places);
  return d === 0n ? null : roundedQuotient(scaled(String(part), places) * 100n, d, 2);
}

export interface FigureCondition {
  eq?: string | number;
  ne?: string | number;
  gt?: string | number;
  gte?: string | number;
  lt?: string | number;
  lte?: string | number;
  isNull?: boolean;
}

/** The figure filter's meaning, written independently of the hub's: missing figures match only isNull: true. */
export function meets(value: unknown, condition: FigureCondition): boolean {
  const missing = value === null || value === undefined;
  if (condition.isNull !== undefined) return condition.isNull === missing;
  if (missing) return false;
  const [op, operand] = Object.entries(condition)[0] as [keyof FigureCondition, string | number];
  const c = compareFigures(value as string | number, operand);
  return { eq: c === 0, ne: c !== 0, gt: c > 0, gte: c >= 0, lt: c < 0, lte: c <= 0, isNull: false }[op];
}

/** A GraphQL literal for a condition (won and decimals go as strings). */
export function conditionLiteral(scalar: Scalar, condition: FigureCondition): string {
  const [op, operand] = Object.entries(condition)[0];
  return `{ ${op}: ${typeof operand === 'boolean' || scalar === 'Int' ? String(operand) : JSON.stringify(String(operand))} }`;
}
