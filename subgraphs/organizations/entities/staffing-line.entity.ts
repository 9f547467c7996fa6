import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';
import { StaffingRowKind } from '../enums';

@ObjectType('StaffingLine', {
  description:
    'One row of a headcount table (정·현원): authorized posts (정원) and staff in post (현원) for a category and grade, as of a date. ' +
    'Subtotal and total rows are flagged: sum only LINE rows.',
})
@Entity({ tableName: 'staffing_line' })
export class StaffingLine extends OwnedRecord {

  @Field(() => String, { description: 'Date the figures hold for (기준일), partial ISO: "2020-11" or "2018-07-09".' })
  @Property({ type: 'text' })
  asOf!: string;

  @Field(() => Int, { description: 'Row order within its table.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'Staff category as printed (직종), e.g. 교육전문직, 교육행정, 전산.' })
  @Property({ type: 'text' })
  categoryKo!: string;

  @Field(() => String, { description: 'Staff category in English.' })
  @Property({ type: 'text' })
  categoryEn!: string;

  @Field(() => String, { nullable: true, description: 'Grade as printed (직급), e.g. 교육연구관, 5급; null on a subtotal or total row.' })
  @Property({ type: 'text', nullable: true })
  gradeKo!: string | null;

  @Field(() => String, { nullable: true, description: 'Grade in English.' })
  @Property({ type: 'text', nullable: true })
  gradeEn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Authorized posts (정원), persons; null where the report prints none.' })
  @Property({ type: 'integer', nullable: true })
  authorized!: number | null;

  @Field(() => Int, { nullable: true, description: 'Staff in post (현원), persons; null where the report prints none.' })
  @Property({ type: 'integer', nullable: true })
  inPost!: number | null;

  @Field(() => Int, { nullable: true, description: 'Vacancies (결원) = authorized − in post when positive, else 0; null when either is missing.' })
  get vacancy(): number | null {
    if (this.authorized === null || this.inPost === null) return null;
    return Math.max(0, this.authorized - this.inPost);
  }

  @Field(() => Int, { nullable: true, description: 'Posts over strength (초과 현원) = in post − authorized when positive, else 0.' })
  get overStrength(): number | null {
    if (this.authorized === null || this.inPost === null) return null;
    return Math.max(0, this.inPost - this.authorized);
  }

  @Field(() => StaffingRowKind, { description: 'LINE, or a SUBTOTAL/TOTAL row the report prints over its lines.' })
  @Property({ type: 'text' })
  rowKind!: keyof typeof StaffingRowKind;

  @Field(() => String, { nullable: true, description: 'A note the report prints with the row (비고).' })
  @Property({ type: 'text', nullable: true })
  note!: string | null;
}
