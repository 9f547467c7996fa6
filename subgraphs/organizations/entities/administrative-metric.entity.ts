import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';
import { DecimalScalar } from '../../../lib/graphql/scalars';
import { AdministrativeDomain } from '../enums';

@ObjectType('AdministrativeMetric', {
  description: "A figure of a division's own work, typed by domain: personnel moves (인사), civil complaints (민원), volunteering (봉사), document reduction (공문서 감축), records.",
})
@Entity({ tableName: 'administrative_metric' })
export class AdministrativeMetric extends OwnedRecord {

  @Field(() => AdministrativeDomain)
  @Index()
  @Property({ type: 'text' })
  domain!: keyof typeof AdministrativeDomain;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'Period as printed.' })
  @Property({ type: 'text', nullable: true })
  periodKo!: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  nameKo!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'The figure, when it is one number.' })
  @Property({ type: 'text', nullable: true })
  value!: string | null;

  @Field(() => String, { nullable: true, description: 'The cell as printed when it is not one number.' })
  @Property({ type: 'text', nullable: true })
  valueKo!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  unitKo!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Its target, where printed.' })
  @Property({ type: 'text', nullable: true })
  target!: string | null;

  @Field(() => String, { nullable: true })
  @Index()
  @Property({ type: 'text', nullable: true })
  budgetLineId!: string | null;
}
