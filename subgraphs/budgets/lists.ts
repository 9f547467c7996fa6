/** The lists of the budgets subgraph: filters and sort fields, shared by the root lists and Organization's. */
import { ID, Int } from 'type-graphql';
import { budgetLineId, recordList } from '../../lib/graphql/record-list';
import { BudgetLine } from './entities/budget-line.entity';
import { BudgetTable } from './entities/budget-table.entity';
import { PerformanceIndicator } from './entities/performance-indicator.entity';
import { StatedAmount } from './entities/stated-amount.entity';
import { BudgetClassification, BudgetRowKind } from './enums';

const fiscalYear = { equals: 'fiscalYear', type: () => Int, description: 'Only this fiscal year (회계연도).' } as const;
const classification = { equals: 'classification', type: () => BudgetClassification, description: 'Only tables of this kind.' } as const;

export const budgetTableList = recordList(BudgetTable, {
  name: 'BudgetTable',
  order: { ID: 'id', FISCAL_YEAR: 'fiscalYear' },
  defaultOrder: 'ID',
  filters: {
    fiscalYear,
    classification,
    search: { search: ['titleKo', 'titleEn'], description: 'Text in the Korean or English title (case-insensitive).' },
  },
});

export const budgetLineList = recordList(BudgetLine, {
  name: 'BudgetLine',
  order: { ID: 'id', FISCAL_YEAR: 'fiscalYear', NAME_KO: 'nameKo', ORIGINAL: 'original', CURRENT: 'current', COMMITTED: 'committed', SPENT: 'spent' },
  defaultOrder: 'ID',
  filters: {
    fiscalYear,
    classification,
    rowKind: { equals: 'rowKind', type: () => BudgetRowKind, description: 'Only rows of this kind (LINE to add up).' },
    tableId: { equals: 'tableId', type: () => ID, description: 'Only the rows of this table.' },
    search: { search: ['nameKo'], description: 'Text in the printed name (case-insensitive).' },
  },
});

export const statedAmountList = recordList(StatedAmount, {
  name: 'StatedAmount',
  order: { ID: 'id', FISCAL_YEAR: 'fiscalYear', AMOUNT: 'amount' },
  defaultOrder: 'ID',
  filters: {
    budgetLineId,
    fiscalYear,
    search: { search: ['nameKo', 'nameEn'], description: 'Text in the Korean or English name (case-insensitive).' },
  },
});

export const performanceIndicatorList = recordList(PerformanceIndicator, {
  name: 'PerformanceIndicator',
  order: { ID: 'id', YEAR: 'year' },
  defaultOrder: 'ID',
  filters: {
    budgetLineId,
    year: { equals: 'year', type: () => Int, description: 'Only this year.' },
    search: { search: ['nameKo', 'nameEn'], description: 'Text in the Korean or English name (case-insensitive).' },
  },
});
