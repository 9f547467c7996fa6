import { sourceRef } from '../../lib/graphql/source-ref';
import { build } from '../../lib/seeds/build';
import { parseCount, parseDecimal } from '../../lib/seeds/printed';
import type { SeedContent } from '../../lib/seeds/read-seeds';
import { TrainingEdition } from './entities/training-edition.entity';
import { TrainingProgram } from './entities/training-program.entity';

export function trainingSeedPlan({ training }: SeedContent): object[] {
  return training.trainingPrograms.flatMap((program) => [
    build(TrainingProgram, {
      id: program.id,
      organizationId: program.organizationId,
      nameKo: program.nameKo,
      nameEn: program.nameEn,
      audienceKo: program.audienceKo ?? null,
      type: program.type,
      mode: program.mode,
      budgetLineId: program.budgetLineId ?? null,
      totalOf: program.totalOf ?? [],
      repeats: program.repeats ?? null,
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
        credits: parseDecimal(edition.credits),
        periodKo: edition.periodKo ?? null,
        note: edition.note ?? null,
        source: sourceRef(program.source.file, edition.lines),
      }),
    ),
  ]);
}
