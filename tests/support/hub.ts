/** The whole hub in the test process, on a fresh database and free ports, with a GraphQL client for its gateway. */
import type { SubgraphName } from '../../lib/config';
import type { Logger } from '../../lib/log';
import { startSubgraph, type RunningSubgraph } from '../../lib/service/run-service';
import { startHub, type RunningHub } from '../../hub/start-hub';
import { SUBGRAPHS } from '../../subgraphs';
import { createTestDatabase } from './database';

export interface GraphQLError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; serviceName?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: GraphQLError[];
}

export interface TestHub extends RunningHub {
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** SQL statements sent by all four subgraphs since the last reset. */
  sql: string[];
  /** The running subgraph of that name (the restarted one after restartSubgraph). */
  subgraph(name: SubgraphName): RunningSubgraph;
  /**
   * Starts a subgraph that was closed again, on the port the gateway knows it by, over the same
   * database and secret (its migrations and seeds are already there). stop() closes the new one.
   */
  restartSubgraph(name: SubgraphName): Promise<RunningSubgraph>;
  stop(): Promise<void>;
}

export async function postGraphQL<T>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as object) } as GraphQLResponse<T>;
}

export async function startTestHub(options: { logger?: Logger } = {}): Promise<TestHub> {
  const database = await createTestDatabase();
  const sql: string[] = [];
  const onQuery = (statement: string) => sql.push(statement);
  const hub = await startHub({ databaseUrl: database.url, ephemeralPorts: true, secret: 'test-secret', onQuery, logger: options.logger });
  const subgraph = (name: SubgraphName) => {
    const running = hub.subgraphs.find((s) => s.name === name);
    if (!running) throw new Error(`no subgraph named ${name}`);
    return running;
  };
  return {
    ...hub,
    sql,
    query: (query, variables) => postGraphQL(hub.gatewayUrl, { query, variables }),
    subgraph,
    restartSubgraph: async (name) => {
      const previous = subgraph(name);
      const definition = SUBGRAPHS.find((d) => d.name === name)!;
      const restarted = await startSubgraph(definition, {
        databaseUrl: database.url,
        secret: hub.secret,
        port: Number(new URL(previous.url).port),
        onQuery,
        logger: options.logger,
      });
      // The hub closes the subgraphs of this same array on stop(), so the new one takes the old one's place.
      hub.subgraphs.splice(hub.subgraphs.indexOf(previous), 1, restarted);
      return restarted;
    },
    stop: async () => {
      await hub.close();
      await database.drop();
    },
  };
}
