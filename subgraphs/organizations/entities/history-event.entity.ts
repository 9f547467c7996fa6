import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';

@ObjectType('HistoryEvent', { description: 'An event of an organization\'s history (연혁): founding, renaming, reorganization.' })
@Entity({ tableName: 'history_event' })
export class HistoryEvent extends OwnedRecord {

  @Field(() => String, { description: 'Date as partial ISO ("1958-05-21", "2016-06").' })
  @Property({ type: 'text' })
  date!: string;

  @Field(() => String, { description: 'Date exactly as the report prints it.' })
  @Property({ type: 'text' })
  datePrinted!: string;

  @Field(() => String, { description: 'The event in Korean (names of individuals left out).' })
  @Property({ type: 'text' })
  eventKo!: string;

  @Field(() => String, { nullable: true, description: 'The event in English.' })
  @Property({ type: 'text', nullable: true })
  eventEn!: string | null;
}
