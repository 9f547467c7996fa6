import { ArrayType, Embedded, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { SourceRef } from '../../../lib/graphql/source-ref';
import { ORGANIZATION_KINDS } from '../../../lib/seeds/records';
import { Government, OrganizationKind, ParentBasis } from '../enums';

@ObjectType('Organization', {
  description:
    'An agency or organizational unit the reports name (기관·부서), placed in a tree (parent/children). ' +
    'Owned by the organizations subgraph; the budgets, training and infrastructure subgraphs extend it with their figures.',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'organization' })
export class Organization {
  @Field(() => ID, { description: 'Stable readable id: "smoe-eri", "smoe-eri.edu-informatization", "seoul-hrdi".' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => OrganizationKind, { description: 'What kind of body it is (기관 유형).' })
  @Enum({ items: () => [...ORGANIZATION_KINDS], type: 'text' })
  kind!: keyof typeof OrganizationKind;

  @Field(() => String, { description: 'Korean name as the report prints it (기관명).' })
  @Property({ type: 'text' })
  nameKo!: string;

  @Field(() => String, { description: 'English name.' })
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'Id of the parent organization (상위 기관); null for a root.' })
  @Index()
  @Property({ type: 'text', nullable: true })
  parentId!: string | null;

  @Field(() => ParentBasis, { nullable: true, description: 'Whether the report states the parent or only implies it.' })
  @Property({ type: 'text', nullable: true })
  parentBasis!: keyof typeof ParentBasis | null;

  @Field(() => Government, { description: 'Which government the body belongs to.' })
  @Property({ type: 'text' })
  government!: keyof typeof Government;

  @Field(() => [String], { description: 'Other Korean spellings the reports use for the same body (이칭).' })
  @Property({ type: ArrayType })
  aliasesKo!: string[];

  @Field(() => [String], { description: 'Duties as the report lists them (주요 업무), in Korean.' })
  @Property({ type: ArrayType })
  duties!: string[];

  @Field(() => SourceRef, { description: 'Where the report names this body.' })
  @Embedded({ entity: () => SourceRef, prefix: 'source_' })
  source!: SourceRef;
}
