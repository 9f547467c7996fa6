/**
 * The HTTP edge of every GraphQL endpoint of the hub (the gateway and each subgraph): what a request
 * must look like, how big it and its reply may be, the request's id and deadline, and how HTTP-level
 * failures are answered: always as GraphQL-over-HTTP JSON, never as Express's HTML page.
 *
 * CSRF: the graph is read-only (no mutations; GET runs queries only), so GET is allowed as the
 * GraphQL-over-HTTP spec asks. A POST must be `application/json`, a type a browser will not send
 * across origins without a CORS preflight; forms and text/plain bodies are refused with 415.
 */
import type { ApolloServer, ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type NextFunction, type Request, type Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { edgeProtection } from '../graphql/edge-limits';
import type { BurstLog } from '../log';
import { REQUEST_ID_HEADER, currentRequest, requestIdFrom, runInRequest } from '../request-context';
import { LIMIT_SETTINGS, type EdgeLimits } from '../settings';

const JSON_TYPES = ['application/json', 'application/graphql-response+json'];

/** A GraphQL-over-HTTP error reply made outside Apollo (bad body, wrong method or media type). */
export function sendHttpError(response: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  const requestId = response.getHeader(REQUEST_ID_HEADER);
  response
    .status(status)
    .type(response.req.accepts(JSON_TYPES) === 'application/graphql-response+json' ? 'application/graphql-response+json' : 'application/json')
    .json({ errors: [{ message, extensions: { code, ...extra, ...(status >= 500 && requestId ? { requestId } : {}) } }] });
}

function bytes(value: number): string {
  return value.toLocaleString('en-US');
}

/** The reply as JSON, or an error in its place when it is larger than the limit. */
function stringifyWithin(limit: number) {
  return (value: unknown): string => {
    const text = JSON.stringify(value);
    // UTF-8 takes at least one byte per UTF-16 unit and at most three: count bytes only when in doubt.
    const size = text.length * 3 <= limit ? text.length : Buffer.byteLength(text);
    if (size <= limit) return text;
    const error: GraphQLFormattedError = {
      message: `The reply would be ${bytes(size)} bytes; the maxReplyBytes limit is ${bytes(limit)} (${LIMIT_SETTINGS.maxReplyBytes.env}). Ask for fewer records (first/after) or fewer fields.`,
      extensions: { code: 'RESPONSE_TOO_LARGE', limit: 'maxReplyBytes', limitValue: limit },
    };
    return JSON.stringify({ errors: [error], data: null });
  };
}

/** Request errors about the document or its variables (not about the HTTP request itself). */
const DOCUMENT_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * The GraphQL-over-HTTP spec prefers 200 for a document that fails to parse or validate, or whose
 * variables do not coerce, when the client accepts only application/json; 4xx under
 * application/graphql-response+json. A malformed HTTP request (no query, a query that is not a string) stays 400.
 */
const plainJsonStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || 'data' in response.body.singleResult || !currentRequest()?.plainJson) return;
        const codes = (response.body.singleResult.errors ?? []).map((error) => error.extensions?.code);
        if (codes.length && codes.every((code) => DOCUMENT_ERRORS.has(code as string))) response.http.status = 200;
      },
    };
  },
};

/** Writes the log's pending burst summaries when the server stops, so a shutdown loses none. */
function flushOnStop(log: BurstLog): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          log.flush();
        },
      };
    },
  };
}

/**
 * The ApolloServer options every endpoint of the hub shares: limits, no batching, no stacks, no own
 * signal handlers; with `log`, its pending summaries are written when the server stops.
 */
export function edgeServerOptions(limits: EdgeLimits, log?: BurstLog): Pick<
  ApolloServerOptions<BaseContext>,
  'plugins' | 'validationRules' | 'parseOptions' | 'stringifyResult' | 'allowBatchedHttpRequests' | 'csrfPrevention' | 'includeStacktraceInErrorResponses' | 'stopOnTerminationSignals'
> {
  const { plugins, validationRules } = edgeProtection(limits);
  return {
    plugins: [...plugins, plainJsonStatus, ...(log ? [flushOnStop(log)] : [])],
    validationRules: validationRules as ApolloServerOptions<BaseContext>['validationRules'],
    // graphql-js stops parsing at the limit, so a huge document costs no more than the limit.
    parseOptions: { maxTokens: limits.maxTokens },
    stringifyResult: stringifyWithin(limits.maxReplyBytes),
    // A JSON array of operations would multiply every limit by its length.
    allowBatchedHttpRequests: false,
    // See the module comment: POST must be application/json (checked below), GET runs queries only.
    csrfPrevention: false,
    includeStacktraceInErrorResponses: false,
    // The hub owns shutdown (closeOnSignals); Apollo's own SIGINT/SIGTERM handlers would race it.
    stopOnTerminationSignals: false,
  };
}

function mediaTypeGuard(request: Request, response: Response, next: NextFunction): void {
  if (request.method === 'GET' || request.method === 'HEAD') {
    // A GET has no body: whatever content type it names is moot.
    delete request.headers['content-type'];
    return next();
  }
  if (request.method !== 'POST') {
    response.setHeader('allow', 'GET, POST');
    return sendHttpError(response, 405, 'METHOD_NOT_ALLOWED', `${request.method} is not served here: send a GraphQL request by GET or POST.`);
  }
  if (!request.is('application/json')) {
    return sendHttpError(
      response,
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `A POST must have Content-Type: application/json (got ${request.headers['content-type'] ? `"${String(request.headers['content-type']).slice(0, 100)}"` : 'none'}).`,
    );
  }
  next();
}

/** body-parser's refusals, as GraphQL-over-HTTP errors. */
function bodyErrors(limit: 'maxBodyBytes' | 'maxSubgraphBodyBytes', maxBodyBytes: number): ErrorRequestHandler {
  return (error: { type?: string; status?: number; charset?: string; encoding?: string }, _request, response, next) => {
    if (response.headersSent) return next(error);
    switch (error.type) {
      case 'entity.parse.failed':
        return sendHttpError(response, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
      case 'entity.too.large':
        return sendHttpError(response, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than the ${limit} limit of ${bytes(maxBodyBytes)} bytes (${LIMIT_SETTINGS[limit].env}).`, { limit, limitValue: maxBodyBytes });
      case 'charset.unsupported':
        return sendHttpError(response, 415, 'UNSUPPORTED_MEDIA_TYPE', `The request body's charset "${String(error.charset).slice(0, 40)}" is not served: send UTF-8.`);
      case 'encoding.unsupported':
        return sendHttpError(response, 415, 'UNSUPPORTED_MEDIA_TYPE', `The request body's content encoding "${String(error.encoding).slice(0, 40)}" is not served: send it uncompressed, gzip or deflate.`);
      default:
        // Any other refusal of body-parser (a body that is not the gzip it claims, an aborted upload) is the request's fault.
        if (error.status && error.status >= 400 && error.status < 500) {
          return sendHttpError(response, error.status, error.status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST', 'The request body could not be read: send uncompressed, gzip or deflate JSON in UTF-8.');
        }
        return next(error);
    }
  };
}

export interface GraphqlRouteOptions<TContext extends BaseContext> {
  limits: EdgeLimits;
  /** Which limit caps the body: a subgraph takes the gateway's larger requests (maxSubgraphBodyBytes). */
  bodyLimit?: 'maxBodyBytes' | 'maxSubgraphBodyBytes';
  /** The request's deadline (the gateway's; a subgraph relies on the gateway's and its database's). */
  deadlineMs?: number;
  context: (request: Request) => Promise<TContext>;
}

/** The middleware chain of one GraphQL endpoint, from the media-type check to Apollo. */
export function graphqlRoute<TContext extends BaseContext>(apollo: ApolloServer<TContext>, options: GraphqlRouteOptions<TContext>): express.RequestHandler[] {
  const bodyLimit = options.bodyLimit ?? 'maxBodyBytes';
  const scope = (request: Request, response: Response, next: NextFunction) => {
    // After the body is read: body-parser calls on from the socket's context, which would lose the scope.
    const requestId = requestIdFrom(request.header(REQUEST_ID_HEADER));
    response.setHeader(REQUEST_ID_HEADER, requestId);
    const plainJson = !request.headers.accept || request.accepts(JSON_TYPES) === 'application/json';
    runInRequest({ requestId, plainJson, deadline: options.deadlineMs ? AbortSignal.timeout(options.deadlineMs) : undefined }, next);
  };
  return [
    mediaTypeGuard,
    express.json({ limit: options.limits[bodyLimit], type: 'application/json' }),
    bodyErrors(bodyLimit, options.limits[bodyLimit]) as unknown as express.RequestHandler,
    scope,
    expressMiddleware(apollo, { context: ({ req }) => options.context(req) }),
  ];
}

/** The end of every app's chain: unknown paths and unexpected failures, both as JSON that names nothing inside. */
export function finalErrors(log: BurstLog): Array<express.RequestHandler | ErrorRequestHandler> {
  const notFound: express.RequestHandler = (request, response) => {
    sendHttpError(response, 404, 'NOT_FOUND', `Nothing is served at ${request.method} ${request.path.slice(0, 200)}: GraphQL is at /graphql.`);
  };
  const failed: ErrorRequestHandler = (error: Error, _request, response, next) => {
    if (response.headersSent) return next(error);
    const requestId = requestIdFrom(undefined);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    log.error(`http:${error?.message}`, { kind: 'internal', cause: error?.message, requestId, stack: error?.stack?.split('\n').slice(0, 6).join('\n') }, `[internal] ${error?.message}`);
    sendHttpError(response, 500, 'INTERNAL_SERVER_ERROR', `Internal error. The operator's log has its cause under request id ${requestId}.`);
  };
  return [notFound, failed];
}
