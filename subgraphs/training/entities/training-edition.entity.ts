import { Embedded, Entity, Formula, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../../lib/graphql/scalars';
import { SourceRef } from '../../../lib/graphql/source-ref';
import { totalHours, traineesPerSession } from '../training-measures';
import type { AudienceGroupValue } from '../audience';
import { TrainingMode, TrainingPhase, TrainingType } from '../enums';

/**
 * A value of the edition's program, read by the database with every edition (MikroORM formulas:
 * never stored twice), so an edition can be filtered and grouped by its program's organization,
 * type, mode, audience and whether it counts in sums, in SQL and in memory alike.
 */
const ofProgram = (expression: string) => (table: { toString(): string }) => `(select ${expression} from training.training_program as p where p.id = ${table}.program_id)`;

@ObjectType('TrainingEdition', {
  description: 'One year and phase of a program (plan, revised plan, target or result) with the figures the report prints; null = not printed.',
})
@Entity({ tableName: 'training_edition' })
export class TrainingEdition {
  @Field(() => ID, { description: '"<program id>#<n>".' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => String)
  @Index()
  @Property({ type: 'text' })
  programId!: string;

  @Field(() => Int, { description: 'Year (연도).' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => TrainingPhase)
  @Property({ type: 'text' })
  phase!: keyof typeof TrainingPhase;

  @Field(() => Int, { nullable: true, description: 'Courses (과정 수).' })
  @Property({ type: 'integer', nullable: true })
  courses!: number | null;

  @Field(() => Int, { nullable: true, description: 'Sessions or classes (기수·회·반).' })
  @Property({ type: 'integer', nullable: true })
  sessions!: number | null;

  @Field(() => Int, { nullable: true, description: 'Trainees, persons (인원·연수생).' })
  @Property({ type: 'integer', nullable: true })
  trainees!: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Hours per course (시간), as printed.' })
  @Property({ type: 'text', nullable: true })
  hours!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Hours of all its courses: courses × hours per course; null unless both are printed.' })
  get totalHours(): string | null {
    return totalHours(this.courses, this.hours);
  }

  @Field(() => DecimalScalar, { nullable: true, description: 'trainees ÷ sessions, 1 place; null unless both are printed.' })
  get traineesPerSession(): string | null {
    return traineesPerSession(this.trainees, this.sessions);
  }

  @Field(() => DecimalScalar, { nullable: true, description: 'Satisfaction as printed (만족도, % or points as the report gives it).' })
  @Property({ type: 'text', nullable: true })
  satisfaction!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Completion rate as printed (이수율, %): result trainees ÷ the revised plan; compare TrainingChange.traineesRatio.',
  })
  @Property({ type: 'text', nullable: true })
  completionRatePrinted!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Credits (학점), as printed.' })
  @Property({ type: 'text', nullable: true })
  credits!: string | null;

  @Field(() => String, { nullable: true, description: 'Period as printed (추진시기).' })
  @Property({ type: 'text', nullable: true })
  periodKo!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => SourceRef)
  @Embedded({ entity: () => SourceRef, prefix: 'source_' })
  source!: SourceRef;

  @Field(() => String, { description: 'Id of the organization that runs the program (organizations subgraph).' })
  @Formula(ofProgram('p.organization_id'), { type: 'text' })
  organizationId!: string;

  @Field(() => Boolean, { description: "Whether the program's figures may be added to others' without counting anyone twice (TrainingProgram.countsInSums)." })
  // The same rule as TrainingProgram.countsInSums.
  @Formula(ofProgram('cardinality(p.total_of) = 0 and p.repeats is null and p.summary_of is null'), { type: 'boolean' })
  countsInSums!: boolean;

  @Formula(ofProgram('p.type'), { type: 'text' })
  programType!: keyof typeof TrainingType;

  @Formula(ofProgram('p.mode'), { type: 'text' })
  programMode!: keyof typeof TrainingMode;

  @Formula(ofProgram('p.audience_group'), { type: 'text' })
  programAudienceGroup!: AudienceGroupValue;
}
