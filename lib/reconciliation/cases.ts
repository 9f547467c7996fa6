/**
 * The reconciliation table: every total the five reports print (budget 계·합계·소계 rows, headcount
 * 총계·소계 rows and staff figures, training 전체·계·합계 rows and totals by field or audience, IT counts),
 * each with the place that prints it, the GraphQL query and path of the hub's roll-up or aggregate over
 * the same scope, and its verdict: it agrees, or the data-quality finding that explains why not.
 *
 * One row of CASE_ROWS per printed total row; the row builds one case per figure the row prints
 * (printed figures are read from the seeds, which the provenance test finds on the cited lines).
 * tests/e2e/reconciliation.e2e.test.ts runs every case through the gateway and checks that the seeds'
 * printed total rows all have a row here (expectedRecords); `npm run reconcile` prints the table.
 */
import { parse, print } from 'graphql';
import type { Place } from '../findings/finding';
import { compressLines } from '../graphql/source-ref';
import { programFigures } from '../findings/training-findings';
import { isNil, WON_PER_UNIT, type MoneyUnit } from '../seeds/printed';
import type { SeedContent } from '../seeds/read-seeds';
import { AUDIENCE_CLASSES } from '../seeds/audience';
import { audienceRows, MEASURE_KO, TRAINING_MEASURES } from './training';

export type Verdict = 'agrees' | { findingId: string };
export type CaseKind = 'BUDGET' | 'HEADCOUNT' | 'TRAINING' | 'IT';

export interface ReconciliationCase {
  /** Stable id: kind, record and figure. */
  id: string;
  /** The report's number: 000 … 004. */
  report: string;
  kind: CaseKind;
  /** What the printed total is: the table or passage, the row and the figure (Korean as printed). */
  label: string;
  /** The figure as printed (for the report's breakdown by audience, the printed rows of the audience added up: see printedParts). */
  printed: string;
  /** When `printed` adds several printed figures: each as printed, each on the cited lines. */
  printedParts?: string[];
  /** The unit it is printed in (천원, 명, 과정, 식 …). */
  unit: string;
  source: Place;
  /** The seed record that holds the printed total (for the coverage check), e.g. "BudgetLine:000-subprogram/34". */
  record: string | null;
  query: string;
  variables: Record<string, unknown>;
  /** The field that answers it, as a path: what the hub computes over the same scope. */
  answeredBy: string;
  /** The hub's figure in the answer (whole won for money; a count otherwise), or null when it answers none. */
  hub: (data: any) => bigint | null;
  /** Hub units per printed unit (1000 for 천원 when the hub answers won). */
  scale: bigint;
  /** Compare the hub's figure rounded to the printed unit (an amount stated in 백만원 in running text). */
  rounded?: boolean;
  /** Where the answer also sets the two side by side: a Reconciliation list and the entry's measure and part. */
  reconciliation?: { path: string; measure: string; part: string | null; label?: string };
  verdict: Verdict;
}

export interface CaseRow {
  /** The seed record(s) the row reconciles, as coverage keys. */
  covers: string[];
  build(seeds: SeedContent): ReconciliationCase[];
}

const R = 'reconciliation { measure part label printed printedTotals computed difference agrees findingIds sources { file lines } }';
const q = (text: string) => print(parse(text));
const AMOUNTS = 'lineCount original current previousFinal committed spent previousOriginal previousCurrent specialGrant changePrinted plannedQ1 plannedQ2 plannedQ3 plannedQ4';
const QUERIES = {
  budgetRollup: q(`query ($id: ID!, $fiscalYear: Int!, $classification: BudgetClassification!) { organization(id: $id) { budgetRollup(fiscalYear: $fiscalYear, classification: $classification) { amounts { ${AMOUNTS} } ${R} } } }`),
  budgetTable: q(`query ($id: ID!) { budgetTable(id: $id) { computedTotal { ${AMOUNTS} } ${R} } }`),
  staffingRollup: q(`query ($id: ID!) { organization(id: $id) { staffingRollup { authorized inPost byCategory { categoryKo authorized inPost } ${R} } } }`),
  trainingProgram: q(`query ($id: ID!) { trainingProgram(id: $id) { ${R} } }`),
  trainingProgramEditions: q(`query ($id: ID!) { trainingProgram(id: $id) { editions { year phase courses sessions trainees } } }`),
  trainingRollup: q(`query ($id: ID!, $year: Int!, $phase: TrainingPhase!) { organization(id: $id) { trainingRollup(year: $year, phase: $phase) { programs courses sessions trainees byAudience { key courses sessions trainees } ${R} } } }`),
  itRollup: q(`query ($id: ID!) { organization(id: $id) { itRollup { systems hardwareUnits softwareUnits devices { deviceKind unitsDone unitsPlanned } ${R} } } }`),
};

/** A value at a dotted path of the answer. */
export function at(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

const big = (value: unknown): bigint | null => (value === null || value === undefined ? null : BigInt(value as string | number));

/** The reconciliation entry of a case in the answer. */
export function entryOf(data: unknown, spec: NonNullable<ReconciliationCase['reconciliation']>): Record<string, any> | undefined {
  const list = (at(data, spec.path) ?? []) as Array<Record<string, any>>;
  return list.find((e) => e.measure === spec.measure && e.part === spec.part && (spec.label === undefined || e.label === spec.label));
}

const reportOf = (file: string) => file.slice(0, 3);
const verdictOf = (differs: Record<string, string>, key: string): Verdict => (differs[key] ? { findingId: differs[key] } : 'agrees');

// ---- budget tables -------------------------------------------------------------------------------

const PHASES = ['original', 'current', 'previousFinal', 'committed', 'spent', 'previousOriginal', 'previousCurrent', 'specialGrant', 'change', 'plannedQ1', 'plannedQ2', 'plannedQ3', 'plannedQ4'] as const;
const PHASE_KO: Record<(typeof PHASES)[number], string> = {
  original: '본예산', current: '예산현액', previousFinal: '전년도 최종예산', committed: '원인행위액', spent: '지출액', previousOriginal: '전년도 본예산',
  previousCurrent: '전년도 예산현액', specialGrant: '특교 등', change: '증감', plannedQ1: '1분기 집행계획', plannedQ2: '2분기 집행계획', plannedQ3: '3분기 집행계획', plannedQ4: '4분기 집행계획',
};
/** The phase as BudgetAmounts and BudgetLine name it. */
const apiPhase = (phase: (typeof PHASES)[number]) => (phase === 'change' ? 'changePrinted' : phase);

/** The organization ids below (and including) an organization, from the seeds. */
function subtreeOf(seeds: SeedContent, id: string): Set<string> {
  const result = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const org of seeds.organizations.organizations) {
      if (org.parentId && result.has(org.parentId) && !result.has(org.id)) {
        result.add(org.id);
        grew = true;
      }
    }
  }
  return result;
}

/**
 * A budget table's 계 (TOTAL) or 소계 (SUBTOTAL) row, each printed phase a case. A TOTAL is answered by the
 * budget roll-up of the table's organization when that roll-up adds this table alone; otherwise (one of a
 * task's 31 execution tables, a subtotal) by the table's sum of its rows.
 */
export function budget(rowId: string, differs: Record<string, string> = {}): CaseRow {
  return {
    covers: [`BudgetLine:${rowId}`],
    build(seeds) {
      const [tableId, position] = rowId.split('/');
      const table = seeds.budgets.budgetTables.find((t) => t.id === tableId);
      const row = table?.rows.find((r) => r.position === Number(position));
      if (!table || !row) throw new Error(`reconciliation case: no budget row ${rowId}`);
      const scope = subtreeOf(seeds, table.organizationId);
      const alone =
        row.rowKind === 'TOTAL' &&
        seeds.budgets.budgetTables.filter((t) => scope.has(t.organizationId) && t.fiscalYear === table.fiscalYear && t.classification === table.classification && t.rows.some((r) => r.rowKind === 'LINE')).length === 1;
      return PHASES.filter((phase) => !isNil(row[phase])).map((phase) => {
        const measure = apiPhase(phase);
        const common = {
          id: `budget:${rowId}:${phase}`,
          report: reportOf(table.source.file),
          kind: 'BUDGET' as const,
          label: `${table.titleKo} · ${row.nameKo} · ${PHASE_KO[phase]}`,
          printed: row[phase]!,
          unit: table.unit,
          source: { file: table.source.file, lines: row.lines },
          record: `BudgetLine:${rowId}`,
          scale: WON_PER_UNIT[table.unit as MoneyUnit],
          verdict: verdictOf(differs, phase),
        };
        if (alone) {
          return {
            ...common,
            query: QUERIES.budgetRollup,
            variables: { id: table.organizationId, fiscalYear: table.fiscalYear, classification: table.classification },
            answeredBy: `organization(${table.organizationId}).budgetRollup(${table.fiscalYear}, ${table.classification}).amounts.${measure}`,
            hub: (data: unknown) => big(at(data, `organization.budgetRollup.amounts.${measure}`)),
            reconciliation: { path: 'organization.budgetRollup.reconciliation', measure: `amounts.${measure}`, part: null },
          };
        }
        const spec = { path: 'budgetTable.reconciliation', measure, part: row.rowKind === 'TOTAL' ? null : row.nameKo };
        return {
          ...common,
          query: QUERIES.budgetTable,
          variables: { id: tableId },
          answeredBy: row.rowKind === 'TOTAL' ? `budgetTable(${tableId}).computedTotal.${measure}` : `budgetTable(${tableId}).reconciliation[${measure}, ${row.nameKo}].computed`,
          hub: (data: unknown) => big(row.rowKind === 'TOTAL' ? at(data, `budgetTable.computedTotal.${measure}`) : entryOf(data, spec)?.computed),
          reconciliation: spec,
        };
      });
    },
  };
}

/** An amount stated in running text for a budget table's total (e.g. 004:53's 세출예산 13,826백만원), against the roll-up at the printed unit. */
export function statedTotal(statedAmountId: string, phase: 'current' | 'original'): CaseRow {
  return {
    covers: [`StatedAmount:${statedAmountId}`],
    build(seeds) {
      const stated = seeds.budgets.statedAmounts.find((a) => a.id === statedAmountId);
      const [tableId] = stated?.budgetLineId?.split('/') ?? [];
      const table = seeds.budgets.budgetTables.find((t) => t.id === tableId);
      if (!stated || !table) throw new Error(`reconciliation case: no stated total ${statedAmountId}`);
      return [
        {
          id: `budget:${statedAmountId}:${phase}`,
          report: reportOf(stated.source.file),
          kind: 'BUDGET',
          label: `${stated.nameKo} (stated in the text for ${stated.budgetLineId})`,
          printed: stated.amount,
          unit: stated.unit,
          source: stated.source,
          record: `StatedAmount:${statedAmountId}`,
          query: QUERIES.budgetRollup,
          variables: { id: table.organizationId, fiscalYear: table.fiscalYear, classification: table.classification },
          answeredBy: `organization(${table.organizationId}).budgetRollup(${table.fiscalYear}, ${table.classification}).amounts.${phase}`,
          hub: (data) => big(at(data, `organization.budgetRollup.amounts.${phase}`)),
          scale: WON_PER_UNIT[stated.unit],
          rounded: true,
          verdict: 'agrees',
        },
      ];
    },
  };
}

// ---- headcount -------------------------------------------------------------------------------------

const STAFF_MEASURES = { authorized: '정원', inPost: '현원' } as const;

/** A headcount table's 총계 or 소계 row: 정원 and 현원 against the staffing roll-up of its organization (by category for a 소계). */
export function headcount(lineId: string, differs: Record<string, string> = {}): CaseRow {
  return {
    covers: [`StaffingLine:${lineId}`],
    build(seeds) {
      const line = seeds.organizations.staffingLines.find((l) => l.id === lineId);
      if (!line) throw new Error(`reconciliation case: no headcount row ${lineId}`);
      return (Object.keys(STAFF_MEASURES) as Array<keyof typeof STAFF_MEASURES>)
        .filter((measure) => !isNil(line[measure]))
        .map((measure) => {
          const total = line.rowKind === 'TOTAL';
          return {
            id: `headcount:${lineId}:${measure}`,
            report: reportOf(line.source.file),
            kind: 'HEADCOUNT' as const,
            label: `정·현원 · ${line.categoryKo}${total ? '' : ' 소계'} · ${STAFF_MEASURES[measure]}`,
            printed: line[measure]!,
            unit: '명',
            source: line.source,
            record: `StaffingLine:${lineId}`,
            query: QUERIES.staffingRollup,
            variables: { id: line.organizationId },
            answeredBy: total ? `organization(${line.organizationId}).staffingRollup.${measure}` : `organization(${line.organizationId}).staffingRollup.byCategory[${line.categoryKo}].${measure}`,
            hub: (data: unknown) =>
              big(total ? at(data, `organization.staffingRollup.${measure}`) : (at(data, 'organization.staffingRollup.byCategory') as Array<Record<string, unknown>>)?.find((c) => c.categoryKo === line.categoryKo)?.[measure]),
            scale: 1n,
            reconciliation: { path: 'organization.staffingRollup.reconciliation', measure, part: total ? null : line.categoryKo },
            verdict: verdictOf(differs, measure),
          };
        });
    },
  };
}

/** A staff figure printed for an organization outside a headcount table (총원, 인원), against its staffing roll-up. */
export function staffFigure(factId: string, verdict: Verdict): CaseRow {
  return {
    covers: [`OrganizationFact:${factId}`],
    build(seeds) {
      const fact = seeds.organizations.organizationFacts.find((f) => f.id === factId);
      if (!fact?.reconcile) throw new Error(`reconciliation case: no staff figure ${factId} to reconcile`);
      const { measure } = fact.reconcile;
      return [
        {
          id: `headcount:${factId}:${measure}`,
          report: reportOf(fact.source.file),
          kind: 'HEADCOUNT',
          label: `${fact.topicKo} · ${fact.subjectKo} ${fact.attributeKo}`,
          printed: fact.value!,
          unit: fact.unitKo ?? '명',
          source: fact.source,
          record: `OrganizationFact:${factId}`,
          query: QUERIES.staffingRollup,
          variables: { id: fact.organizationId },
          answeredBy: `organization(${fact.organizationId}).staffingRollup.${measure}`,
          hub: (data) => big(at(data, `organization.staffingRollup.${measure}`)),
          scale: 1n,
          reconciliation: { path: 'organization.staffingRollup.reconciliation', measure, part: null, label: `${fact.subjectKo} ${fact.attributeKo}` },
          verdict,
        },
      ];
    },
  };
}

// ---- training --------------------------------------------------------------------------------------

const MEASURE_UNIT = { courses: '과정', sessions: '회', trainees: '명' } as const;

/** A training total (totalOf): each printed figure of each edition against the programs it lists, added up by the hub. */
export function trainingTotal(programId: string, differs: Record<string, string> = {}): CaseRow {
  return {
    covers: [`TrainingProgram:${programId}`],
    build(seeds) {
      const program = seeds.training.trainingPrograms.find((p) => p.id === programId);
      if (!program?.totalOf?.length) throw new Error(`reconciliation case: ${programId} is no training total`);
      return program.editions.flatMap((edition) =>
        TRAINING_MEASURES.filter((measure) => !isNil(edition[measure])).map((measure) => {
          const key = `${edition.year} ${edition.phase} ${measure}`;
          const spec = { path: 'trainingProgram.reconciliation', measure, part: `${edition.year} ${edition.phase}` };
          return {
            id: `training:${programId}:${edition.year}:${edition.phase}:${measure}`,
            report: reportOf(program.source.file),
            kind: 'TRAINING' as const,
            label: `${program.nameKo} · ${edition.year} ${edition.phase} · ${MEASURE_KO[measure]}`,
            printed: edition[measure]!,
            unit: MEASURE_UNIT[measure],
            source: { file: program.source.file, lines: edition.lines },
            record: `TrainingProgram:${programId}`,
            query: QUERIES.trainingProgram,
            variables: { id: programId },
            answeredBy: `trainingProgram(${programId}).reconciliation[${measure}, ${edition.year} ${edition.phase}].computed (the ${program.totalOf!.length} programs it lists, added up)`,
            hub: (data: unknown) => big(entryOf(data, spec)?.computed),
            scale: 1n,
            reconciliation: spec,
            verdict: verdictOf(differs, key),
          };
        }),
      );
    },
  };
}

/** A total printed for everything an organization ran (coversOrganization): each figure against that organization's trainingRollup. */
export function trainingRollupTotal(programId: string, differs: Record<string, string> = {}): CaseRow {
  return {
    covers: [`TrainingProgram:${programId}#organization`],
    build(seeds) {
      const program = seeds.training.trainingPrograms.find((p) => p.id === programId);
      if (!program?.coversOrganization) throw new Error(`reconciliation case: ${programId} covers no organization`);
      return program.editions.flatMap((edition) =>
        TRAINING_MEASURES.filter((measure) => !isNil(edition[measure])).map((measure) => ({
          id: `training:${programId}:${edition.year}:${edition.phase}:${measure}:rollup`,
          report: reportOf(program.source.file),
          kind: 'TRAINING' as const,
          label: `${program.nameKo} · ${edition.year} ${edition.phase} · ${MEASURE_KO[measure]} (the organization's total)`,
          printed: edition[measure]!,
          unit: MEASURE_UNIT[measure],
          source: { file: program.source.file, lines: edition.lines },
          record: `TrainingProgram:${programId}#organization`,
          query: QUERIES.trainingRollup,
          variables: { id: program.organizationId, year: edition.year, phase: edition.phase },
          answeredBy: `organization(${program.organizationId}).trainingRollup(${edition.year}, ${edition.phase}).${measure}`,
          hub: (data: unknown) => big(at(data, `organization.trainingRollup.${measure}`)),
          scale: 1n,
          reconciliation: { path: 'organization.trainingRollup.reconciliation', measure, part: null },
          verdict: verdictOf(differs, `${edition.year} ${edition.phase} ${measure}`),
        })),
      );
    },
  };
}

/**
 * The report's own breakdown by audience: the rows of a total printed for an organization that name
 * audiences (001:431-447's 교원 and 지방공무원), each audience's figure against the byAudience groups of its class.
 */
export function trainingAudience(programId: string, differs: Record<string, string> = {}): CaseRow {
  return {
    covers: [`TrainingProgram:${programId}#audience`],
    build(seeds) {
      const all = seeds.training.trainingPrograms.map(programFigures);
      const byId = new Map(all.map((p) => [p.id, p]));
      const total = byId.get(programId);
      const rows = total && audienceRows(total, byId);
      if (!total || !rows) throw new Error(`reconciliation case: ${programId} prints no breakdown by audience`);
      return total.editions.flatMap((edition) =>
        [...rows].flatMap(([audience, members]) =>
          TRAINING_MEASURES.flatMap((measure) => {
            const figures = members.map((m) => m.editions.find((e) => e.year === edition.year && e.phase === edition.phase)?.[measure] ?? null);
            if (figures.some((f) => f === null)) return [];
            const part = [...new Set(members.map((m) => m.audienceKo ?? audience))].join(', ');
            const groups = AUDIENCE_CLASSES[audience] as readonly string[];
            return [
              {
                id: `training:${programId}:${edition.year}:${edition.phase}:${measure}:${audience.toLowerCase()}`,
                report: reportOf(total.file),
                kind: 'TRAINING' as const,
                label: `${total.nameKo} · ${edition.year} ${edition.phase} · ${part} · ${MEASURE_KO[measure]} (the report's breakdown by audience, ${members.length} rows added)`,
                printed: (figures as number[]).reduce((a, b) => a + b, 0).toLocaleString('en-US'),
                printedParts: members.flatMap((m) => seeds.training.trainingPrograms.find((p) => p.id === m.id)!.editions.filter((e) => e.year === edition.year && e.phase === edition.phase).map((e) => e[measure]!)),
                unit: MEASURE_UNIT[measure],
                source: { file: total.file, lines: compressLines(members.flatMap((m) => m.editions.filter((e) => e.year === edition.year && e.phase === edition.phase).map((e) => e.lines))) },
                record: `TrainingProgram:${programId}#audience`,
                query: QUERIES.trainingRollup,
                variables: { id: total.organizationId, year: edition.year, phase: edition.phase },
                answeredBy: `organization(${total.organizationId}).trainingRollup(${edition.year}, ${edition.phase}).byAudience[${groups.join(' + ')}].${measure}`,
                hub: (data: unknown) => {
                  const list = at(data, 'organization.trainingRollup.byAudience') as Array<Record<string, number>> | undefined;
                  return list ? BigInt(list.filter((g) => groups.includes(g.key as unknown as string)).reduce((s, g) => s + g[measure], 0)) : null;
                },
                scale: 1n,
                reconciliation: { path: 'organization.trainingRollup.reconciliation', measure: `byAudience.${measure}`, part },
                verdict: verdictOf(differs, `${part} ${measure}`),
              },
            ];
          }),
        ),
      );
    },
  };
}

/**
 * The 계 column of a schedule (추진일정: 계 | 1분기 … 4분기, 004:552-570): each printed 계 cell against the quarters,
 * which the seeds keep as the editions of a program that repeats the course (countsInSums false). The 계 cells are
 * given here as printed, with their line; a phase whose 계 prints "-" has none.
 */
export function scheduleTotal(scheduleId: string, cells: Array<{ phase: string; year: number; lines: string; trainees?: string; sessions?: string; differs?: Record<string, string> }>): CaseRow {
  return {
    covers: [`TrainingProgram:${scheduleId}#schedule`],
    build(seeds) {
      const program = seeds.training.trainingPrograms.find((p) => p.id === scheduleId);
      if (!program?.repeats) throw new Error(`reconciliation case: ${scheduleId} is no schedule of a course`);
      return cells.flatMap((cell) =>
        (['sessions', 'trainees'] as const)
          .filter((measure) => cell[measure] !== undefined)
          .map((measure) => ({
            id: `training:${scheduleId}:${cell.year}:${cell.phase}:${measure}:schedule`,
            report: reportOf(program.source.file),
            kind: 'TRAINING' as const,
            label: `${program.nameKo} · ${cell.year} ${cell.phase} · 계 · ${MEASURE_KO[measure]}`,
            printed: cell[measure]!,
            unit: MEASURE_UNIT[measure],
            source: { file: program.source.file, lines: cell.lines },
            record: `TrainingProgram:${scheduleId}#schedule`,
            query: QUERIES.trainingProgramEditions,
            variables: { id: scheduleId },
            answeredBy: `trainingProgram(${scheduleId}).editions[${cell.year} ${cell.phase}].${measure}, the quarters added up`,
            hub: (data: unknown) => {
              const editions = (at(data, 'trainingProgram.editions') as Array<Record<string, unknown>> | undefined)?.filter((e) => e.year === cell.year && e.phase === cell.phase);
              return editions?.length ? BigInt(editions.reduce((sum, e) => sum + ((e[measure] as number | null) ?? 0), 0)) : null;
            },
            scale: 1n,
            verdict: verdictOf(cell.differs ?? {}, measure),
          })),
      );
    },
  };
}

/**
 * A total printed in running text over records the seeds keep one by one (e.g. 004:597's 역량교육 총 358명 over
 * the 4급 and 5급 assessments): the printed figure is given here with its line, the hub's answer is a list added up.
 */
export function listTotal(options: {
  id: string;
  kind: CaseKind;
  label: string;
  printed: string;
  unit: string;
  source: Place;
  query: string;
  variables?: Record<string, unknown>;
  answeredBy: string;
  path: string;
  field: string;
  verdict?: Verdict;
}): CaseRow {
  return {
    covers: [],
    build() {
      return [
        {
          id: options.id,
          report: reportOf(options.source.file),
          kind: options.kind,
          label: options.label,
          printed: options.printed,
          unit: options.unit,
          source: options.source,
          record: null,
          query: q(options.query),
          variables: options.variables ?? {},
          answeredBy: options.answeredBy,
          hub: (data) => {
            const nodes = at(data, options.path) as Array<Record<string, number | null>> | undefined;
            return nodes ? BigInt(nodes.reduce((sum, n) => sum + (n[options.field] ?? 0), 0)) : null;
          },
          scale: 1n,
          verdict: options.verdict ?? 'agrees',
        },
      ];
    },
  };
}

// ---- IT --------------------------------------------------------------------------------------------

/** An IT count printed for an organization (SystemFact.reconcile), against its IT roll-up. */
export function itCount(factId: string, verdict: Verdict): CaseRow {
  return {
    covers: [`SystemFact:${factId}`],
    build(seeds) {
      const fact = seeds.infrastructure.systemFacts.find((f) => f.id === factId);
      if (!fact?.reconcile) throw new Error(`reconciliation case: no IT count ${factId} to reconcile`);
      const { organizationId, measure } = fact.reconcile;
      return [
        {
          id: `it:${factId}:${measure}`,
          report: reportOf(fact.source.file),
          kind: 'IT',
          label: `${fact.subjectKo} · ${fact.attributeKo} ${fact.valueKo}`,
          printed: fact.value!,
          unit: fact.unitKo ?? '',
          source: fact.source,
          record: `SystemFact:${factId}`,
          query: QUERIES.itRollup,
          variables: { id: organizationId },
          answeredBy: `organization(${organizationId}).itRollup.${measure}`,
          hub: (data) => big(at(data, `organization.itRollup.${measure}`)),
          scale: 1n,
          reconciliation: { path: 'organization.itRollup.reconciliation', measure, part: null, label: `${fact.subjectKo} ${fact.attributeKo}` },
          verdict,
        },
      ];
    },
  };
}

/**
 * A device total printed in running text ("총 46,515대"), whose parts the seeds keep as rollouts: against the
 * IT roll-up's devices of that kind (done and planned added up). The printed figure is given here, with its line.
 */
export function deviceTotal(options: { label: string; printed: string; unit: string; source: Place; organizationId: string; deviceKind: string; verdict?: Verdict }): CaseRow {
  return {
    covers: [],
    build() {
      return [
        {
          id: `it:${options.organizationId}:${options.deviceKind}:${options.source.lines}`,
          report: reportOf(options.source.file),
          kind: 'IT',
          label: options.label,
          printed: options.printed,
          unit: options.unit,
          source: options.source,
          record: null,
          query: QUERIES.itRollup,
          variables: { id: options.organizationId },
          answeredBy: `organization(${options.organizationId}).itRollup.devices[${options.deviceKind}].unitsDone + unitsPlanned`,
          hub: (data) => {
            const device = (at(data, 'organization.itRollup.devices') as Array<Record<string, unknown>> | undefined)?.find((d) => d.deviceKind === options.deviceKind);
            return device ? BigInt(device.unitsDone as number) + BigInt(device.unitsPlanned as number) : null;
          },
          scale: 1n,
          verdict: options.verdict ?? 'agrees',
        },
      ];
    },
  };
}

// ---- the table -------------------------------------------------------------------------------------

const F000 = '000_6ee2828e32648fc3.txt';

export const CASE_ROWS: CaseRow[] = [
  // 000: the research institute's budget by sub-program (000:156) and the 계 row of each task's execution table.
  budget('000-subprogram/34'),
  budget('000-task-01-execution/4'),
  budget('000-task-02-execution/2'),
  budget('000-task-03-execution/2'),
  budget('000-task-04-execution/4'),
  budget('000-task-05-execution/4'),
  budget('000-task-06-execution/2'),
  budget('000-task-07-execution/2'),
  budget('000-task-08-execution/8'),
  budget('000-task-09-execution/2'),
  budget('000-task-10-execution/2'),
  budget('000-task-11-execution/2'),
  budget('000-task-12-execution/2'),
  budget('000-task-13-execution/3'),
  budget('000-task-14-execution/2'),
  budget('000-task-15-execution/2'),
  budget('000-task-16-execution/2'),
  budget('000-task-17-execution/2'),
  budget('000-task-18-execution/5'),
  budget('000-task-19-execution/4'),
  budget('000-task-20-execution/4'),
  budget('000-task-21-execution/4'),
  budget('000-task-22-execution/4'),
  budget('000-task-23-execution/3'),
  budget('000-task-24-execution/4'),
  budget('000-task-25-execution/4'),
  budget('000-task-26-execution/3'),
  budget('000-task-27-execution/2'),
  budget('000-task-28-execution/2'),
  budget('000-task-29-execution/2'),
  budget('000-task-30-execution/6'),
  budget('000-task-31-execution/6'),
  // 001: the training institute's budget by sub-program (001:220) and each task's execution table (계).
  budget('001-subprogram/20'),
  budget('001-task-1-1-execution/3'),
  budget('001-task-1-2-execution/2'),
  budget('001-task-1-3-execution/4'),
  budget('001-task-1-4-execution/4'),
  budget('001-task-1-5-execution/2'),
  budget('001-task-1-6-execution/2'),
  budget('001-task-2-1-execution/2'),
  budget('001-task-2-2-execution/3'),
  budget('001-task-2-3-execution/2'),
  budget('001-task-2-4-execution/2'),
  budget('001-task-2-5-execution/3'),
  budget('001-task-2-6-execution/3'),
  budget('001-task-2-7-execution/2'),
  budget('001-task-3-1-execution/4'),
  budget('001-task-3-2-execution/4'),
  budget('001-task-3-3-execution/3'),
  budget('001-task-3-4-execution/2'),
  budget('001-task-4-1-execution/4'),
  budget('001-task-4-2-execution/2'),
  budget('001-task-4-3-execution/2'),
  budget('001-task-4-4-execution/4'),
  budget('001-task-4-6-execution/3'),
  budget('001-task-4-7-execution/4'),
  budget('001-task-4-8-execution/2'),
  budget('001-task-5-1-execution/3'),
  budget('001-task-5-2-execution/6'),
  budget('001-task-5-3-execution/3'),
  budget('001-task-5-4-execution/6'),
  budget('001-task-5-5-execution/7'),
  budget('001-task-5-6-execution/4'),
  // 001-task-4-5-execution/2 and 001-task-5-7-execution/2 are 계 rows that print no amount (재배정, 비예산).
  // 003: the general affairs division's budget by program (총계, 003:47) and its three tasks' execution tables.
  budget('003-programs/12'),
  budget('003-task-01-execution/2'),
  budget('003-task-02-execution/3'),
  budget('003-task-03-execution/6'),
  // 004: the city institute's expenditure (합계, 004:59) with its four subtotals, and its revenue (004:47).
  budget('004-expenditure/1'),
  budget('004-expenditure/2'),
  budget('004-expenditure/3'),
  budget('004-expenditure/22'),
  budget('004-expenditure/23'),
  budget('004-revenue/1'),
  statedTotal('004-amount-expenditure-budget-2021', 'current'),

  // Headcount tables: 000:104-107, 001:105-134, 003:14-21; staff printed outside a table: 001:137, 004:21.
  headcount('000-headcount-03'),
  headcount('000-headcount-07'),
  headcount('000-headcount-10'),
  headcount('000-headcount-15'),
  headcount('001-headcount-03'),
  headcount('001-headcount-08'),
  headcount('001-headcount-09'),
  headcount('003-headcount-10'),
  headcount('003-headcount-13'),
  staffFigure('001-fact-staff/total', { findingId: 'rollup-mismatch:001-fact-staff/total:inPost' }),
  staffFigure('004-fact-organization/staff', { findingId: 'rollup-mismatch:004-fact-organization/staff:inPost' }),

  // Training: the totals printed for a whole organization (001:447, 004:353) against its trainingRollup …
  trainingRollupTotal('001-training-2020-all-training-total', {
    '2020 RESULT courses': 'rollup-mismatch:001-training-2020-all-training-total:2020:RESULT:courses',
    '2020 RESULT trainees': 'rollup-mismatch:001-training-2020-all-training-total:2020:RESULT:trainees',
  }),
  trainingAudience('001-training-2020-all-training-total', {
    '교원 courses': 'rollup-mismatch:001-training-2020-all-training-total:2020:RESULT:courses:teachers',
    '교원 trainees': 'rollup-mismatch:001-training-2020-all-training-total:2020:RESULT:trainees:teachers',
    '지방공무원 trainees': 'rollup-mismatch:001-training-2020-all-training-total:2020:RESULT:trainees:staff',
  }),
  trainingRollupTotal('004-training-all', {
    '2021 PLAN trainees': 'rollup-mismatch:004-training-all:2021:PLAN:trainees',
    '2021 REVISED_PLAN courses': 'rollup-mismatch:004-training-all:2021:REVISED_PLAN:courses',
    '2021 REVISED_PLAN sessions': 'rollup-mismatch:004-training-all:2021:REVISED_PLAN:sessions',
    '2021 REVISED_PLAN trainees': 'rollup-mismatch:004-training-all:2021:REVISED_PLAN:trainees',
    '2021 RESULT courses': 'rollup-mismatch:004-training-all:2021:RESULT:courses',
    '2021 RESULT sessions': 'rollup-mismatch:004-training-all:2021:RESULT:sessions',
    '2021 RESULT trainees': 'rollup-mismatch:004-training-all:2021:RESULT:trainees',
  }),
  // … and every total row (전체, 계, 합계, 소계, a family's target, a field's total) against the programs it lists.
  trainingTotal('001-training-2020-all-training-total'),
  trainingTotal('001-training-2020-mode-change-planning-evaluation'),
  trainingTotal('001-training-2020-mode-change-elementary'),
  trainingTotal('001-training-2020-mode-change-secondary'),
  trainingTotal('001-training-2020-mode-change-admin'),
  trainingTotal('001-training-1-1-elementary-2021-family'),
  trainingTotal('001-training-1-1-secondary-2021-family'),
  trainingTotal('001-training-1-1-remote-2021-family'),
  trainingTotal('001-training-1-2-admin-2021-family'),
  trainingTotal('001-training-1-3-elementary-2021-family', {
    '2021 PLAN courses': 'total-mismatch:001-training-1-3-elementary-2021-family:2021:PLAN:courses',
    '2021 PLAN trainees': 'total-mismatch:001-training-1-3-elementary-2021-family:2021:PLAN:trainees',
  }),
  trainingTotal('001-training-1-3-secondary-2021-family'),
  trainingTotal('001-training-1-3-admin-2021-family'),
  trainingTotal('001-training-1-4-elementary-2021-family', { '2021 PLAN trainees': 'total-mismatch:001-training-1-4-elementary-2021-family:2021:PLAN:trainees' }),
  trainingTotal('001-training-1-4-secondary-2021-family'),
  trainingTotal('001-training-1-4-remote-2021-family'),
  trainingTotal('001-training-1-4-admin-2021-family'),
  trainingTotal('001-training-1-5-elementary-2021-family'),
  trainingTotal('001-training-1-5-remote-2021-family'),
  trainingTotal('001-training-1-6-secondary-2021-family'),
  trainingTotal('001-training-2-1-elementary-2021-family'),
  trainingTotal('001-training-2-1-admin-remote-2021-family'),
  trainingTotal('001-training-2-1-remote-2021-family'),
  trainingTotal('001-training-2-2-remote-2021-family'),
  trainingTotal('001-training-2-4-remote-2021-family'),
  trainingTotal('001-training-2-5-secondary-2021-family'),
  trainingTotal('001-training-2-5-remote-2021-family'),
  trainingTotal('001-training-2-6-elementary-2021-family', { '2021 PLAN trainees': 'total-mismatch:001-training-2-6-elementary-2021-family:2021:PLAN:trainees' }),
  trainingTotal('001-training-2-6-secondary-2021-family'),
  trainingTotal('001-training-2-6-remote-2021-family'),
  trainingTotal('001-training-2-7-elementary-2021-family'),
  trainingTotal('001-training-b-3-1-sec-family'),
  trainingTotal('001-training-b-3-1-remote-family'),
  trainingTotal('001-training-b-3-1-admin-family'),
  trainingTotal('001-training-b-3-2-remote-family'),
  trainingTotal('001-training-b-3-2-elem-family'),
  trainingTotal('001-training-b-3-2-sec-family'),
  trainingTotal('001-training-b-3-3-remote-family'),
  trainingTotal('001-training-b-3-3-elem-family', { '2021 TARGET trainees': 'total-mismatch:001-training-b-3-3-elem-family:2021:TARGET:trainees' }),
  trainingTotal('001-training-b-3-3-sec-family', { '2021 TARGET trainees': 'total-mismatch:001-training-b-3-3-sec-family:2021:TARGET:trainees' }),
  trainingTotal('001-training-b-3-4-family'),
  trainingTotal('001-training-b-4-1-sec-new-heads'),
  trainingTotal('001-training-b-4-1-elem-family'),
  trainingTotal('001-training-b-4-1-sec-family', { '2021 TARGET trainees': 'total-mismatch:001-training-b-4-1-sec-family:2021:TARGET:trainees' }),
  trainingTotal('001-training-b-4-2-private-family'),
  trainingTotal('001-training-b-4-3-level-family'),
  trainingTotal('001-training-b-4-3-family'),
  trainingTotal('001-training-b-4-4-sec-family'),
  trainingTotal('001-training-b-4-4-academy-family'),
  trainingTotal('001-training-b-5-1-elem-family', {
    '2021 TARGET courses': 'total-mismatch:001-training-b-5-1-elem-family:2021:TARGET:courses',
    '2021 TARGET trainees': 'total-mismatch:001-training-b-5-1-elem-family:2021:TARGET:trainees',
  }),
  trainingTotal('001-training-b-5-1-sec-family', { '2021 TARGET courses': 'total-mismatch:001-training-b-5-1-sec-family:2021:TARGET:courses' }),
  trainingTotal('001-training-b-4-8-total-2020', { '2019 RESULT trainees': 'total-mismatch:001-training-b-4-8-total-2020:2019:RESULT:trainees' }),
  trainingTotal('003-training-local-officials-training-support', { '2018 TARGET trainees': 'total-mismatch:003-training-local-officials-training-support:2018:TARGET:trainees' }),
  trainingTotal('003-training-overseas-theme'),
  trainingTotal('003-training-competence-specialised', { '2018 TARGET trainees': 'total-mismatch:003-training-competence-specialised:2018:TARGET:trainees' }),
  trainingTotal('004-training-general-basic'),
  trainingTotal('004-training-general-leadership'),
  trainingTotal('004-training-general-job'),
  trainingTotal('004-training-general-public'),
  trainingTotal('004-training-general'),
  trainingTotal('004-training-elearning-basic'),
  trainingTotal('004-training-elearning-leadership'),
  trainingTotal('004-training-elearning-job'),
  trainingTotal('004-training-elearning-personal'),
  trainingTotal('004-training-elearning-all'),
  trainingTotal('004-training-all'),
  trainingTotal('004-training-field-basic'),
  trainingTotal('004-training-field-leadership'),
  trainingTotal('004-training-field-job'),
  trainingTotal('004-training-field-it'),
  trainingTotal('004-training-job-education'),
  listTotal({
    id: 'training:004-competency-2021:completedTrainees',
    kind: 'TRAINING',
    label: '역량평가 추진실적 · 역량교육 (4급 42명, 5급 316명 등 총 358명 완료)',
    printed: '358',
    unit: '명',
    source: { file: '004_adfa508fe1f057aa.txt', lines: '597' },
    query: '{ organization(id: "seoul-hrdi") { competencyAssessments(includeDescendants: true, year: 2021, first: 100) { nodes { completedTrainees } } } }',
    answeredBy: 'organization(seoul-hrdi).competencyAssessments(includeDescendants, 2021).nodes.completedTrainees, added up',
    path: 'organization.competencyAssessments.nodes',
    field: 'completedTrainees',
  }),
  // … and the 계 column of the city institute's schedule (004:552-570) against its quarters.
  scheduleTotal('004-training-schedule-new-recruits', [
    { year: 2021, phase: 'REVISED_PLAN', lines: '553', trainees: '5,100', sessions: '18' },
    { year: 2021, phase: 'RESULT', lines: '554', trainees: '1,297', sessions: '4' },
  ]),
  scheduleTotal('004-training-schedule-grade6-future-talent', [{ year: 2021, phase: 'REVISED_PLAN', lines: '555', trainees: '150' }]), // 2회 = 1기 and 2기, printed without 회 in the quarters
  scheduleTotal('004-training-schedule-leadership', [
    { year: 2021, phase: 'REVISED_PLAN', lines: '557', trainees: '1,943', sessions: '40' },
    { year: 2021, phase: 'RESULT', lines: '558', trainees: '506', sessions: '6' },
  ]),
  scheduleTotal('004-training-schedule-core-values-forum', [{ year: 2021, phase: 'REVISED_PLAN', lines: '559', trainees: '2,500', sessions: '25' }]),
  scheduleTotal('004-training-schedule-job-education', [
    { year: 2021, phase: 'PLAN', lines: '561', trainees: '5,230', sessions: '115' },
    { year: 2021, phase: 'RESULT', lines: '562', trainees: '1,478', sessions: '27' },
  ]),
  scheduleTotal('004-training-schedule-retirement-planning', [
    { year: 2021, phase: 'REVISED_PLAN', lines: '563', trainees: '1,076', sessions: '11' },
    { year: 2021, phase: 'RESULT', lines: '564', trainees: '155', sessions: '1' },
  ]),
  scheduleTotal('004-training-schedule-it-education', [
    { year: 2021, phase: 'REVISED_PLAN', lines: '565', trainees: '2,569', sessions: '137' },
    { year: 2021, phase: 'RESULT', lines: '566', trainees: '192', sessions: '15' },
  ]),
  scheduleTotal('004-training-schedule-elearning', [
    { year: 2021, phase: 'REVISED_PLAN', lines: '567', trainees: '258,030' },
    { year: 2021, phase: 'RESULT', lines: '568', trainees: '216,767' },
  ]),
  scheduleTotal('004-training-schedule-international', [
    { year: 2021, phase: 'REVISED_PLAN', lines: '569', trainees: '160', sessions: '10' },
    { year: 2021, phase: 'RESULT', lines: '570', trainees: '19', sessions: '1' },
  ]),

  // IT: the information systems' H/W count of the education informatization department (000:448, 000:3256) …
  itCount('000-fact-data-center-growth-to', { findingId: 'rollup-mismatch:000-fact-data-center-growth-to:hardwareUnits' }),
  itCount('000-fact-data-center-total-units', { findingId: 'rollup-mismatch:000-fact-data-center-total-units:hardwareUnits' }),
  // … and the device totals printed in its remote-class infrastructure passage, whose parts are rollouts.
  deviceTotal({ label: '원격수업 지원을 위한 학교 정보인프라 구축 · 스마트 태블릿 (총 46,515대: 1~3차 20,645대 + 4~5차 25,870대)', printed: '46,515', unit: '대', source: { file: F000, lines: '2998' }, organizationId: 'smoe-eri.edu-informatization', deviceKind: 'TABLET' }),
  deviceTotal({ label: '원격수업용 교원 노트북 (총 22,800대)', printed: '22,800', unit: '대', source: { file: F000, lines: '2997' }, organizationId: 'smoe-eri.edu-informatization', deviceKind: 'LAPTOP' }),
  deviceTotal({ label: '유치원 및 각급학교 일반교실 무선AP 설치 (총 30,699실)', printed: '30,699', unit: '실', source: { file: F000, lines: '2994' }, organizationId: 'smoe-eri.edu-informatization', deviceKind: 'WIFI_AP' }),
];

/** Every case of the table. */
export function reconciliationCases(seeds: SeedContent): ReconciliationCase[] {
  return CASE_ROWS.flatMap((row) => row.build(seeds));
}

/**
 * The printed total rows of the seeds, as coverage keys: every budget 계/소계 row that prints an amount, every
 * headcount 총계/소계 row, every training total (and, for a total printed for an organization, its roll-up and
 * its breakdown by audience), every schedule's 계 column, every staff figure or IT count marked for
 * reconciliation, and every amount the text states for a budget table's total row. Each must have a row in CASE_ROWS.
 */
export function expectedRecords(seeds: SeedContent): string[] {
  const figures = seeds.training.trainingPrograms.map(programFigures);
  const byId = new Map(figures.map((p) => [p.id, p]));
  const totalRows = new Set(seeds.budgets.budgetTables.flatMap((t) => t.rows.filter((r) => r.rowKind === 'TOTAL').map((r) => `${t.id}/${r.position}`)));
  return [
    ...seeds.budgets.budgetTables.flatMap((t) => t.rows.filter((r) => r.rowKind !== 'LINE' && PHASES.some((p) => !isNil(r[p]))).map((r) => `BudgetLine:${t.id}/${r.position}`)),
    ...seeds.budgets.statedAmounts.filter((a) => a.budgetLineId && totalRows.has(a.budgetLineId)).map((a) => `StatedAmount:${a.id}`),
    ...seeds.organizations.staffingLines.filter((l) => l.rowKind !== 'LINE').map((l) => `StaffingLine:${l.id}`),
    ...seeds.organizations.organizationFacts.filter((f) => f.reconcile).map((f) => `OrganizationFact:${f.id}`),
    ...seeds.training.trainingPrograms.filter((p) => p.totalOf?.length).map((p) => `TrainingProgram:${p.id}`),
    ...seeds.training.trainingPrograms.filter((p) => p.coversOrganization).map((p) => `TrainingProgram:${p.id}#organization`),
    ...figures.filter((p) => p.coversOrganization && audienceRows(p, byId)).map((p) => `TrainingProgram:${p.id}#audience`),
    ...seeds.infrastructure.systemFacts.filter((f) => f.reconcile).map((f) => `SystemFact:${f.id}`),
    // A schedule of a course (it repeats the course, one edition per quarter): its 계 column.
    ...seeds.training.trainingPrograms
      .filter((p) => p.repeats && p.editions.some((e, i) => p.editions.findIndex((o) => o.year === e.year && o.phase === e.phase) !== i))
      .map((p) => `TrainingProgram:${p.id}#schedule`),
  ];
}
