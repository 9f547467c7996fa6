import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { SourceRef } from '../../../lib/graphql/source-ref';

@ObjectType('SystemMilestone', { description: 'A dated step in a system\'s life (구축·개통·전환).' })
@Entity({ tableName: 'system_milestone' })
export class SystemMilestone {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => String)
  @Index()
  @Property({ type: 'text' })
  systemId!: string;

  @Field(() => String, { description: 'Partial ISO date.' })
  @Property({ type: 'text' })
  date!: string;

  @Field(() => String, { description: 'Date as printed.' })
  @Property({ type: 'text' })
  datePrinted!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  eventKo!: string;

  @Field(() => SourceRef)
  @Embedded({ entity: () => SourceRef, prefix: 'source_' })
  source!: SourceRef;
}
