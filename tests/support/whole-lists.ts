/**
 * For the question tests: ask root lists whole. Every root list field of a query is given
 * `first: MAX_PAGE_SIZE` and its selection is wrapped in `nodes { … }`; the answer is unwrapped back
 * to a plain list, and a test fails if a list had more records than one page holds.
 * (The connection shape itself is tested in tests/e2e/lists.e2e.test.ts.)
 */
import { Kind, parse, print, visit, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { MAX_PAGE_SIZE } from '../../lib/graphql/connection';

export const ROOT_LISTS = new Set([
  'organizations', 'dataQualityFindings', 'recruitmentExams', 'administrativeMetrics', 'budgetTables', 'budgetLines', 'statedAmounts',
  'performanceIndicators', 'trainingPrograms', 'competencyAssessments', 'informationSystems', 'networkProjects', 'securityMetrics',
  'deviceRollouts', 'serviceMetrics',
]);

export function wholeLists(query: string): string {
  const document = parse(query);
  return print(
    visit(document, {
      OperationDefinition(operation: OperationDefinitionNode) {
        const selections = operation.selectionSet.selections.map((selection) => {
          if (selection.kind !== Kind.FIELD || !ROOT_LISTS.has(selection.name.value) || !selection.selectionSet) return selection;
          const field: FieldNode = {
            ...selection,
            arguments: [...(selection.arguments ?? []), { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value: { kind: Kind.INT, value: String(MAX_PAGE_SIZE) } }],
            selectionSet: {
              kind: Kind.SELECTION_SET,
              selections: [
                { kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'totalCount' } },
                { kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'nodes' }, selectionSet: selection.selectionSet },
              ],
            },
          };
          return field;
        });
        return { ...operation, selectionSet: { ...operation.selectionSet, selections } };
      },
    }),
  );
}

/** Replaces each `{ totalCount, nodes }` page at the root with its nodes, after checking it holds the whole list. */
export function unwrapLists<T>(data: T): T {
  const result: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const [key, value] of Object.entries(result)) {
    const page = value as { totalCount?: number; nodes?: unknown[] } | null;
    if (page && Array.isArray(page.nodes) && typeof page.totalCount === 'number') {
      if (page.nodes.length !== page.totalCount) throw new Error(`${key} has ${page.totalCount} records, more than one page: page through it`);
      result[key] = page.nodes;
    }
  }
  return result as T;
}
