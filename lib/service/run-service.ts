/**
 * Starting services: one subgraph on its own (its npm script), or the whole hub (npm start).
 * These are the only functions that open ports, start PostgreSQL or install signal handlers.
 */
import { gatewaySecret, hostOf, portOf, type SubgraphName } from '../config';
import { resolveDatabase } from '../db/database-url';
import { openSubgraphDatabase, type SubgraphOrm } from '../db/orm';
import { createSubgraphApp } from '../http/subgraph-server';
import { listen, type Listening } from '../http/listen';
import { loadSeeds, type SeedResult } from '../seeds/load-seeds';
import type { ReadSeeds } from '../seeds/read-seeds';
import type { SubgraphDefinition } from './subgraph-definition';

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  orm: SubgraphOrm;
  seed?: SeedResult;
  close(): Promise<void>;
}

export interface StartSubgraphOptions {
  databaseUrl: string;
  secret: string;
  port?: number;
  host?: string;
  /** Load the seeds after migrating (idempotent). */
  seed?: boolean;
  /** The seed files, when the caller read them once for several subgraphs; else the subgraph reads them. */
  seeds?: ReadSeeds;
  onQuery?: (sql: string) => void;
}

/** Migrates the subgraph's schema, loads its seeds if asked, and listens. */
export async function startSubgraph(definition: SubgraphDefinition, options: StartSubgraphOptions): Promise<RunningSubgraph> {
  const orm = await openSubgraphDatabase({
    subgraph: definition.name,
    clientUrl: options.databaseUrl,
    entities: definition.entities,
    migrations: definition.migrations,
    onQuery: options.onQuery,
  });
  let listening: Listening | undefined;
  try {
    const seed = options.seed ? await loadSeeds(orm, definition, { seeds: options.seeds }) : undefined;
    const { app, apollo } = await createSubgraphApp(definition, orm, { secret: options.secret });
    const host = options.host ?? hostOf(definition.name);
    listening = await listen(app, options.port ?? portOf(definition.name), host);
    const started = listening;
    return {
      name: definition.name,
      url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${started.port}/graphql`,
      orm,
      seed,
      close: async () => {
        await started.close();
        await apollo.stop();
        await orm.close();
      },
    };
  } catch (error) {
    await listening?.close();
    await orm.close();
    throw error;
  }
}

/** Closes everything in reverse order on SIGINT/SIGTERM, then exits. */
export function closeOnSignals(close: () => Promise<void>, log: (line: string) => void = console.log): void {
  let closing = false;
  const handler = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    log(`\n${signal}: stopping…`);
    close()
      .then(() => {
        log('stopped.');
        process.exit(0);
      })
      .catch((error: unknown) => {
        console.error('error while stopping:', error);
        process.exit(1);
      });
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

/** Entry point of a subgraph started alone: its own database connection, migrations, seeds and port. */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  try {
    if (!process.env.HUB_GATEWAY_SECRET) {
      console.warn('HUB_GATEWAY_SECRET is not set: a secret was generated for this process, so only a gateway given the same secret can query it.');
    }
    const database = await resolveDatabase(console.log);
    const running = await startSubgraph(definition, { databaseUrl: database.url, secret: gatewaySecret(), seed: true });
    console.log(`${definition.name} subgraph: ${running.url} (seeds ${running.seed?.status}, ${running.seed?.records} records)`);
    closeOnSignals(async () => {
      await running.close();
      await database.embedded?.stop();
    });
  } catch (error) {
    console.error(`${definition.name} subgraph failed to start: ${(error as Error).message}`);
    process.exit(1);
  }
}
