/** Findings in budget tables, computed from the printed figures (never by eye). */
import { z } from 'zod';
import { decimalPlaces, isNil, parseAmount } from '../seeds/printed';
import { percentage } from '../seeds/rates';
import type { budgetTable } from '../seeds/records';
import { formatPrinted, type Finding } from './finding';

type Table = z.infer<typeof budgetTable>;
type Row = Table['rows'][number];

const PHASES = ['original', 'current', 'previousFinal', 'committed', 'spent'] as const;
const PHASE_KO: Record<(typeof PHASES)[number], string> = {
  original: '본예산',
  current: '예산현액',
  previousFinal: '전년도 최종예산',
  committed: '집행액(원인행위)',
  spent: '지출액',
};

/** Amounts in the table's printed unit (not won), so computed values print like the report. */
function printedUnits(printed: string | undefined): bigint | null {
  return parseAmount(printed, '원');
}

const lineId = (table: Table, row: Row) => `${table.id}/${row.position}`;

function totalMismatches(table: Table): Finding[] {
  const totals = table.rows.filter((r) => r.rowKind === 'TOTAL');
  const lines = table.rows.filter((r) => r.rowKind === 'LINE');
  const findings: Finding[] = [];
  for (const total of totals) {
    for (const phase of PHASES) {
      if (isNil(total[phase])) continue;
      const stated = printedUnits(total[phase])!;
      const values = lines.map((r) => printedUnits(r[phase]));
      if (values.every((v) => v === null)) continue;
      const computed = values.reduce<bigint>((sum, v) => sum + (v ?? 0n), 0n);
      if (computed !== stated) {
        findings.push({
          id: `total-mismatch:${lineId(table, total)}:${phase}`,
          kind: 'TOTAL_MISMATCH',
          origin: 'COMPUTED',
          organizationId: table.organizationId,
          recordType: 'BudgetLine',
          recordId: lineId(table, total),
          description: `${table.titleKo}: the stated total of ${PHASE_KO[phase]} (${phase}) differs from the sum of its ${lines.length} rows by ${formatPrinted(stated - computed)} ${table.unit}.`,
          valueA: total[phase]!,
          sourceA: { file: table.source.file, lines: total.lines },
          valueB: formatPrinted(computed),
          sourceB: { file: table.source.file, lines: `${lines[0].lines.split(/[-,]/)[0]}-${lines[lines.length - 1].lines.split(/[-,]/).pop()}` },
        });
      }
    }
  }
  return findings;
}

/** Rounds down (toward zero) to the given places, for telling a truncated rate from a wrong one. */
function truncatedPercentage(numerator: bigint, denominator: bigint, places: number): string {
  const scale = 10n ** BigInt(places);
  const value = (numerator * 100n * scale) / denominator;
  const whole = value / scale;
  return places > 0 ? `${whole}.${(value % scale).toString().padStart(places, '0')}` : `${whole}`;
}

function rateFindings(table: Table): Finding[] {
  const findings: Finding[] = [];
  const rates = [
    ['committedRatePrinted', 'committed', '집행률(원인행위액 ÷ 예산현액)'],
    ['spentRatePrinted', 'spent', '집행률(지출액 ÷ 예산현액)'],
  ] as const;
  for (const row of table.rows) {
    for (const [field, phase, label] of rates) {
      const printed = row[field];
      if (isNil(printed)) continue;
      const numerator = printedUnits(row[phase]) ?? (isNil(row[phase]) ? 0n : null);
      const denominator = printedUnits(row.current);
      if (numerator === null || denominator === null || denominator === 0n) continue;
      const places = decimalPlaces(printed!);
      const computed = percentage(numerator, denominator, places)!;
      if (Number(computed) === Number(printed!.replace('△', '-'))) continue;
      const truncated = numerator >= 0n && truncatedPercentage(numerator, denominator, places) === printed;
      findings.push({
        id: `${truncated ? 'rate-truncated' : 'rate-wrong'}:${lineId(table, row)}:${field}`,
        kind: truncated ? 'RATE_TRUNCATED' : 'RATE_WRONG',
        origin: 'COMPUTED',
        organizationId: table.organizationId,
        recordType: 'BudgetLine',
        recordId: lineId(table, row),
        description: truncated
          ? `${table.titleKo} · ${row.nameKo}: ${label} is printed ${printed}, the computed ${computed} truncated instead of rounded.`
          : `${table.titleKo} · ${row.nameKo}: ${label} is printed ${printed}; its amounts give ${computed}.`,
        valueA: printed!,
        sourceA: { file: table.source.file, lines: row.lines },
        valueB: computed,
        sourceB: { file: table.source.file, lines: row.lines },
      });
    }
  }
  return findings;
}

function duplicateNames(table: Table): Finding[] {
  const seen = new Map<string, Row>();
  const findings: Finding[] = [];
  for (const row of table.rows.filter((r) => r.rowKind === 'LINE')) {
    const first = seen.get(row.nameKo);
    if (!first) {
      seen.set(row.nameKo, row);
      continue;
    }
    findings.push({
      id: `duplicate-name:${lineId(table, row)}`,
      kind: 'DUPLICATE_NAME',
      origin: 'COMPUTED',
      organizationId: table.organizationId,
      recordType: 'BudgetLine',
      recordId: lineId(table, row),
      description: `${table.titleKo}: "${row.nameKo}" is printed twice; both rows are kept as separate lines (${lineId(table, first)} and ${lineId(table, row)}).`,
      valueA: row.nameKo,
      sourceA: { file: table.source.file, lines: first.lines },
      valueB: row.nameKo,
      sourceB: { file: table.source.file, lines: row.lines },
    });
  }
  return findings;
}

function aboveBudget(table: Table): Finding[] {
  const findings: Finding[] = [];
  for (const row of table.rows.filter((r) => r.rowKind === 'LINE')) {
    const current = printedUnits(row.current);
    if (current === null) continue;
    for (const phase of ['committed', 'spent'] as const) {
      const value = printedUnits(row[phase]);
      if (value === null || value <= current) continue;
      findings.push({
        id: `above-budget:${lineId(table, row)}:${phase}`,
        kind: 'EXECUTED_ABOVE_BUDGET',
        origin: 'COMPUTED',
        organizationId: table.organizationId,
        recordType: 'BudgetLine',
        recordId: lineId(table, row),
        description: `${table.titleKo} · ${row.nameKo}: ${PHASE_KO[phase]} ${row[phase]} is above the current budget (예산현액) ${row.current}.`,
        valueA: row[phase]!,
        sourceA: { file: table.source.file, lines: row.lines },
        valueB: row.current!,
        sourceB: { file: table.source.file, lines: row.lines },
      });
    }
  }
  return findings;
}

/** A task's row in the task table against the 계 row of its own execution table: the same figures, printed twice. */
function taskVersusExecution(tables: Table[]): Finding[] {
  const rowsById = new Map<string, { table: Table; row: Row }>();
  for (const table of tables) for (const row of table.rows) rowsById.set(lineId(table, row), { table, row });
  const findings: Finding[] = [];
  for (const execution of tables.filter((t) => t.taskBudgetLineId)) {
    const task = rowsById.get(execution.taskBudgetLineId!);
    const total = execution.rows.find((r) => r.rowKind === 'TOTAL');
    if (!task || !total) continue;
    const compared = [...PHASES.map((phase) => [phase, PHASE_KO[phase]] as const), ['committedRatePrinted', '집행률'] as const];
    for (const [field, label] of compared) {
      const a = task.row[field];
      const b = total[field];
      if (isNil(a) || isNil(b)) continue;
      const same = field === 'committedRatePrinted' ? Number(a) === Number(b) : printedUnits(a) === printedUnits(b);
      if (same) continue;
      findings.push({
        id: `two-values:${execution.taskBudgetLineId}:${field}`,
        kind: 'TWO_VALUES',
        origin: 'COMPUTED',
        organizationId: execution.organizationId,
        recordType: 'BudgetLine',
        recordId: execution.taskBudgetLineId!,
        description: `Task "${task.row.nameKo}": ${label} is printed ${a} in "${task.table.titleKo}" but ${b} in its own execution table.`,
        valueA: a!,
        sourceA: { file: task.table.source.file, lines: task.row.lines },
        valueB: b!,
        sourceB: { file: execution.source.file, lines: total.lines },
      });
    }
  }
  return findings;
}

export function budgetFindings(tables: Table[]): Finding[] {
  return [
    ...tables.flatMap((table) => [...totalMismatches(table), ...rateFindings(table), ...duplicateNames(table), ...aboveBudget(table)]),
    ...taskVersusExecution(tables),
  ];
}
