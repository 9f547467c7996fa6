import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';
import { SourceRef } from '../../../lib/graphql/source-ref';
import { TrainingHoursAxis } from '../enums';

@ObjectType('TrainingHoursTable', {
  description:
    'A matrix of training hours a report prints (교육훈련 체계): career stages down, competency areas across, the courses in each cell with their hours, and the printed 합계 row of each column beside the sum of its courses.',
})
@Entity({ tableName: 'training_hours_table' })
export class TrainingHoursTable extends OwnedRecord {

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String, { description: 'Title as printed.' })
  @Property({ type: 'text' })
  titleKo!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  titleEn!: string;

  @Field(() => String, { nullable: true })
  @Index()
  @Property({ type: 'text', nullable: true })
  budgetLineId!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => Int, { description: 'Hours of every course in the table, added up (computed).' })
  @Property({ type: 'integer' })
  hoursComputed!: number;
}

@ObjectType('TrainingHoursHeading', {
  description: 'A stage row or an area column of a training-hours table, with the total the report prints for it (합계) and the sum of its courses.',
})
@Entity({ tableName: 'training_hours_heading' })
export class TrainingHoursHeading {
  @Field(() => ID, { description: '"<table id>/stage/<n>" or "<table id>/area/<n>".' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => String, { description: 'Id of the training-hours table.' })
  @Index()
  @Property({ type: 'text' })
  tableId!: string;

  @Field(() => TrainingHoursAxis, { description: 'STAGE for a row, AREA for a column.' })
  @Property({ type: 'text' })
  axis!: keyof typeof TrainingHoursAxis;

  @Field(() => Int, { description: 'Order within its axis, from 1: rows top to bottom, columns left to right.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  nameKo!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'A stage\'s period as printed (시기, e.g. 6급 5년이상); a column\'s group heading (직무역량).' })
  @Property({ type: 'text', nullable: true })
  detailKo!: string | null;

  @Field(() => Int, { nullable: true, description: 'The total the report prints for it (합계 row), in hours; null where it prints none (the stage rows).' })
  @Property({ type: 'integer', nullable: true })
  totalPrinted!: number | null;

  @Field(() => Int, { description: 'Hours of the courses in this row or column, added up (computed). Courses in a cell merged across stages count in no stage row.' })
  @Property({ type: 'integer' })
  totalComputed!: number;

  @Field(() => Boolean, { nullable: true, description: 'Whether the printed total equals the computed one; null where nothing is printed. A disagreement is a TOTAL_MISMATCH finding.' })
  get totalsAgree(): boolean | null {
    return this.totalPrinted === null ? null : this.totalPrinted === this.totalComputed;
  }

  @Field(() => SourceRef)
  @Embedded({ entity: () => SourceRef, prefix: 'source_' })
  source!: SourceRef;
}

@ObjectType('TrainingHoursEntry', { description: 'One course in a cell of a training-hours table, with its hours as printed ("퇴직 준비(21h)-1기").' })
@Entity({ tableName: 'training_hours_entry' })
export class TrainingHoursEntry {
  @Field(() => ID, { description: '"<table id>#<n>", in printed order.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => String, { description: 'Id of the training-hours table.' })
  @Index()
  @Property({ type: 'text' })
  tableId!: string;

  @Field(() => Int, { description: 'Printed order within the table, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => Int, { nullable: true, description: 'Position of its stage row; null for a cell the table merges across stages (the text does not show which).' })
  @Property({ type: 'integer', nullable: true })
  stagePosition!: number | null;

  @Field(() => Int, { description: 'Position of its area column.' })
  @Property({ type: 'integer' })
  areaPosition!: number;

  @Field(() => String, { description: 'The course as printed in the cell.' })
  @Property({ type: 'text' })
  courseKo!: string;

  @Field(() => Int, { description: 'Hours as printed (h).' })
  @Property({ type: 'integer' })
  hours!: number;

  @Field(() => String, { nullable: true, description: 'The edition printed after it (기수, e.g. 1기).' })
  @Property({ type: 'text', nullable: true })
  editionKo!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => SourceRef)
  @Embedded({ entity: () => SourceRef, prefix: 'source_' })
  source!: SourceRef;
}
