/**
 * Cursor connections for every list: one helper builds the connection type, reads the paging and
 * sorting arguments, refuses bad ones with a clear error, and runs the page query with its count.
 */
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { stringEnum } from './enums';

/** The largest page a list returns. */
// Large enough for "every organization" at ten times the seeded data (the batching test), small enough to bound a request.
export const MAX_PAGE_SIZE = 2000;
export const DEFAULT_PAGE_SIZE = 50;

export const SortDirection = stringEnum('SortDirection', ['ASC', 'DESC'] as const, 'Sort direction.', {
  ASC: 'Ascending (oldest, smallest, A→Z, ㄱ→ㅎ first).',
  DESC: 'Descending.',
});

// Every subgraph serves the same PageInfo: a shareable value type.
@Directive('@shareable')
@ObjectType('PageInfo', { description: 'Where a page stands in its list. Pass endCursor as `after` to get the next page.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first record on the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last record on the page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Return records after this cursor (a previous page\'s endCursor).' })
  after?: string;

  @Field(() => SortDirection, { defaultValue: 'ASC' })
  direction: keyof typeof SortDirection = 'ASC';
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: PageInfo;
  nodes: T[];
}

/**
 * The page of a `<Name>Connection` type for a list of items, as `typeName`: the connection itself,
 * or a parent class that the connection extends with fields of its own (type-graphql inherits
 * fields only from a decorated parent; a parent no field returns is never emitted).
 */
export function connectionType<T extends object>(item: ClassType<T>, name: string, typeName = `${name}Connection`): ClassType<Connection<T>> {
  @ObjectType(typeName, { description: `A page of ${name} records, with the total count of records that match.` })
  class PageOf implements Connection<T> {
    @Field(() => Int, { description: 'How many records match the filters, over all pages.' })
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => [item], { description: 'The records of this page.' })
    nodes!: T[];
  }
  return PageOf;
}

function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeCursor(cursor: string): number {
  // Offsets past any list the hub could hold (an absurd one would reach SQL as 1e+23) are not its cursors.
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput(`"${cursor}" is not a cursor of this list: pass a pageInfo.endCursor as \`after\`.`, 'after');
  return Number(match[1]) + 1;
}

/** Escapes a text for an ILIKE pattern. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Refuses a page size outside 1..MAX_PAGE_SIZE. */
export function checkPage(args: PageArgs): void {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}; got ${args.first}. Page through longer lists with \`after\`.`, 'first');
  }
}

function connection<T>(nodes: T[], offset: number, totalCount: number): Connection<T> {
  return {
    totalCount,
    nodes,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: offset + nodes.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: nodes.length ? encodeCursor(offset) : null,
      endCursor: nodes.length ? encodeCursor(offset + nodes.length - 1) : null,
    }),
  };
}

/**
 * One page of `entity` matching `where`, sorted by `orderBy` (then id, so pages are stable),
 * with the total count. Refuses a page size outside 1..MAX_PAGE_SIZE and a cursor it did not issue.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: string,
  args: PageArgs,
): Promise<Connection<T>> {
  checkPage(args);
  const offset = args.after ? decodeCursor(args.after) : 0;
  // Records without the value (a nil amount) go last either way.
  const direction = args.direction === 'DESC' ? 'desc nulls last' : 'asc nulls last';
  const order = orderBy === 'id' ? { id: direction } : { [orderBy]: direction, id: direction };
  const [nodes, totalCount] = await em.findAndCount(entity, where, { orderBy: order as never, limit: args.first, offset });
  return connection(nodes, offset, totalCount);
}

/** One page of a list already in memory and in order, with the same cursors as `paginate`. */
export function pageOf<T>(items: T[], args: PageArgs): Connection<T> {
  checkPage(args);
  const offset = args.after ? decodeCursor(args.after) : 0;
  return connection(items.slice(offset, offset + args.first), offset, items.length);
}

/** A GraphQL enum of the fields a list may be sorted by (enum value → entity property). */
export function orderFieldEnum<const T extends readonly string[]>(name: string, values: T, properties: Record<T[number], string>) {
  const enumObject = stringEnum(name, values, `Fields a ${name.replace(/OrderField$/, '')} list can be sorted by.`, Object.fromEntries(values.map((v) => [v, `Sort by ${properties[v as T[number]]}.`])) as Record<T[number], string>);
  return { enumObject, property: (value: T[number]) => properties[value] };
}
