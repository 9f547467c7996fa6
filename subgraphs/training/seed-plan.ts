import { sourceRef } from '../../lib/graphql/source-ref';
import { build } from '../../lib/seeds/build';
import { parseCount, parseDecimal } from '../../lib/seeds/printed';
import type { SeedContent } from '../../lib/seeds/read-seeds';
import { allHours, hoursOf } from '../../lib/seeds/training-hours';
import { audienceGroup } from './audience';
import { CompetencyAssessment } from './entities/competency-assessment.entity';
import { TrainingEdition } from './entities/training-edition.entity';
import { TrainingHoursEntry, TrainingHoursHeading, TrainingHoursTable } from './entities/training-hours.entity';
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
  const hoursTables = training.trainingHoursTables.flatMap((table) => {
    const file = table.source.file;
    const headings = (axis: 'stage' | 'area') =>
      table[axis === 'stage' ? 'stages' : 'areas'].map((heading) =>
        build(TrainingHoursHeading, {
          id: `${table.id}/${axis}/${heading.position}`,
          tableId: table.id,
          axis: axis === 'stage' ? 'STAGE' : 'AREA',
          position: heading.position,
          nameKo: heading.nameKo,
          nameEn: heading.nameEn,
          detailKo: heading.detailKo ?? null,
          totalPrinted: parseCount(heading.totalPrinted),
          totalComputed: hoursOf(table, axis, heading.position),
          source: sourceRef(file, heading.lines),
        }),
      );
    return [
      build(TrainingHoursTable, {
        id: table.id,
        organizationId: table.organizationId,
        year: table.year,
        titleKo: table.titleKo,
        titleEn: table.titleEn,
        budgetLineId: table.budgetLineId ?? null,
        note: table.note ?? null,
        hoursComputed: allHours(table),
        source: sourceRef(file, table.source.lines),
      }),
      ...headings('stage'),
      ...headings('area'),
      ...table.entries.map((entry, index) =>
        build(TrainingHoursEntry, {
          id: `${table.id}#${index + 1}`,
          tableId: table.id,
          position: index + 1,
          stagePosition: entry.stage ?? null,
          areaPosition: entry.area,
          courseKo: entry.courseKo,
          hours: parseCount(entry.hours)!,
          editionKo: entry.editionKo ?? null,
          note: entry.note ?? null,
          source: sourceRef(file, entry.lines),
        }),
      ),
    ];
  });
  return [...programs, ...assessments, ...hoursTables];
}
