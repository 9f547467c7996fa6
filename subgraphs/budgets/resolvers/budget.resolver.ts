import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Reconciliation, toReconciliation } from '../../../lib/graphql/reconciliation';
import { tableEntries } from '../../../lib/reconciliation/budget';
import { budgetRow } from '../budget-rollup';
import type { Connection } from '../../../lib/graphql/connection';
import type { ListArgs } from '../../../lib/graphql/record-list';
import { notFound } from '../../../lib/graphql/not-found';
import { BudgetAmounts } from '../budget-amounts';
import { BudgetLine } from '../entities/budget-line.entity';
import { BudgetTable } from '../entities/budget-table.entity';
import { PerformanceIndicator } from '../entities/performance-indicator.entity';
import { StatedAmount } from '../entities/stated-amount.entity';
import { budgetLineList, budgetTableList, performanceIndicatorList, statedAmountList } from '../lists';
import type { BudgetsContext } from '../loaders';

@Resolver(() => BudgetTable)
export class BudgetTableResolver {
  @Query(() => BudgetTable, { description: 'One budget table by id; an unknown id is an error (NOT_FOUND).' })
  async budgetTable(@Arg('id', () => ID) id: string, @Ctx() { loaders }: BudgetsContext): Promise<BudgetTable> {
    const table = await loaders.tableById.load(id);
    if (!table) throw notFound('BudgetTable', id);
    return table;
  }

  @Query(() => budgetTableList.Connection, { description: 'Budget tables, optionally of one organization, fiscal year or classification; sorted and paged.' })
  budgetTables(@Ctx() { em }: BudgetsContext, @Args(() => budgetTableList.RootArgs) args: ListArgs): Promise<Connection<BudgetTable>> {
    return budgetTableList.page(em, args);
  }

  @FieldResolver(() => [BudgetLine], { description: 'The rows, in printed order (totals included, see rowKind).' })
  lines(@Root() table: BudgetTable, @Ctx() { loaders }: BudgetsContext): Promise<BudgetLine[]> {
    return loaders.linesByTableId.load(table.id);
  }

  @FieldResolver(() => BudgetAmounts, { nullable: true, description: 'The total row as the report prints it (stated); null when the table prints none.' })
  async statedTotal(@Root() table: BudgetTable, @Ctx() { loaders }: BudgetsContext): Promise<BudgetAmounts | null> {
    return (await loaders.tableTotalsByTableId.load(table.id)).stated;
  }

  @FieldResolver(() => BudgetAmounts, { description: 'The sum of the LINE rows (computed), to set beside the stated total.' })
  async computedTotal(@Root() table: BudgetTable, @Ctx() { loaders }: BudgetsContext): Promise<BudgetAmounts> {
    return (await loaders.tableTotalsByTableId.load(table.id)).computed;
  }

  @FieldResolver(() => [Reconciliation], {
    description:
      'Every total (계·합계) and subtotal (소계) row the table prints, phase by phase (measure: the BudgetAmounts field), beside the rows it covers added up: ' +
      'every LINE for a total, the rows that name it as parent for a subtotal (part: the subtotal\'s name; null for the total).',
  })
  async reconciliation(@Root() table: BudgetTable, @Ctx() { loaders }: BudgetsContext): Promise<Reconciliation[]> {
    return tableEntries((await loaders.linesByTableId.load(table.id)).map(budgetRow)).map(toReconciliation);
  }
}

@Resolver(() => BudgetLine)
export class BudgetLineResolver {
  @Query(() => budgetLineList.Connection, { description: 'Budget lines across tables, filtered by organization, fiscal year, kind of table, row kind or name; sorted and paged.' })
  budgetLines(@Ctx() { em }: BudgetsContext, @Args(() => budgetLineList.RootArgs) args: ListArgs): Promise<Connection<BudgetLine>> {
    return budgetLineList.page(em, args);
  }

  @Query(() => BudgetLine, { description: 'One budget line by id; an unknown id is an error (NOT_FOUND).' })
  async budgetLine(@Arg('id', () => ID) id: string, @Ctx() { loaders }: BudgetsContext): Promise<BudgetLine> {
    const line = await loaders.lineById.load(id);
    if (!line) throw notFound('BudgetLine', id);
    return line;
  }

  @FieldResolver(() => BudgetTable, { description: 'The table the line is a row of.' })
  async table(@Root() line: BudgetLine, @Ctx() { loaders }: BudgetsContext): Promise<BudgetTable> {
    return (await loaders.tableById.load(line.tableId))!;
  }

  @FieldResolver(() => BudgetTable, { nullable: true, description: "For a task's line: the task's own execution table (예산 집행 현황), with its sub-lines." })
  async executionTable(@Root() line: BudgetLine, @Ctx() { loaders }: BudgetsContext): Promise<BudgetTable | null> {
    return (await loaders.tablesByTaskLineId.load(line.id))[0] ?? null;
  }

  @FieldResolver(() => [StatedAmount], { description: 'Amounts the text states for this line.' })
  statedAmounts(@Root() line: BudgetLine, @Ctx() { loaders }: BudgetsContext): Promise<StatedAmount[]> {
    return loaders.statedAmountsByBudgetLineId.load(line.id);
  }

  @FieldResolver(() => [PerformanceIndicator], { description: "The task's targets and results (추진 목표)." })
  performanceIndicators(@Root() line: BudgetLine, @Ctx() { loaders }: BudgetsContext): Promise<PerformanceIndicator[]> {
    return loaders.indicatorsByBudgetLineId.load(line.id);
  }
}

@Resolver(() => StatedAmount)
export class StatedAmountResolver {
  @Query(() => statedAmountList.Connection, { description: 'Amounts stated in running text, optionally of one organization or fiscal year; sorted and paged.' })
  statedAmounts(@Ctx() { em }: BudgetsContext, @Args(() => statedAmountList.RootArgs) args: ListArgs): Promise<Connection<StatedAmount>> {
    return statedAmountList.page(em, args);
  }
}

@Resolver(() => PerformanceIndicator)
export class PerformanceIndicatorResolver {
  @Query(() => performanceIndicatorList.Connection, { description: 'Task targets and results, optionally of one organization (the unit itself), year or name; sorted and paged.' })
  performanceIndicators(@Ctx() { em }: BudgetsContext, @Args(() => performanceIndicatorList.RootArgs) args: ListArgs): Promise<Connection<PerformanceIndicator>> {
    return performanceIndicatorList.page(em, args);
  }

  @FieldResolver(() => BudgetLine, { nullable: true, description: "The task's budget line." })
  budgetLine(@Root() indicator: PerformanceIndicator, @Ctx() { loaders }: BudgetsContext): Promise<BudgetLine | null> | null {
    return indicator.budgetLineId ? loaders.lineById.load(indicator.budgetLineId) : null;
  }
}
