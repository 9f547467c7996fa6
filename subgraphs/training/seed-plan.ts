import { sourceRef } from '../../lib/graphql/source-ref';
import { build } from '../../lib/seeds/build';
import { parseCount, parseDecimal } from '../../lib/seeds/printed';
import type { SeedContent } from '../../lib/seeds/read-seeds';
import { audienceGroup } from './audience';
import { CompetencyAssessment } from './entities/competency-assessment.entity';
import { TrainingEdition } from './entities/training-edition.entity';
import { TrainingProgram } from './entities/training-program.entity';

export function trainingSeedPlan({ training }: SeedContent): object[] {
  const programs = training.trainingPrograms.flatMap((program) => [
    build(TrainingProgram, {
      id: program.id,
      organizationId: program.organizationId,
      nameKo: program.nameKo,
      nameEn: program.nameEn,
      audienceKo: program.audienceKo ?? null,
      audienceGroup: audienceGroup(program.audienceKo),
      type: program.type,
      mode: program.mode,
      budgetLineId: program.budgetLineId ?? null,
      totalOf: program.totalOf ?? [],
      years: [...new Set(program.editions.map((edition) => edition.year))].sort((a, b) => a - b),
      repeats: program.repeats ?? null,
      summaryOf: program.summaryOf ?? null,
      coversOrganization: program.coversOrganization ?? false,
      source: sourceRef(program.source.file, program.source.lines),
    }),
    ...program.editions.map((edition, index) =>
      build(TrainingEdition, {
        id: `${program.id}#${index + 1}`,
        programId: program.id,
        year: edition.year,
        phase: edition.phase,
        courses: parseCount(edition.courses),
        sessions: parseCount(edition.sessions),
        trainees: parseCount(edition.trainees),
        hours: parseDecimal(edition.hours),
        satisfaction: parseDecimal(edition.satisfactionPrinted),
        completionRatePrinted: parseDecimal(edition.completionRatePrinted),
        credits: parseDecimal(edition.credits),
        periodKo: edition.periodKo ?? null,
        note: edition.note ?? null,
        source: sourceRef(program.source.file, edition.lines),
      }),
    ),
  ]);
  const assessments = training.competencyAssessments.map((a) =>
    build(CompetencyAssessment, {
      id: a.id,
      organizationId: a.organizationId,
      year: a.year,
      targetGroupKo: a.targetGroupKo,
      targetGroupEn: a.targetGroupEn,
      competenciesKo: a.competenciesKo,
      techniquesKo: a.techniquesKo,
      plannedTrainees: parseCount(a.plannedTrainees),
      plannedTrainingSessions: parseCount(a.plannedTrainingSessions),
      plannedAssessees: parseCount(a.plannedAssessees),
      plannedAssessmentSessions: parseCount(a.plannedAssessmentSessions),
      completedTrainees: parseCount(a.completedTrainees),
      completedAssessees: parseCount(a.completedAssessees),
      periodKo: a.periodKo ?? null,
      budgetLineId: a.budgetLineId ?? null,
      source: sourceRef(a.source.file, a.source.lines),
    }),
  );
  return [...programs, ...assessments];
}
