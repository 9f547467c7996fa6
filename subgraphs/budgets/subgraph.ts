/** The budgets subgraph: owns budget tables and lines; extends Organization with its budget. */
import { passThroughReference } from '../../lib/federation/key-stub';
import { buildFederatedSchema } from '../../lib/federation/subgraph-schema';
import type { SubgraphDefinition } from '../../lib/service/subgraph-definition';
import { BudgetLine } from './entities/budget-line.entity';
import { BudgetTable } from './entities/budget-table.entity';
import { PerformanceIndicator } from './entities/performance-indicator.entity';
import { StatedAmount } from './entities/stated-amount.entity';
import { createLoaders, type BudgetsContext } from './loaders';
import { migrations } from './migrations';
import { OrganizationRef } from './resolvers/stubs';
import { BudgetLineResolver, BudgetTableResolver, PerformanceIndicatorResolver, StatedAmountResolver } from './resolvers/budget.resolver';
import { BudgetLineMeasuresResolver } from './resolvers/budget-line-measures.resolver';
import { OrganizationBudgetsResolver } from './resolvers/organization-budgets.resolver';
import { budgetsSeedPlan } from './seed-plan';

export const budgetsSubgraph: SubgraphDefinition<ReturnType<typeof createLoaders>> = {
  name: 'budgets',
  entities: [BudgetTable, BudgetLine, StatedAmount, PerformanceIndicator],
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      name: 'budgets',
      resolvers: [BudgetTableResolver, BudgetLineResolver, BudgetLineMeasuresResolver, StatedAmountResolver, PerformanceIndicatorResolver, OrganizationBudgetsResolver],
      extendedTypes: [OrganizationRef],
      referenceResolvers: {
        // Any organization id is a valid key here: one with no budget simply has empty lists.
        Organization: passThroughReference,
        BudgetLine: {
          __resolveReference: (reference: { id: string }, { loaders }: BudgetsContext) => loaders.lineById.load(reference.id),
        },
      },
    }),
  createLoaders,
  seedPlan: budgetsSeedPlan,
};
