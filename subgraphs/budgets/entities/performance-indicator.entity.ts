import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';
import { DecimalScalar } from '../../../lib/graphql/scalars';

@ObjectType('PerformanceIndicator', {
  description: 'A target a task sets (추진 목표: 세부사업명 · 추진시기 · 물량) and, where the report gives it, the result, attached to the task\'s budget line and unit.',
})
@Entity({ tableName: 'performance_indicator' })
export class PerformanceIndicator extends OwnedRecord {

  @Field(() => String, { nullable: true, description: "The task's budget line (e.g. 000-tasks/28)." })
  @Index()
  @Property({ type: 'text', nullable: true })
  budgetLineId!: string | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String, { description: 'What is targeted (세부사업명), as printed.' })
  @Property({ type: 'text' })
  nameKo!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  nameEn!: string | null;

  @Field(() => String, { nullable: true, description: 'When (추진시기), as printed.' })
  @Property({ type: 'text', nullable: true })
  periodKo!: string | null;

  @Field(() => String, { nullable: true, description: 'The target cell (물량) exactly as printed.' })
  @Property({ type: 'text', nullable: true })
  targetKo!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The target as a number, when the cell is one number.' })
  @Property({ type: 'text', nullable: true })
  target!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  targetUnitKo!: string | null;

  @Field(() => String, { nullable: true, description: 'The result as printed, where reported.' })
  @Property({ type: 'text', nullable: true })
  resultKo!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Property({ type: 'text', nullable: true })
  result!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  resultUnitKo!: string | null;
}
