import { ArrayType, Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AudienceGroup, type AudienceGroupValue } from '../audience';
import { OwnedRecord } from '../../../lib/db/owned-record';
import { countsInSums } from '../../../lib/reconciliation/training';
import { TrainingMode, TrainingType } from '../enums';

@ObjectType('TrainingProgram', {
  description: 'A training or professional-development program (연수 과정) an organization runs; its yearly figures are editions.',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'training_program' })
export class TrainingProgram extends OwnedRecord {

  @Field(() => String, { description: 'Name as printed (연수명·과정명).' })
  @Property({ type: 'text' })
  nameKo!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'Who it is for, as printed (대상).' })
  @Property({ type: 'text', nullable: true })
  audienceKo!: string | null;

  @Field(() => TrainingType)
  @Property({ type: 'text' })
  type!: keyof typeof TrainingType;

  @Field(() => TrainingMode)
  @Property({ type: 'text' })
  mode!: keyof typeof TrainingMode;

  @Field(() => String, { nullable: true, description: 'Id of the budget line that funds it, where the report ties them.' })
  @Index()
  @Property({ type: 'text', nullable: true })
  budgetLineId!: string | null;

  @Field(() => [String], {
    description: 'Set when this row is a total the report prints over other programs (a course family, a group): their ids. Its figures repeat theirs; never add them together.',
  })
  // A default, so that the column can be added to a table that already has rows.
  @Property({ type: ArrayType, default: '{}' })
  totalOf!: string[];

  @Field(() => AudienceGroup, { description: 'Who it is for, as a group read from audienceKo by keyword (see AudienceGroup); null audience is UNSPECIFIED.' })
  // A default, so that the column can be added to a table that already has rows.
  @Property({ type: 'text', default: 'UNSPECIFIED' })
  audienceGroup!: AudienceGroupValue;

  @Field(() => [Int], { description: 'The years its editions cover (연도), oldest first.' })
  // A default, so that the column can be added to a table that already has rows.
  @Property({ type: ArrayType, columnType: 'int[]', default: '{}' })
  years!: number[];

  @Field(() => String, { nullable: true, description: 'Set when the report lists this course again under another task: the id of the program it repeats. Count its trainees there only.' })
  @Property({ type: 'text', nullable: true })
  repeats!: string | null;

  @Field(() => String, { nullable: true, description: 'Set on a summary row that overlaps programs listed elsewhere without naming them (e.g. a year\'s results by group): what it summarizes.' })
  @Property({ type: 'text', nullable: true })
  summaryOf!: string | null;

  @Field(() => Boolean, {
    description:
      'Set on a total the report prints for everything its organization and every unit below it ran in its editions\' year and phase (전체, 총계): ' +
      'that organization\'s trainingRollup reconciles with it (TrainingTotals.reconciliation).',
  })
  // A default, so that the column can be added to a table that already has rows.
  @Property({ type: 'boolean', default: false })
  coversOrganization!: boolean;

  @Field(() => Boolean, { description: 'Whether this program\'s figures may be added to others\' without counting anyone twice: false for totals, repeats and summaries.' })
  get countsInSums(): boolean {
    return countsInSums(this);
  }
}
