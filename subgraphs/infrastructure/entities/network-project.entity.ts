import { ArrayType, Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';

@ObjectType('NetworkProject', { description: 'A network build or upgrade (스쿨넷, 학내망 정비, 무선망): scope, regions, targets and completion.' })
@Entity({ tableName: 'network_project' })
export class NetworkProject extends OwnedRecord {

  @Field(() => String)
  @Property({ type: 'text' })
  nameKo!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'Phase as printed (단계·차수).' })
  @Property({ type: 'text', nullable: true })
  phase!: string | null;

  @Field(() => [String], { description: 'Regions covered (district offices\' areas), as printed.' })
  @Property({ type: ArrayType })
  regionsKo!: string[];

  @Field(() => Int, { nullable: true, description: 'Target count (대상), in unitKo.' })
  @Property({ type: 'integer', nullable: true })
  target!: number | null;

  @Field(() => Int, { nullable: true, description: 'Completed count (완료), in unitKo.' })
  @Property({ type: 'integer', nullable: true })
  completed!: number | null;

  @Field(() => Int, { nullable: true, description: 'Excluded from the target (제외: closed schools etc.), in unitKo.' })
  @Property({ type: 'integer', nullable: true })
  excluded!: number | null;

  @Field(() => String, { description: 'What the counts count (교, 기관, 실).' })
  @Property({ type: 'text' })
  unitKo!: string;

  @Field(() => String, { nullable: true, description: 'Start, partial ISO.' })
  @Property({ type: 'text', nullable: true })
  periodStart!: string | null;

  @Field(() => String, { nullable: true, description: 'End, partial ISO.' })
  @Property({ type: 'text', nullable: true })
  periodEnd!: string | null;

  @Field(() => String, { nullable: true })
  @Index()
  @Property({ type: 'text', nullable: true })
  budgetLineId!: string | null;
}
