/**
 * How errors leave a service: a client's mistake keeps its message and code; a failure underneath
 * (database gone or stalled, subgraph gone or stalled) is named by kind with a plain message; anything
 * else is masked as INTERNAL_SERVER_ERROR with the request id under which the operator's log keeps
 * the cause. No SQL, table names, stacks, file paths or addresses reach a caller.
 */
import type { GraphQLFormattedError } from 'graphql';
import type { BurstLog } from '../log';
import { currentRequest } from '../request-context';

/** Codes whose messages are written for callers (the hub's own, graphql-js's and Apollo's). */
const CALLER_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'METHOD_NOT_ALLOWED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'NOT_FOUND',
  'FORBIDDEN',
  'RESPONSE_TOO_LARGE',
]);

/** Failures underneath, already phrased for callers by this module (here or in a subgraph). */
const FAILURE_MESSAGES = {
  DATABASE_UNAVAILABLE: 'The database is not answering; nothing was changed. Try again shortly.',
  DATABASE_TIMEOUT: 'The database did not answer in time; nothing was changed. Try again shortly.',
  SERVICE_UNAVAILABLE: 'A service of the hub did not answer; nothing was changed. Try again shortly.',
  SERVICE_TIMEOUT: 'A service of the hub did not answer in time; nothing was changed. Try again shortly.',
  REQUEST_TIMEOUT: 'The request ran past its deadline; the parts that did not answer in time are null.',
} as const;
export type FailureCode = keyof typeof FAILURE_MESSAGES;

const DATABASE_GONE = /ECONNREFUSED|ECONNRESET|terminating connection|Connection terminated(?! due to connection timeout)|Connection ended unexpectedly|the database system is (starting up|shutting down)|database "[^"]+" does not exist|connect ENOENT/i;
/** PostgreSQL SQLSTATEs of a server that is gone or refusing: connection exceptions, admin shutdown, no such database. */
const DATABASE_GONE_CODES = new Set(['08000', '08001', '08003', '08006', '57P01', '57P02', '57P03', '3D000', 'ECONNREFUSED', 'ECONNRESET']);
/** A statement cut by statement_timeout (57014), the client's query timeout, a connection not opened in time, or no free one in the pool. */
const DATABASE_SLOW = /canceling statement due to statement timeout|Query read timeout|Timeout acquiring a connection|timeout expired|Connection terminated due to connection timeout/i;

/** The message and code of the error underneath a GraphQL error. */
function causeOf(formatted: GraphQLFormattedError, error: unknown): { message: string; code: unknown; stack?: string } {
  const original = (error as { originalError?: Error })?.originalError ?? (error as Error);
  return { message: original?.message ?? formatted.message, code: (original as { code?: unknown })?.code, stack: original?.stack };
}

/** The failure kind of a driver error, if it is one the caller should hear about by name. */
export function databaseFailure(message: string, code: unknown): FailureCode | undefined {
  if (DATABASE_SLOW.test(message) || code === '57014') return 'DATABASE_TIMEOUT';
  if (DATABASE_GONE.test(message) || (typeof code === 'string' && DATABASE_GONE_CODES.has(code))) return 'DATABASE_UNAVAILABLE';
  return undefined;
}

function codeOf(formatted: GraphQLFormattedError): string | undefined {
  const code = formatted.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

export function failureMessage(code: FailureCode): string {
  return FAILURE_MESSAGES[code];
}

/** Error formatting for one service: `service` names it in the operator's log. */
export function errorFormatter(log: BurstLog, service: string) {
  const report = (kind: string, cause: string, formatted: GraphQLFormattedError, extra: Record<string, unknown> = {}) => {
    const requestId = currentRequest()?.requestId;
    log.error(`${service}:${kind}:${cause}`, { kind, cause, requestId, path: formatted.path, ...extra }, `[${kind}] ${cause}`);
    return requestId;
  };

  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = codeOf(formatted);
    const base = { locations: formatted.locations, path: formatted.path };
    if (code && CALLER_CODES.has(code)) return formatted;
    const status = (error as { extensions?: { http?: { status?: number } } })?.extensions?.http?.status;
    if (status && status >= 400 && status < 500) {
      // Apollo's own refusals of a request (a persisted-query hash that does not match) carry a 4xx but no code.
      return { message: formatted.message, ...base, extensions: { code: 'BAD_REQUEST' } };
    }
    if (code && code in FAILURE_MESSAGES) {
      // Named here or by a subgraph (then serviceName says which): keep the plain message, log the cause once per burst.
      const serviceName = formatted.extensions?.serviceName;
      const cause = causeOf(formatted, error).message;
      const requestId = report(code, serviceName ? `${String(serviceName)}: ${cause}` : cause, formatted);
      return { message: FAILURE_MESSAGES[code as FailureCode], ...base, extensions: { code, ...(serviceName ? { serviceName } : {}), requestId } };
    }
    if (code === 'INTERNAL_SERVER_ERROR' && formatted.extensions?.serviceName && formatted.extensions?.requestId) {
      // Already masked by the subgraph that failed, under the same request id.
      const { serviceName, requestId } = formatted.extensions;
      return { message: formatted.message, ...base, extensions: { code, serviceName, requestId } };
    }
    const cause = causeOf(formatted, error);
    const database = databaseFailure(cause.message, cause.code);
    if (database) {
      const requestId = report(database, cause.message, formatted);
      return { message: FAILURE_MESSAGES[database], ...base, extensions: { code: database, requestId } };
    }
    const requestId = report('internal', cause.message, formatted, { stack: cause.stack?.split('\n').slice(0, 6).join('\n') });
    return {
      message: `Internal error. The operator's log has its cause under request id ${requestId ?? '(none)'}.`,
      ...base,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, ...(formatted.extensions?.serviceName ? { serviceName: formatted.extensions.serviceName } : {}) },
    };
  };
}
