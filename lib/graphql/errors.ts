/** How errors leave a service: clear messages for callers, no stack traces, internal failures named by kind. */
import type { GraphQLFormattedError } from 'graphql';

const DATABASE_FAILURE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|terminating connection|Connection terminated|the database system is (starting up|shutting down)|connect ENOENT|Knex: Timeout acquiring a connection/i;

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: Error })?.originalError ?? (error as Error);
  const message = original?.message ?? formatted.message;
  if (DATABASE_FAILURE.test(message)) {
    return {
      message: 'The database is not answering; nothing was changed. Try again shortly.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  return formatted;
}
