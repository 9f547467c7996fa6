import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';
import { SystemCategory } from '../enums';

@ObjectType('InformationSystem', { description: 'An information system an organization operates (정보시스템), with its hardware and software unit counts (식).' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'information_system' })
export class InformationSystem extends OwnedRecord {

  @Field(() => String)
  @Property({ type: 'text' })
  nameKo!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => SystemCategory)
  @Property({ type: 'text' })
  category!: keyof typeof SystemCategory;

  @Field(() => Int, { nullable: true, description: 'Hardware units (H/W, 식·대).' })
  @Property({ type: 'integer', nullable: true })
  hardwareUnits!: number | null;

  @Field(() => Int, { nullable: true, description: 'Software units (S/W, 식).' })
  @Property({ type: 'integer', nullable: true })
  softwareUnits!: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  descriptionKo!: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the budget line that funds it, where the report ties them.' })
  @Index()
  @Property({ type: 'text', nullable: true })
  budgetLineId!: string | null;
}
