import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, groupLoader } from '../../lib/db/loaders';
import type { SubgraphContext } from '../../lib/service/subgraph-definition';
import { BudgetLine } from './entities/budget-line.entity';
import { BudgetTable } from './entities/budget-table.entity';

export function createLoaders(em: EntityManager) {
  return {
    lineById: byIdLoader(em, BudgetLine),
    tableById: byIdLoader(em, BudgetTable),
    linesByTableId: groupLoader(em, BudgetLine, 'tableId', { position: 'asc' }),
    linesByOrganizationId: groupLoader(em, BudgetLine, 'organizationId', { tableId: 'asc', position: 'asc' }),
    tablesByOrganizationId: groupLoader(em, BudgetTable, 'organizationId', { fiscalYear: 'asc', id: 'asc' }),
  };
}

export type BudgetsContext = SubgraphContext<ReturnType<typeof createLoaders>>;
