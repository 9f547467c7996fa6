import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../lib/graphql/scalars';
import { Reconciliation, toReconciliation } from '../../lib/graphql/reconciliation';
import { BUDGET_PHASES, rollupEntries, type BudgetRow } from '../../lib/reconciliation/budget';
import { agreesWithReport } from '../../lib/reconciliation/entry';
import { percentage } from '../../lib/seeds/rates';
import { BudgetAmounts, sumAmounts } from './budget-amounts';
import type { BudgetLine } from './entities/budget-line.entity';
import { BudgetClassification, MoneyUnit } from './enums';

@ObjectType('FundingSourceAmounts', { description: 'Budget amounts of the lines of one funding source.' })
export class FundingSourceAmounts {
  @Field(() => String, { nullable: true, description: 'The funding source as printed (특별교부금, 3차추경 …); null for lines that print none (the general budget).' })
  fundingSource!: string | null;

  @Field(() => BudgetAmounts)
  amounts!: BudgetAmounts;
}

@ObjectType('BudgetRollup', {
  description:
    'Budget of an organization and every unit below it for one fiscal year and one kind of table, summed over LINE rows. ' +
    'Kinds are never mixed (a task table and a sub-program table cover the same money); the execution rate is computed from the sums.',
})
export class BudgetRollup {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => BudgetClassification)
  classification!: keyof typeof BudgetClassification;

  @Field(() => Int, { description: 'Organizations in the subtree whose tables were added.' })
  organizationsCounted!: number;

  @Field(() => [String], { description: 'The dates the summed tables hold for (기준일).' })
  asOfDates!: string[];

  @Field(() => [MoneyUnit], { description: 'The units the reports printed the summed rows in (amounts are in won).' })
  printedUnits!: Array<keyof typeof MoneyUnit>;

  @Field(() => BudgetAmounts)
  amounts!: BudgetAmounts;

  @Field(() => [FundingSourceAmounts], { description: 'The same amounts by funding source.' })
  byFundingSource!: FundingSourceAmounts[];

  @Field(() => [Reconciliation], {
    description:
      'The 계/합계 rows of the tables added here, beside these amounts, phase by phase (measure amounts.<phase>); when several tables are added, their printed totals added up. ' +
      'Empty when a table added prints no total (e.g. a task table).',
  })
  reconciliation!: Reconciliation[];

  @Field(() => Boolean, { nullable: true, description: 'Whether every printed total in reconciliation agrees with these amounts; null when the tables print none.' })
  agreesWithReport!: boolean | null;
}

/** A budget line as the reconciliation rules read it (lib/reconciliation/budget.ts). */
export function budgetRow(line: BudgetLine): BudgetRow {
  return {
    id: line.id,
    tableId: line.tableId,
    position: line.position,
    nameKo: line.nameKo,
    rowKind: line.rowKind,
    parentLineId: line.parentLineId,
    file: line.source.file,
    lines: line.source.lines,
    amounts: Object.fromEntries(BUDGET_PHASES.map((phase) => [phase, line[phase] === null || line[phase] === undefined ? null : BigInt(line[phase]!)])) as BudgetRow['amounts'],
  };
}

export function rollUpBudget(
  lines: BudgetLine[],
  asOfByTable: Map<string, string | null>,
  fiscalYear: number,
  classification: keyof typeof BudgetClassification,
): BudgetRollup {
  const counted = lines.filter((l) => l.rowKind === 'LINE' && l.fiscalYear === fiscalYear && l.classification === classification);
  const amounts = sumAmounts(counted);
  const tableIds = [...new Set(counted.map((l) => l.tableId))];
  const entries = rollupEntries(
    tableIds.map((id) => lines.filter((l) => l.tableId === id).map(budgetRow)),
    Object.fromEntries(BUDGET_PHASES.map((phase) => [phase, amounts[phase]])) as Record<(typeof BUDGET_PHASES)[number], bigint | null>,
  );
  return Object.assign(new BudgetRollup(), {
    fiscalYear,
    classification,
    reconciliation: entries.map(toReconciliation),
    agreesWithReport: agreesWithReport(entries),
    organizationsCounted: new Set(counted.map((l) => l.organizationId)).size,
    asOfDates: [...new Set(counted.map((l) => asOfByTable.get(l.tableId)).filter((d): d is string => Boolean(d)))].sort(),
    printedUnits: [...new Set(counted.map((l) => l.unit))],
    amounts,
    byFundingSource: [...new Set(counted.map((l) => l.fundingSource))].map((fundingSource) =>
      Object.assign(new FundingSourceAmounts(), { fundingSource, amounts: sumAmounts(counted.filter((l) => l.fundingSource === fundingSource)) }),
    ),
  });
}

@ObjectType('ItBudgetShare', {
  description:
    'The share of IT-related lines in an organization\'s budget (with every unit below it) for one fiscal year and kind of table. ' +
    'A line is IT-related when an information system, network project or device rollout cites it as its funding (infrastructure subgraph).',
})
export class ItBudgetShare {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => BudgetClassification)
  classification!: keyof typeof BudgetClassification;

  @Field(() => Int, { description: 'How many of the lines are IT-related.' })
  itLineCount!: number;

  @Field(() => BudgetAmounts, { description: 'The IT-related lines, summed.' })
  it!: BudgetAmounts;

  @Field(() => BudgetAmounts, { description: 'All lines of the kind, summed.' })
  all!: BudgetAmounts;

  @Field(() => DecimalScalar, { nullable: true, description: 'IT-related current budget ÷ all current budget × 100 (%), 2 places.' })
  get currentShare(): string | null {
    return percentage(this.it.current, this.all.current, 2);
  }
}

export function itShare(
  lines: BudgetLine[],
  itLineIds: Set<string>,
  fiscalYear: number,
  classification: keyof typeof BudgetClassification,
): ItBudgetShare {
  const counted = lines.filter((l) => l.rowKind === 'LINE' && l.fiscalYear === fiscalYear && l.classification === classification);
  const it = counted.filter((l) => itLineIds.has(l.id));
  return Object.assign(new ItBudgetShare(), { fiscalYear, classification, itLineCount: it.length, it: sumAmounts(it), all: sumAmounts(counted) });
}
