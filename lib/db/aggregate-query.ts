/**
 * Aggregates of a list, in one SQL statement: count, sum, average, minimum, maximum and distinct
 * count of every measure, the rates computed from sums, optionally by group keys and each group's
 * share of its total. The records are the list's own (its WHERE, built by MikroORM from the same
 * filters as the page); over several organizations at once they are joined to the pairs (root
 * organization, member organization) and grouped by root as well, so a request over many
 * organizations still sends one statement. Nothing is loaded into memory but the result rows.
 *
 * Exactness: sums of won stay integers (text, never a JS number); averages, rates and shares are
 * rounded half away from zero with integer division on numerics, exactly like lib/seeds/rates.ts.
 */
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/postgresql';
import type { FigureScalar } from '../graphql/figure-filters';
import { AVERAGE_PLACES, SHARE_PLACES, quoteIdentifier, type Figure, type GroupKey, type RateSpec } from '../graphql/list-figures';

export interface AggregateValues {
  count: number;
  sum: Record<string, unknown>;
  avg: Record<string, unknown>;
  min: Record<string, unknown>;
  max: Record<string, unknown>;
  distinctCount: Record<string, number>;
  rates: Record<string, string | null>;
}

export interface AggregateGroupValues extends AggregateValues {
  keys: Record<string, unknown>;
  shareOf: Record<string, string | null>;
}

export interface AggregateRequest<T> {
  em: EntityManager;
  entity: EntityName<T>;
  where: FilterQuery<T>;
  measures: Figure[];
  /** Keys that distinctCount reports (every declared key but the tree key). */
  distinctKeys: GroupKey[];
  rates: [string, RateSpec<string>][];
  /** The keys to group by; none for the totals. */
  groupBy: GroupKey[];
  /** Whether to report each group's share of the total (groupedAggregates, even with no keys). */
  shares?: boolean;
  /** Several organizations at once: each record counts for every root it is a member of. */
  scope?: { memberColumn: (alias: string) => string; pairs: { root: string; member: string }[] };
  /** The tree key: each organization's unit one level below `under` (per root when scoped). */
  units?: { organizationColumn: (alias: string) => string; rows: { root: string; organization: string; unit: string | null }[] };
}

export interface AggregateRow {
  root: string | null;
  values: AggregateGroupValues;
}

const ALIAS = 'r';
const SCOPE = 'hub_scope';
const UNITS = 'hub_units';

/**
 * numerator ÷ denominator × multiplier rounded half away from zero to `places`, as text; null
 * when either is null or the denominator is 0. Integer division on numerics, so no digit is lost.
 */
function quotientSql(numerator: string, denominator: string, places: number, multiplier: number): string {
  const [n, d] = [`(${numerator})::numeric`, `(${denominator})::numeric`];
  const scale = 10 ** places;
  return (
    `case when ${n} is null or ${d} is null or ${d} = 0 then null else ` +
    `round(sign(${n}) * sign(${d}) * div(abs(${n}) * ${2 * multiplier * scale} + abs(${d}), 2 * abs(${d})) / ${scale}, ${places})::text end`
  );
}

function sumSql(scalar: FigureScalar, expression: string): string {
  return scalar === 'Int' ? `sum(${expression})::bigint` : `sum(${expression})::text`;
}

function extremeSql(fn: 'min' | 'max', scalar: FigureScalar, expression: string): string {
  return scalar === 'Int' ? `${fn}(${expression})` : `${fn}(${expression})::text`;
}

/** Column aliases of the result: short and free of the measures' own names. */
const columnName = (kind: string, name: string) => quoteIdentifier(`${kind}.${name}`);

function selectList<T>(request: AggregateRequest<T>): string[] {
  const window = request.scope ? `over (partition by ${SCOPE}.hub_root)` : 'over ()';
  const select = [`count(*)::int as ${columnName('count', '')}`];
  for (const measure of request.measures) {
    const e = measure.sql(ALIAS);
    select.push(
      `${sumSql(measure.scalar, e)} as ${columnName('sum', measure.name)}`,
      `${quotientSql(`sum(${e})`, `count(${e})`, AVERAGE_PLACES, 1)} as ${columnName('avg', measure.name)}`,
      `${extremeSql('min', measure.scalar, e)} as ${columnName('min', measure.name)}`,
      `${extremeSql('max', measure.scalar, e)} as ${columnName('max', measure.name)}`,
      `count(distinct ${e})::int as ${columnName('distinctCount', measure.name)}`,
    );
    if (request.shares) select.push(`${quotientSql(`sum(${e})`, `sum(sum(${e})) ${window}`, SHARE_PLACES, 100)} as ${columnName('shareOf', measure.name)}`);
  }
  for (const key of request.distinctKeys) select.push(`count(distinct ${key.sql!(ALIAS)})::int as ${columnName('distinctCount', key.name)}`);
  const measureSql = new Map(request.measures.map((m) => [m.name, m.sql(ALIAS)]));
  for (const [name, rate] of request.rates) {
    select.push(`${quotientSql(`sum(${measureSql.get(rate.numerator)})`, `sum(${measureSql.get(rate.denominator)})`, rate.places, rate.multiplier)} as ${columnName('rates', name)}`);
  }
  if (request.shares) select.push(`${quotientSql('count(*)', `sum(count(*)) ${window}`, SHARE_PLACES, 100)} as ${columnName('shareOf', 'count')}`);
  return select;
}

function keySql(key: GroupKey): string {
  return key.sql ? key.sql(ALIAS) : `${UNITS}.hub_unit`;
}

function valuesOf<T>(request: AggregateRequest<T>, row: Record<string, unknown>): AggregateGroupValues {
  const pick = (kind: string, names: string[], convert: (value: unknown) => unknown = (v) => v) =>
    Object.fromEntries(names.map((name) => [name, row[`${kind}.${name}`] === null ? null : convert(row[`${kind}.${name}`])]));
  const measureNames = request.measures.map((m) => m.name);
  const intSum = new Set(request.measures.filter((m) => m.scalar === 'Int').map((m) => m.name));
  return {
    count: row['count.'] as number,
    // bigint comes back as text: whole-number sums of Int fields are numbers; won stays text.
    sum: Object.fromEntries(measureNames.map((name) => [name, row[`sum.${name}`] === null ? null : intSum.has(name) ? Number(row[`sum.${name}`]) : row[`sum.${name}`]])),
    avg: pick('avg', measureNames),
    min: pick('min', measureNames),
    max: pick('max', measureNames),
    distinctCount: pick('distinctCount', [...measureNames, ...request.distinctKeys.map((k) => k.name)]) as Record<string, number>,
    rates: pick('rates', request.rates.map(([name]) => name)) as Record<string, string | null>,
    keys: Object.fromEntries(request.groupBy.map((key, i) => [key.name, row[`key.${i}`]])),
    shareOf: pick('shareOf', ['count', ...measureNames]) as Record<string, string | null>,
  };
}

/** Runs the aggregate statement: one row per root (when scoped) and group. */
export async function runAggregates<T extends object>(request: AggregateRequest<T>): Promise<AggregateRow[]> {
  // Every subgraph runs on PostgreSQL: its EntityManager is the SQL one.
  const em = request.em as unknown as SqlEntityManager;
  const knex = em.getKnex();
  const query = (em.createQueryBuilder(request.entity as EntityName<T>, ALIAS).where(request.where).getKnexQuery() as Knex.QueryBuilder).clearSelect().clearOrder();
  const select = selectList(request);
  const groupBy: string[] = [];
  if (request.scope) {
    query.joinRaw(`join jsonb_to_recordset(?::jsonb) as ${SCOPE}(hub_root text, hub_member text) on ${SCOPE}.hub_member = ${request.scope.memberColumn(ALIAS)}`, [
      JSON.stringify(request.scope.pairs.map(({ root, member }) => ({ hub_root: root, hub_member: member }))),
    ]);
    select.unshift(`${SCOPE}.hub_root as ${quoteIdentifier('root.')}`);
    groupBy.push(`${SCOPE}.hub_root`);
  }
  if (request.units) {
    const rootMatch = request.scope ? ` and ${UNITS}.hub_root = ${SCOPE}.hub_root` : '';
    query.joinRaw(
      `left join jsonb_to_recordset(?::jsonb) as ${UNITS}(hub_root text, hub_organization text, hub_unit text) on ${UNITS}.hub_organization = ${request.units.organizationColumn(ALIAS)}${rootMatch}`,
      [JSON.stringify(request.units.rows.map(({ root, organization, unit }) => ({ hub_root: root, hub_organization: organization, hub_unit: unit })))],
    );
  }
  request.groupBy.forEach((key, i) => {
    select.push(`${keySql(key)} as ${quoteIdentifier(`key.${i}`)}`);
    groupBy.push(keySql(key));
  });
  query.select(knex.raw(select.join(', ')));
  if (groupBy.length) query.groupByRaw(groupBy.join(', ')).orderByRaw(groupBy.map((g) => `${g} asc nulls last`).join(', '));
  const rows = (await em.getConnection().execute(query as never)) as Record<string, unknown>[];
  return rows.map((row) => ({ root: (row['root.'] as string | undefined) ?? null, values: valuesOf(request, row) }));
}

/** The aggregates of no records at all (a root no record matched). */
export function emptyValues(request: Pick<AggregateRequest<unknown>, 'measures' | 'distinctKeys' | 'rates'>): AggregateValues {
  const nulls = () => Object.fromEntries(request.measures.map((m) => [m.name, null]));
  return {
    count: 0,
    sum: nulls(),
    avg: nulls(),
    min: nulls(),
    max: nulls(),
    distinctCount: Object.fromEntries([...request.measures.map((m) => m.name), ...request.distinctKeys.map((k) => k.name)].map((name) => [name, 0])),
    rates: Object.fromEntries(request.rates.map(([name]) => [name, null])),
  };
}
