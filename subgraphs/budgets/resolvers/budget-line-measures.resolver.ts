/**
 * Measures of a budget line that need its table: its share of the table's total, and for a group
 * line (a program budget over its programs) the sum of its member lines beside its printed amounts.
 */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { DecimalScalar } from '../../../lib/graphql/scalars';
import { percentage } from '../../../lib/seeds/rates';
import { BudgetAmounts, sumAmounts } from '../budget-amounts';
import { BudgetLine } from '../entities/budget-line.entity';
import type { BudgetsContext } from '../loaders';

@ObjectType('BudgetLineShare', { description: "A line's part of its table's total, by phase, in % (2 places); null where a phase is not printed or the total is 0." })
class BudgetLineShare {
  @Field(() => DecimalScalar, { nullable: true, description: 'original ÷ the total\'s original × 100.' })
  original!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'current ÷ the total\'s current × 100.' })
  current!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'committed ÷ the total\'s committed × 100.' })
  committed!: string | null;

  @Field(() => String, { description: 'What the shares divide by: TOTAL_ROW (the 계 the table prints) or LINE_SUM (the sum of its LINE rows, where it prints no total).' })
  basis!: string;
}

@Resolver(() => BudgetLine)
export class BudgetLineMeasuresResolver {
  @FieldResolver(() => BudgetLineShare, { nullable: true, description: "The line's share of its table's total (the printed total row, else the sum of the LINE rows); null for a total row itself." })
  async shareOfTable(@Root() line: BudgetLine, @Ctx() { loaders }: BudgetsContext): Promise<BudgetLineShare | null> {
    if (line.rowKind === 'TOTAL') return null;
    const { stated, computed } = await loaders.tableTotalsByTableId.load(line.tableId);
    const total = stated ?? computed;
    return Object.assign(new BudgetLineShare(), {
      original: percentage(line.original, total.original, 2),
      current: percentage(line.current, total.current, 2),
      committed: percentage(line.committed, total.committed, 2),
      basis: stated ? 'TOTAL_ROW' : 'LINE_SUM',
    });
  }

  @FieldResolver(() => BudgetAmounts, {
    nullable: true,
    description: "For a group line (a program budget the report prints over its programs): its member lines' phases summed, to set beside the line's printed amounts; null for a line with no members.",
  })
  async membersTotal(@Root() line: BudgetLine, @Ctx() { loaders }: BudgetsContext): Promise<BudgetAmounts | null> {
    const members = (await loaders.linesByTableId.load(line.tableId)).filter((row) => row.parentLineId === line.id);
    return members.length ? sumAmounts(members) : null;
  }
}
