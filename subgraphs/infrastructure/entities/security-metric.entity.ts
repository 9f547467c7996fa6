import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';
import { DecimalScalar } from '../../../lib/graphql/scalars';
import { SecurityMetricKind } from '../enums';

@ObjectType('SecurityMetric', { description: 'A security or privacy figure for a period (정보보안·개인정보 보호 실적).' })
@Entity({ tableName: 'security_metric' })
export class SecurityMetric extends OwnedRecord {

  @Field(() => String, { nullable: true, description: 'Id of the information system the figure is about, if any.' })
  @Index()
  @Property({ type: 'text', nullable: true })
  systemId!: string | null;

  @Field(() => SecurityMetricKind)
  @Property({ type: 'text' })
  kind!: keyof typeof SecurityMetricKind;

  @Field(() => String)
  @Property({ type: 'text' })
  nameKo!: string;

  @Field(() => DecimalScalar, { description: 'The figure as printed.' })
  @Property({ type: 'text' })
  value!: string;

  @Field(() => String, { description: 'Its unit (건, %, 개 사이트).' })
  @Property({ type: 'text' })
  unitKo!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  periodStart!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  periodEnd!: string | null;
}
