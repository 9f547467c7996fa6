/**
 * Findings in training catalogues: a printed total or target (a program with totalOf) against the
 * sum of the courses it lists (through listed totals that print no figure of their own), for the same
 * year, in courses, sessions and trainees; a printed completion rate (이수율) against result ÷ plan; and the
 * printed 합계 of a training-hours table's column against the hours of the courses in it.
 */
import type { z } from 'zod';
import { audienceGroup } from '../seeds/audience';
import { decimalPlaces, parseCount } from '../seeds/printed';
import { percentage, truncatedPercentage } from '../seeds/rates';
import { completionBase } from '../seeds/training-editions';
import type { trainingProgram } from '../seeds/records';
import { hoursOf, type HoursTable } from '../seeds/training-hours';
import { MEASURE_KO, programComparisons, type ProgramFigures } from '../reconciliation/training';
import type { Finding } from './finding';

type Program = z.infer<typeof trainingProgram>;

/** A seed program as the reconciliation rules read it (figures parsed). */
export function programFigures(program: Program): ProgramFigures {
  return {
    id: program.id,
    organizationId: program.organizationId,
    nameKo: program.nameKo,
    audienceKo: program.audienceKo ?? null,
    audienceGroup: audienceGroup(program.audienceKo),
    totalOf: program.totalOf ?? [],
    repeats: program.repeats ?? null,
    summaryOf: program.summaryOf ?? null,
    coversOrganization: program.coversOrganization ?? false,
    file: program.source.file,
    lines: program.source.lines,
    editions: program.editions.map((e) => ({
      year: e.year,
      phase: e.phase,
      courses: parseCount(e.courses),
      sessions: parseCount(e.sessions),
      trainees: parseCount(e.trainees),
      lines: e.lines,
      note: e.note ?? null,
    })),
  };
}

/** A printed completion rate that the result and its plan do not give. */
function completionRateFindings(program: Program): Finding[] {
  return program.editions.flatMap((result): Finding[] => {
    const printed = result.completionRatePrinted;
    const base = printed ? completionBase(program.editions, result) : undefined;
    const trainees = parseCount(result.trainees);
    const planned = base ? parseCount(base.trainees) : null;
    if (!printed || !base || trainees === null || !planned) return [];
    const places = decimalPlaces(printed);
    const computed = percentage(BigInt(trainees), BigInt(planned), places)!;
    if (computed === printed) return [];
    const truncated = truncatedPercentage(BigInt(trainees), BigInt(planned), places) === printed;
    return [
      {
        id: `${truncated ? 'rate-truncated' : 'rate-wrong'}:${program.id}:${result.year}:completion`,
        kind: truncated ? 'RATE_TRUNCATED' : 'RATE_WRONG',
        origin: 'COMPUTED',
        organizationId: program.organizationId,
        recordType: 'TrainingProgram',
        recordId: program.id,
        description: truncated
          ? `${program.nameKo} (${result.year}): 이수율 is printed ${printed}%, the computed ${computed} (${result.trainees} ÷ ${base.trainees}) truncated instead of rounded.`
          : `${program.nameKo} (${result.year}): 이수율 is printed ${printed}%; ${result.trainees} ÷ ${base.trainees} (${base.phase}) gives ${computed}.`,
        valueA: printed,
        sourceA: { file: program.source.file, lines: result.lines },
        valueB: computed,
        sourceB: { file: program.source.file, lines: base.lines },
      },
    ];
  });
}

export function trainingFindings(programs: Program[]): Finding[] {
  const figures = programs.map(programFigures);
  const byId = new Map(figures.map((p) => [p.id, p]));
  const seedById = new Map(programs.map((p) => [p.id, p]));
  const findings: Finding[] = [];
  for (const total of figures.filter((p) => p.totalOf.length)) {
    const seedEditions = seedById.get(total.id)!.editions;
    for (const { edition, measure, sum, entry } of programComparisons(total, byId)) {
      if (entry.printed === entry.computed) continue;
      const partial = sum.missing.length
        ? `; ${sum.missing.length} of the rows it covers print no ${MEASURE_KO[measure]} for it (${sum.missing.map((p) => p.nameKo).slice(0, 3).join(', ')}${sum.missing.length > 3 ? ' …' : ''}), so they cannot make the total`
        : '';
      const note = edition.note ? ` The row's note: ${edition.note}` : '';
      findings.push({
        id: entry.findingIds[0],
        kind: 'TOTAL_MISMATCH',
        origin: 'COMPUTED',
        organizationId: total.organizationId,
        recordType: 'TrainingProgram',
        recordId: total.id,
        description: `${total.nameKo} (${edition.year} ${edition.phase}): ${MEASURE_KO[measure]} is printed ${seedEditions[total.editions.indexOf(edition)][measure]}, the ${total.totalOf.length} courses it lists add up to ${sum.value}${partial}.${note}`,
        valueA: seedEditions[total.editions.indexOf(edition)][measure]!,
        sourceA: { file: total.file, lines: edition.lines },
        valueB: String(sum.value),
        sourceB: { file: total.file, lines: [...new Set([...sum.used.flatMap((u) => u.editions.map((e) => e.lines)), ...sum.missing.map((p) => p.lines)])].join(',') },
      });
    }
  }
  return [...findings, ...programs.flatMap(completionRateFindings)];
}

/** A column of a training-hours table whose printed 합계 is not the sum of its courses' hours. */
export function trainingHoursFindings(tables: HoursTable[]): Finding[] {
  return tables.flatMap((table) =>
    table.areas.flatMap((area): Finding[] => {
      const stated = parseCount(area.totalPrinted);
      const entries = table.entries.filter((entry) => entry.area === area.position);
      const computed = hoursOf(table, 'area', area.position);
      if (stated === null || stated === computed) return [];
      return [
        {
          id: `total-mismatch:${table.id}:area/${area.position}`,
          kind: 'TOTAL_MISMATCH',
          origin: 'COMPUTED',
          organizationId: table.organizationId,
          recordType: 'TrainingHoursTable',
          recordId: table.id,
          description: `${table.titleKo}, ${area.nameKo}: 합계 is printed ${area.totalPrinted}h, the ${entries.length} courses in the column add up to ${computed}h.`,
          valueA: area.totalPrinted!,
          sourceA: { file: table.source.file, lines: area.lines },
          valueB: String(computed),
          sourceB: { file: table.source.file, lines: entries.map((entry) => entry.lines).join(',') || table.source.lines },
        },
      ];
    }),
  );
}
