/**
 * One MikroORM instance per subgraph, confined to that subgraph's PostgreSQL schema,
 * with its checked-in migrations applied on open.
 */
import { MikroORM, type EntityClass, type MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { SubgraphName } from '../config';
import { SeedState } from './seed-state.entity';

export type SubgraphOrm = MikroORM<PostgreSqlDriver>;

export interface SubgraphDatabaseOptions {
  subgraph: SubgraphName;
  clientUrl: string;
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  /** Called with every SQL statement the ORM sends (tests count them to prove batching). */
  onQuery?: (sql: string) => void;
}

export function ormConfig(options: SubgraphDatabaseOptions) {
  return {
    driver: PostgreSqlDriver,
    clientUrl: options.clientUrl,
    schema: options.subgraph,
    entities: [...options.entities, SeedState],
    // The global EntityManager is refused: every request forks its own.
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: true },
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
      emit: 'ts' as const,
    },
    pool: { min: 0, max: 4 },
    // Keep the default empty-array/null behaviour stable across versions.
    forceUndefined: false,
  };
}

export async function openSubgraphDatabase(options: SubgraphDatabaseOptions): Promise<SubgraphOrm> {
  const orm = await MikroORM.init<PostgreSqlDriver>(ormConfig(options));
  if (options.onQuery) {
    const knex = orm.em.getConnection().getKnex();
    knex.on('query', (query: { sql: string }) => options.onQuery?.(query.sql));
  }
  await orm.getMigrator().up();
  return orm;
}

/** Answers whether the database still responds (for /readyz). */
export async function databaseAnswers(orm: SubgraphOrm): Promise<{ ok: boolean; error?: string }> {
  try {
    await orm.em.getConnection().execute('select 1');
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
