/** A headcount row's share of its table: its authorized posts and staff in post against the table's total (총계). */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { DecimalScalar } from '../../../lib/graphql/scalars';
import { percentage } from '../../../lib/seeds/rates';
import { StaffingLine } from '../entities/staffing-line.entity';
import type { OrganizationsContext } from '../loaders';

@ObjectType('StaffingShare', { description: "A headcount row's part of its table's total row (총계, the same organization and date), in % (1 place)." })
class StaffingShare {
  @Field(() => DecimalScalar, { nullable: true, description: 'authorized ÷ the total row\'s authorized × 100; null where either is not printed.' })
  authorized!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'inPost ÷ the total row\'s inPost × 100.' })
  inPost!: string | null;
}

const big = (value: number | null) => (value === null ? null : BigInt(value));

@Resolver(() => StaffingLine)
export class StaffingLineMeasuresResolver {
  @FieldResolver(() => StaffingShare, { nullable: true, description: "This category's or grade's share of the table's authorized posts and staff in post; null for the total row, or a table that prints none." })
  async shareOfTotal(@Root() line: StaffingLine, @Ctx() { loaders }: OrganizationsContext): Promise<StaffingShare | null> {
    if (line.rowKind === 'TOTAL') return null;
    const rows = await loaders.staffingByOrganizationId.load(line.organizationId);
    const total = rows.find((row) => row.rowKind === 'TOTAL' && row.asOf === line.asOf);
    if (!total) return null;
    return Object.assign(new StaffingShare(), {
      authorized: percentage(big(line.authorized), big(total.authorized), 1),
      inPost: percentage(big(line.inPost), big(total.inPost), 1),
    });
  }
}
