import { Field, Int, ObjectType } from 'type-graphql';
import type { TrainingEdition } from './entities/training-edition.entity';
import type { TrainingProgram } from './entities/training-program.entity';

@ObjectType('TrainingTotals', {
  description:
    'Courses, sessions and trainees summed over programs for one year and phase, counting nobody twice: ' +
    'programs that total others (totalOf) and courses listed again under another task (repeats) are left out of the sums.',
})
export class TrainingTotals {
  @Field(() => Int, { description: 'Programs whose editions were added up.' })
  programs!: number;

  @Field(() => Int, { description: 'Programs left out because they are totals of others or repeats.' })
  programsLeftOut!: number;

  @Field(() => Int, { description: 'Editions added up.' })
  editions!: number;

  @Field(() => Int, { description: 'Courses (과정), summed where printed.' })
  courses!: number;

  @Field(() => Int, { description: 'Sessions (기수·회·반), summed where printed.' })
  sessions!: number;

  @Field(() => Int, { description: 'Trainees (명), summed where printed.' })
  trainees!: number;

  @Field(() => Int, { description: 'Editions that print no trainee count (so the sum may understate).' })
  editionsWithoutTrainees!: number;
}

/** Sums the editions of the programs that count in sums, for one year and phase. */
export function sumTraining(programs: TrainingProgram[], editionsOf: (program: TrainingProgram) => TrainingEdition[], year: number, phase: string): TrainingTotals {
  const totals = Object.assign(new TrainingTotals(), { programs: 0, programsLeftOut: 0, editions: 0, courses: 0, sessions: 0, trainees: 0, editionsWithoutTrainees: 0 });
  for (const program of programs) {
    const editions = editionsOf(program).filter((e) => e.year === year && e.phase === phase);
    if (editions.length === 0) continue;
    if (!program.countsInSums) {
      totals.programsLeftOut += 1;
      continue;
    }
    totals.programs += 1;
    for (const edition of editions) {
      totals.editions += 1;
      totals.courses += edition.courses ?? 0;
      totals.sessions += edition.sessions ?? 0;
      totals.trainees += edition.trainees ?? 0;
      if (edition.trainees === null) totals.editionsWithoutTrainees += 1;
    }
  }
  return totals;
}
