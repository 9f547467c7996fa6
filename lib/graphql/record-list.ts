/**
 * One declaration per kind of record makes every list of it: the root connection (SQL, over all
 * records) and the connection on Organization (in memory, over what the request's DataLoaders
 * fetched for the organization and, on request, every unit below it). Both take the same filters,
 * sort fields and paging, defined once here, so the two can never disagree on what a filter means.
 */
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { ArgsType, Field, ID, Int, type ClassType } from 'type-graphql';
import { loadGroups } from '../db/loaders';
import { connectionType, containsPattern, orderFieldEnum, PageArgs, pageOf, paginate, SortDirection, type Connection } from './connection';

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

export interface RecordListSpec<T, O extends string> {
  /** The GraphQL type name; the list types are `<name>Connection` and `<name>OrderField`. */
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

/** The arguments of every list: paging, sorting and the filters its spec declares. */
export type ListArgs = PageArgs & {
  orderBy?: string | null;
  organizationId?: string | null;
  includeDescendants?: boolean;
  [filter: string]: unknown;
};

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

export function recordList<T extends { id: string }, const O extends string>(
  entity: ClassType<T>,
  spec: RecordListSpec<T, O>,
) {
  const Connection = connectionType(entity, spec.name);
  const order = orderFieldEnum(`${spec.name}OrderField`, Object.keys(spec.order) as O[], spec.order);
  const filterEntries = Object.entries(spec.filters) as [string, ListFilter<T>][];

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
  if (spec.rootDescendants) {
    Field(() => Boolean, { defaultValue: false, description: 'With organizationId: also the records of every unit below it.' })(RootArgs.prototype, 'includeDescendants');
  }

  /** The filters as a SQL condition: one condition per filter set, all of which must hold. */
  function where(args: ListArgs): Record<string, unknown>[] {
    return filterEntries
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
    return (item) => tests.every((test) => test(item));
  }

  return {
    Connection,
    RootArgs: RootArgs as ClassType<ListArgs>,
    OrganizationArgs: OrganizationArgs as ClassType<ListArgs>,

    /**
     * A page of the root list, by SQL. `organizationIds`, when given, replaces the organizationId
     * filter (the organization's subtree, in the subgraph that knows it).
     */
    page(em: EntityManager, args: ListArgs, organizationIds?: string[]): Promise<Connection<T>> {
      const conditions = where(args);
      const key = spec.organizationKey ?? 'organizationId';
      if (organizationIds) conditions.push({ [key]: { $in: organizationIds } });
      else if (args.organizationId) conditions.push({ [key]: args.organizationId });
      return paginate(em, entity as EntityName<T>, (conditions.length ? { $and: conditions } : {}) as FilterQuery<T>, order.property((args.orderBy ?? spec.defaultOrder) as O), args);
    },

    /**
     * A page of the records of some organizations, each group loaded by `loader` (a DataLoader, so a
     * request over many organizations still makes one query), then filtered and sorted in memory.
     */
    async pageOfOrganizations(loader: { load(organizationId: string): Promise<T[]> }, organizationIds: string[], args: ListArgs): Promise<Connection<T>> {
      return this.pageOf(await loadGroups(loader, organizationIds), args);
    },

    /** A page of records already loaded (in the order the report prints them), filtered and sorted. */
    pageOf(items: T[], args: ListArgs): Connection<T> {
      const kept = items.filter(matches(args));
      const sorted = args.orderBy ? sortRecords(kept, order.property(args.orderBy as O) as keyof T & string, args.direction) : args.direction === 'DESC' ? kept.reverse() : kept;
      return pageOf(sorted, args);
    },
  };
}
