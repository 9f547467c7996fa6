import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';
import { DecimalScalar } from '../../../lib/graphql/scalars';

@ObjectType('ServiceMetric', { description: 'A service figure (uptime, satisfaction, call-centre volume) with its target where printed.' })
@Entity({ tableName: 'service_metric' })
export class ServiceMetric extends OwnedRecord {

  @Field(() => String, { nullable: true })
  @Index()
  @Property({ type: 'text', nullable: true })
  systemId!: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  nameKo!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => DecimalScalar, { description: 'The figure as printed.' })
  @Property({ type: 'text' })
  value!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Its target as printed (목표).' })
  @Property({ type: 'text', nullable: true })
  target!: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  unitKo!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  periodKo!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'value ≥ target; null without a target.' })
  get meetsTarget(): boolean | null {
    return this.target === null ? null : Number(this.value) >= Number(this.target);
  }
}
