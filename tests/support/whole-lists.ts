/**
 * For the question tests: ask lists whole. Every list field of a query (any field, at any depth,
 * whose type is a `…Connection` in the composed API schema) that does not select the connection
 * shape itself is given `first: MAX_PAGE_SIZE` and its selection is wrapped in `nodes { … }`; the
 * answer is unwrapped back to a plain list, and a test fails if a list had more records than one
 * page holds. (The connection shape itself is tested in tests/e2e/lists.e2e.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, Kind, parse, print, TypeInfo, visit, visitWithTypeInfo, type FieldNode, type GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from '../../lib/config';
import { MAX_PAGE_SIZE } from '../../lib/graphql/connection';

/** The alias the wrapper gives totalCount: how unwrapLists knows a page it made. */
const COUNT_ALIAS = 'wholeListCount';

let apiSchema: GraphQLSchema | undefined;
function schema(): GraphQLSchema {
  return (apiSchema ??= buildSchema(fs.readFileSync(path.join(PROJECT_ROOT, 'schema', 'api.graphql'), 'utf8')));
}

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;

export function wholeLists(query: string): string {
  const typeInfo = new TypeInfo(schema());
  return print(
    visit(
      parse(query),
      visitWithTypeInfo(typeInfo, {
        Field: {
          leave(field: FieldNode) {
            const type = typeInfo.getType();
            if (!type || !getNamedType(type).name.endsWith('Connection') || !field.selectionSet) return undefined;
            const selected = field.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : ''));
            if (selected.some((s) => s === 'nodes' || s === 'totalCount' || s === 'pageInfo')) return undefined;
            const hasFirst = field.arguments?.some((a) => a.name.value === 'first');
            return {
              ...field,
              arguments: hasFirst ? field.arguments : [...(field.arguments ?? []), { kind: Kind.ARGUMENT, name: name('first'), value: { kind: Kind.INT, value: String(MAX_PAGE_SIZE) } }],
              selectionSet: {
                kind: Kind.SELECTION_SET,
                selections: [
                  { kind: Kind.FIELD, alias: name(COUNT_ALIAS), name: name('totalCount') },
                  { kind: Kind.FIELD, name: name('nodes'), selectionSet: field.selectionSet },
                ],
              },
            } satisfies FieldNode;
          },
        },
      }),
    ),
  );
}

/** Replaces, at any depth, each page wholeLists made with its nodes, after checking it holds the whole list. */
export function unwrapLists<T>(data: T): T {
  const unwrap = (value: unknown, at: string): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => unwrap(item, `${at}[${i}]`));
    if (!value || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    if (typeof record[COUNT_ALIAS] === 'number' && Array.isArray(record.nodes)) {
      if (record.nodes.length !== record[COUNT_ALIAS]) throw new Error(`${at} has ${record[COUNT_ALIAS]} records, more than one page: page through it`);
      return unwrap(record.nodes, at);
    }
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, unwrap(inner, `${at}.${key}`)]));
  };
  return unwrap(data, 'data') as T;
}
