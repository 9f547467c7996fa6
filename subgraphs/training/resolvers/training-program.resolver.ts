import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Connection } from '../../../lib/graphql/connection';
import type { ListArgs } from '../../../lib/graphql/record-list';
import { stubRef, type KeyStub } from '../../../lib/federation/key-stub';
import { notFound } from '../../../lib/graphql/not-found';
import { CompetencyAssessment } from '../entities/competency-assessment.entity';
import { TrainingEdition } from '../entities/training-edition.entity';
import { TrainingHoursEntry, TrainingHoursHeading, TrainingHoursTable } from '../entities/training-hours.entity';
import { TrainingProgram } from '../entities/training-program.entity';
import type { TrainingContext } from '../loaders';
import { competencyAssessmentList, trainingEditionList, trainingHoursTableList, trainingProgramList } from '../lists';
import { TrainingPhase } from '../enums';
import { changeBetween, changesOf, TrainingChange } from '../training-changes';
import { Reconciliation, toReconciliation } from '../../../lib/graphql/reconciliation';
import { programEntries, type ProgramFigures } from '../../../lib/reconciliation/training';
import { programFigures } from '../training-totals';
import { BudgetLineRef } from './stubs';

@Resolver(() => TrainingProgram)
export class TrainingProgramResolver {
  @Query(() => TrainingProgram, { description: 'One training program by id; an unknown id is an error (NOT_FOUND).' })
  async trainingProgram(@Arg('id', () => ID) id: string, @Ctx() { loaders }: TrainingContext): Promise<TrainingProgram> {
    const program = await loaders.programById.load(id);
    if (!program) throw notFound('TrainingProgram', id);
    return program;
  }

  @Query(() => trainingProgramList.Connection, { description: 'Training programs, optionally of one organization, type or mode, or by name; with countsInSums to add them up without double counting; sorted and paged.' })
  trainingPrograms(@Ctx() { em }: TrainingContext, @Args(() => trainingProgramList.RootArgs) args: ListArgs): Promise<Connection<TrainingProgram>> {
    return trainingProgramList.page(em, args);
  }

  @FieldResolver(() => [TrainingEdition], { description: 'Yearly editions, oldest first.' })
  editions(@Root() program: TrainingProgram, @Ctx() { loaders }: TrainingContext): Promise<TrainingEdition[]> {
    return loaders.editionsByProgramId.load(program.id);
  }

  @FieldResolver(() => [TrainingChange], {
    description: 'What changed from each edition to the next (plan → revised plan → result, one year → the next), computed, with the printed completion rate beside.',
  })
  async changes(@Root() program: TrainingProgram, @Ctx() { loaders }: TrainingContext): Promise<TrainingChange[]> {
    return changesOf(await loaders.editionsByProgramId.load(program.id));
  }

  @FieldResolver(() => TrainingChange, {
    nullable: true,
    description: 'The change between two given editions (e.g. the 2021 revised plan → the 2021 result), for tables with one column per comparison; null when the program lacks either edition.',
  })
  async change(
    @Root() program: TrainingProgram,
    @Ctx() { loaders }: TrainingContext,
    @Arg('fromYear', () => Int, { description: 'Year of the earlier edition.' }) fromYear: number,
    @Arg('fromPhase', () => TrainingPhase, { description: 'Phase of the earlier edition.' }) fromPhase: keyof typeof TrainingPhase,
    @Arg('toYear', () => Int, { description: 'Year of the later edition.' }) toYear: number,
    @Arg('toPhase', () => TrainingPhase, { description: 'Phase of the later edition.' }) toPhase: keyof typeof TrainingPhase,
  ): Promise<TrainingChange | null> {
    return changeBetween(await loaders.editionsByProgramId.load(program.id), { year: fromYear, phase: fromPhase }, { year: toYear, phase: toPhase });
  }

  @FieldResolver(() => BudgetLineRef, { nullable: true, description: 'The budget line that funds the program (budgets subgraph).' })
  budgetLine(@Root() program: TrainingProgram): KeyStub | null {
    return stubRef(program.budgetLineId);
  }

  @FieldResolver(() => [Reconciliation], {
    description:
      'For a total (totalOf): each figure of each edition as printed beside the programs it lists added up (same year and phase; a target against their plans; ' +
      'a listed total that prints no figure stands for its own rows). part is the edition ("2021 PLAN"). Empty for a program that totals nothing.',
  })
  async reconciliation(@Root() program: TrainingProgram, @Ctx() { loaders }: TrainingContext): Promise<Reconciliation[]> {
    if (!program.totalOf.length) return [];
    // The total's tree, level by level, each level batched through the loaders.
    const byId = new Map<string, ProgramFigures>();
    let level: TrainingProgram[] = [program];
    while (level.length) {
      const editions = await Promise.all(level.map((p) => loaders.editionsByProgramId.load(p.id)));
      level.forEach((p, i) => byId.set(p.id, programFigures(p, editions[i])));
      const next = [...new Set(level.flatMap((p) => p.totalOf))].filter((id) => !byId.has(id));
      level = (await Promise.all(next.map((id) => loaders.programById.load(id)))).filter((p): p is TrainingProgram => Boolean(p));
    }
    return programEntries(byId.get(program.id)!, byId).map(toReconciliation);
  }
}

@Resolver(() => CompetencyAssessment)
export class CompetencyAssessmentResolver {
  @Query(() => competencyAssessmentList.Connection, { description: 'Competency assessments, optionally of one organization or year; sorted and paged.' })
  competencyAssessments(@Ctx() { em }: TrainingContext, @Args(() => competencyAssessmentList.RootArgs) args: ListArgs): Promise<Connection<CompetencyAssessment>> {
    return competencyAssessmentList.page(em, args);
  }

  @FieldResolver(() => BudgetLineRef, { nullable: true, description: 'The budget line that funds it (budgets subgraph).' })
  budgetLine(@Root() assessment: CompetencyAssessment): KeyStub | null {
    return stubRef(assessment.budgetLineId);
  }
}

@Resolver(() => TrainingHoursTable)
export class TrainingHoursTableResolver {
  @Query(() => trainingHoursTableList.Connection, { description: 'Training-hours tables (교육훈련 체계: courses and hours by stage and competency area), optionally of one organization or year; sorted and paged.' })
  trainingHoursTables(@Ctx() { em }: TrainingContext, @Args(() => trainingHoursTableList.RootArgs) args: ListArgs): Promise<Connection<TrainingHoursTable>> {
    return trainingHoursTableList.page(em, args);
  }

  @FieldResolver(() => [TrainingHoursHeading], { description: 'The stage rows, top to bottom.' })
  async stages(@Root() table: TrainingHoursTable, @Ctx() { loaders }: TrainingContext): Promise<TrainingHoursHeading[]> {
    return (await loaders.hoursHeadingsByTableId.load(table.id)).filter((h) => h.axis === 'STAGE');
  }

  @FieldResolver(() => [TrainingHoursHeading], { description: 'The competency-area columns, left to right, each with its printed 합계 and the sum of its courses.' })
  async areas(@Root() table: TrainingHoursTable, @Ctx() { loaders }: TrainingContext): Promise<TrainingHoursHeading[]> {
    return (await loaders.hoursHeadingsByTableId.load(table.id)).filter((h) => h.axis === 'AREA');
  }

  @FieldResolver(() => [TrainingHoursEntry], { description: 'Every course in the table, in printed order.' })
  entries(@Root() table: TrainingHoursTable, @Ctx() { loaders }: TrainingContext): Promise<TrainingHoursEntry[]> {
    return loaders.hoursEntriesByTableId.load(table.id);
  }

  @FieldResolver(() => BudgetLineRef, { nullable: true, description: 'The budget line that funds the training (budgets subgraph).' })
  budgetLine(@Root() table: TrainingHoursTable): KeyStub | null {
    return stubRef(table.budgetLineId);
  }
}

@Resolver(() => TrainingHoursEntry)
export class TrainingHoursEntryResolver {
  @FieldResolver(() => TrainingHoursHeading, { nullable: true, description: 'Its stage row; null for a cell merged across stages.' })
  async stage(@Root() entry: TrainingHoursEntry, @Ctx() { loaders }: TrainingContext): Promise<TrainingHoursHeading | null> {
    if (entry.stagePosition === null) return null;
    return (await loaders.hoursHeadingsByTableId.load(entry.tableId)).find((h) => h.axis === 'STAGE' && h.position === entry.stagePosition) ?? null;
  }

  @FieldResolver(() => TrainingHoursHeading, { description: 'Its area column.' })
  async area(@Root() entry: TrainingHoursEntry, @Ctx() { loaders }: TrainingContext): Promise<TrainingHoursHeading> {
    const area = (await loaders.hoursHeadingsByTableId.load(entry.tableId)).find((h) => h.axis === 'AREA' && h.position === entry.areaPosition);
    if (!area) throw new Error(`training-hours entry ${entry.id}: no area ${entry.areaPosition}`);
    return area;
  }
}

@Resolver(() => TrainingEdition)
export class TrainingEditionResolver {
  @Query(() => trainingEditionList.Connection, {
    description: "Programs' yearly figures (courses, sessions, trainees), filtered by organization, program, year, phase, type, mode, audience, countsInSums or figure; sorted and paged.",
  })
  trainingEditions(@Ctx() { em }: TrainingContext, @Args(() => trainingEditionList.RootArgs) args: ListArgs): Promise<Connection<TrainingEdition>> {
    return trainingEditionList.page(em, args);
  }

  @FieldResolver(() => TrainingProgram, { description: 'The program the edition belongs to.' })
  async program(@Root() edition: TrainingEdition, @Ctx() { loaders }: TrainingContext): Promise<TrainingProgram> {
    return (await loaders.programById.load(edition.programId))!;
  }
}
