import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, groupLoader } from '../../lib/db/loaders';
import type { SubgraphContext } from '../../lib/service/subgraph-definition';
import { BudgetLine } from './entities/budget-line.entity';
import { BudgetTable } from './entities/budget-table.entity';
import { PerformanceIndicator } from './entities/performance-indicator.entity';
import { StatedAmount } from './entities/stated-amount.entity';

export function createLoaders(em: EntityManager) {
  return {
    lineById: byIdLoader(em, BudgetLine),
    tableById: byIdLoader(em, BudgetTable),
    linesByTableId: groupLoader(em, BudgetLine, 'tableId', { position: 'asc' }),
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
