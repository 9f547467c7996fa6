import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { KeyStub } from '../../../lib/federation/key-stub';
import { CompetencyAssessment } from '../entities/competency-assessment.entity';
import { TrainingProgram } from '../entities/training-program.entity';
import type { TrainingContext } from '../loaders';
import { BudgetLineRef, OrganizationRef } from './stubs';

@Resolver(() => OrganizationRef)
export class OrganizationTrainingResolver {
  @FieldResolver(() => [TrainingProgram], { description: 'Training programs this organization itself runs (training subgraph).' })
  trainingPrograms(@Root() organization: KeyStub, @Ctx() { loaders }: TrainingContext): Promise<TrainingProgram[]> {
    return loaders.programsByOrganizationId.load(organization.id);
  }

  @FieldResolver(() => [CompetencyAssessment], { description: 'Competency assessments this organization runs (training subgraph).' })
  competencyAssessments(@Root() organization: KeyStub, @Ctx() { loaders }: TrainingContext): Promise<CompetencyAssessment[]> {
    return loaders.assessmentsByOrganizationId.load(organization.id);
  }
}

@Resolver(() => BudgetLineRef)
export class BudgetLineTrainingResolver {
  @FieldResolver(() => [TrainingProgram], { description: 'Training programs this budget line funds (training subgraph).' })
  trainingPrograms(@Root() line: KeyStub, @Ctx() { loaders }: TrainingContext): Promise<TrainingProgram[]> {
    return loaders.programsByBudgetLineId.load(line.id);
  }

  @FieldResolver(() => [CompetencyAssessment], { description: 'Competency assessments this budget line funds (training subgraph).' })
  competencyAssessments(@Root() line: KeyStub, @Ctx() { loaders }: TrainingContext): Promise<CompetencyAssessment[]> {
    return loaders.assessmentsByBudgetLineId.load(line.id);
  }
}
