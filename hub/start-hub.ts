/**
 * The whole hub in one process: PostgreSQL (DATABASE_URL or embedded), the four subgraphs
 * (migrated and seeded) and the gateway. No side effects until called; `npm start` and the
 * end-to-end tests both call it.
 */
import { gatewaySecret, hostOf, portOf } from '../lib/config';
import { resolveDatabase, type ResolvedDatabase } from '../lib/db/database-url';
import { DEFAULT_CLOSE_GRACE_MS, listen } from '../lib/http/listen';
import type { Logger } from '../lib/log';
import { readAllSeedsWithChecksum } from '../lib/seeds/read-seeds';
import { startSubgraph, type RunningSubgraph } from '../lib/service/run-service';
import { readSupergraph } from '../gateway/schema-files';
import { createGatewayApp } from '../gateway/server';
import { SUBGRAPHS } from '../subgraphs';

const SUBGRAPH_GRACE_AFTER_GATEWAY_MS = 150;

export interface HubOptions {
  /** A database to use as is; otherwise DATABASE_URL or the embedded server. */
  databaseUrl?: string;
  /** Listen on free ports instead of the configured ones (tests). */
  ephemeralPorts?: boolean;
  secret?: string;
  onQuery?: (sql: string) => void;
  log?: (line: string) => void;
  /** The operator's log of every service (default: the process's logger); tests pass one to read it. */
  logger?: Logger;
}

export interface RunningHub {
  gatewayUrl: string;
  subgraphs: RunningSubgraph[];
  secret: string;
  close(): Promise<void>;
}

export async function startHub(options: HubOptions = {}): Promise<RunningHub> {
  const log = options.log ?? (() => undefined);
  // Read and validate the seed files once for all four subgraphs, before any database starts.
  const seeds = readAllSeedsWithChecksum();
  // Creates a missing database once, before the four subgraphs open it.
  const database: ResolvedDatabase = await resolveDatabase({ url: options.databaseUrl, subgraphs: SUBGRAPHS.map((s) => s.name), log });
  const secret = options.secret ?? gatewaySecret();
  const settled = await Promise.allSettled(
    SUBGRAPHS.map((definition) =>
      startSubgraph(definition, {
        databaseUrl: database.subgraphUrl(definition.name),
        secret,
        seed: true,
        seeds,
        port: options.ephemeralPorts ? 0 : undefined,
        onQuery: options.onQuery,
        logger: options.logger,
      }),
    ),
  );
  const subgraphs = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  // Once the gateway is closed no request can reach a subgraph but those it cut: a short grace is enough.
  const closeSubgraphs = async () => {
    await Promise.all(subgraphs.map((s) => s.close({ graceMs: SUBGRAPH_GRACE_AFTER_GATEWAY_MS })));
    await database.embedded?.stop();
  };
  const failure = settled.find((s) => s.status === 'rejected');
  if (failure) {
    await closeSubgraphs();
    throw (failure as PromiseRejectedResult).reason;
  }
  for (const s of subgraphs) log(`${s.name.padEnd(15)} ${s.url}  (seeds ${s.seed?.status}: ${s.seed?.records} records)`);

  try {
    const { app, apollo } = await createGatewayApp({
      supergraphSdl: readSupergraph(),
      secret,
      subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])),
      logger: options.logger,
    });
    const listening = await listen(app, options.ephemeralPorts ? 0 : portOf('gateway'), hostOf('gateway'));
    return {
      gatewayUrl: `http://localhost:${listening.port}/graphql`,
      subgraphs,
      secret,
      close: async () => {
        await listening.close(DEFAULT_CLOSE_GRACE_MS);
        await apollo.stop();
        await closeSubgraphs();
      },
    };
  } catch (error) {
    await closeSubgraphs();
    throw error;
  }
}
