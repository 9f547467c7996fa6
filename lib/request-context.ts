/**
 * What one request carries through every layer without being passed by hand: its id (logged,
 * sent to subgraphs, shown in masked errors) and its deadline (aborts subgraph fetches left open).
 * AsyncLocalStorage follows the request through Apollo's pipeline, the gateway's fetches and formatError.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

export interface RequestScope {
  requestId: string;
  /** The client takes application/json rather than application/graphql-response+json (decides request-error statuses). */
  plainJson?: boolean;
  /** Aborts when the request's deadline passes (gateway only). */
  deadline?: AbortSignal;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

export function runInRequest<T>(scope: RequestScope, run: () => T): T {
  return storage.run(scope, run);
}

/** A request id a caller or the gateway sent, if it is a plain token; else a new one. */
export function requestIdFrom(header: string | undefined): string {
  return header && /^[A-Za-z0-9._:-]{1,100}$/.test(header) ? header : randomUUID();
}
