/**
 * One MikroORM instance per subgraph, confined to that subgraph's PostgreSQL schema,
 * with its checked-in migrations applied on open.
 */
import { MikroORM, type EntityClass, type MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { SubgraphName } from '../config';
import { timeoutsFromEnv, type Timeouts } from '../settings';
import { SeedState } from './seed-state.entity';

export type SubgraphOrm = MikroORM<PostgreSqlDriver>;

export type DatabaseTimeouts = Pick<Timeouts, 'dbStatementMs' | 'dbAcquireMs' | 'dbConnectMs'>;

export interface SubgraphDatabaseOptions {
  subgraph: SubgraphName;
  clientUrl: string;
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  /** Called with every SQL statement the ORM sends (tests count them to prove batching). */
  onQuery?: (sql: string) => void;
  /** Defaults to timeoutsFromEnv(). */
  timeouts?: DatabaseTimeouts;
}

/**
 * How much longer than statement_timeout the client waits for an answer. A slow statement is cancelled by
 * the server first (a clear 57014 error, the connection stays usable); the client's own timeout is for a
 * server that has stopped answering at all.
 */
export const CLIENT_WAIT_MARGIN_MS = 500;

/** What the pg driver exposes of a connection that matters to the pool (not in its typings). */
interface PgConnection {
  readyForQuery?: boolean;
  connection?: { stream?: { destroy(): void } };
}

/**
 * A connection whose query the client gave up on (query_timeout) still waits for that answer and would
 * queue every later query behind it: the pool drops it instead of handing it out again.
 */
function answering(connection: PgConnection): boolean {
  if (connection.readyForQuery !== false) return true;
  // Closing the socket first lets the pool's end() of this connection finish at once.
  connection.connection?.stream?.destroy();
  return false;
}

export function ormConfig(options: SubgraphDatabaseOptions) {
  const timeouts = options.timeouts ?? timeoutsFromEnv();
  return {
    driver: PostgreSqlDriver,
    clientUrl: options.clientUrl,
    schema: options.subgraph,
    entities: [...options.entities, SeedState],
    // The hub creates a missing database once before the subgraphs open it (four at once would race).
    ensureDatabase: false,
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
    pool: { min: 0, max: 4, acquireTimeoutMillis: timeouts.dbAcquireMs, validate: answering },
    driverOptions: {
      connection: {
        // Sent at connection start-up, so it holds for every statement of the session unless one lifts it (the seed load).
        statement_timeout: timeouts.dbStatementMs,
        query_timeout: timeouts.dbStatementMs + CLIENT_WAIT_MARGIN_MS,
        connectionTimeoutMillis: timeouts.dbConnectMs,
      },
    },
    // Keep the default empty-array/null behaviour stable across versions.
    forceUndefined: false,
  };
}

export async function openSubgraphDatabase(options: SubgraphDatabaseOptions): Promise<SubgraphOrm> {
  const orm = await MikroORM.init<PostgreSqlDriver>(ormConfig(options));
  try {
    if (options.onQuery) {
      const knex = orm.em.getConnection().getKnex();
      knex.on('query', (query: { sql: string }) => options.onQuery?.(query.sql));
    }
    await orm.getMigrator().up();
  } catch (error) {
    await orm.close();
    throw error;
  }
  return orm;
}

interface TarnPool {
  used: Array<{ resource: PgConnection }>;
  free: Array<{ resource: PgConnection }>;
}

/**
 * Closes the ORM's pool. The pool waits for every connection in use to come back; a statement the
 * database does not finish (a lock, a stalled server) would hold that wait forever, so after `forceAfterMs`
 * the connections still open are cut (the server rolls back what they had begun).
 */
export async function closeSubgraphDatabase(orm: SubgraphOrm, forceAfterMs = 200): Promise<void> {
  const pool = (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
  const force = setTimeout(() => {
    for (const { resource } of [...(pool?.used ?? []), ...(pool?.free ?? [])]) resource.connection?.stream?.destroy();
  }, forceAfterMs);
  try {
    await orm.close();
  } finally {
    clearTimeout(force);
  }
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
