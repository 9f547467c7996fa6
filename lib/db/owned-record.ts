/**
 * The columns every record of figures has: a stable id, the organization it belongs to, and the
 * source it was read from. Entities extend it; each is both a MikroORM entity and a GraphQL type.
 */
import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { SourceRef } from '../graphql/source-ref';

// type-graphql inherits fields only from a decorated parent; no field returns this type, so it is never emitted.
@ObjectType('OwnedRecord')
@Entity({ abstract: true })
export abstract class OwnedRecord {
  @Field(() => ID, { description: 'Stable id, readable and derived from the report.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => String, { description: 'Id of the organization the record belongs to (organizations subgraph).' })
  @Index()
  @Property({ type: 'text' })
  organizationId!: string;

  @Field(() => SourceRef, { description: 'Where the report prints it: file and lines.' })
  @Embedded({ entity: () => SourceRef, prefix: 'source_' })
  source!: SourceRef;
}
