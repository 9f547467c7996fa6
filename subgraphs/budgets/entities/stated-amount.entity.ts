import { BigIntType, Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';
import { WonScalar } from '../../../lib/graphql/scalars';
import { MoneyUnit } from '../enums';

@ObjectType('StatedAmount', { description: 'An amount of money stated in running text rather than a budget table (e.g. "추경예산 15억").' })
@Entity({ tableName: 'stated_amount' })
export class StatedAmount extends OwnedRecord {

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  fiscalYear!: number | null;

  @Field(() => String, { description: 'What the amount is for, as the text puts it.' })
  @Property({ type: 'text' })
  nameKo!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => WonScalar, { description: 'The amount in exact won.' })
  @Property({ type: new BigIntType('bigint') })
  amount!: bigint;

  @Field(() => MoneyUnit, { description: 'The unit the text printed it in.' })
  @Property({ type: 'text' })
  unit!: keyof typeof MoneyUnit;

  @Field(() => String, { nullable: true, description: 'The budget line it belongs to, where the report ties them.' })
  @Index()
  @Property({ type: 'text', nullable: true })
  budgetLineId!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note!: string | null;
}
