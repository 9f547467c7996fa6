import { Arg, Args, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { organizationScope, REQUIRES_SUBTREE, subtree, type KeyStub } from '../../../lib/federation/key-stub';
import { loadGroups } from '../../../lib/db/loaders';
import type { Connection } from '../../../lib/graphql/connection';
import type { ListArgs } from '../../../lib/graphql/record-list';
import { BudgetRollup, ItBudgetShare, itShare, rollUpBudget } from '../budget-rollup';
import { BudgetAmounts, sumAmounts } from '../budget-amounts';
import { BudgetLine } from '../entities/budget-line.entity';
import { BudgetTable } from '../entities/budget-table.entity';
import { PerformanceIndicator } from '../entities/performance-indicator.entity';
import { StatedAmount } from '../entities/stated-amount.entity';
import { BudgetClassification } from '../enums';
import type { BudgetsContext } from '../loaders';
import { budgetLineList, budgetTableList, performanceIndicatorList, statedAmountList } from '../lists';
import { OrganizationRef } from './stubs';

@Resolver(() => OrganizationRef)
export class OrganizationBudgetsResolver {
  @FieldResolver(() => budgetTableList.Connection, { description: 'Budget tables the reports print for this organization (and, on request, every unit below it); filtered, sorted and paged.' })
  @Directive(REQUIRES_SUBTREE)
  budgetTables(@Root() organization: KeyStub, @Ctx() { em, loaders }: BudgetsContext, @Args(() => budgetTableList.OrganizationArgs) args: ListArgs): Promise<Connection<BudgetTable>> {
    return budgetTableList.pageOfOrganizations(em, loaders.tablesByOrganizationId, organizationScope(organization, args.includeDescendants), args);
  }

  @FieldResolver(() => budgetLineList.Connection, {
    description: 'Budget lines of this organization (and, on request, every unit below it), totals and subtotals included (see rowKind); filtered, sorted and paged.',
  })
  @Directive(REQUIRES_SUBTREE)
  budgetLines(@Root() organization: KeyStub, @Ctx() { em, loaders }: BudgetsContext, @Args(() => budgetLineList.OrganizationArgs) args: ListArgs): Promise<Connection<BudgetLine>> {
    return budgetLineList.pageOfOrganizations(em, loaders.linesByOrganizationId, organizationScope(organization, args.includeDescendants), args);
  }

  @FieldResolver(() => statedAmountList.Connection, { description: 'Amounts stated in running text about this organization (and, on request, every unit below it).' })
  @Directive(REQUIRES_SUBTREE)
  statedAmounts(@Root() organization: KeyStub, @Ctx() { em, loaders }: BudgetsContext, @Args(() => statedAmountList.OrganizationArgs) args: ListArgs): Promise<Connection<StatedAmount>> {
    return statedAmountList.pageOfOrganizations(em, loaders.statedAmountsByOrganizationId, organizationScope(organization, args.includeDescendants), args);
  }

  @FieldResolver(() => performanceIndicatorList.Connection, {
    description: 'Task targets and results this organization (and, on request, every unit below it) is responsible for.',
  })
  @Directive(REQUIRES_SUBTREE)
  performanceIndicators(
    @Root() organization: KeyStub,
    @Ctx() { em, loaders }: BudgetsContext,
    @Args(() => performanceIndicatorList.OrganizationArgs) args: ListArgs,
  ): Promise<Connection<PerformanceIndicator>> {
    return performanceIndicatorList.pageOfOrganizations(em, loaders.indicatorsByOrganizationId, organizationScope(organization, args.includeDescendants), args);
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

  @FieldResolver(() => BudgetRollup, { description: 'Budget of this organization and every unit below it, for one fiscal year and kind of table.' })
  @Directive('@requires(fields: "descendantIds")')
  async budgetRollup(
    @Root() organization: KeyStub,
    @Ctx() { loaders }: BudgetsContext,
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Arg('classification', () => BudgetClassification, { defaultValue: 'SUB_PROGRAM' }) classification: keyof typeof BudgetClassification = 'SUB_PROGRAM',
  ): Promise<BudgetRollup> {
    const ids = subtree(organization);
    const [lines, tables] = await Promise.all([loadGroups(loaders.linesByOrganizationId, ids), loadGroups(loaders.tablesByOrganizationId, ids)]);
    const asOf = new Map(tables.map((t) => [t.id, t.asOf]));
    return rollUpBudget(lines, asOf, fiscalYear, classification);
  }

  @FieldResolver(() => ItBudgetShare, { description: 'The share of IT-related lines in the budget of this organization and every unit below it.' })
  @Directive('@requires(fields: "descendantIds itBudgetLineIds")')
  async itBudgetShare(
    @Root() organization: KeyStub,
    @Ctx() { loaders }: BudgetsContext,
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Arg('classification', () => BudgetClassification, { defaultValue: 'TASK' }) classification: keyof typeof BudgetClassification = 'TASK',
  ): Promise<ItBudgetShare> {
    const lines = await loadGroups(loaders.linesByOrganizationId, subtree(organization));
    return itShare(lines, new Set(organization.itBudgetLineIds ?? []), fiscalYear, classification);
  }
}
