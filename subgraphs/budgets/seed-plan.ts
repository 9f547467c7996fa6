import { sourceRef } from '../../lib/graphql/source-ref';
import { build } from '../../lib/seeds/build';
import { parseAmount, parseDecimal } from '../../lib/seeds/printed';
import type { SeedContent } from '../../lib/seeds/read-seeds';
import { BudgetLine } from './entities/budget-line.entity';
import { BudgetTable } from './entities/budget-table.entity';
import { MONEY_UNIT_BY_PRINTED } from './enums';

export function budgetsSeedPlan({ budgets }: SeedContent): object[] {
  return budgets.budgetTables.flatMap((table) => {
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
          committedRatePrinted: parseDecimal(row.committedRatePrinted),
          spentRatePrinted: parseDecimal(row.spentRatePrinted),
          pageRef: row.pageRef ?? null,
          note: row.note ?? null,
          source: sourceRef(table.source.file, row.lines),
        }),
      ),
    ];
  });
}
