/**
 * Per-unit measures of training (trainees per session, total hours) and the sum of a program's
 * editions of one year and phase, for one program or over the members of a program that totals others.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { isDecimal, sumDecimals, timesWhole } from '../../lib/decimal';
import { DecimalScalar } from '../../lib/graphql/scalars';
import { ratio } from '../../lib/seeds/rates';
import type { TrainingEdition } from './entities/training-edition.entity';

/** courses × hours per course, exactly (hours are printed as decimals). */
export function totalHours(courses: number | null, hoursPerCourse: string | null): string | null {
  return courses === null || !isDecimal(hoursPerCourse) ? null : timesWhole(hoursPerCourse, courses);
}

/** trainees ÷ sessions, 1 place; null unless both are printed and sessions > 0. */
export function traineesPerSession(trainees: number | null, sessions: number | null): string | null {
  return trainees === null || !sessions ? null : ratio(trainees, sessions, 1);
}

@ObjectType('TrainingEditionSum', { description: 'Editions of one year and phase summed (courses, sessions, trainees where printed), with the per-unit measures of the sums.' })
export class TrainingEditionSum {
  @Field(() => Int, { description: 'Editions added up.' })
  editions = 0;

  @Field(() => Int, { nullable: true, description: 'Courses (과정), summed; null when no edition prints them.' })
  courses: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Sessions (기수·회·반), summed; null when no edition prints them.' })
  sessions: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Trainees (명), summed; null when no edition prints them.' })
  trainees: number | null = null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Hours of all courses: courses × hours per course, summed over the editions that print both.' })
  totalHours: string | null = null;

  @Field(() => DecimalScalar, { nullable: true, description: 'trainees ÷ sessions of the sums, 1 place.' })
  get traineesPerSession(): string | null {
    return traineesPerSession(this.trainees, this.sessions);
  }
}

const add = (sum: number | null, value: number | null) => (value === null ? sum : (sum ?? 0) + value);

/** The editions of one year and phase, summed. */
export function sumEditions(editions: TrainingEdition[], year: number, phase: string): TrainingEditionSum {
  const sum = new TrainingEditionSum();
  for (const edition of editions) {
    if (edition.year !== year || edition.phase !== phase) continue;
    sum.editions += 1;
    sum.courses = add(sum.courses, edition.courses);
    sum.sessions = add(sum.sessions, edition.sessions);
    sum.trainees = add(sum.trainees, edition.trainees);
    sum.totalHours = sumDecimals([sum.totalHours, totalHours(edition.courses, edition.hours)]);
  }
  return sum;
}
