/** How errors leave a service: clear messages for callers, no stack traces, internal failures named by kind. */
import type { GraphQLFormattedError } from 'graphql';

const DATABASE_FAILURE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|terminating connection|Connection terminated|Connection ended unexpectedly|the database system is (starting up|shutting down)|database "[^"]+" does not exist|connect ENOENT|Knex: Timeout acquiring a connection/i;
/** PostgreSQL SQLSTATEs of a server that is gone or refusing: connection exceptions, admin shutdown, no such database. */
const DATABASE_FAILURE_CODES = new Set(['08000', '08001', '08003', '08006', '57P01', '57P02', '57P03', '3D000', 'ECONNREFUSED', 'ECONNRESET']);

/** The message and code of the error underneath a GraphQL error. */
function causeOf(formatted: GraphQLFormattedError, error: unknown): { message: string; code: unknown } {
  const original = (error as { originalError?: Error })?.originalError ?? (error as Error);
  return { message: original?.message ?? formatted.message, code: (original as { code?: unknown })?.code };
}

/** An internal failure, named by kind: the caller gets a plain message, the operator's log gets the cause. */
function unavailable(formatted: GraphQLFormattedError, cause: string, kind: string, message: string, code: string): GraphQLFormattedError {
  console.error(`[${kind}] ${cause}`);
  return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { message, code } = causeOf(formatted, error);
  if (DATABASE_FAILURE.test(message) || (typeof code === 'string' && DATABASE_FAILURE_CODES.has(code))) {
    return unavailable(formatted, message, 'database', 'The database is not answering; nothing was changed. Try again shortly.', 'DATABASE_UNAVAILABLE');
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
  const { message } = causeOf(formatted, error);
  if (SUBGRAPH_FAILURE.test(message)) {
    return unavailable(formatted, message, 'subgraph', 'A service of the hub did not answer; nothing was changed. Try again shortly.', 'SERVICE_UNAVAILABLE');
  }
  return formatError(formatted, error);
}
