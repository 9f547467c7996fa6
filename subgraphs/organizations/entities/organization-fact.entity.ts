import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';
import { DecimalScalar } from '../../../lib/graphql/scalars';

@ObjectType('OrganizationFact', {
  description: 'A figure about an organization that is not staffing, a facility, history or budget, e.g. one cell of a peer comparison across provinces (타 기관 비교).',
})
@Entity({ tableName: 'organization_fact' })
export class OrganizationFact extends OwnedRecord {
  @Field(() => String, { description: 'The table or passage, as printed.' })
  @Property({ type: 'text' })
  topicKo!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  topicEn!: string;

  @Field(() => String, { description: 'Row or column subject, e.g. a province (경기).' })
  @Property({ type: 'text' })
  subjectKo!: string;

  @Field(() => String, { description: 'What is measured, e.g. 인원 (persons) or 순위 (rank).' })
  @Property({ type: 'text' })
  attributeKo!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'The figure, when it is a number.' })
  @Property({ type: 'text', nullable: true })
  value!: string | null;

  @Field(() => String, { nullable: true, description: 'The cell as printed when it is not a plain number ("1위").' })
  @Property({ type: 'text', nullable: true })
  valueKo!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  unitKo!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  asOf!: string | null;

  /** The staffing roll-up measure (authorized, inPost) this staff figure is reconciled with on its organization, if any. */
  @Property({ type: 'text', nullable: true })
  reconcileMeasure!: string | null;
}
