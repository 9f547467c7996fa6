import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, groupLoader } from '../../lib/db/loaders';
import type { SubgraphContext } from '../../lib/service/subgraph-definition';
import { CompetencyAssessment } from './entities/competency-assessment.entity';
import { TrainingEdition } from './entities/training-edition.entity';
import { TrainingHoursEntry, TrainingHoursHeading, TrainingHoursTable } from './entities/training-hours.entity';
import { TrainingProgram } from './entities/training-program.entity';

export function createLoaders(em: EntityManager) {
  return {
    programById: byIdLoader(em, TrainingProgram),
    programsByOrganizationId: groupLoader(em, TrainingProgram, 'organizationId', { id: 'asc' }),
    programsByBudgetLineId: groupLoader(em, TrainingProgram, 'budgetLineId', { id: 'asc' }),
    assessmentsByOrganizationId: groupLoader(em, CompetencyAssessment, 'organizationId', { year: 'asc', id: 'asc' }),
    assessmentsByBudgetLineId: groupLoader(em, CompetencyAssessment, 'budgetLineId', { year: 'asc', id: 'asc' }),
    editionsByProgramId: groupLoader(em, TrainingEdition, 'programId', { year: 'asc', id: 'asc' }),
    hoursTablesByOrganizationId: groupLoader(em, TrainingHoursTable, 'organizationId', { year: 'asc', id: 'asc' }),
    hoursTablesByBudgetLineId: groupLoader(em, TrainingHoursTable, 'budgetLineId', { year: 'asc', id: 'asc' }),
    hoursHeadingsByTableId: groupLoader(em, TrainingHoursHeading, 'tableId', { axis: 'desc', position: 'asc' }),
    hoursEntriesByTableId: groupLoader(em, TrainingHoursEntry, 'tableId', { position: 'asc' }),
    editionsByOrganizationId: groupLoader(em, TrainingEdition, 'organizationId', { programId: 'asc', year: 'asc', id: 'asc' }),
  };
}

export type TrainingContext = SubgraphContext<ReturnType<typeof createLoaders>>;
