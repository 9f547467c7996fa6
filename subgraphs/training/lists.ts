/** The lists of the training subgraph: filters and sort fields, shared by the root lists and Organization's. */
import { Int } from 'type-graphql';
import { budgetLineId, recordList } from '../../lib/graphql/record-list';
import { AudienceGroup } from './audience';
import { CompetencyAssessment } from './entities/competency-assessment.entity';
import { TrainingHoursTable } from './entities/training-hours.entity';
import { TrainingProgram } from './entities/training-program.entity';
import { TrainingMode, TrainingType } from './enums';

export const trainingProgramList = recordList(TrainingProgram, {
  name: 'TrainingProgram',
  order: { ID: 'id', NAME_KO: 'nameKo', TYPE: 'type', AUDIENCE: 'audienceGroup' },
  defaultOrder: 'ID',
  filters: {
    budgetLineId,
    year: { includes: 'years', type: () => Int, description: 'Only programs with an edition in this year.' },
    type: { equals: 'type', type: () => TrainingType, description: 'Only programs of this type.' },
    mode: { equals: 'mode', type: () => TrainingMode, description: 'Only programs delivered this way.' },
    audience: { equals: 'audienceGroup', type: () => AudienceGroup, description: 'Only programs for this audience group.' },
    search: { search: ['nameKo', 'nameEn', 'audienceKo'], description: 'Text in the Korean or English name or the audience (case-insensitive).' },
  },
});

export const competencyAssessmentList = recordList(CompetencyAssessment, {
  name: 'CompetencyAssessment',
  order: { ID: 'id', YEAR: 'year' },
  defaultOrder: 'ID',
  filters: {
    budgetLineId,
    year: { equals: 'year', type: () => Int, description: 'Only this year.' },
    search: { search: ['targetGroupKo', 'targetGroupEn'], description: 'Text in the Korean or English target group (case-insensitive).' },
  },
});

export const trainingHoursTableList = recordList(TrainingHoursTable, {
  name: 'TrainingHoursTable',
  order: { ID: 'id', YEAR: 'year', HOURS: 'hoursComputed' },
  defaultOrder: 'ID',
  filters: {
    budgetLineId,
    year: { equals: 'year', type: () => Int, description: 'Only this year.' },
    search: { search: ['titleKo', 'titleEn'], description: 'Text in the Korean or English title (case-insensitive).' },
  },
});
