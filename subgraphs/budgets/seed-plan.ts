import { sourceRef } from '../../lib/graphql/source-ref';
import { build } from '../../lib/seeds/build';
import { parseAmount, parseDecimal } from '../../lib/seeds/printed';
import type { SeedContent } from '../../lib/seeds/read-seeds';
import { BudgetLine } from './entities/budget-line.entity';
import { BudgetTable } from './entities/budget-table.entity';
import { PerformanceIndicator } from './entities/performance-indicator.entity';
import { StatedAmount } from './entities/stated-amount.entity';
import { MONEY_UNIT_BY_PRINTED } from './enums';

export function budgetsSeedPlan({ budgets }: SeedContent): object[] {
  const tables = budgets.budgetTables.flatMap((table) => {
    const unit = MONEY_UNIT_BY_PRINTED[table.unit];
    const amount = (printed: string | undefined) => parseAmount(printed, table.unit);
    return [
      build(BudgetTable, {
        id: table.id,
        organizationId: table.organizationId,
        fiscalYear: table.fiscalYear,
        titleKo: table.titleKo,
        titleEn: table.titleEn,
        classification: table.classification,
        unit,
        asOf: table.asOf ?? null,
        taskBudgetLineId: table.taskBudgetLineId ?? null,
        source: sourceRef(table.source.file, table.source.lines),
      }),
      ...table.rows.map((row) =>
        build(BudgetLine, {
          id: `${table.id}/${row.position}`,
          tableId: table.id,
          organizationId: table.organizationId,
          fiscalYear: table.fiscalYear,
          classification: table.classification,
          position: row.position,
          nameKo: row.nameKo,
          rowKind: row.rowKind,
          taskNo: row.taskNo ?? null,
          unit,
          original: amount(row.original),
          current: amount(row.current),
          previousFinal: amount(row.previousFinal),
          committed: amount(row.committed),
          spent: amount(row.spent),
          previousOriginal: amount(row.previousOriginal),
          previousCurrent: amount(row.previousCurrent),
          specialGrant: amount(row.specialGrant),
          changePrinted: amount(row.change),
          changeBasis: table.changeBasis ?? null,
          changeRatePrinted: parseDecimal(row.changeRatePrinted),
          plannedQ1: amount(row.plannedQ1),
          plannedQ2: amount(row.plannedQ2),
          plannedQ3: amount(row.plannedQ3),
          plannedQ4: amount(row.plannedQ4),
          status: row.status ?? null,
          parentLineId: row.parentPosition ? `${table.id}/${row.parentPosition}` : null,
          committedRatePrinted: parseDecimal(row.committedRatePrinted),
          spentRatePrinted: parseDecimal(row.spentRatePrinted),
          pageRef: row.pageRef ?? null,
          note: row.note ?? null,
          source: sourceRef(table.source.file, row.lines),
        }),
      ),
    ];
  });
  const statedAmounts = budgets.statedAmounts.map((a) =>
    build(StatedAmount, {
      id: a.id,
      organizationId: a.organizationId,
      fiscalYear: a.fiscalYear ?? null,
      nameKo: a.nameKo,
      nameEn: a.nameEn,
      amount: parseAmount(a.amount, a.unit)!,
      unit: MONEY_UNIT_BY_PRINTED[a.unit],
      budgetLineId: a.budgetLineId ?? null,
      note: a.note ?? null,
      source: sourceRef(a.source.file, a.source.lines),
    }),
  );
  const indicators = budgets.performanceIndicators.map((i) =>
    build(PerformanceIndicator, {
      id: i.id,
      organizationId: i.organizationId,
      budgetLineId: i.budgetLineId ?? null,
      year: i.year,
      nameKo: i.nameKo,
      nameEn: i.nameEn ?? null,
      periodKo: i.periodKo ?? null,
      targetKo: i.targetKo ?? null,
      target: parseDecimal(i.target),
      targetUnitKo: i.targetUnitKo ?? null,
      resultKo: i.resultKo ?? null,
      result: parseDecimal(i.result),
      resultUnitKo: i.resultUnitKo ?? null,
      source: sourceRef(i.source.file, i.source.lines),
    }),
  );
  return [...tables, ...statedAmounts, ...indicators];
}
