/**
 * How the gateway talks to one subgraph: with the shared secret and the request's id, within the
 * subgraph timeout and the request's deadline, and with a failure turned into a coded GraphQL error
 * that names the service and the path whose data is missing (the other subgraphs' data still comes back).
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError, Kind, parse } from 'graphql';
import { SECRET_HEADER } from '../lib/config';
import { failureMessage, type FailureCode } from '../lib/graphql/errors';
import { REQUEST_ID_HEADER, currentRequest } from '../lib/request-context';

export interface SubgraphSourceOptions {
  name: string;
  url: string;
  secret: string;
  timeoutMs: number;
}

/** The response keys of a fetch's root fields: the path of a failed root fetch. */
function rootKeys(query: string | undefined): string[] {
  if (!query) return [];
  try {
    const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operation?.kind !== Kind.OPERATION_DEFINITION) return [];
    return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [(s.alias ?? s.name).value] : []));
  } catch {
    return [];
  }
}

function failureCode(error: unknown, deadline: AbortSignal | undefined): FailureCode {
  const name = (error as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return deadline?.aborted ? 'REQUEST_TIMEOUT' : 'SERVICE_TIMEOUT';
  return 'SERVICE_UNAVAILABLE';
}

/** A failure's cause for the operator: undici hides it under `cause` ("fetch failed" alone says nothing). */
function causeText(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const message = (error as Error)?.message ?? String(error);
  return cause ? `${message}: ${cause.code ?? ''} ${cause.message ?? ''}`.trim() : message;
}

export class SubgraphSource extends RemoteGraphQLDataSource {
  constructor(private readonly options: SubgraphSourceOptions) {
    super({
      url: options.url,
      // Node's own fetch (undici) drops an idle connection before the subgraph's server closes it
      // (it honours the server's Keep-Alive timeout), so a request never lands on a closing socket.
      fetcher: ((url: string, init: RequestInit) => {
        const deadline = currentRequest()?.deadline;
        const timeout = AbortSignal.timeout(options.timeoutMs);
        return fetch(url, { ...init, signal: deadline ? AbortSignal.any([deadline, timeout]) : timeout });
      }) as never,
    });
  }

  override willSendRequest({ request }: GraphQLDataSourceProcessOptions): void {
    request.http?.headers.set(SECRET_HEADER, this.options.secret);
    const requestId = currentRequest()?.requestId;
    if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      const subgraphErrors = (error as GraphQLError)?.extensions?.response as { body?: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } } | undefined;
      const incoming = 'pathInIncomingRequest' in options ? (options.pathInIncomingRequest ?? []) : [];
      const path = incoming.filter((key: string | number) => key !== '@');
      const where = path.length ? path : rootKeys(options.request.query).slice(0, 1);
      const reported = subgraphErrors?.body?.errors?.[0];
      if (reported?.extensions?.code) {
        // The subgraph answered with a non-2xx status but a GraphQL error it phrased itself: pass that on.
        throw new GraphQLError(reported.message, { path: where, extensions: { ...reported.extensions, serviceName: this.options.name } });
      }
      const code = failureCode(error, currentRequest()?.deadline);
      throw new GraphQLError(failureMessage(code), {
        path: where,
        originalError: new Error(`${this.options.name} at ${this.options.url}: ${causeText(error)}`),
        extensions: { code, serviceName: this.options.name },
      });
    }
  }
}
