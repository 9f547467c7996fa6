/** What each subgraph hands to the shared machinery: its entities, migrations, schema, loaders and seed mapping. */
import type { EntityClass, EntityManager, MigrationObject } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import type { SubgraphName } from '../config';
import type { SeedPlan } from '../seeds/load-seeds';

export interface SubgraphContext<Loaders> {
  em: EntityManager;
  loaders: Loaders;
}

export interface SubgraphDefinition<Loaders = unknown> {
  name: SubgraphName;
  /** Entity classes, in the order rows can be inserted (referenced before referencing). */
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  buildSchema(): Promise<GraphQLSchema>;
  /** Built per request, over the request's EntityManager fork. */
  createLoaders(em: EntityManager): Loaders;
  /** Turns this subgraph's validated seed files into entities. */
  seedPlan: SeedPlan;
}
