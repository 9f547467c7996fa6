import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { connectionType, containsPattern, orderFieldEnum, PageArgs, paginate, type Connection } from '../../../lib/graphql/connection';
import { notFound } from '../../../lib/graphql/not-found';
import { BudgetAmounts, sumAmounts } from '../budget-amounts';
import { BudgetLine } from '../entities/budget-line.entity';
import { BudgetTable } from '../entities/budget-table.entity';
import { PerformanceIndicator } from '../entities/performance-indicator.entity';
import { StatedAmount } from '../entities/stated-amount.entity';
import { BudgetClassification, BudgetRowKind } from '../enums';
import type { BudgetsContext } from '../loaders';

const TableConnection = connectionType(BudgetTable, 'BudgetTable');
const TableOrder = orderFieldEnum('BudgetTableOrderField', ['ID', 'FISCAL_YEAR'] as const, { ID: 'id', FISCAL_YEAR: 'fiscalYear' });
const LineConnection = connectionType(BudgetLine, 'BudgetLine');
const LineOrder = orderFieldEnum('BudgetLineOrderField', ['ID', 'FISCAL_YEAR', 'NAME_KO', 'ORIGINAL', 'CURRENT', 'COMMITTED', 'SPENT'] as const, {
  ID: 'id',
  FISCAL_YEAR: 'fiscalYear',
  NAME_KO: 'nameKo',
  ORIGINAL: 'original',
  CURRENT: 'current',
  COMMITTED: 'committed',
  SPENT: 'spent',
});
const AmountConnection = connectionType(StatedAmount, 'StatedAmount');
const AmountOrder = orderFieldEnum('StatedAmountOrderField', ['ID', 'FISCAL_YEAR', 'AMOUNT'] as const, { ID: 'id', FISCAL_YEAR: 'fiscalYear', AMOUNT: 'amount' });
const IndicatorConnection = connectionType(PerformanceIndicator, 'PerformanceIndicator');
const IndicatorOrder = orderFieldEnum('PerformanceIndicatorOrderField', ['ID', 'YEAR'] as const, { ID: 'id', YEAR: 'year' });

@Resolver(() => BudgetTable)
export class BudgetTableResolver {
  @Query(() => BudgetTable, { description: 'One budget table by id; an unknown id is an error (NOT_FOUND).' })
  async budgetTable(@Arg('id', () => ID) id: string, @Ctx() { loaders }: BudgetsContext): Promise<BudgetTable> {
    const table = await loaders.tableById.load(id);
    if (!table) throw notFound('BudgetTable', id);
    return table;
  }

  @Query(() => TableConnection, { description: 'Budget tables, optionally of one organization, fiscal year or classification; sorted and paged.' })
  budgetTables(
    @Ctx() { em }: BudgetsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => TableOrder.enumObject, { defaultValue: 'ID' }) orderBy: keyof typeof TableOrder.enumObject,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear?: number,
    @Arg('classification', () => BudgetClassification, { nullable: true }) classification?: keyof typeof BudgetClassification,
  ): Promise<Connection<BudgetTable>> {
    const where: FilterQuery<BudgetTable> = {};
    if (organizationId) where.organizationId = organizationId;
    if (fiscalYear !== undefined) where.fiscalYear = fiscalYear;
    if (classification) where.classification = classification;
    return paginate(em, BudgetTable, where, TableOrder.property(orderBy), page);
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
  @Query(() => LineConnection, { description: 'Budget lines across tables, filtered by organization, fiscal year, kind of table, row kind or name; sorted and paged.' })
  budgetLines(
    @Ctx() { em }: BudgetsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => LineOrder.enumObject, { defaultValue: 'ID' }) orderBy: keyof typeof LineOrder.enumObject,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear?: number,
    @Arg('classification', () => BudgetClassification, { nullable: true }) classification?: keyof typeof BudgetClassification,
    @Arg('rowKind', () => BudgetRowKind, { nullable: true }) rowKind?: keyof typeof BudgetRowKind,
    @Arg('search', () => String, { nullable: true, description: 'Text in the printed name.' }) search?: string,
  ): Promise<Connection<BudgetLine>> {
    const where: FilterQuery<BudgetLine> = {};
    if (organizationId) where.organizationId = organizationId;
    if (fiscalYear !== undefined) where.fiscalYear = fiscalYear;
    if (classification) where.classification = classification;
    if (rowKind) where.rowKind = rowKind;
    if (search) where.nameKo = { $ilike: containsPattern(search) };
    return paginate(em, BudgetLine, where, LineOrder.property(orderBy), page);
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
  @Query(() => AmountConnection, { description: 'Amounts stated in running text, optionally of one organization or fiscal year; sorted and paged.' })
  statedAmounts(
    @Ctx() { em }: BudgetsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => AmountOrder.enumObject, { defaultValue: 'ID' }) orderBy: keyof typeof AmountOrder.enumObject,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear?: number,
  ): Promise<Connection<StatedAmount>> {
    const where: FilterQuery<StatedAmount> = {};
    if (organizationId) where.organizationId = organizationId;
    if (fiscalYear !== undefined) where.fiscalYear = fiscalYear;
    return paginate(em, StatedAmount, where, AmountOrder.property(orderBy), page);
  }
}

@Resolver(() => PerformanceIndicator)
export class PerformanceIndicatorResolver {
  @Query(() => IndicatorConnection, { description: 'Task targets and results, optionally of one organization (the unit itself), year or name; sorted and paged.' })
  performanceIndicators(
    @Ctx() { em }: BudgetsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => IndicatorOrder.enumObject, { defaultValue: 'ID' }) orderBy: keyof typeof IndicatorOrder.enumObject,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('search', () => String, { nullable: true, description: 'Text in the printed name.' }) search?: string,
  ): Promise<Connection<PerformanceIndicator>> {
    const where: FilterQuery<PerformanceIndicator> = {};
    if (organizationId) where.organizationId = organizationId;
    if (year !== undefined) where.year = year;
    if (search) where.nameKo = { $ilike: containsPattern(search) };
    return paginate(em, PerformanceIndicator, where, IndicatorOrder.property(orderBy), page);
  }

  @FieldResolver(() => BudgetLine, { nullable: true, description: "The task's budget line." })
  budgetLine(@Root() indicator: PerformanceIndicator, @Ctx() { loaders }: BudgetsContext): Promise<BudgetLine | null> | null {
    return indicator.budgetLineId ? loaders.lineById.load(indicator.budgetLineId) : null;
  }
}
