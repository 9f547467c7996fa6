/**
 * What changed between two editions of a program that a report sets side by side: plan → revised
 * plan → result within a year, and one year's figures → the next year's. Differences and rates are
 * computed from the printed counts; the completion rate (이수율) the report prints stands beside
 * the computed one.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../lib/graphql/scalars';
import { decimalPlaces } from '../../lib/seeds/printed';
import { percentage } from '../../lib/seeds/rates';
import { completionBase, consecutivePairs } from '../../lib/seeds/training-editions';
import type { TrainingEdition } from './entities/training-edition.entity';
import { TrainingPhase } from './enums';

@ObjectType('TrainingChange', { description: 'The change from one edition of a program to the next (증감): counts are the later minus the earlier, computed.' })
export class TrainingChange {
  @Field(() => Int, { description: 'Year of the earlier edition.' })
  fromYear!: number;

  @Field(() => TrainingPhase, { description: 'Phase of the earlier edition.' })
  fromPhase!: string;

  @Field(() => Int, { description: 'Year of the later edition.' })
  toYear!: number;

  @Field(() => TrainingPhase, { description: 'Phase of the later edition.' })
  toPhase!: string;

  @Field(() => Int, { nullable: true, description: 'Change in courses (과정), where both print them.' })
  coursesChange!: number | null;

  @Field(() => Int, { nullable: true, description: 'Change in sessions (기수·회), where both print them.' })
  sessionsChange!: number | null;

  @Field(() => Int, { nullable: true, description: 'Change in trainees (명), where both print them.' })
  traineesChange!: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Change rate of trainees (증감률, %): change ÷ earlier, computed to 1 decimal.' })
  traineesChangeRate!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Later trainees as a share of the earlier (%), computed; for a result against its plan this is the completion rate (이수율), at the printed precision where one is printed.',
  })
  traineesRatio!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The completion rate (이수율, %) the report prints for the later edition against this plan; null where none is printed.' })
  traineesRatioPrinted!: string | null;
}

const difference = (later: number | null, earlier: number | null) => (later === null || earlier === null ? null : later - earlier);

/** The change from one edition to another of the same program. */
export function compareEditions(editions: TrainingEdition[], from: TrainingEdition, to: TrainingEdition): TrainingChange {
  const printed = to.completionRatePrinted && completionBase(editions, to) === from ? to.completionRatePrinted : null;
  const change = difference(to.trainees, from.trainees);
  return Object.assign(new TrainingChange(), {
    fromYear: from.year,
    fromPhase: from.phase,
    toYear: to.year,
    toPhase: to.phase,
    coursesChange: difference(to.courses, from.courses),
    sessionsChange: difference(to.sessions, from.sessions),
    traineesChange: change,
    traineesChangeRate: change === null || !from.trainees ? null : percentage(BigInt(change), BigInt(from.trainees), 1),
    traineesRatio: to.trainees === null || !from.trainees ? null : percentage(BigInt(to.trainees), BigInt(from.trainees), printed ? decimalPlaces(printed) : 1),
    traineesRatioPrinted: printed,
  });
}

/** The changes between consecutive editions of one program. */
export function changesOf(editions: TrainingEdition[]): TrainingChange[] {
  return consecutivePairs(editions).map(([from, to]) => compareEditions(editions, from, to));
}

/** The change between the editions of two given years and phases, or null when the program lacks either (or has several of one). */
export function changeBetween(editions: TrainingEdition[], from: { year: number; phase: string }, to: { year: number; phase: string }): TrainingChange | null {
  const only = (wanted: { year: number; phase: string }) => {
    const found = editions.filter((e) => e.year === wanted.year && e.phase === wanted.phase);
    return found.length === 1 ? found[0] : null;
  };
  const [a, b] = [only(from), only(to)];
  return a && b ? compareEditions(editions, a, b) : null;
}
