/**
 * A subgraph's HTTP service, without side effects: the caller decides when to listen.
 * /graphql demands the gateway's shared secret; /healthz and /readyz answer anyone.
 */
import { timingSafeEqual } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type Response, type NextFunction } from 'express';
import { MAX_QUERY_DEPTH, SECRET_HEADER } from '../config';
import { databaseAnswers, type SubgraphOrm } from '../db/orm';
import { depthLimit } from '../graphql/depth-limit';
import { formatError } from '../graphql/errors';
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
    response
      .status(given ? 403 : 401)
      .json({
        errors: [
          {
            message: given
              ? `The ${SECRET_HEADER} header does not match: this subgraph answers only the hub's gateway.`
              : `Missing ${SECRET_HEADER} header: this subgraph answers only the hub's gateway. Query the gateway instead.`,
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      });
  };
}

export async function createSubgraphApp<L>(
  definition: SubgraphDefinition<L>,
  orm: SubgraphOrm,
  options: { secret: string },
): Promise<SubgraphApp> {
  const schema = await definition.buildSchema();
  const apollo = new ApolloServer<SubgraphContext<unknown>>({
    schema,
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    // No Apollo usage reporting here, so no inline traces to build.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
    formatError,
    includeStacktraceInErrorResponses: false,
    // The hub owns shutdown (closeOnSignals); Apollo's own SIGINT/SIGTERM handlers would race it.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok', service: definition.name });
  });
  app.get('/readyz', async (_request, response) => {
    const database = await databaseAnswers(orm);
    response.status(database.ok ? 200 : 503).json({ ready: database.ok, service: definition.name, database });
  });
  app.use(
    '/graphql',
    requireGatewaySecret(options.secret),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async () => {
        const em = orm.em.fork();
        return { em, loaders: definition.createLoaders(em) };
      },
    }),
  );
  return { app, apollo };
}
