/** The lists of the training subgraph: filters and sort fields, shared by the root lists and Organization's. */
import { ID, Int } from 'type-graphql';
import { INT } from '../../lib/graphql/list-figures';
import { budgetLineId, recordList } from '../../lib/graphql/record-list';
import { AudienceGroup } from './audience';
import { CompetencyAssessment } from './entities/competency-assessment.entity';
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
  groups: {
    type: { type: () => TrainingType, description: 'The type of training.' },
    mode: { type: () => TrainingMode, description: 'The mode of delivery.' },
    audienceGroup: { type: () => AudienceGroup, description: 'The audience group.' },
    budgetLineId: { type: () => ID, description: 'The budget line that funds the programs.' },
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
  measures: {
    plannedTrainees: INT,
    plannedTrainingSessions: INT,
    plannedAssessees: INT,
    plannedAssessmentSessions: INT,
    completedTrainees: INT,
    completedAssessees: INT,
  },
  rates: {
    assessedRate: { numerator: 'completedAssessees', denominator: 'plannedAssessees', multiplier: 100, places: 1, description: 'Summed completedAssessees ÷ summed plannedAssessees × 100 (%)' },
  },
  groups: {
    year: { type: () => Int, description: 'The year.' },
    budgetLineId: { type: () => ID, description: 'The budget line that funds the assessments.' },
    periodKo: { type: () => String, description: 'The period as printed.' },
  },
});
