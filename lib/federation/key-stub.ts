/**
 * A stub of an entity another subgraph owns: only its @key field `id`, for a subgraph to extend
 * with fields of its own or to return as a reference. One class per subgraph (each subgraph's
 * field resolvers attach to its own class), made by one function.
 */
import { Directive, Field, ID, ObjectType } from 'type-graphql';

export interface KeyStub {
  id: string;
}

export function keyStub(typeName: string): new () => KeyStub {
  // No description here: the owning subgraph describes the type.
  @ObjectType(typeName)
  @Directive('@key(fields: "id")')
  class Stub implements KeyStub {
    @Field(() => ID)
    id!: string;
  }
  return Stub;
}

/** A reference to a stub by id, or null when there is no id. */
export function stubRef(id: string | null | undefined): KeyStub | null {
  return id ? { id } : null;
}
