import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar, WonScalar } from '../../lib/graphql/scalars';
import { percentage } from '../../lib/seeds/rates';
import { BudgetBalances } from './budget-balances';
import type { BudgetLine } from './entities/budget-line.entity';

const PHASES = [
  'original', 'current', 'previousFinal', 'committed', 'spent', 'previousOriginal', 'previousCurrent', 'specialGrant', 'changePrinted',
  'plannedQ1', 'plannedQ2', 'plannedQ3', 'plannedQ4',
] as const;

@ObjectType('BudgetAmounts', {
  description: 'Budget phases summed over lines (or printed on a total row), in exact won; the execution rate is computed from the summed amounts, never averaged.',
})
export class BudgetAmounts {
  @Field(() => Int, { description: 'How many lines the amounts cover.' })
  lineCount!: number;

  @Field(() => WonScalar, { nullable: true, description: 'Original budget (본예산); null when no line has one.' })
  original!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'Current budget (예산현액).' })
  current!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: "Previous year's final budget (전년도 최종예산)." })
  previousFinal!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'Committed (원인행위액).' })
  committed!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'Spent (지출액).' })
  spent!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: "Previous year's original budget (전년도 본예산)." })
  previousOriginal!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: "Previous year's current budget (전년도 예산현액)." })
  previousCurrent!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'Special grants (특교 등).' })
  specialGrant!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'The printed changes (증감), added up.' })
  changePrinted!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'Planned execution, 1st quarter (집행계획 1분기).' })
  plannedQ1!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'Planned execution, 2nd quarter.' })
  plannedQ2!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'Planned execution, 3rd quarter.' })
  plannedQ3!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'Planned execution, 4th quarter.' })
  plannedQ4!: bigint | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'committed ÷ current × 100 (%), 2 places.' })
  get committedRate(): string | null {
    return percentage(this.committed, this.current, 2);
  }

  @Field(() => DecimalScalar, { nullable: true, description: 'spent ÷ current × 100 (%), 2 places.' })
  get spentRate(): string | null {
    return percentage(this.spent, this.current, 2);
  }

  @Field(() => BudgetBalances, { description: 'What is left, what was added and how the amounts moved against last year, computed from the summed phases.' })
  get balances(): BudgetBalances {
    return new BudgetBalances(this);
  }
}

/** Sums each phase over the lines; a phase no line prints stays null. */
export function sumAmounts(lines: BudgetLine[]): BudgetAmounts {
  const amounts = new BudgetAmounts();
  amounts.lineCount = lines.length;
  for (const phase of PHASES) {
    let total: bigint | null = null;
    for (const line of lines) {
      const value = line[phase];
      if (value !== null && value !== undefined) total = (total ?? 0n) + BigInt(value);
    }
    amounts[phase] = total;
  }
  return amounts;
}

/** A table's printed total row(s) and the sum of its LINE rows: computed once per table and request (loaders.ts). */
export interface TableTotals {
  stated: BudgetAmounts | null;
  computed: BudgetAmounts;
}

export function tableTotals(rows: BudgetLine[]): TableTotals {
  const total = rows.filter((l) => l.rowKind === 'TOTAL');
  return { stated: total.length ? sumAmounts(total) : null, computed: sumAmounts(rows.filter((l) => l.rowKind === 'LINE')) };
}
