import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';
import { decimalPlaces } from '../../../lib/seeds/printed';
import { ratio } from '../../../lib/seeds/rates';
import { DecimalScalar } from '../../../lib/graphql/scalars';

@ObjectType('RecruitmentExam', {
  description: 'A recruitment exam round (임용시험·채용): planned hires, applicants, the printed competition ratio beside the computed one, and results.',
})
@Entity({ tableName: 'recruitment_exam' })
export class RecruitmentExam extends OwnedRecord {

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  nameKo!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'Round and timing as printed (회차·시행시기).' })
  @Property({ type: 'text', nullable: true })
  roundKo!: string | null;

  @Field(() => String, { nullable: true, description: 'Job series recruited, as printed (채용직렬).' })
  @Property({ type: 'text', nullable: true })
  gradesKo!: string | null;

  @Field(() => Int, { nullable: true, description: 'Planned hires (선발계획·채용규모), persons.' })
  @Property({ type: 'integer', nullable: true })
  plannedHires!: number | null;

  @Field(() => Int, { nullable: true, description: 'Applications received (원서접수), persons.' })
  @Property({ type: 'integer', nullable: true })
  applicants!: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Competition ratio as printed (경쟁률, applicants per post: "11.0" of 11.0:1).' })
  @Property({ type: 'text', nullable: true })
  competitionRatioPrinted!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'applicants ÷ plannedHires, at the printed precision (1 place when none is printed).' })
  get competitionRatioComputed(): string | null {
    if (this.applicants === null || !this.plannedHires) return null;
    return ratio(this.applicants, this.plannedHires, this.competitionRatioPrinted ? decimalPlaces(this.competitionRatioPrinted) : 1);
  }

  @Field(() => Int, { nullable: true, description: 'Hired or passed so far (채용완료·합격), persons.' })
  @Property({ type: 'integer', nullable: true })
  hired!: number | null;

  @Field(() => Int, { nullable: true, description: 'Still in progress (추진중), persons.' })
  @Property({ type: 'integer', nullable: true })
  inProgress!: number | null;

  @Field(() => String, { nullable: true, description: 'Announcement of results as printed (합격자발표).' })
  @Property({ type: 'text', nullable: true })
  resultDateKo!: string | null;

  @Field(() => String, { nullable: true, description: 'The budget line that funds the exams.' })
  @Index()
  @Property({ type: 'text', nullable: true })
  budgetLineId!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note!: string | null;
}
