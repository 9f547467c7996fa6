import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../../lib/graphql/not-found';
import { BudgetAmounts, sumAmounts } from '../budget-amounts';
import { BudgetLine } from '../entities/budget-line.entity';
import { BudgetTable } from '../entities/budget-table.entity';
import { PerformanceIndicator } from '../entities/performance-indicator.entity';
import { StatedAmount } from '../entities/stated-amount.entity';
import { BudgetClassification } from '../enums';
import type { BudgetsContext } from '../loaders';

@Resolver(() => BudgetTable)
export class BudgetTableResolver {
  @Query(() => BudgetTable, { description: 'One budget table by id; an unknown id is an error (NOT_FOUND).' })
  async budgetTable(@Arg('id', () => ID) id: string, @Ctx() { loaders }: BudgetsContext): Promise<BudgetTable> {
    const table = await loaders.tableById.load(id);
    if (!table) throw notFound('BudgetTable', id);
    return table;
  }

  @Query(() => [BudgetTable], { description: 'Budget tables, optionally of one organization, fiscal year or classification.' })
  budgetTables(
    @Ctx() { em }: BudgetsContext,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear?: number,
    @Arg('classification', () => BudgetClassification, { nullable: true }) classification?: keyof typeof BudgetClassification,
  ): Promise<BudgetTable[]> {
    const where: FilterQuery<BudgetTable> = {};
    if (organizationId) where.organizationId = organizationId;
    if (fiscalYear !== undefined) where.fiscalYear = fiscalYear;
    if (classification) where.classification = classification;
    return em.find(BudgetTable, where, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [BudgetLine], { description: 'The rows, in printed order (totals included, see rowKind).' })
  lines(@Root() table: BudgetTable, @Ctx() { loaders }: BudgetsContext): Promise<BudgetLine[]> {
    return loaders.linesByTableId.load(table.id);
  }

  @FieldResolver(() => BudgetAmounts, { nullable: true, description: 'The total row as the report prints it (stated); null when the table prints none.' })
  async statedTotal(@Root() table: BudgetTable, @Ctx() { loaders }: BudgetsContext): Promise<BudgetAmounts | null> {
    const total = (await loaders.linesByTableId.load(table.id)).filter((l) => l.rowKind === 'TOTAL');
    return total.length ? sumAmounts(total) : null;
  }

  @FieldResolver(() => BudgetAmounts, { description: 'The sum of the LINE rows (computed), to set beside the stated total.' })
  async computedTotal(@Root() table: BudgetTable, @Ctx() { loaders }: BudgetsContext): Promise<BudgetAmounts> {
    return sumAmounts((await loaders.linesByTableId.load(table.id)).filter((l) => l.rowKind === 'LINE'));
  }
}

@Resolver(() => BudgetLine)
export class BudgetLineResolver {
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
  @Query(() => [StatedAmount], { description: 'Amounts stated in running text, optionally of one organization.' })
  statedAmounts(@Ctx() { em }: BudgetsContext, @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string): Promise<StatedAmount[]> {
    return em.find(StatedAmount, organizationId ? { organizationId } : {}, { orderBy: { id: 'asc' } });
  }
}

@Resolver(() => PerformanceIndicator)
export class PerformanceIndicatorResolver {
  @Query(() => [PerformanceIndicator], { description: 'Task targets and results, optionally of one organization (the unit itself).' })
  performanceIndicators(
    @Ctx() { em }: BudgetsContext,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
  ): Promise<PerformanceIndicator[]> {
    return em.find(PerformanceIndicator, organizationId ? { organizationId } : {}, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => BudgetLine, { nullable: true, description: "The task's budget line." })
  budgetLine(@Root() indicator: PerformanceIndicator, @Ctx() { loaders }: BudgetsContext): Promise<BudgetLine | null> | null {
    return indicator.budgetLineId ? loaders.lineById.load(indicator.budgetLineId) : null;
  }
}
