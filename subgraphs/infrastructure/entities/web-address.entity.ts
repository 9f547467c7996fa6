import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SourceRef } from '../../../lib/graphql/source-ref';

/** The address as a link: as printed when it names a scheme, else with http:// before it (the scheme the reports print). */
export function linkOf(address: string): string {
  return /^https?:\/\//i.test(address) ? address : `http://${address}`;
}

@ObjectType('WebAddress', { description: 'A web address a report prints for an information system or a service (홈페이지·URL), as printed and as a link.' })
@Entity({ tableName: 'web_address' })
export class WebAddress {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => String)
  @Index()
  @Property({ type: 'text' })
  systemId!: string;

  @Field(() => Int, { description: 'Order among the system\'s addresses, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'The address exactly as printed (e.g. ssem.or.kr, http://www.sen.go.kr/insa).' })
  @Property({ type: 'text' })
  address!: string;

  @Field(() => String, { description: 'The address as a link: as printed when it names a scheme, else with http:// before it (the only scheme the reports print).' })
  @Property({ type: 'text' })
  url!: string;

  @Field(() => String, { description: 'What the report calls the site where it prints the address (e.g. 서울교육포털 홈페이지, 뉴서울교육포털).' })
  @Property({ type: 'text' })
  nameKo!: string;

  @Field(() => SourceRef)
  @Embedded({ entity: () => SourceRef, prefix: 'source_' })
  source!: SourceRef;
}
