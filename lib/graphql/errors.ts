/** How errors leave a service: clear messages for callers, no stack traces, internal failures named by kind. */
import type { GraphQLFormattedError } from 'graphql';

const DATABASE_FAILURE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|terminating connection|Connection terminated|Connection ended unexpectedly|the database system is (starting up|shutting down)|database "[^"]+" does not exist|connect ENOENT|Knex: Timeout acquiring a connection/i;
/** PostgreSQL SQLSTATEs of a server that is gone or refusing: connection exceptions, admin shutdown, no such database. */
const DATABASE_FAILURE_CODES = new Set(['08000', '08001', '08003', '08006', '57P01', '57P02', '57P03', '3D000', 'ECONNREFUSED', 'ECONNRESET']);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: Error })?.originalError ?? (error as Error);
  const message = original?.message ?? formatted.message;
  const code = (original as { code?: unknown })?.code;
  if (DATABASE_FAILURE.test(message) || (typeof code === 'string' && DATABASE_FAILURE_CODES.has(code))) {
    // The caller gets a plain message; the operator gets the cause.
    console.error(`[database] ${message}`);
    return {
      message: 'The database is not answering; nothing was changed. Try again shortly.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  return formatted;
}

/** How the gateway's request to a subgraph fails when the subgraph is down or drops the connection. */
const SUBGRAPH_FAILURE = /^request to \S+ failed|fetch failed|other side closed|socket hang up/i;

/**
 * The gateway's errors: a subgraph that did not answer is named as such (not as the database),
 * everything else as in formatError.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: Error })?.originalError ?? (error as Error);
  const message = original?.message ?? formatted.message;
  if (SUBGRAPH_FAILURE.test(message)) {
    console.error(`[subgraph] ${message}`);
    return {
      message: 'A service of the hub did not answer; nothing was changed. Try again shortly.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  return formatError(formatted, error);
}
