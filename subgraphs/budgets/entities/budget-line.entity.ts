import { BigIntType, Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';
import { DecimalScalar, WonScalar } from '../../../lib/graphql/scalars';
import { decimalPlaces } from '../../../lib/seeds/printed';
import { comparedAmounts, percentage } from '../../../lib/seeds/rates';
import { BudgetBalances } from '../budget-balances';
import { BudgetClassification, BudgetLineStatus, BudgetRowKind, ChangeBasis, MoneyUnit } from '../enums';

const money = () => ({ type: new BigIntType('bigint'), nullable: true });

/** Funding sources the reports print beside a line. */
const FUNDING_SOURCE = /특별교부금|\d차\s?추경|추경/;

@ObjectType('BudgetLine', {
  description:
    'One row of a budget table: every phase the report prints, in exact won, with the printed execution rate beside the one computed from the amounts. ' +
    'Null means the report printed no amount (-, _, blank), not zero. Its id is "<table id>/<row position>", e.g. "000-tasks/28".',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'budget_line' })
export class BudgetLine extends OwnedRecord {
  @Field(() => String)
  @Index()
  @Property({ type: 'text' })
  tableId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  fiscalYear!: number;

  @Field(() => BudgetClassification)
  @Property({ type: 'text' })
  classification!: keyof typeof BudgetClassification;

  @Field(() => Int, { description: 'Row order within the table, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'Name as printed (세부사업명·과제명). Names may repeat within a table; each row stays its own line.' })
  @Property({ type: 'text' })
  nameKo!: string;

  @Field(() => BudgetRowKind)
  @Property({ type: 'text' })
  rowKind!: keyof typeof BudgetRowKind;

  @Field(() => String, { nullable: true, description: 'The number the report gives the row (연번·번호).' })
  @Property({ type: 'text', nullable: true })
  taskNo!: string | null;

  @Field(() => MoneyUnit, { description: 'The unit the report printed this row in.' })
  @Property({ type: 'text' })
  unit!: keyof typeof MoneyUnit;

  @Field(() => WonScalar, { nullable: true, description: 'Original budget (본예산), won.' })
  @Property(money())
  original!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'Current budget (예산현액: after supplementary budgets and carry-overs), won.' })
  @Property(money())
  current!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: "Previous year's final budget (전년도 최종예산), won." })
  @Property(money())
  previousFinal!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'Committed (원인행위액; the reports\' 집행액 on a commitment basis), won.' })
  @Property(money())
  committed!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'Spent (지출액), won.' })
  @Property(money())
  spent!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: "Previous year's original budget (전년도 본예산), won." })
  @Property(money())
  previousOriginal!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: "Previous year's current budget (전년도 예산현액), won." })
  @Property(money())
  previousCurrent!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'Special grants and the like added to the original budget (특교 등), won; current = original + specialGrant in such tables.' })
  @Property(money())
  specialGrant!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'The change against the previous year as printed (증감), won.' })
  @Property(money())
  changePrinted!: bigint | null;

  @Field(() => WonScalar, {
    nullable: true,
    description: 'The change computed from the amounts the table compares (changeBasis): original − previousOriginal, or current − previousCurrent; a nil beside a printed amount counts as 0.',
  })
  get changeComputed(): bigint | null {
    const pair = comparedAmounts(this.changeBasis, this, (value) => (value === null || value === undefined ? null : BigInt(value)));
    return pair ? pair[0] - pair[1] : null;
  }

  @Field(() => ChangeBasis, { nullable: true, description: 'What the table\'s change column compares.' })
  @Property({ type: 'text', nullable: true })
  changeBasis!: keyof typeof ChangeBasis | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The change rate as printed (증감률, %).' })
  @Property({ type: 'text', nullable: true })
  changeRatePrinted!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'changeComputed ÷ the previous amount × 100, at the printed precision (1 place when none is printed).' })
  get changeRateComputed(): string | null {
    const pair = comparedAmounts(this.changeBasis, this, (value) => (value === null || value === undefined ? null : BigInt(value)));
    if (!pair) return null;
    return percentage(pair[0] - pair[1], pair[1], this.changeRatePrinted ? decimalPlaces(this.changeRatePrinted) : 1);
  }

  @Field(() => WonScalar, { nullable: true, description: 'Planned execution in the 1st quarter (집행계획 1분기), won.' })
  @Property(money())
  plannedQ1!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'Planned execution in the 2nd quarter, won.' })
  @Property(money())
  plannedQ2!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'Planned execution in the 3rd quarter, won.' })
  @Property(money())
  plannedQ3!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'Planned execution in the 4th quarter, won.' })
  @Property(money())
  plannedQ4!: bigint | null;

  @Field(() => BudgetLineStatus, { nullable: true, description: 'A status printed instead of amounts (재배정, 비예산).' })
  @Property({ type: 'text', nullable: true })
  status!: keyof typeof BudgetLineStatus | null;

  @Field(() => String, { nullable: true, description: 'The line this line is a part of (a program under its program budget), in the same table.' })
  @Index()
  @Property({ type: 'text', nullable: true })
  parentLineId!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Execution rate on commitments as printed (집행률 = 원인행위액 ÷ 예산현액, %).' })
  @Property({ type: 'text', nullable: true })
  committedRatePrinted!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Execution rate on spending as printed (지출액 ÷ 예산현액, %).' })
  @Property({ type: 'text', nullable: true })
  spentRatePrinted!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'committed ÷ current × 100, computed from the amounts, rounded half up to the printed precision (2 places when none is printed).',
  })
  get committedRateComputed(): string | null {
    return percentage(this.committed, this.current, this.committedRatePrinted ? decimalPlaces(this.committedRatePrinted) : 2);
  }

  @Field(() => DecimalScalar, { nullable: true, description: 'spent ÷ current × 100, computed like committedRateComputed.' })
  get spentRateComputed(): string | null {
    return percentage(this.spent, this.current, this.spentRatePrinted ? decimalPlaces(this.spentRatePrinted) : 2);
  }

  @Field(() => BudgetBalances, { description: 'What is left, what was added and how the line moved against last year, computed from its printed phases.' })
  get balances(): BudgetBalances {
    return new BudgetBalances(this);
  }

  // Three balances again as fields of the line itself: they are measures of the lists (sums, filters; lists.ts).
  @Field(() => WonScalar, { nullable: true, description: 'current − committed (balances.uncommitted); a measure of the lists.' })
  get uncommitted(): bigint | null {
    return this.balances.uncommitted;
  }

  @Field(() => WonScalar, { nullable: true, description: 'current − spent (balances.unspent); a measure of the lists.' })
  get unspent(): bigint | null {
    return this.balances.unspent;
  }

  @Field(() => WonScalar, { nullable: true, description: 'current − original (balances.supplementary); a measure of the lists.' })
  get supplementary(): bigint | null {
    return this.balances.supplementary;
  }

  @Field(() => String, { nullable: true, description: 'Page of the detailed budget book the row refers to (쪽수), as printed.' })
  @Property({ type: 'text', nullable: true })
  pageRef!: string | null;

  @Field(() => String, { nullable: true, description: 'The funding source the report prints with the row (특별교부금, 3차추경 …); null when it prints none (the general budget).' })
  get fundingSource(): string | null {
    return this.note?.match(FUNDING_SOURCE)?.[0] ?? null;
  }

  @Field(() => String, { nullable: true, description: 'A note printed with the row (funding source such as 특별교부금, 3차추경).' })
  @Property({ type: 'text', nullable: true })
  note!: string | null;
}
