import { BigIntType, Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';
import { WonScalar } from '../../../lib/graphql/scalars';
import { DeviceKind, RolloutStatus } from '../enums';

@ObjectType('DeviceRollout', { description: 'Devices handed out to schools (기기 보급): laptops, tablets, Wi-Fi access points.' })
@Entity({ tableName: 'device_rollout' })
export class DeviceRollout extends OwnedRecord {

  @Field(() => DeviceKind)
  @Property({ type: 'text' })
  deviceKind!: keyof typeof DeviceKind;

  @Field(() => String)
  @Property({ type: 'text' })
  nameKo!: string;

  @Field(() => Int, { description: 'How many devices (or rooms for Wi-Fi), in unitKo.' })
  @Property({ type: 'integer' })
  units!: number;

  @Field(() => String, { description: '대, 실 ...' })
  @Property({ type: 'text' })
  unitKo!: string;

  @Field(() => Int, { nullable: true, description: 'How many recipients (schools), in recipientUnitKo.' })
  @Property({ type: 'integer', nullable: true })
  recipients!: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  recipientUnitKo!: string | null;

  @Field(() => WonScalar, { nullable: true, description: 'Money tied to the rollout, exact won.' })
  @Property({ type: new BigIntType('bigint'), nullable: true })
  amount!: bigint | null;

  @Field(() => WonScalar, { nullable: true, description: 'Money per unit: amount ÷ units, exact won rounded half up; null unless both are printed.' })
  get amountPerUnit(): bigint | null {
    if (this.amount === null || this.amount === undefined || !this.units) return null;
    const units = BigInt(this.units);
    return (BigInt(this.amount) * 2n + units) / (2n * units);
  }

  @Field(() => String, { nullable: true, description: 'Period as printed.' })
  @Property({ type: 'text', nullable: true })
  periodKo!: string | null;

  @Field(() => RolloutStatus)
  @Property({ type: 'text' })
  status!: keyof typeof RolloutStatus;

  @Field(() => String, { nullable: true })
  @Index()
  @Property({ type: 'text', nullable: true })
  budgetLineId!: string | null;
}
