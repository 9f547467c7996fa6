import { ArrayType, Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';

@ObjectType('CompetencyAssessment', {
  description: 'A competency assessment programme (역량평가) for a promotion group: the competencies and techniques assessed, planned training and assessment figures, and what was completed.',
})
@Entity({ tableName: 'competency_assessment' })
export class CompetencyAssessment extends OwnedRecord {

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String, { description: 'Who is assessed, as printed (e.g. 4급 승진대상자).' })
  @Property({ type: 'text' })
  targetGroupKo!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  targetGroupEn!: string;

  @Field(() => [String], { description: 'Competencies assessed (평가역량).' })
  @Property({ type: ArrayType, default: '{}' })
  competenciesKo!: string[];

  @Field(() => [String], { description: 'Assessment techniques (평가기법).' })
  @Property({ type: ArrayType, default: '{}' })
  techniquesKo!: string[];

  @Field(() => Int, { nullable: true, description: 'Planned trainees of the preparatory course (교육인원), persons.' })
  @Property({ type: 'integer', nullable: true })
  plannedTrainees!: number | null;

  @Field(() => Int, { nullable: true, description: 'Planned training sessions (회).' })
  @Property({ type: 'integer', nullable: true })
  plannedTrainingSessions!: number | null;

  @Field(() => Int, { nullable: true, description: 'Planned assessees (평가인원), persons.' })
  @Property({ type: 'integer', nullable: true })
  plannedAssessees!: number | null;

  @Field(() => Int, { nullable: true, description: 'Planned assessment sessions (회).' })
  @Property({ type: 'integer', nullable: true })
  plannedAssessmentSessions!: number | null;

  @Field(() => Int, { nullable: true, description: 'Trainees who completed the preparatory course so far (역량교육 완료).' })
  @Property({ type: 'integer', nullable: true })
  completedTrainees!: number | null;

  @Field(() => Int, { nullable: true, description: 'Assessees assessed so far (역량평가 완료).' })
  @Property({ type: 'integer', nullable: true })
  completedAssessees!: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  periodKo!: string | null;

  @Field(() => String, { nullable: true, description: 'The budget line that funds it.' })
  @Index()
  @Property({ type: 'text', nullable: true })
  budgetLineId!: string | null;
}
