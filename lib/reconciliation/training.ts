/**
 * Training totals the reports print, beside what the hub computes over the same scope:
 *  - a total row (totalOf) against the programs it lists, added up to the courses that print the
 *    figure (a listed total that prints none stands for its own rows);
 *  - a total the report prints for everything an organization ran in a year and phase
 *    (coversOrganization: 전체, 총계) against that organization's trainingRollup, and, where the
 *    total's rows name audiences, its breakdown by audience against byAudience.
 * Pure: the training subgraph runs it on its entities, the findings rules on the seeds.
 */
import { AUDIENCE_CLASSES, audienceClass, type AudienceClass } from '../seeds/audience';
import { entry, type ReconciliationEntry } from './entry';

export const TRAINING_MEASURES = ['courses', 'sessions', 'trainees'] as const;
export type TrainingMeasure = (typeof TRAINING_MEASURES)[number];
export const MEASURE_KO: Record<TrainingMeasure, string> = { courses: '과정', sessions: '횟수', trainees: '인원' };

export interface EditionFigures {
  year: number;
  phase: string;
  courses: number | null;
  sessions: number | null;
  trainees: number | null;
  lines: string;
  note?: string | null;
}

export interface ProgramFigures {
  id: string;
  organizationId: string;
  nameKo: string;
  audienceKo: string | null;
  audienceGroup: string;
  totalOf: string[];
  repeats: string | null;
  summaryOf: string | null;
  coversOrganization: boolean;
  file: string;
  lines: string;
  editions: EditionFigures[];
}

/** Whether a program's figures may be added to others' without counting anyone twice (TrainingProgram.countsInSums too). */
export function countsInSums(program: Pick<ProgramFigures, 'totalOf' | 'repeats' | 'summaryOf'>): boolean {
  return program.totalOf.length === 0 && !program.repeats && !program.summaryOf;
}

/** The editions of a part that a total's edition covers: same year and phase, else (for a target) the part's plans of that year. */
export function matchingEditions(part: ProgramFigures, edition: { year: number; phase: string }): EditionFigures[] {
  const sameYear = part.editions.filter((e) => e.year === edition.year);
  const samePhase = sameYear.filter((e) => e.phase === edition.phase);
  return samePhase.length || edition.phase !== 'TARGET' ? samePhase : sameYear.filter((e) => e.phase === 'PLAN');
}

export interface PartsSum {
  /** The listed rows' figure added up; rows that print none count 0. */
  value: number;
  /** Rows (at the deepest level reached) that print no such figure. */
  missing: ProgramFigures[];
  /** The rows whose figures were added, with the editions used. */
  used: Array<{ program: ProgramFigures; editions: EditionFigures[] }>;
}

/** What one listed row gives for a total's edition: its own figure, else (a total itself) its rows' sum. */
function partFigure(part: ProgramFigures, edition: { year: number; phase: string }, measure: TrainingMeasure, byId: Map<string, ProgramFigures>, seen: Set<string>): PartsSum {
  const editions = matchingEditions(part, edition);
  if (editions.length && editions.every((e) => e[measure] !== null)) {
    return { value: editions.reduce((sum, e) => sum + (e[measure] ?? 0), 0), missing: [], used: [{ program: part, editions }] };
  }
  if (part.totalOf.length && !seen.has(part.id)) return partsSum(part, edition, measure, byId, new Set([...seen, part.id]));
  return { value: 0, missing: [part], used: [] };
}

/** The programs a total lists, added up for one of its editions (recursively through listed totals). */
export function partsSum(total: ProgramFigures, edition: { year: number; phase: string }, measure: TrainingMeasure, byId: Map<string, ProgramFigures>, seen = new Set([total.id])): PartsSum {
  const result: PartsSum = { value: 0, missing: [], used: [] };
  for (const id of total.totalOf) {
    const part = byId.get(id);
    if (!part) continue;
    const figure = partFigure(part, edition, measure, byId, seen);
    result.value += figure.value;
    result.missing.push(...figure.missing);
    result.used.push(...figure.used);
  }
  return result;
}

export const totalMismatchId = (programId: string, year: number, phase: string, measure: TrainingMeasure) => `total-mismatch:${programId}:${year}:${phase}:${measure}`;

export interface ProgramComparison {
  edition: EditionFigures;
  measure: TrainingMeasure;
  sum: PartsSum;
  entry: ReconciliationEntry;
}

/** A total row's editions against the programs it lists: one comparison per printed figure. */
export function programComparisons(program: ProgramFigures, byId: Map<string, ProgramFigures>): ProgramComparison[] {
  if (!program.totalOf.length) return [];
  return program.editions.flatMap((edition) =>
    TRAINING_MEASURES.flatMap((measure) => {
      const printed = edition[measure];
      if (printed === null) return [];
      const sum = partsSum(program, edition, measure, byId);
      const reconciliation = entry(
        {
          measure,
          part: `${edition.year} ${edition.phase}`,
          label: program.nameKo,
          printed: BigInt(printed),
          printedTotals: 1,
          computed: BigInt(sum.value),
          sources: [{ file: program.file, lines: edition.lines }],
        },
        [totalMismatchId(program.id, edition.year, edition.phase, measure)],
      );
      return [{ edition, measure, sum, entry: reconciliation }];
    }),
  );
}

export function programEntries(program: ProgramFigures, byId: Map<string, ProgramFigures>): ReconciliationEntry[] {
  return programComparisons(program, byId).map((c) => c.entry);
}

/** Every program below a total, down to the rows that print figures (the total's tree). */
export function treeOf(total: ProgramFigures, byId: Map<string, ProgramFigures>, seen = new Set<string>()): ProgramFigures[] {
  return total.totalOf.flatMap((id) => {
    const part = byId.get(id);
    if (!part || seen.has(id)) return [];
    seen.add(id);
    return [part, ...treeOf(part, byId, seen)];
  });
}

/** What a roll-up computed: its totals and its sums by audience group. */
export interface RollupFigures {
  courses: number;
  sessions: number;
  trainees: number;
  byAudience: Map<string, { courses: number; sessions: number; trainees: number }>;
}

export const rollupMismatchId = (programId: string, year: number, phase: string, measure: string, audience?: AudienceClass) =>
  `rollup-mismatch:${programId}:${year}:${phase}:${measure}${audience ? `:${audience.toLowerCase()}` : ''}`;

/** The totals that cover the roll-up of `rootId` for the year and phase (printed for that very organization). */
export function coveringTotals(rootId: string, programs: ProgramFigures[], year: number, phase: string): Array<{ total: ProgramFigures; edition: EditionFigures }> {
  return programs
    .filter((p) => p.coversOrganization && p.organizationId === rootId && p.totalOf.length)
    .flatMap((total) => total.editions.filter((e) => e.year === year && e.phase === phase).map((edition) => ({ total, edition })));
}

/**
 * The rows of a covering total grouped by audience class, when every row names an audience of a class
 * (the report's own breakdown by audience, e.g. 001:431-447's 교원 and 지방공무원).
 */
export function audienceRows(total: ProgramFigures, byId: Map<string, ProgramFigures>): Map<AudienceClass, ProgramFigures[]> | null {
  const rows = total.totalOf.map((id) => byId.get(id)).filter((p): p is ProgramFigures => Boolean(p));
  const classes = rows.map((row) => audienceClass(row.audienceGroup));
  if (!rows.length || classes.some((c) => c === null)) return null;
  const grouped = new Map<AudienceClass, ProgramFigures[]>();
  rows.forEach((row, i) => grouped.set(classes[i]!, [...(grouped.get(classes[i]!) ?? []), row]));
  return grouped;
}

/** The roll-up of `rootId` against the totals printed for it: the whole, then each audience the report prints. */
export function rollupEntries(rootId: string, programs: ProgramFigures[], year: number, phase: string, rollup: RollupFigures): ReconciliationEntry[] {
  const byId = new Map(programs.map((p) => [p.id, p]));
  return coveringTotals(rootId, programs, year, phase).flatMap(({ total, edition }) => {
    const whole = TRAINING_MEASURES.flatMap((measure) => {
      const printed = edition[measure];
      if (printed === null) return [];
      return [
        entry(
          { measure, part: null, label: total.nameKo, printed: BigInt(printed), printedTotals: 1, computed: BigInt(rollup[measure]), sources: [{ file: total.file, lines: edition.lines }] },
          [rollupMismatchId(total.id, year, phase, measure)],
        ),
      ];
    });
    const byAudience = audienceRows(total, byId);
    const parts = [...(byAudience ?? new Map<AudienceClass, ProgramFigures[]>())].flatMap(([audience, rows]) =>
      TRAINING_MEASURES.flatMap((measure) => {
        const figures = rows.map((row) => matchingEditions(row, edition)).map((editions) => (editions.length && editions.every((e) => e[measure] !== null) ? editions.reduce((s, e) => s + e[measure]!, 0) : null));
        if (figures.some((f) => f === null)) return [];
        const computed = AUDIENCE_CLASSES[audience].reduce((sum, group) => sum + (rollup.byAudience.get(group)?.[measure] ?? 0), 0);
        return [
          entry(
            {
              measure: `byAudience.${measure}`,
              part: [...new Set(rows.map((r) => r.audienceKo ?? audience))].join(', '),
              label: total.nameKo,
              printed: BigInt((figures as number[]).reduce((a, b) => a + b, 0)),
              printedTotals: rows.length,
              computed: BigInt(computed),
              sources: rows.flatMap((row) => matchingEditions(row, edition).map((e) => ({ file: row.file, lines: e.lines }))),
            },
            [rollupMismatchId(total.id, year, phase, measure, audience)],
          ),
        ];
      }),
    );
    return [...whole, ...parts];
  });
}

/** The programs that count, summed for a year and phase: what trainingRollup computes (subgraphs/training/training-totals.ts). */
export function countedSum(programs: ProgramFigures[], year: number, phase: string): RollupFigures & { counted: Array<{ program: ProgramFigures; editions: EditionFigures[] }> } {
  const result = { courses: 0, sessions: 0, trainees: 0, byAudience: new Map<string, { courses: number; sessions: number; trainees: number }>(), counted: [] as Array<{ program: ProgramFigures; editions: EditionFigures[] }> };
  for (const program of programs) {
    const editions = program.editions.filter((e) => e.year === year && e.phase === phase);
    if (!editions.length || !countsInSums(program)) continue;
    result.counted.push({ program, editions });
    const group = result.byAudience.get(program.audienceGroup) ?? { courses: 0, sessions: 0, trainees: 0 };
    for (const edition of editions) {
      for (const measure of TRAINING_MEASURES) {
        result[measure] += edition[measure] ?? 0;
        group[measure] += edition[measure] ?? 0;
      }
    }
    result.byAudience.set(program.audienceGroup, group);
  }
  return result;
}
