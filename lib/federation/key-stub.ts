/**
 * A stub of an entity another subgraph owns: its @key field `id`, for a subgraph to extend with
 * fields of its own or to return as a reference. One class per subgraph (each subgraph's field
 * resolvers attach to its own class), made by one function.
 */
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { OrganizationTreeLink, parentMap, type OrganizationScope } from './organization-tree';

export interface KeyStub {
  id: string;
  /** Present when the stub declares it external and a field @requires it. */
  descendantIds?: string[];
  subtreeLinks?: OrganizationTreeLink[];
  itBudgetLineIds?: string[];
}

/** What every list on Organization in another subgraph requires: the subtree, with each unit's parent. */
export const REQUIRES_SUBTREE = '@requires(fields: "subtreeLinks { id parentId }")';

export function keyStub(
  typeName: string,
  options: { externalDescendantIds?: boolean; externalSubtreeLinks?: boolean; externalItBudgetLineIds?: boolean } = {},
): new () => KeyStub {
  // No description here: the owning subgraph describes the type.
  @ObjectType(typeName)
  @Directive('@key(fields: "id")')
  class Stub implements KeyStub {
    @Field(() => ID)
    id!: string;

    descendantIds?: string[];

    subtreeLinks?: OrganizationTreeLink[];

    itBudgetLineIds?: string[];
  }
  // Fields other subgraphs resolve; the gateway fetches them for fields that @requires them.
  if (options.externalDescendantIds) {
    Field(() => [ID])(Stub.prototype, 'descendantIds');
    Directive('@external')(Stub.prototype, 'descendantIds');
  }
  if (options.externalSubtreeLinks) {
    Field(() => [OrganizationTreeLink])(Stub.prototype, 'subtreeLinks');
    Directive('@external')(Stub.prototype, 'subtreeLinks');
  }
  if (options.externalItBudgetLineIds) {
    // Infrastructure defines it on an entity it does not own, so the partial-answers rule made it
    // nullable there; composition wants the same type here.
    Field(() => [ID], { nullable: true })(Stub.prototype, 'itBudgetLineIds');
    Directive('@external')(Stub.prototype, 'itBudgetLineIds');
  }
  return Stub;
}

/** A reference to a stub by id, or null when there is no id. */
export function stubRef(id: string | null | undefined): KeyStub | null {
  return id ? { id } : null;
}

/** The reference resolver of a stub: the representation itself (with any @requires fields the gateway sent). */
export const passThroughReference = { __resolveReference: (reference: KeyStub) => reference };

/** The organization and every unit below it, from a representation that carries descendantIds. */
export function subtree(organization: KeyStub): string[] {
  return organization.descendantIds?.length ? organization.descendantIds : [organization.id];
}

/**
 * What a list on Organization covers: the unit itself, or its whole subtree, with the subtree's
 * parents (from a representation that carries subtreeLinks; without them, the unit alone).
 */
export function organizationScope(organization: KeyStub, includeDescendants?: boolean): OrganizationScope {
  const links = organization.subtreeLinks?.length ? organization.subtreeLinks : [{ id: organization.id, parentId: null }];
  return { organizationId: organization.id, memberIds: includeDescendants ? links.map((link) => link.id) : [organization.id], parents: parentMap(links) };
}
