/** The training subgraph: owns training programs and their yearly editions; extends Organization and BudgetLine. */
import { passThroughReference } from '../../lib/federation/key-stub';
import { buildFederatedSchema } from '../../lib/federation/subgraph-schema';
import type { SubgraphDefinition } from '../../lib/service/subgraph-definition';
import { CompetencyAssessment } from './entities/competency-assessment.entity';
import { TrainingEdition } from './entities/training-edition.entity';
import { TrainingHoursEntry, TrainingHoursHeading, TrainingHoursTable } from './entities/training-hours.entity';
import { TrainingProgram } from './entities/training-program.entity';
import { createLoaders, type TrainingContext } from './loaders';
import { migrations } from './migrations';
import { OrganizationRef } from './resolvers/stubs';
import { BudgetLineTrainingResolver, OrganizationTrainingResolver } from './resolvers/extensions.resolver';
import {
  CompetencyAssessmentResolver,
  TrainingEditionResolver,
  TrainingHoursEntryResolver,
  TrainingHoursTableResolver,
  TrainingProgramResolver,
} from './resolvers/training-program.resolver';
import { TrainingProgramMeasuresResolver } from './resolvers/training-program-measures.resolver';
import { trainingSeedPlan } from './seed-plan';

export const trainingSubgraph: SubgraphDefinition<ReturnType<typeof createLoaders>> = {
  name: 'training',
  entities: [TrainingProgram, TrainingEdition, CompetencyAssessment, TrainingHoursTable, TrainingHoursHeading, TrainingHoursEntry],
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      name: 'training',
      resolvers: [
        TrainingProgramResolver,
        TrainingProgramMeasuresResolver,
        TrainingEditionResolver,
        CompetencyAssessmentResolver,
        TrainingHoursTableResolver,
        TrainingHoursEntryResolver,
        OrganizationTrainingResolver,
        BudgetLineTrainingResolver,
      ],
      extendedTypes: [OrganizationRef],
      referenceResolvers: {
        Organization: passThroughReference,
        BudgetLine: passThroughReference,
        TrainingProgram: {
          __resolveReference: (reference: { id: string }, { loaders }: TrainingContext) => loaders.programById.load(reference.id),
        },
      },
    }),
  createLoaders,
  seedPlan: trainingSeedPlan,
};
