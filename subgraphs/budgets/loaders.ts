import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { byIdLoader, groupLoader } from '../../lib/db/loaders';
import { tableTotals, type TableTotals } from './budget-amounts';
import type { SubgraphContext } from '../../lib/service/subgraph-definition';
import { BudgetLine } from './entities/budget-line.entity';
import { BudgetTable } from './entities/budget-table.entity';
import { PerformanceIndicator } from './entities/performance-indicator.entity';
import { StatedAmount } from './entities/stated-amount.entity';

export function createLoaders(em: EntityManager) {
  const linesByTableId = groupLoader(em, BudgetLine, 'tableId', { position: 'asc' });
  return {
    lineById: byIdLoader(em, BudgetLine),
    tableById: byIdLoader(em, BudgetTable),
    linesByTableId,
    // Every line's share of its table divides by the same totals: summed once per table, not once per line.
    tableTotalsByTableId: new DataLoader<string, TableTotals>(async (ids) => Promise.all(ids.map(async (id) => tableTotals(await linesByTableId.load(id))))),
    linesByOrganizationId: groupLoader(em, BudgetLine, 'organizationId', { tableId: 'asc', position: 'asc' }),
    tablesByOrganizationId: groupLoader(em, BudgetTable, 'organizationId', { fiscalYear: 'asc', id: 'asc' }),
    tablesByTaskLineId: groupLoader(em, BudgetTable, 'taskBudgetLineId', { id: 'asc' }),
    statedAmountsByOrganizationId: groupLoader(em, StatedAmount, 'organizationId', { id: 'asc' }),
    statedAmountsByBudgetLineId: groupLoader(em, StatedAmount, 'budgetLineId', { id: 'asc' }),
    indicatorsByOrganizationId: groupLoader(em, PerformanceIndicator, 'organizationId', { id: 'asc' }),
    indicatorsByBudgetLineId: groupLoader(em, PerformanceIndicator, 'budgetLineId', { id: 'asc' }),
  };
}

export type BudgetsContext = SubgraphContext<ReturnType<typeof createLoaders>>;
