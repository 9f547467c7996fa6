/** The whole hub in the test process, on a fresh database and free ports, with a GraphQL client for its gateway. */
import { startHub, type RunningHub } from '../../hub/start-hub';
import { createTestDatabase } from './database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export interface TestHub extends RunningHub {
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** SQL statements sent by all four subgraphs since the last reset. */
  sql: string[];
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

export async function startTestHub(): Promise<TestHub> {
  const database = await createTestDatabase();
  const sql: string[] = [];
  const hub = await startHub({ databaseUrl: database.url, ephemeralPorts: true, secret: 'test-secret', onQuery: (statement) => sql.push(statement) });
  return {
    ...hub,
    sql,
    query: (query, variables) => postGraphQL(hub.gatewayUrl, { query, variables }),
    stop: async () => {
      await hub.close();
      await database.drop();
    },
  };
}
