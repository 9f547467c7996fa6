/**
 * Loads a subgraph's seeds into its schema in one transaction: all or nothing.
 * The checksum of the seed files is kept, so a second load of the same files changes nothing.
 */
import type { EntityManager } from '@mikro-orm/core';
import { SeedState } from '../db/seed-state.entity';
import type { SubgraphOrm } from '../db/orm';
import type { SubgraphDefinition } from '../service/subgraph-definition';
import { readAllSeedsWithChecksum, SEEDS_DIR, type ReadSeeds, type SeedContent } from './read-seeds';

/** Builds every entity of one subgraph from the validated seeds (its own, and others' for reference). */
export type SeedPlan = (seeds: SeedContent) => object[];

export interface SeedResult {
  subgraph: string;
  status: 'loaded' | 'unchanged';
  records: number;
}

async function replaceContent(em: EntityManager, definition: SubgraphDefinition, entities: object[]): Promise<void> {
  for (const entity of [...definition.entities].reverse()) {
    await em.nativeDelete(entity, {});
  }
  for (const entity of entities) em.persist(entity);
  await em.flush();
}

export async function loadSeeds(
  orm: SubgraphOrm,
  definition: SubgraphDefinition,
  options: { seedsDir?: string; force?: boolean; seeds?: ReadSeeds } = {},
): Promise<SeedResult> {
  // Validate everything before touching the database (or take what a caller starting several subgraphs read once).
  const { content: all, checksum } = options.seeds ?? readAllSeedsWithChecksum(options.seedsDir ?? SEEDS_DIR);
  const stamp = `${checksum}:${definition.migrations.map((m) => m.name).join(',')}`;
  const entities = definition.seedPlan(all);

  const em = orm.em.fork();
  const state = await em.findOne(SeedState, { subgraph: definition.name });
  if (state && state.checksum === stamp && !options.force) {
    return { subgraph: definition.name, status: 'unchanged', records: state.records };
  }
  await em.transactional(async (tx) => {
    // The statement timeout is for requests; the seed load's big inserts may take longer on a slow machine.
    await tx.execute('set local statement_timeout = 0');
    await replaceContent(tx, definition, entities);
    await tx.upsert(SeedState, { subgraph: definition.name, checksum: stamp, records: entities.length, loadedAt: new Date() });
  });
  return { subgraph: definition.name, status: 'loaded', records: entities.length };
}
