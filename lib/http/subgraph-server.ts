/**
 * A subgraph's HTTP service, without side effects: the caller decides when to listen.
 * /graphql demands the gateway's shared secret; /healthz and /readyz answer anyone.
 */
import { timingSafeEqual } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express, { type Request, type Response, type NextFunction } from 'express';
import { SECRET_HEADER } from '../config';
import { databaseAnswers, type SubgraphOrm } from '../db/orm';
import { errorFormatter } from '../graphql/errors';
import { BurstLog, rootLogger, type Logger } from '../log';
import { limitsFromEnv, type EdgeLimits } from '../settings';
import { edgeServerOptions, finalErrors, graphqlRoute, sendHttpError } from './graphql-endpoint';
import type { SubgraphContext, SubgraphDefinition } from '../service/subgraph-definition';

export interface SubgraphApp {
  app: express.Express;
  apollo: ApolloServer<SubgraphContext<unknown>>;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Refuses any GraphQL request that does not carry the gateway's secret. */
export function requireGatewaySecret(secret: string) {
  return (request: Request, response: Response, next: NextFunction) => {
    const given = request.header(SECRET_HEADER);
    if (given && sameSecret(given, secret)) return next();
    sendHttpError(
      response,
      given ? 403 : 401,
      'FORBIDDEN',
      given
        ? `The ${SECRET_HEADER} header does not match: this subgraph answers only the hub's gateway.`
        : `Missing ${SECRET_HEADER} header: this subgraph answers only the hub's gateway. Query the gateway instead.`,
    );
  };
}

export interface SubgraphAppOptions {
  secret: string;
  limits?: EdgeLimits;
  logger?: Logger;
}

export async function createSubgraphApp<L>(definition: SubgraphDefinition<L>, orm: SubgraphOrm, options: SubgraphAppOptions): Promise<SubgraphApp> {
  const schema = await definition.buildSchema();
  const limits = options.limits ?? limitsFromEnv();
  const log = new BurstLog((options.logger ?? rootLogger()).child({ service: definition.name }));
  const edge = edgeServerOptions(limits, log);
  const apollo = new ApolloServer<SubgraphContext<unknown>>({
    schema,
    ...edge,
    // No Apollo usage reporting here, so no inline traces to build.
    plugins: [...edge.plugins!, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
    formatError: errorFormatter(log, definition.name),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok', service: definition.name });
  });
  app.get('/readyz', async (_request, response) => {
    const database = await databaseAnswers(orm);
    // Up or down only: the driver's message would name the server's address.
    response.status(database.ok ? 200 : 503).json({ ready: database.ok, service: definition.name, database: database.ok ? 'up' : 'down' });
  });
  app.use(
    '/graphql',
    requireGatewaySecret(options.secret),
    ...graphqlRoute(apollo, {
      limits,
      bodyLimit: 'maxSubgraphBodyBytes',
      context: async () => {
        const em = orm.em.fork();
        return { em, loaders: definition.createLoaders(em) };
      },
    }),
  );
  app.use(finalErrors(log));
  return { app, apollo };
}
