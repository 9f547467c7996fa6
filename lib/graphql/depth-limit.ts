/**
 * A validation rule that refuses queries nested deeper than a limit (fragments followed, introspection exempt).
 * Each fragment's depth is computed once and remembered, so the rule is linear in the document: a chain of
 * fragments that each spread the previous one twice costs one walk per fragment, not 2^k.
 */
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** Depth of a selection set; `known` holds each fragment's depth once computed (-1 while in progress: a cycle counts 0). */
function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  known: Map<string, number>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, known) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, known));
    } else {
      const name = selection.name.value;
      if (!fragments[name]) continue;
      let depth = known.get(name);
      if (depth === undefined) {
        known.set(name, -1);
        depth = depthOf(fragments[name].selectionSet, fragments, known);
        known.set(name, depth);
      }
      deepest = Math.max(deepest, depth);
    }
  }
  return deepest;
}

export function depthLimit(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument();
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    const known = new Map<string, number>();
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, known);
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `Query is nested ${depth} levels deep; the limit is ${maxDepth}. Split it into smaller queries.`,
              { nodes: [node], extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth } },
            ),
          );
        }
      },
    };
  };
}
