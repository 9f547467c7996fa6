import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OwnedRecord } from '../../../lib/db/owned-record';
import { DecimalScalar } from '../../../lib/graphql/scalars';
import { SourceRef } from '../../../lib/graphql/source-ref';
import { FacilityKind } from '../enums';

@ObjectType('Facility', { description: 'A site, building or room an organization occupies (시설 현황).' })
@Entity({ tableName: 'facility' })
export class Facility extends OwnedRecord {

  @Field(() => FacilityKind)
  @Property({ type: 'text' })
  kind!: keyof typeof FacilityKind;

  @Field(() => String, { description: 'Name as printed (구분).' })
  @Property({ type: 'text' })
  nameKo!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'Street address as printed (소재지); null where the reports print none.' })
  @Property({ type: 'text', nullable: true })
  addressKo!: string | null;

  @Field(() => SourceRef, {
    nullable: true,
    description: 'Where the address is printed: the facility\'s own lines, or another line that names its site (e.g. a history entry); null without an address.',
  })
  @Embedded({ entity: () => SourceRef, prefix: 'address_source_', nullable: true })
  addressSource!: SourceRef | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Land area in square metres (대지, ㎡), as printed.' })
  @Property({ type: 'text', nullable: true })
  landAreaM2!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Floor area in square metres (건물 연면적, ㎡), as printed.' })
  @Property({ type: 'text', nullable: true })
  floorAreaM2!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many rooms of this kind (강의실 44실 → 44), as printed; null where the report gives no count, or one per year (see note).' })
  @Property({ type: 'integer', nullable: true })
  roomCount!: number | null;

  @Field(() => String, { nullable: true, description: 'Other facts printed with the row (owner, 평 figures, floors).' })
  @Property({ type: 'text', nullable: true })
  note!: string | null;
}
