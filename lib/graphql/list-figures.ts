/**
 * What a kind of record declares about its figures, next to its filters: the measures (numeric
 * fields), the keys its records can be grouped by, and the rates computed from two sums. Each is
 * written once, as an entity property (read in memory) and, where the property is computed, the
 * same computation in SQL over the record's columns, so SQL and memory agree on every value.
 */
import type { EntityManager, EntityName } from '@mikro-orm/core';
import { Int } from 'type-graphql';
import type { FigureScalar } from './figure-filters';

/**
 * Writes a SQL expression over a record's columns: `column('inPost')` is the quoted, table-qualified
 * column. No `?` in it: the query builder would read it as a placeholder (write `{0,1}` in a regular expression).
 */
export type SqlOver<T> = (column: (property: keyof T & string) => string) => string;

export interface MeasureSpec<T> {
  scalar: FigureScalar;
  /** The property holding the figure; default: the measure's name. A getter when `sql` computes it. */
  property?: keyof T & string;
  /** For a computed figure (a getter): the same computation in SQL. Decimal columns (stored as text) are cast to numeric without it. */
  sql?: SqlOver<T>;
}

export interface GroupKeySpec<T> {
  /** The GraphQL type of the key's value (Int, ID, String or an enum). */
  type: () => unknown;
  description: string;
  /** The property holding the key; default: the key's name. */
  property?: keyof T & string;
  /** A key computed from columns (the chapter of a task number, the year of a date). */
  sql?: SqlOver<T>;
}

/** A rate from two sums, e.g. committed ÷ current × 100: computed from the sums, never averaged. */
export interface RateSpec<M extends string> {
  numerator: M;
  denominator: M;
  /** 100 for a percentage, 1 for a plain ratio (applicants per post). */
  multiplier: 100 | 1;
  places: number;
  description: string;
}

export interface FiguresSpec<T, M extends string = string> {
  measures?: Record<M, MeasureSpec<T>>;
  groups?: Record<string, GroupKeySpec<T>>;
  rates?: Record<string, RateSpec<NoInfer<M>>>;
}

/** The measures every aggregate reports, with their SQL expressions for a table alias. */
export interface Figure {
  name: string;
  scalar: FigureScalar;
  property: string;
  sql: (alias: string) => string;
}

export interface GroupKey {
  name: string;
  type: () => unknown;
  description: string;
  /** Null for the tree key, which comes from a join rather than the record's columns. */
  sql: ((alias: string) => string) | null;
}

export const UNIT_BELOW = 'unitBelow';

/** Places of every average; stated in the schema's descriptions. */
export const AVERAGE_PLACES = 2;
/** Places of every share of a total (a percentage). */
export const SHARE_PLACES = 2;

/** Quotes a SQL identifier. */
export const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Resolves property names to columns through the ORM's metadata, so expressions name properties, not columns. */
export function columnsOf<T>(em: EntityManager, entity: EntityName<T>): (alias: string) => (property: keyof T & string) => string {
  const meta = em.getMetadata().get(entity as EntityName<object>);
  const properties = meta.properties as Record<string, { fieldNames?: string[]; formula?: (table: string) => string } | undefined>;
  return (alias) => (property) => {
    // A formula (a value the database computes, e.g. from a related row) stands in for its column.
    const formula = properties[property]?.formula;
    if (formula) return formula(quoteIdentifier(alias));
    const column = properties[property]?.fieldNames?.[0];
    if (!column) throw new Error(`${meta.className}.${property} is not a column`);
    return `${quoteIdentifier(alias)}.${quoteIdentifier(column)}`;
  };
}

/** The measures and keys of a spec, with defaults filled in; the SQL waits for the ORM's metadata (known once it is opened). */
export function figuresOf<T>(spec: FiguresSpec<T>) {
  const measures = Object.entries(spec.measures ?? {}) as [string, MeasureSpec<T>][];
  const groups = Object.entries(spec.groups ?? {}) as [string, GroupKeySpec<T>][];
  for (const [name, { sql }] of [...measures, ...groups]) {
    if (sql?.((property) => property).includes('?')) throw new Error(`the SQL of ${name} holds a "?", which the query builder would take for a placeholder`);
  }
  return {
    measures: (columns: (alias: string) => (property: keyof T & string) => string): Figure[] =>
      measures.map(([name, measure]) => {
        const property = (measure.property ?? name) as keyof T & string;
        const sql = (alias: string) => {
          const column = columns(alias);
          if (measure.sql) return `(${measure.sql(column)})`;
          return measure.scalar === 'Decimal' ? `cast(${column(property)} as numeric)` : column(property);
        };
        return { name, scalar: measure.scalar, property, sql };
      }),
    groups: (columns: (alias: string) => (property: keyof T & string) => string): GroupKey[] =>
      groups.map(([name, key]) => ({
        name,
        type: key.type,
        description: key.description,
        sql: (alias: string) => (key.sql ? `(${key.sql(columns(alias))})` : columns(alias)((key.property ?? name) as keyof T & string)),
      })),
    measureEntries: measures,
    groupEntries: groups,
    rateEntries: Object.entries(spec.rates ?? {}) as [string, RateSpec<string>][],
  };
}

/** CONSTANT_CASE of a camelCase field name: the GroupBy enum value of a key. */
export function constantCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** The measure of a column holding exact won, a whole number or a decimal text. */
export const WON = { scalar: 'Won' } as const;
export const INT = { scalar: 'Int' } as const;
export const DECIMAL = { scalar: 'Decimal' } as const;

/** The year of a partial ISO date column ("2019-03" → 2019), as a group key. */
export function yearOf<T>(property: keyof T & string, description: string): GroupKeySpec<T> {
  return { type: () => Int, description, sql: (column) => `cast(left(${column(property)}, 4) as integer)` };
}
