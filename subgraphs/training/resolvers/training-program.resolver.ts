import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { connectionType, containsPattern, orderFieldEnum, PageArgs, paginate, type Connection } from '../../../lib/graphql/connection';
import { stubRef, type KeyStub } from '../../../lib/federation/key-stub';
import { notFound } from '../../../lib/graphql/not-found';
import { CompetencyAssessment } from '../entities/competency-assessment.entity';
import { TrainingEdition } from '../entities/training-edition.entity';
import { TrainingProgram } from '../entities/training-program.entity';
import { TrainingMode, TrainingType } from '../enums';
import type { TrainingContext } from '../loaders';
import { BudgetLineRef } from './stubs';

const ProgramConnection = connectionType(TrainingProgram, 'TrainingProgram');
const ProgramOrder = orderFieldEnum('TrainingProgramOrderField', ['ID', 'NAME_KO', 'TYPE'] as const, { ID: 'id', NAME_KO: 'nameKo', TYPE: 'type' });
const AssessmentConnection = connectionType(CompetencyAssessment, 'CompetencyAssessment');
const AssessmentOrder = orderFieldEnum('CompetencyAssessmentOrderField', ['ID', 'YEAR'] as const, { ID: 'id', YEAR: 'year' });

@Resolver(() => TrainingProgram)
export class TrainingProgramResolver {
  @Query(() => TrainingProgram, { description: 'One training program by id; an unknown id is an error (NOT_FOUND).' })
  async trainingProgram(@Arg('id', () => ID) id: string, @Ctx() { loaders }: TrainingContext): Promise<TrainingProgram> {
    const program = await loaders.programById.load(id);
    if (!program) throw notFound('TrainingProgram', id);
    return program;
  }

  @Query(() => ProgramConnection, {
    description: 'Training programs, optionally of one organization, type or mode, or by name; with countsInSums to add them up without double counting; sorted and paged.',
  })
  trainingPrograms(
    @Ctx() { em }: TrainingContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => ProgramOrder.enumObject, { defaultValue: 'ID' }) orderBy: keyof typeof ProgramOrder.enumObject,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('type', () => TrainingType, { nullable: true }) type?: keyof typeof TrainingType,
    @Arg('mode', () => TrainingMode, { nullable: true }) mode?: keyof typeof TrainingMode,
    @Arg('search', () => String, { nullable: true, description: 'Text in the Korean or English name.' }) search?: string,
  ): Promise<Connection<TrainingProgram>> {
    const where: FilterQuery<TrainingProgram> = {};
    if (organizationId) where.organizationId = organizationId;
    if (type) where.type = type;
    if (mode) where.mode = mode;
    if (search) where.$or = [{ nameKo: { $ilike: containsPattern(search) } }, { nameEn: { $ilike: containsPattern(search) } }];
    return paginate(em, TrainingProgram, where, ProgramOrder.property(orderBy), page);
  }

  @FieldResolver(() => [TrainingEdition], { description: 'Yearly editions, oldest first.' })
  editions(@Root() program: TrainingProgram, @Ctx() { loaders }: TrainingContext): Promise<TrainingEdition[]> {
    return loaders.editionsByProgramId.load(program.id);
  }

  @FieldResolver(() => BudgetLineRef, { nullable: true, description: 'The budget line that funds the program (budgets subgraph).' })
  budgetLine(@Root() program: TrainingProgram): KeyStub | null {
    return stubRef(program.budgetLineId);
  }
}

@Resolver(() => CompetencyAssessment)
export class CompetencyAssessmentResolver {
  @Query(() => AssessmentConnection, { description: 'Competency assessments, optionally of one organization or year; sorted and paged.' })
  competencyAssessments(
    @Ctx() { em }: TrainingContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => AssessmentOrder.enumObject, { defaultValue: 'ID' }) orderBy: keyof typeof AssessmentOrder.enumObject,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<Connection<CompetencyAssessment>> {
    const where: FilterQuery<CompetencyAssessment> = {};
    if (organizationId) where.organizationId = organizationId;
    if (year !== undefined) where.year = year;
    return paginate(em, CompetencyAssessment, where, AssessmentOrder.property(orderBy), page);
  }

  @FieldResolver(() => BudgetLineRef, { nullable: true, description: 'The budget line that funds it (budgets subgraph).' })
  budgetLine(@Root() assessment: CompetencyAssessment): KeyStub | null {
    return stubRef(assessment.budgetLineId);
  }
}
