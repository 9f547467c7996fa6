import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { SourceRef } from '../../../lib/graphql/source-ref';
import { FindingKind, FindingOrigin } from '../enums';

@ObjectType('DataQualityFinding', {
  description:
    'A place where a report disagrees with itself (데이터 품질 지적): a stated total against its rows, a printed rate against its amounts, ' +
    'one figure printed with two values. Both values and both places are given; the hub never "fixes" the printed figure.',
})
@Entity({ tableName: 'data_quality_finding' })
export class DataQualityFinding {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => FindingKind)
  @Index()
  @Property({ type: 'text' })
  kind!: keyof typeof FindingKind;

  @Field(() => FindingOrigin, { description: 'COMPUTED from the figures by the hub, or CURATED by hand.' })
  @Property({ type: 'text' })
  origin!: keyof typeof FindingOrigin;

  @Field(() => String, { nullable: true, description: 'The organization whose figures disagree.' })
  @Index()
  @Property({ type: 'text', nullable: true })
  organizationId!: string | null;

  @Field(() => String, { nullable: true, description: 'GraphQL type of the record concerned (BudgetLine, StaffingLine ...).' })
  @Property({ type: 'text', nullable: true })
  recordType!: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the record concerned.' })
  @Index()
  @Property({ type: 'text', nullable: true })
  recordId!: string | null;

  @Field(() => String, { description: 'What disagrees, in English with the Korean terms.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'The value the report prints (stated), as printed.' })
  @Property({ type: 'text' })
  valueA!: string;

  @Field(() => SourceRef, { description: 'Where valueA stands.' })
  @Embedded({ entity: () => SourceRef, prefix: 'source_a_' })
  sourceA!: SourceRef;

  @Field(() => String, { nullable: true, description: 'The computed value, or the other printed value.' })
  @Property({ type: 'text', nullable: true })
  valueB!: string | null;

  @Field(() => SourceRef, { nullable: true, description: 'Where valueB stands (or the rows it is computed from).' })
  @Embedded({ entity: () => SourceRef, prefix: 'source_b_', nullable: true })
  sourceB!: SourceRef | null;
}
