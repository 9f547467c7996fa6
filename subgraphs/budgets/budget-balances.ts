/**
 * The balances a council asks of a budget (what is left, what was added, how it moved against last
 * year), computed in exact won from the printed phases, for one line or for amounts summed over lines.
 */
import { Field, ObjectType } from 'type-graphql';
import { DecimalScalar, WonScalar } from '../../lib/graphql/scalars';
import { percentage } from '../../lib/seeds/rates';

/** The phases balances are computed from (a budget line, or BudgetAmounts summed over lines). */
export interface BudgetPhases {
  original: bigint | null;
  current: bigint | null;
  previousFinal: bigint | null;
  committed: bigint | null;
  spent: bigint | null;
}

const difference = (a: bigint | null, b: bigint | null): bigint | null => (a === null || b === null ? null : BigInt(a) - BigInt(b));

@ObjectType('BudgetBalances', {
  description: 'Balances computed from the printed phases, in exact won; each is null unless both of its phases are printed. The reports print none of them, except the change against last year (see BudgetLine.changePrinted).',
})
export class BudgetBalances {
  constructor(private readonly phases: BudgetPhases) {}

  @Field(() => WonScalar, { nullable: true, description: 'Not yet committed (미집행액, commitment basis): current − committed.' })
  get uncommitted(): bigint | null {
    return difference(this.phases.current, this.phases.committed);
  }

  @Field(() => DecimalScalar, { nullable: true, description: 'uncommitted ÷ current × 100 (%), 2 places.' })
  get uncommittedRate(): string | null {
    return percentage(this.uncommitted, this.phases.current, 2);
  }

  @Field(() => WonScalar, { nullable: true, description: 'Not yet spent (미지출액): current − spent.' })
  get unspent(): bigint | null {
    return difference(this.phases.current, this.phases.spent);
  }

  @Field(() => WonScalar, { nullable: true, description: 'Added to the original budget during the year (추경·이월·전용 등): current − original.' })
  get supplementary(): bigint | null {
    return difference(this.phases.current, this.phases.original);
  }

  @Field(() => WonScalar, {
    nullable: true,
    description: "This year's original budget against last year's final budget, where a table prints the two side by side (본예산 − 전년도 최종예산).",
  })
  get againstPreviousFinal(): bigint | null {
    return difference(this.phases.original, this.phases.previousFinal);
  }

  @Field(() => DecimalScalar, { nullable: true, description: 'againstPreviousFinal ÷ previous final × 100 (%), 1 place.' })
  get againstPreviousFinalRate(): string | null {
    return percentage(this.againstPreviousFinal, this.phases.previousFinal, 1);
  }
}
