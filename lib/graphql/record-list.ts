/**
 * One declaration per kind of record makes every list of it: the root connection (SQL, over all
 * records) and the connection on Organization (in memory, over what the request's DataLoaders
 * fetched for the organization and, on request, every unit below it). Both take the same filters,
 * sort fields and paging, defined once here, so the two can never disagree on what a filter means.
 * The same declaration names the record's figures (./list-figures.ts): each gets a filter, and
 * every connection gets `aggregates` and `groupedAggregates` over them, computed in SQL on both
 * kinds of list (./list-aggregators.ts).
 */
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { ArgsType, Field, ID, Int, type ClassType } from 'type-graphql';
import { questionKey } from '../db/aggregate-loaders';
import { loadGroups } from '../db/loaders';
import type { OrganizationScope, ParentMap } from '../federation/organization-tree';
import { aggregateTypes } from './aggregate-types';
import { connectionType, containsPattern, orderFieldEnum, PageArgs, pageOf, paginate, SortDirection, type Connection } from './connection';
import { checkFigureFilter, FIGURE_FILTER_TYPES, figureConditions, figureMatches, type FigureFilterValue } from './figure-filters';
import { organizationAggregator, rootAggregator, type AggregatedList } from './list-aggregators';
import { columnsOf, figuresOf, UNIT_BELOW, type FiguresSpec, type GroupKeySpec } from './list-figures';

/** A filter argument: equal to a column, contained in an array column, or text in one of some columns. */
export type ListFilter<T> =
  | { equals: keyof T & string; type: () => unknown; description: string }
  | { includes: keyof T & string; type: () => unknown; description: string }
  | { search: readonly (keyof T & string)[]; description: string }
  | { periodCovers: readonly [keyof T & string, keyof T & string]; description: string };

/** The filter of every list whose records a budget line funds (its records carry budgetLineId). */
export const budgetLineId = { equals: 'budgetLineId', type: () => ID, description: 'Only records tied to this budget line (budgets subgraph).' } as const;

/** Whether a period (partial ISO start and end; no end: the start alone) touches a year. */
function coversYear(start: unknown, end: unknown, year: number): boolean {
  if (typeof start !== 'string') return false;
  const last = typeof end === 'string' ? end : start;
  return start < String(year + 1) && last >= String(year);
}

export interface RecordListSpec<T, O extends string, M extends string> extends FiguresSpec<T, M> {
  /** The GraphQL type name; the list types are `<name>Connection`, `<name>OrderField`, `<name>Aggregates` … */
  name: string;
  /** Sort fields: enum value → entity property. */
  order: Record<O, keyof T & string>;
  /** The sort of the root list when the caller names none. */
  defaultOrder: NoInfer<O>;
  filters: Record<string, ListFilter<T>>;
  /** Whether the root list can take `includeDescendants` (only the subgraph that owns the tree can). */
  rootDescendants?: boolean;
  /** The property naming the organization a record belongs to (default organizationId; `id` for organizations themselves). */
  organizationKey?: keyof T & string;
}

/** The arguments of every list: paging, sorting, the filters its spec declares and one filter per figure. */
export type ListArgs = PageArgs & {
  orderBy?: string | null;
  organizationId?: string | null;
  includeDescendants?: boolean;
  [filter: string]: unknown;
};

/** What a root list knows of the organizations it covers (the organizations subgraph knows the tree). */
export interface RootScope {
  /** Replaces the organizationId filter: the organization's subtree. */
  organizationIds?: string[];
  /** The whole tree, for grouping by the unit below an organization. */
  parents?: () => Promise<ParentMap>;
}

/** How a list on Organization finds its records among its members (default: by the records' organization). */
export interface OrganizationListOptions<T> {
  memberKey?: keyof T & string;
}

const isSet = (value: unknown) => value !== undefined && value !== null;

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') {
    const numeric = /^-?\d+(\.\d+)?$/;
    if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b);
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

/** Sorts like the SQL lists: by the property (nil last either way), then by id. */
function sortRecords<T extends { id: string }>(items: T[], property: keyof T & string, direction: keyof typeof SortDirection): T[] {
  const sign = direction === 'DESC' ? -1 : 1;
  return [...items].sort((x, y) => {
    const a = x[property];
    const b = y[property];
    if (!isSet(a) || !isSet(b)) {
      if (isSet(a) !== isSet(b)) return isSet(a) ? -1 : 1;
    } else {
      const byValue = compareValues(a, b);
      if (byValue !== 0) return sign * byValue;
    }
    return sign * compareValues(x.id, y.id);
  });
}

export function recordList<T extends { id: string }, const O extends string, const M extends string = never>(
  entity: ClassType<T>,
  spec: RecordListSpec<T, O, M>,
) {
  const organizationKey = (spec.organizationKey ?? 'organizationId') as keyof T & string;
  // Every list of records that belong to an organization can be grouped by it.
  const ownGroups: Record<string, GroupKeySpec<T>> =
    organizationKey === 'organizationId' ? { organizationId: { type: () => ID, description: 'The organization the records belong to.' } } : {};
  const figures = figuresOf<T>({ ...spec, groups: { ...ownGroups, ...spec.groups } });
  const filterEntries = Object.entries(spec.filters) as [string, ListFilter<T>][];
  for (const [name] of figures.measureEntries) {
    if (spec.filters[name] || name === 'organizationId' || name === 'includeDescendants') throw new Error(`${spec.name}: the figure ${name} would shadow a filter of the same name`);
  }

  const { Connection } = aggregateTypes(
    {
    name: spec.name,
    measures: figures.measureEntries.map(([name, measure]) => ({ name, scalar: measure.scalar })),
    distinctKeys: figures.groupEntries.map(([name]) => name),
    groupKeys: [
      ...figures.groupEntries.map(([name, key]) => ({ name, type: key.type, description: key.description })),
      {
        name: UNIT_BELOW,
        type: () => ID,
        description: "The unit one level below `under` on the path of the record's organization: under itself for its own records, null outside its subtree.",
      },
    ],
    rates: figures.rateEntries.map(([name, rate]) => ({ name, description: rate.description, places: rate.places })),
    },
    connectionType(entity, spec.name, `${spec.name}Page`),
  );
  const order = orderFieldEnum(`${spec.name}OrderField`, Object.keys(spec.order) as O[], spec.order);

  @ArgsType()
  class RootArgs extends PageArgs {
    @Field(() => order.enumObject, { defaultValue: spec.defaultOrder })
    orderBy: string = spec.defaultOrder;

    @Field(() => ID, { nullable: true, description: 'Only records of this organization (the unit itself unless includeDescendants).' })
    organizationId?: string;
  }

  @ArgsType()
  class OrganizationArgs extends PageArgs {
    @Field(() => order.enumObject, { nullable: true, description: 'The field to sort by (then by id); default: the order the report prints them.' })
    orderBy?: string | null;

    @Field(() => Boolean, { defaultValue: false, description: 'Also the records of every unit below this organization.' })
    includeDescendants: boolean = false;
  }

  for (const [name, filter] of filterEntries) {
    const type = 'search' in filter ? () => String : 'periodCovers' in filter ? () => Int : filter.type;
    for (const Args of [RootArgs, OrganizationArgs]) {
      Field(type as () => never, { nullable: true, description: filter.description })(Args.prototype, name);
    }
  }
  for (const [name, measure] of figures.measureEntries) {
    for (const Args of [RootArgs, OrganizationArgs]) {
      Field(FIGURE_FILTER_TYPES[measure.scalar] as () => never, { nullable: true, description: `Only records whose ${name} meets these conditions.` })(Args.prototype, name);
    }
  }
  if (spec.rootDescendants) {
    Field(() => Boolean, { defaultValue: false, description: 'With organizationId: also the records of every unit below it.' })(RootArgs.prototype, 'includeDescendants');
  }

  const listFigures = (em: EntityManager) => {
    const columns = columnsOf<T>(em, entity);
    return { measures: figures.measures(columns), keys: figures.groups(columns), rates: figures.rateEntries };
  };
  const aggregated: AggregatedList<T> = { name: spec.name, entity, organizationKey, figuresFor: listFigures };

  /** The figure filters set in args, each checked to ask for something. */
  function figureFilters(args: ListArgs): [string, FigureFilterValue][] {
    const set = figures.measureEntries.filter(([name]) => isSet(args[name])).map(([name]) => [name, args[name] as FigureFilterValue] as [string, FigureFilterValue]);
    for (const [name, filter] of set) checkFigureFilter(name, filter);
    return set;
  }

  /** The filters as a SQL condition: one condition per filter set, all of which must hold. */
  function where(em: EntityManager, args: ListArgs): Record<string, unknown>[] {
    const conditions = filterEntries
      .filter(([name]) => isSet(args[name]))
      .map(([name, filter]) => {
        const value = args[name];
        if ('equals' in filter) return { [filter.equals]: value };
        if ('includes' in filter) return { [filter.includes]: { $contains: [value] } };
        if ('periodCovers' in filter) {
          const [start, end] = filter.periodCovers;
          const year = String(value);
          const next = String(Number(value) + 1);
          return { [start]: { $lt: next }, $or: [{ [end]: { $gte: year } }, { [end]: null, [start]: { $gte: year } }] };
        }
        return { $or: filter.search.map((property) => ({ [property]: { $ilike: containsPattern(String(value)) } })) };
      });
    const measures = new Map(listFigures(em).measures.map((measure) => [measure.name, measure]));
    for (const [name, filter] of figureFilters(args)) {
      const measure = measures.get(name)!;
      conditions.push(...figureConditions(measure.scalar, measure.sql, filter));
    }
    return conditions;
  }

  /** The same filters as a test on one record. */
  function matches(args: ListArgs): (item: T) => boolean {
    const tests = filterEntries
      .filter(([name]) => isSet(args[name]))
      .map(([name, filter]): ((item: T) => boolean) => {
        const value = args[name];
        if ('equals' in filter) return (item) => item[filter.equals] === value;
        if ('includes' in filter) return (item) => (item[filter.includes] as unknown[] | null)?.includes(value) ?? false;
        if ('periodCovers' in filter) return (item) => coversYear(item[filter.periodCovers[0]], item[filter.periodCovers[1]], Number(value));
        const text = String(value).toLowerCase();
        return (item) => filter.search.some((property) => String(item[property] ?? '').toLowerCase().includes(text));
      });
    const properties = new Map(figures.measureEntries.map(([name, measure]) => [name, (measure.property ?? name) as keyof T & string]));
    const scalars = new Map(figures.measureEntries.map(([name, measure]) => [name, measure.scalar]));
    for (const [name, filter] of figureFilters(args)) {
      const test = figureMatches(scalars.get(name)!, filter);
      const property = properties.get(name)!;
      tests.push((item) => test(item[property]));
    }
    return (item) => tests.every((test) => test(item));
  }

  /** The arguments an Organization list's aggregates depend on: its filters and scope, not its paging or sorting. */
  function question(args: ListArgs): string {
    const names = [...filterEntries.map(([name]) => name), ...figures.measureEntries.map(([name]) => name), 'includeDescendants'];
    return questionKey(names.filter((name) => isSet(args[name])).map((name) => [name, args[name]]));
  }

  return {
    Connection,
    RootArgs: RootArgs as ClassType<ListArgs>,
    OrganizationArgs: OrganizationArgs as ClassType<ListArgs>,

    /**
     * A page of the root list, by SQL, with its aggregates on request. `scope.organizationIds`,
     * when given, replaces the organizationId filter (the organization's subtree, in the subgraph
     * that knows it); `scope.parents` lets the aggregates group by the unit below an organization.
     */
    async page(em: EntityManager, args: ListArgs, scope: RootScope = {}): Promise<Connection<T>> {
      const filter = (): FilterQuery<T> => {
        const conditions = where(em, args);
        if (scope.organizationIds) conditions.push({ [organizationKey]: { $in: scope.organizationIds } });
        else if (args.organizationId) conditions.push({ [organizationKey]: args.organizationId });
        return (conditions.length ? { $and: conditions } : {}) as FilterQuery<T>;
      };
      const page = await paginate(em, entity as EntityName<T>, filter(), order.property((args.orderBy ?? spec.defaultOrder) as O), args);
      return Object.assign(page, { aggregator: rootAggregator(aggregated, em, filter, scope.parents) });
    },

    /**
     * A page of the records of an organization (and, on request, its subtree), each group loaded by
     * `loader` (a DataLoader, so a request over many organizations still makes one query), then
     * filtered and sorted in memory; its aggregates run in SQL, batched over the request's organizations.
     */
    async pageOfOrganizations(
      em: EntityManager,
      loader: { load(organizationId: string): Promise<T[]> },
      scope: OrganizationScope,
      args: ListArgs,
      options: OrganizationListOptions<T> = {},
    ): Promise<Connection<T>> {
      const page = this.pageOf(await loadGroups(loader, scope.memberIds), args);
      const filter = () => {
        const conditions = where(em, args);
        return (conditions.length ? { $and: conditions } : {}) as FilterQuery<T>;
      };
      return Object.assign(page, { aggregator: organizationAggregator(aggregated, em, scope, filter, question(args), options.memberKey ?? organizationKey) });
    },

    /** A page of records already loaded (in the order the report prints them), filtered and sorted. */
    pageOf(items: T[], args: ListArgs): Connection<T> {
      const kept = items.filter(matches(args));
      const sorted = args.orderBy ? sortRecords(kept, order.property(args.orderBy as O) as keyof T & string, args.direction) : args.direction === 'DESC' ? kept.reverse() : kept;
      return pageOf(sorted, args);
    },
  };
}
