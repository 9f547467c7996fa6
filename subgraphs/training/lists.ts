/** The lists of the training subgraph: filters and sort fields, shared by the root lists and Organization's. */
import { ID, Int } from 'type-graphql';
import { DECIMAL, INT } from '../../lib/graphql/list-figures';
import { budgetLineId, recordList } from '../../lib/graphql/record-list';
import { AudienceGroup } from './audience';
import { CompetencyAssessment } from './entities/competency-assessment.entity';
import { TrainingHoursTable } from './entities/training-hours.entity';
import { TrainingEdition } from './entities/training-edition.entity';
import { TrainingProgram } from './entities/training-program.entity';
import { TrainingMode, TrainingPhase, TrainingType } from './enums';

const byType = { type: () => TrainingType, description: 'The type of training.' } as const;
const byMode = { type: () => TrainingMode, description: 'The mode of delivery.' } as const;
const byAudience = { type: () => AudienceGroup, description: 'The audience group.' } as const;

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
  groups: { type: byType, mode: byMode, audienceGroup: byAudience, budgetLineId: { type: () => ID, description: 'The budget line that funds the programs.' } },
});

/** The figures of programs: one edition is one program's courses, sessions and trainees for a year and phase. */
export const trainingEditionList = recordList(TrainingEdition, {
  name: 'TrainingEdition',
  order: { ID: 'id', PROGRAM: 'programId', YEAR: 'year', TRAINEES: 'trainees' },
  defaultOrder: 'ID',
  filters: {
    programId: { equals: 'programId', type: () => ID, description: 'Only the editions of this program.' },
    year: { equals: 'year', type: () => Int, description: 'Only this year.' },
    phase: { equals: 'phase', type: () => TrainingPhase, description: 'Only this phase (plan, revised plan, target or result).' },
    type: { equals: 'programType', type: () => TrainingType, description: 'Only editions of programs of this type.' },
    mode: { equals: 'programMode', type: () => TrainingMode, description: 'Only editions of programs delivered this way.' },
    audience: { equals: 'programAudienceGroup', type: () => AudienceGroup, description: 'Only editions of programs for this audience group.' },
    countsInSums: {
      equals: 'countsInSums',
      type: () => Boolean,
      description: 'true: only editions that may be added up without counting anyone twice (not totals, repeats or summaries), as the training roll-ups add them.',
    },
  },
  measures: { courses: INT, sessions: INT, trainees: INT, hours: DECIMAL, satisfaction: DECIMAL, completionRatePrinted: DECIMAL, credits: DECIMAL },
  groups: {
    programId: { type: () => ID, description: 'The program.' },
    year: { type: () => Int, description: 'The year.' },
    phase: { type: () => TrainingPhase, description: 'The phase (plan, revised plan, target, result).' },
    type: { ...byType, property: 'programType' },
    mode: { ...byMode, property: 'programMode' },
    audienceGroup: { ...byAudience, property: 'programAudienceGroup' },
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
