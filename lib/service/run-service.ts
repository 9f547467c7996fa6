/**
 * Starting services: one subgraph on its own (its npm script), or the whole hub (npm start).
 * These are the only functions that open ports, start PostgreSQL or install signal handlers.
 */
import { gatewaySecret, hostOf, portOf, type SubgraphName } from '../config';
import { resolveDatabase } from '../db/database-url';
import { closeSubgraphDatabase, openSubgraphDatabase, type SubgraphOrm } from '../db/orm';
import { createSubgraphApp } from '../http/subgraph-server';
import { DEFAULT_CLOSE_GRACE_MS, listen, type Listening } from '../http/listen';
import type { Logger } from '../log';
import { loadSeeds, type SeedResult } from '../seeds/load-seeds';
import type { ReadSeeds } from '../seeds/read-seeds';
import type { SubgraphDefinition } from './subgraph-definition';

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  orm: SubgraphOrm;
  seed?: SeedResult;
  /** Drains its requests for up to `graceMs` (default DEFAULT_CLOSE_GRACE_MS), then closes its database pool. */
  close(options?: { graceMs?: number }): Promise<void>;
}

/** After the HTTP side is closed, how long the pool may wait for statements of requests that were cut. */
const DATABASE_CLOSE_FORCE_MS = 150;

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
  /** The operator's log (default: the process's logger); tests pass one to read it. */
  logger?: Logger;
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
    const { app, apollo } = await createSubgraphApp(definition, orm, { secret: options.secret, logger: options.logger });
    const host = options.host ?? hostOf(definition.name);
    listening = await listen(app, options.port ?? portOf(definition.name), host);
    const started = listening;
    return {
      name: definition.name,
      url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${started.port}/graphql`,
      orm,
      seed,
      close: async ({ graceMs = DEFAULT_CLOSE_GRACE_MS } = {}) => {
        await started.close(graceMs);
        await apollo.stop();
        await closeSubgraphDatabase(orm, DATABASE_CLOSE_FORCE_MS);
      },
    };
  } catch (error) {
    await listening?.close(0);
    await closeSubgraphDatabase(orm, DATABASE_CLOSE_FORCE_MS);
    throw error;
  }
}

/**
 * The whole stop, from the signal to the exit, may take this long; past it the process exits anyway
 * (its exit hook still gives an embedded PostgreSQL its fast shutdown).
 */
export const STOP_DEADLINE_MS = 1800;

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export interface SignalHandling {
  /** From now on a signal runs `close` and exits; before, a signal exits at once. */
  ready(close: () => Promise<void>): void;
}

/**
 * Installs the SIGINT/SIGTERM/SIGHUP handlers, to be called first thing: a signal during start-up then
 * exits through the exit hooks (which stop an embedded PostgreSQL) instead of killing the process outright.
 */
export function handleSignals(log: (line: string) => void = console.log, deadlineMs = STOP_DEADLINE_MS): SignalHandling {
  let close: (() => Promise<void>) | undefined;
  let closing = false;
  const handler = (signal: NodeJS.Signals) => {
    if (!close) {
      log(`\n${signal} while starting: exiting.`);
      process.exit(1);
    }
    // One stop at a time; the deadline bounds it, so a repeated signal has nothing to add.
    if (closing) return;
    closing = true;
    const started = Date.now();
    log(`\n${signal}: stopping…`);
    setTimeout(() => {
      console.error(`not stopped within ${deadlineMs} ms: exiting anyway.`);
      process.exit(1);
    }, deadlineMs).unref();
    close()
      .then(() => {
        log(`stopped in ${Date.now() - started} ms.`);
        process.exit(0);
      })
      .catch((error: unknown) => {
        console.error('error while stopping:', error);
        process.exit(1);
      });
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return {
    ready: (given) => {
      close = given;
    },
  };
}

/** Closes everything on SIGINT/SIGTERM/SIGHUP, then exits. */
export function closeOnSignals(close: () => Promise<void>, log: (line: string) => void = console.log): void {
  handleSignals(log).ready(close);
}

/** Entry point of a subgraph started alone: its own database connection, migrations, seeds and port. */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  const signals = handleSignals();
  try {
    if (!process.env.HUB_GATEWAY_SECRET) {
      console.warn('HUB_GATEWAY_SECRET is not set: a secret was generated for this process, so only a gateway given the same secret can query it.');
    }
    const database = await resolveDatabase({ subgraphs: [definition.name], log: console.log });
    let running: RunningSubgraph;
    try {
      running = await startSubgraph(definition, { databaseUrl: database.subgraphUrl(definition.name), secret: gatewaySecret(), seed: true });
    } catch (error) {
      await database.embedded?.stop();
      throw error;
    }
    console.log(`${definition.name} subgraph: ${running.url} (seeds ${running.seed?.status}, ${running.seed?.records} records)`);
    signals.ready(async () => {
      await running.close();
      await database.embedded?.stop();
    });
  } catch (error) {
    console.error(`${definition.name} subgraph failed to start: ${(error as Error).message}`);
    process.exit(1);
  }
}
