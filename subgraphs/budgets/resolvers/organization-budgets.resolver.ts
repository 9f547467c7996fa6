import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { subtree, type KeyStub } from '../../../lib/federation/key-stub';
import { BudgetRollup, ItBudgetShare, itShare, rollUpBudget } from '../budget-rollup';
import { BudgetAmounts, sumAmounts } from '../budget-amounts';
import { BudgetLine } from '../entities/budget-line.entity';
import { BudgetTable } from '../entities/budget-table.entity';
import { PerformanceIndicator } from '../entities/performance-indicator.entity';
import { StatedAmount } from '../entities/stated-amount.entity';
import { BudgetClassification } from '../enums';
import type { BudgetsContext } from '../loaders';
import { OrganizationRef } from './stubs';

@Resolver(() => OrganizationRef)
export class OrganizationBudgetsResolver {
  @FieldResolver(() => [BudgetTable], { description: 'Budget tables the reports print for this organization itself.' })
  async budgetTables(
    @Root() organization: KeyStub,
    @Ctx() { loaders }: BudgetsContext,
    @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear?: number,
  ): Promise<BudgetTable[]> {
    const tables = await loaders.tablesByOrganizationId.load(organization.id);
    return fiscalYear === undefined ? tables : tables.filter((t) => t.fiscalYear === fiscalYear);
  }

  @FieldResolver(() => [BudgetLine], { description: 'Budget lines of this organization itself, totals and subtotals included (see rowKind).' })
  async budgetLines(
    @Root() organization: KeyStub,
    @Ctx() { loaders }: BudgetsContext,
    @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear?: number,
    @Arg('classification', () => BudgetClassification, { nullable: true }) classification?: keyof typeof BudgetClassification,
  ): Promise<BudgetLine[]> {
    const lines = await loaders.linesByOrganizationId.load(organization.id);
    return lines.filter((l) => (fiscalYear === undefined || l.fiscalYear === fiscalYear) && (!classification || l.classification === classification));
  }

  @FieldResolver(() => BudgetAmounts, {
    description:
      'Sum of the LINE rows of one kind of table (default: by sub-program), for a fiscal year or all years. ' +
      'Kinds are not mixed: a task table and a sub-program table cover the same money.',
  })
  async budgetTotal(
    @Root() organization: KeyStub,
    @Ctx() { loaders }: BudgetsContext,
    @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear?: number,
    @Arg('classification', () => BudgetClassification, { defaultValue: 'SUB_PROGRAM' }) classification: keyof typeof BudgetClassification = 'SUB_PROGRAM',
  ): Promise<BudgetAmounts> {
    const lines = await loaders.linesByOrganizationId.load(organization.id);
    return sumAmounts(
      lines.filter((l) => l.rowKind === 'LINE' && l.classification === classification && (fiscalYear === undefined || l.fiscalYear === fiscalYear)),
    );
  }

  @FieldResolver(() => [StatedAmount], { description: 'Amounts stated in running text about this organization itself.' })
  statedAmounts(@Root() organization: KeyStub, @Ctx() { loaders }: BudgetsContext): Promise<StatedAmount[]> {
    return loaders.statedAmountsByOrganizationId.load(organization.id);
  }

  @FieldResolver(() => [PerformanceIndicator], { description: 'Task targets and results this organization itself is responsible for.' })
  performanceIndicators(@Root() organization: KeyStub, @Ctx() { loaders }: BudgetsContext): Promise<PerformanceIndicator[]> {
    return loaders.indicatorsByOrganizationId.load(organization.id);
  }

  @FieldResolver(() => BudgetRollup, { description: 'Budget of this organization and every unit below it, for one fiscal year and kind of table.' })
  @Directive('@requires(fields: "descendantIds")')
  async budgetRollup(
    @Root() organization: KeyStub,
    @Ctx() { loaders }: BudgetsContext,
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Arg('classification', () => BudgetClassification, { defaultValue: 'SUB_PROGRAM' }) classification: keyof typeof BudgetClassification = 'SUB_PROGRAM',
  ): Promise<BudgetRollup> {
    const ids = subtree(organization);
    const [lines, tables] = await Promise.all([
      Promise.all(ids.map((id) => loaders.linesByOrganizationId.load(id))),
      Promise.all(ids.map((id) => loaders.tablesByOrganizationId.load(id))),
    ]);
    const asOf = new Map(tables.flat().map((t) => [t.id, t.asOf]));
    return rollUpBudget(lines.flat(), asOf, fiscalYear, classification);
  }

  @FieldResolver(() => ItBudgetShare, { description: 'The share of IT-related lines in the budget of this organization and every unit below it.' })
  @Directive('@requires(fields: "descendantIds itBudgetLineIds")')
  async itBudgetShare(
    @Root() organization: KeyStub,
    @Ctx() { loaders }: BudgetsContext,
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Arg('classification', () => BudgetClassification, { defaultValue: 'TASK' }) classification: keyof typeof BudgetClassification = 'TASK',
  ): Promise<ItBudgetShare> {
    const lines = (await Promise.all(subtree(organization).map((id) => loaders.linesByOrganizationId.load(id)))).flat();
    return itShare(lines, new Set(organization.itBudgetLineIds ?? []), fiscalYear, classification);
  }
}
