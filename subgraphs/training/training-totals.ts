import { Field, Int, ObjectType } from 'type-graphql';
import { Reconciliation } from '../../lib/graphql/reconciliation';
import type { ProgramFigures } from '../../lib/reconciliation/training';
import { reportAsOfDates } from '../../lib/seeds/reports';
import type { TrainingEdition } from './entities/training-edition.entity';
import type { TrainingProgram } from './entities/training-program.entity';
import { TrainingPhase } from './enums';

@ObjectType('TrainingBreakdown', { description: 'Courses, sessions and trainees of the programs of one type, mode or audience group (programs that count in sums only).' })
export class TrainingBreakdown {
  @Field(() => String, { description: 'The type, mode or audience group (a TrainingType, TrainingMode or AudienceGroup value).' })
  key!: string;

  @Field(() => Int, { description: 'Programs of this type or mode that were added up.' })
  programs = 0;

  @Field(() => Int, { description: 'Courses (과정), summed where printed.' })
  courses = 0;

  @Field(() => Int, { description: 'Sessions (기수·회·반), summed where printed.' })
  sessions = 0;

  @Field(() => Int, { description: 'Trainees (명), summed where printed.' })
  trainees = 0;
}

@ObjectType('TrainingTotals', {
  description:
    'Courses, sessions and trainees summed over programs for one year and phase, counting nobody twice: ' +
    'programs that total others (totalOf) and courses listed again under another task (repeats) are left out of the sums.',
})
export class TrainingTotals {
  @Field(() => Int, { description: 'The year summed (연도).' })
  year!: number;

  @Field(() => TrainingPhase, { description: 'The phase summed: plan, revised plan, target or result.' })
  phase!: string;

  @Field(() => [String], { description: 'The dates the reports state the summed figures as of (기준일), oldest first: reports of different dates may be mixed.' })
  asOfDates!: string[];

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

  @Field(() => [TrainingBreakdown], { description: 'The same sums by type of training (자격·직무·원격 …).' })
  byType!: TrainingBreakdown[];

  @Field(() => [TrainingBreakdown], { description: 'The same sums by mode of delivery (집합·실시간·원격 …).' })
  byMode!: TrainingBreakdown[];

  @Field(() => [TrainingBreakdown], { description: 'The same sums by audience group (교원, 교장·교감, 공무원·행정직원 …; see AudienceGroup).' })
  byAudience!: TrainingBreakdown[];

  @Field(() => [Reconciliation], {
    description:
      'The totals the reports print for this very scope (a 전체/총계 row printed for the organization, marked coversOrganization), beside these sums: ' +
      'courses, sessions and trainees, and, where the total\'s rows name audiences (교원, 지방공무원), byAudience added up by the groups of each audience. ' +
      'Empty on trainingTotals (an organization\'s own programs only) and where the reports print no such total.',
  })
  reconciliation: Reconciliation[] = [];

  @Field(() => Boolean, { nullable: true, description: 'Whether every printed total in reconciliation agrees with these sums; null when the reports print none for this scope.' })
  agreesWithReport: boolean | null = null;
}

/** A program and its editions as the reconciliation rules read them (lib/reconciliation/training.ts). */
export function programFigures(program: TrainingProgram, editions: TrainingEdition[]): ProgramFigures {
  return {
    id: program.id,
    organizationId: program.organizationId,
    nameKo: program.nameKo,
    audienceKo: program.audienceKo,
    audienceGroup: program.audienceGroup,
    totalOf: program.totalOf,
    repeats: program.repeats,
    summaryOf: program.summaryOf,
    coversOrganization: program.coversOrganization,
    file: program.source.file,
    lines: program.source.lines,
    editions: editions.map((e) => ({ year: e.year, phase: e.phase, courses: e.courses, sessions: e.sessions, trainees: e.trainees, lines: e.source.lines, note: e.note })),
  };
}

function addTo(groups: Map<string, TrainingBreakdown>, key: string, edition: TrainingEdition, newProgram: boolean): void {
  const group = groups.get(key) ?? Object.assign(new TrainingBreakdown(), { key });
  if (newProgram) group.programs += 1;
  group.courses += edition.courses ?? 0;
  group.sessions += edition.sessions ?? 0;
  group.trainees += edition.trainees ?? 0;
  groups.set(key, group);
}

/** Sums the editions of the programs that count in sums, for one year and phase. */
export function sumTraining(programs: TrainingProgram[], editionsOf: (program: TrainingProgram) => TrainingEdition[], year: number, phase: string): TrainingTotals {
  const counted: TrainingEdition[] = [];
  const totals = Object.assign(new TrainingTotals(), { year, phase, programs: 0, programsLeftOut: 0, editions: 0, courses: 0, sessions: 0, trainees: 0, editionsWithoutTrainees: 0 });
  const breakdowns = { byType: new Map<string, TrainingBreakdown>(), byMode: new Map<string, TrainingBreakdown>(), byAudience: new Map<string, TrainingBreakdown>() };
  for (const program of programs) {
    const editions = editionsOf(program).filter((e) => e.year === year && e.phase === phase);
    if (editions.length === 0) continue;
    if (!program.countsInSums) {
      totals.programsLeftOut += 1;
      continue;
    }
    totals.programs += 1;
    editions.forEach((edition, index) => {
      addTo(breakdowns.byType, program.type, edition, index === 0);
      addTo(breakdowns.byMode, program.mode, edition, index === 0);
      addTo(breakdowns.byAudience, program.audienceGroup, edition, index === 0);
      counted.push(edition);
      totals.editions += 1;
      totals.courses += edition.courses ?? 0;
      totals.sessions += edition.sessions ?? 0;
      totals.trainees += edition.trainees ?? 0;
      if (edition.trainees === null) totals.editionsWithoutTrainees += 1;
    });
  }
  totals.asOfDates = reportAsOfDates(counted);
  totals.byType = [...breakdowns.byType.values()];
  totals.byMode = [...breakdowns.byMode.values()];
  totals.byAudience = [...breakdowns.byAudience.values()];
  return totals;
}
