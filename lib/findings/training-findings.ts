/**
 * Findings in training catalogues: a printed total or target (a program with totalOf) against the
 * sum of the courses it lists, for the same year, in courses and in trainees; and a printed
 * completion rate (이수율) against result ÷ plan; and the printed 합계 of a training-hours table's column against
 * the hours of the courses in it.
 */
import type { z } from 'zod';
import { decimalPlaces, parseCount } from '../seeds/printed';
import { percentage, truncatedPercentage } from '../seeds/rates';
import { completionBase } from '../seeds/training-editions';
import type { trainingProgram } from '../seeds/records';
import { hoursOf, type HoursTable } from '../seeds/training-hours';
import type { Finding } from './finding';

type Program = z.infer<typeof trainingProgram>;
type Edition = Program['editions'][number];

/** The editions of a part that a total's edition covers: same year and phase, else (for a target) the part's plans of that year. */
function matchingEditions(part: Program, edition: Edition): Edition[] {
  const sameYear = part.editions.filter((e) => e.year === edition.year);
  const samePhase = sameYear.filter((e) => e.phase === edition.phase);
  return samePhase.length || edition.phase !== 'TARGET' ? samePhase : sameYear.filter((e) => e.phase === 'PLAN');
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
  const byId = new Map(programs.map((p) => [p.id, p]));
  const findings: Finding[] = [];
  for (const total of programs.filter((p) => p.totalOf?.length)) {
    const parts = total.totalOf!.map((id) => byId.get(id)).filter((p): p is Program => Boolean(p));
    for (const edition of total.editions) {
      for (const field of ['trainees', 'courses'] as const) {
        const stated = parseCount(edition[field]);
        if (stated === null) continue;
        const values = parts.map((part) => {
          const matches = matchingEditions(part, edition).map((e) => parseCount(e[field]));
          return matches.length && matches.every((v) => v !== null) ? (matches as number[]).reduce((a, b) => a + b, 0) : null;
        });
        // Only where every listed course prints the figure: a partial sum proves nothing.
        if (values.some((v) => v === null)) continue;
        const computed = (values as number[]).reduce((a, b) => a + b, 0);
        if (computed === stated) continue;
        findings.push({
          id: `total-mismatch:${total.id}:${edition.year}:${edition.phase}:${field}`,
          kind: 'TOTAL_MISMATCH',
          origin: 'COMPUTED',
          organizationId: total.organizationId,
          recordType: 'TrainingProgram',
          recordId: total.id,
          description: `${total.nameKo} (${edition.year} ${edition.phase}): ${field === 'trainees' ? '인원' : '과정'} is printed ${edition[field]}, the ${parts.length} courses it lists add up to ${computed}.`,
          valueA: edition[field]!,
          sourceA: { file: total.source.file, lines: edition.lines },
          valueB: String(computed),
          sourceB: { file: total.source.file, lines: parts.map((p) => p.source.lines).join(',') },
        });
      }
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
