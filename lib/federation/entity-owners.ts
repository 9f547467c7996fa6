/**
 * Which subgraph owns each entity of the hub: the one that holds its records and resolves its
 * references. Every other subgraph only extends it (key stubs) or points at it. Declared once here,
 * because a subgraph's own schema cannot tell an owned entity from a stub of someone else's (both
 * carry @key), and the partial-answers transform needs to know whose failure nulls which field.
 */
import type { SubgraphName } from '../config';

export const ENTITY_OWNERS = {
  Organization: 'organizations',
  BudgetLine: 'budgets',
  TrainingProgram: 'training',
  InformationSystem: 'infrastructure',
} as const satisfies Record<string, SubgraphName>;

export type EntityName = keyof typeof ENTITY_OWNERS;

export function isEntity(typeName: string): typeName is EntityName {
  return Object.prototype.hasOwnProperty.call(ENTITY_OWNERS, typeName);
}

/** The subgraph that owns the entity, or undefined for a type that is not an entity. */
export function ownerOf(typeName: string): SubgraphName | undefined {
  return isEntity(typeName) ? ENTITY_OWNERS[typeName] : undefined;
}
