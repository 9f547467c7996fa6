/**
 * The GraphQL types of a list's aggregates, made from its declaration: `<Name>Aggregates` (count,
 * sum, avg, min, max, distinctCount, rates), `<Name>AggregateGroup` (the same by keys, with each
 * group's shareOf its total), `<Name>GroupKeys` and the `<Name>GroupBy` enum, and the two fields
 * every `<Name>Connection` gets: `aggregates` and `groupedAggregates(groupBy:, under:)`. The
 * connection carries an Aggregator that runs the SQL only when one of them is asked for.
 */
import { Arg, Field, ID, Int, ObjectType, type ClassType } from 'type-graphql';
import type { AggregateGroupValues, AggregateValues } from '../db/aggregate-query';
import { stringEnum } from './enums';
import type { FigureScalar } from './figure-filters';
import { AVERAGE_PLACES, constantCase, SHARE_PLACES, UNIT_BELOW } from './list-figures';
import { DecimalScalar, WonScalar } from './scalars';

/** What a connection's aggregate fields ask of the list they belong to. */
export interface Aggregator {
  totals(): Promise<AggregateValues>;
  groups(groupBy: string[], under: string | null): Promise<AggregateGroupValues[]>;
}

interface FieldSpec {
  name: string;
  type: () => unknown;
  nullable?: boolean;
  description: string;
}

function valueType(name: string, description: string, fields: FieldSpec[]) {
  const Type = { [name]: class {} }[name];
  for (const field of fields) {
    Field(field.type as () => never, { nullable: field.nullable ?? true, description: field.description })(Type.prototype, field.name);
  }
  ObjectType(name, { description })(Type);
  return Type;
}

const SCALAR_TYPES: Record<FigureScalar, () => unknown> = { Won: () => WonScalar, Int: () => Int, Decimal: () => DecimalScalar };
const EXACTLY: Record<FigureScalar, string> = { Won: 'exact won', Int: 'a whole number', Decimal: 'exact' };

export interface AggregateShape {
  name: string;
  measures: { name: string; scalar: FigureScalar }[];
  /** Keys distinctCount reports, and the keys of groups (the tree key among them). */
  distinctKeys: string[];
  groupKeys: { name: string; type: () => unknown; description: string }[];
  rates: { name: string; description: string; places: number }[];
}

/** The aggregate types of one kind of record, and its connection: `Page` (see connectionType) with the aggregate fields. */
export function aggregateTypes<P extends object>(shape: AggregateShape, Page: ClassType<P>) {
  const { name, measures, rates } = shape;
  const perMeasure = (type: (scalar: FigureScalar) => () => unknown, says: (measure: string, scalar: FigureScalar) => string) =>
    measures.map((m) => ({ name: m.name, type: type(m.scalar), description: says(m.name, m.scalar) }));

  const parts: FieldSpec[] = [];
  if (measures.length) {
    const Sum = valueType(`${name}SumAggregates`, `Sums over the ${name} records; null when no record has the figure.`, perMeasure((s) => SCALAR_TYPES[s], (m, s) => `Sum of ${m} (${EXACTLY[s]}).`));
    const Avg = valueType(
      `${name}AvgAggregates`,
      `Averages over the ${name} records that have the figure, rounded half up to ${AVERAGE_PLACES} places.`,
      perMeasure(() => () => DecimalScalar, (m) => `Average of ${m} over the records that have one, ${AVERAGE_PLACES} places.`),
    );
    const Min = valueType(`${name}MinAggregates`, `Smallest figures among the ${name} records.`, perMeasure((s) => SCALAR_TYPES[s], (m) => `Smallest ${m}.`));
    const Max = valueType(`${name}MaxAggregates`, `Largest figures among the ${name} records.`, perMeasure((s) => SCALAR_TYPES[s], (m) => `Largest ${m}.`));
    parts.push(
      { name: 'sum', type: () => Sum, nullable: false, description: 'Sums of the figures.' },
      { name: 'avg', type: () => Avg, nullable: false, description: `Averages of the figures (${AVERAGE_PLACES} places).` },
      { name: 'min', type: () => Min, nullable: false, description: 'Smallest figures.' },
      { name: 'max', type: () => Max, nullable: false, description: 'Largest figures.' },
    );
  }
  const distinctNames = [...measures.map((m) => m.name), ...shape.distinctKeys];
  if (distinctNames.length) {
    const Distinct = valueType(
      `${name}DistinctCountAggregates`,
      `How many different values the ${name} records have (records without one not counted).`,
      distinctNames.map((field) => ({ name: field, type: () => Int, nullable: false, description: `Different values of ${field}.` })),
    );
    parts.push({ name: 'distinctCount', type: () => Distinct, nullable: false, description: 'How many different values each field has.' });
  }
  if (rates.length) {
    const Rates = valueType(`${name}RateAggregates`, `Rates computed from the sums (never averaged), rounded half up.`, rates.map((r) => ({ name: r.name, type: () => DecimalScalar, description: `${r.description} (${r.places} places); null without a denominator.` })));
    parts.push({ name: 'rates', type: () => Rates, nullable: false, description: 'Rates computed from the sums.' });
  }
  const count: FieldSpec = { name: 'count', type: () => Int, nullable: false, description: 'How many records.' };

  const Aggregates = valueType(`${name}Aggregates`, `Aggregates over every ${name} record that matches the list's filters (all pages), computed in the database.`, [count, ...parts]);

  const keyValues = shape.groupKeys.map((k) => constantCase(k.name));
  const GroupBy = stringEnum(
    `${name}GroupBy`,
    keyValues,
    `What ${name} records can be grouped by.`,
    Object.fromEntries(shape.groupKeys.map((k) => [constantCase(k.name), k.description])) as Record<string, string>,
  );
  const Keys = valueType(
    `${name}GroupKeys`,
    `The values a group of ${name} records shares: the keys asked for in groupBy (the others are null).`,
    shape.groupKeys.map((k) => ({ name: k.name, type: k.type, description: k.description })),
  );
  const Shares = valueType(
    `${name}ShareAggregates`,
    `A group's share of the total over all groups (%, ${SHARE_PLACES} places): its count or sum ÷ the total × 100; null when the total is 0 or none.`,
    [{ name: 'count', type: () => DecimalScalar, description: 'Share of the records (%).' }, ...measures.map((m) => ({ name: m.name, type: () => DecimalScalar, description: `Share of the sum of ${m.name} (%).` }))],
  );
  const Group = valueType(`${name}AggregateGroup`, `The aggregates of the ${name} records that share some keys.`, [
    { name: 'keys', type: () => Keys, nullable: false, description: 'The keys the group shares.' },
    count,
    ...parts,
    { name: 'shareOf', type: () => Shares, nullable: false, description: "The group's share of the total over every group." },
  ]);

  const byValue = new Map(shape.groupKeys.map((k) => [constantCase(k.name), k.name]));

  /** The page with the two aggregate fields; the connection object brings its Aggregator. */
  @ObjectType(`${name}Connection`, { description: `A page of ${name} records, with the total count and the aggregates of every record that matches.` })
  class AggregatableConnection extends (Page as ClassType<object>) {
    aggregator!: Aggregator;

    @Field(() => Aggregates, { description: 'Aggregates over every record that matches the filters (not only this page).' })
    aggregates(): Promise<AggregateValues> {
      return this.aggregator.totals();
    }

    @Field(() => [Group], { description: 'The same aggregates by groups of records sharing the keys asked for, ordered by those keys (nulls last).' })
    groupedAggregates(
      @Arg('groupBy', () => [GroupBy], { description: 'The keys to group by, one group per combination of values.' }) groupBy: string[],
      @Arg('under', () => ID, {
        nullable: true,
        description: `For ${constantCase(UNIT_BELOW)}: the organization whose units the records are grouped under (default on an Organization list: that organization).`,
      })
      under?: string | null,
    ): Promise<AggregateGroupValues[]> {
      return this.aggregator.groups(groupBy.map((value) => byValue.get(value)!), under ?? null);
    }
  }

  return { Connection: AggregatableConnection as unknown as ClassType<P & { aggregator: Aggregator }> };
}
