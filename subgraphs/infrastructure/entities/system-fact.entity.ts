import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../../lib/graphql/scalars';
import { SourceRef } from '../../../lib/graphql/source-ref';
import { SystemFactKind } from '../enums';

@ObjectType('SystemFact', { description: 'A fact the reports print about a system: capacity, a feature, a partner and its role, a comparison cell, growth or schedule.' })
@Entity({ tableName: 'system_fact' })
export class SystemFact {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => String)
  @Index()
  @Property({ type: 'text' })
  systemId!: string;

  @Field(() => SystemFactKind)
  @Property({ type: 'text' })
  kind!: keyof typeof SystemFactKind;

  @Field(() => String, { description: 'What the fact is about (a component, a partner, a compared system).' })
  @Property({ type: 'text' })
  subjectKo!: string;

  @Field(() => String, { description: 'Which attribute (최대 인원, 역할 ...).' })
  @Property({ type: 'text' })
  attributeKo!: string;

  @Field(() => String, { description: 'The phrase or cell as printed.' })
  @Property({ type: 'text' })
  valueKo!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'The number, when the fact is numeric.' })
  @Property({ type: 'text', nullable: true })
  value!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  unitKo!: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the partner organization a PARTNER fact names.' })
  @Property({ type: 'text', nullable: true })
  partnerOrganizationId!: string | null;

  /** The organization whose IT roll-up reconciles a measure with this count, if any. */
  @Index()
  @Property({ type: 'text', nullable: true })
  reconcileOrganizationId!: string | null;

  /** The IT roll-up measure (systems, hardwareUnits, softwareUnits) this count is reconciled with. */
  @Property({ type: 'text', nullable: true })
  reconcileMeasure!: string | null;

  @Field(() => SourceRef)
  @Embedded({ entity: () => SourceRef, prefix: 'source_' })
  source!: SourceRef;
}
