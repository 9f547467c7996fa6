/** Findings in budget tables, computed from the printed figures (never by eye). */
import { z } from 'zod';
import { decimalPlaces, isNil, parseAmount } from '../seeds/printed';
import { comparedAmounts, percentage, truncatedPercentage } from '../seeds/rates';
import type { budgetTable } from '../seeds/records';
import { formatPrinted, type Finding } from './finding';

type Table = z.infer<typeof budgetTable>;
type Row = Table['rows'][number];

const PHASES = [
  'original', 'current', 'previousFinal', 'committed', 'spent', 'previousOriginal', 'previousCurrent', 'specialGrant', 'change',
  'plannedQ1', 'plannedQ2', 'plannedQ3', 'plannedQ4',
] as const;
const PHASE_KO: Record<(typeof PHASES)[number], string> = {
  original: '본예산',
  current: '예산현액',
  previousFinal: '전년도 최종예산',
  committed: '집행액(원인행위)',
  spent: '지출액',
  previousOriginal: '전년도 본예산',
  previousCurrent: '전년도 예산현액',
  specialGrant: '특교 등',
  change: '증감',
  plannedQ1: '1분기 집행계획',
  plannedQ2: '2분기 집행계획',
  plannedQ3: '3분기 집행계획',
  plannedQ4: '4분기 집행계획',
};

/** Amounts in the table's printed unit (not won), so computed values print like the report. */
function printedUnits(printed: string | undefined): bigint | null {
  return parseAmount(printed, '원');
}

const lineId = (table: Table, row: Row) => `${table.id}/${row.position}`;

/**
 * A stated row against its parts: a TOTAL against every LINE row; a SUBTOTAL against the rows
 * that name it as their parent (or, without such rows, nothing is checked).
 */
function totalMismatches(table: Table): Finding[] {
  const findings: Finding[] = [];
  const stated = table.rows.filter((r) => r.rowKind !== 'LINE');
  for (const total of stated) {
    const lines =
      total.rowKind === 'TOTAL'
        ? table.rows.filter((r) => r.rowKind === 'LINE')
        : table.rows.filter((r) => r.parentPosition === total.position);
    if (lines.length === 0) continue;
    for (const phase of PHASES) {
      if (isNil(total[phase])) continue;
      const statedValue = printedUnits(total[phase])!;
      const values = lines.map((r) => printedUnits(r[phase]));
      if (values.every((v) => v === null)) continue;
      const computed = values.reduce<bigint>((sum, v) => sum + (v ?? 0n), 0n);
      if (computed !== statedValue) {
        findings.push({
          id: `total-mismatch:${lineId(table, total)}:${phase}`,
          kind: 'TOTAL_MISMATCH',
          origin: 'COMPUTED',
          organizationId: table.organizationId,
          recordType: 'BudgetLine',
          recordId: lineId(table, total),
          description: `${table.titleKo}: the stated ${total.rowKind === 'TOTAL' ? 'total' : `subtotal "${total.nameKo}"`} of ${PHASE_KO[phase]} (${phase}) differs from the sum of its ${lines.length} rows by ${formatPrinted(statedValue - computed)} ${table.unit}.`,
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

/** A printed change (증감) against the difference of its amounts, and a printed change rate against the computed one. */
function changeFindings(table: Table): Finding[] {
  const findings: Finding[] = [];
  for (const row of table.rows) {
    const basis = comparedAmounts(table.changeBasis, row, printedUnits);
    if (!basis) continue;
    const difference = basis[0] - basis[1];
    if (!isNil(row.change) && printedUnits(row.change) !== difference) {
      findings.push({
        id: `difference-wrong:${lineId(table, row)}`,
        kind: 'DIFFERENCE_WRONG',
        origin: 'COMPUTED',
        organizationId: table.organizationId,
        recordType: 'BudgetLine',
        recordId: lineId(table, row),
        description: `${table.titleKo} · ${row.nameKo}: the change (증감) is printed ${row.change}; the amounts differ by ${formatPrinted(difference)}.`,
        valueA: row.change!,
        sourceA: { file: table.source.file, lines: row.lines },
        valueB: formatPrinted(difference),
        sourceB: { file: table.source.file, lines: row.lines },
      });
    }
    const printed = row.changeRatePrinted;
    if (isNil(printed) || basis[1] === 0n) continue;
    const places = decimalPlaces(printed!);
    const computed = percentage(difference, basis[1], places)!;
    const printedNumber = Number(printed!.replace('△', '-'));
    if (Number(computed) === printedNumber) continue;
    const magnitude = difference < 0n ? -difference : difference;
    const truncated = truncatedPercentage(magnitude, basis[1], places) === printed!.replace('△', '');
    findings.push({
      id: `${truncated ? 'rate-truncated' : 'rate-wrong'}:${lineId(table, row)}:changeRatePrinted`,
      kind: truncated ? 'RATE_TRUNCATED' : 'RATE_WRONG',
      origin: 'COMPUTED',
      organizationId: table.organizationId,
      recordType: 'BudgetLine',
      recordId: lineId(table, row),
      description: `${table.titleKo} · ${row.nameKo}: the change rate (증감률) is printed ${printed}; the amounts give ${computed}${truncated ? ' (truncated instead of rounded)' : ''}.`,
      valueA: printed!,
      sourceA: { file: table.source.file, lines: row.lines },
      valueB: computed,
      sourceB: { file: table.source.file, lines: row.lines },
    });
  }
  return findings;
}

/** A quarterly execution plan (집행계획 1~4분기) against the year's budget it plans. */
function quarterlyPlanFindings(table: Table): Finding[] {
  const findings: Finding[] = [];
  for (const row of table.rows) {
    const quarters = [row.plannedQ1, row.plannedQ2, row.plannedQ3, row.plannedQ4];
    if (quarters.every((q) => isNil(q)) || isNil(row.original)) continue;
    const planned = quarters.reduce<bigint>((sum, q) => sum + (printedUnits(q) ?? 0n), 0n);
    const budget = printedUnits(row.original)!;
    if (planned === budget) continue;
    findings.push({
      id: `total-mismatch:${lineId(table, row)}:quarterly-plan`,
      kind: 'TOTAL_MISMATCH',
      origin: 'COMPUTED',
      organizationId: table.organizationId,
      recordType: 'BudgetLine',
      recordId: lineId(table, row),
      description: `${table.titleKo} · ${row.nameKo}: the four quarters of the execution plan add up to ${formatPrinted(planned)}, the budget is ${row.original}.`,
      valueA: row.original!,
      sourceA: { file: table.source.file, lines: row.lines },
      valueB: formatPrinted(planned),
      sourceB: { file: table.source.file, lines: row.lines },
    });
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
    ...tables.flatMap((table) => [
      ...totalMismatches(table),
      ...rateFindings(table),
      ...changeFindings(table),
      ...quarterlyPlanFindings(table),
      ...duplicateNames(table),
      ...aboveBudget(table),
    ]),
    ...taskVersusExecution(tables),
  ];
}
