import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** What seed content a subgraph's schema holds, so that loading the same seeds twice changes nothing. */
@Entity({ tableName: 'seed_state' })
export class SeedState {
  @PrimaryKey({ type: 'text' })
  subgraph!: string;

  @Property({ type: 'text' })
  checksum!: string;

  @Property({ type: 'integer' })
  records!: number;

  @Property({ type: 'datetime' })
  loadedAt!: Date;
}
