import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { stubRef, type KeyStub } from '../../../lib/federation/key-stub';
import { notFound } from '../../../lib/graphql/not-found';
import { CompetencyAssessment } from '../entities/competency-assessment.entity';
import { TrainingEdition } from '../entities/training-edition.entity';
import { TrainingProgram } from '../entities/training-program.entity';
import type { TrainingContext } from '../loaders';
import { BudgetLineRef } from './stubs';

@Resolver(() => TrainingProgram)
export class TrainingProgramResolver {
  @Query(() => TrainingProgram, { description: 'One training program by id; an unknown id is an error (NOT_FOUND).' })
  async trainingProgram(@Arg('id', () => ID) id: string, @Ctx() { loaders }: TrainingContext): Promise<TrainingProgram> {
    const program = await loaders.programById.load(id);
    if (!program) throw notFound('TrainingProgram', id);
    return program;
  }

  @Query(() => [TrainingProgram], { description: 'Training programs, optionally of one organization.' })
  trainingPrograms(
    @Ctx() { em }: TrainingContext,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
  ): Promise<TrainingProgram[]> {
    const where: FilterQuery<TrainingProgram> = organizationId ? { organizationId } : {};
    return em.find(TrainingProgram, where, { orderBy: { id: 'asc' } });
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
  @Query(() => [CompetencyAssessment], { description: 'Competency assessments, optionally of one organization.' })
  competencyAssessments(
    @Ctx() { em }: TrainingContext,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
  ): Promise<CompetencyAssessment[]> {
    return em.find(CompetencyAssessment, organizationId ? { organizationId } : {}, { orderBy: { year: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => BudgetLineRef, { nullable: true, description: 'The budget line that funds it (budgets subgraph).' })
  budgetLine(@Root() assessment: CompetencyAssessment): KeyStub | null {
    return stubRef(assessment.budgetLineId);
  }
}
