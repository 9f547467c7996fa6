/**
 * The gateway's HTTP service, without side effects: an ApolloGateway booted from the static
 * supergraph, one endpoint at /graphql, the explorer, /healthz and /readyz.
 */
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { MAX_QUERY_DEPTH, SECRET_HEADER, type SubgraphName } from '../lib/config';
import { depthLimit } from '../lib/graphql/depth-limit';
import { formatGatewayError } from '../lib/graphql/errors';
import { explorerRouter } from './explorer';
import { reportRouter } from './report-route';

export interface GatewayOptions {
  supergraphSdl: string;
  secret: string;
  /** Where each subgraph answers; overrides the routing URL written in the supergraph. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
}

export interface GatewayApp {
  app: express.Express;
  apollo: ApolloServer;
}

/** Each subgraph's readiness URL, from its GraphQL URL. */
function readinessUrl(graphqlUrl: string): string {
  return graphqlUrl.replace(/\/graphql\/?$/, '/readyz');
}

async function checkSubgraph(name: string, url: string): Promise<{ name: string; ok: boolean; database?: unknown; error?: string }> {
  try {
    const response = await fetch(readinessUrl(url), { signal: AbortSignal.timeout(2000) });
    const body = (await response.json()) as { ready?: boolean; database?: unknown };
    return { name, ok: response.ok && body.ready === true, database: body.database };
  } catch (error) {
    return { name, ok: false, error: (error as Error).message };
  }
}

export async function createGatewayApp(options: GatewayOptions): Promise<GatewayApp> {
  const urls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService({ name, url }) {
      const target = options.subgraphUrls[name as SubgraphName] ?? url!;
      urls.set(name, target);
      return new RemoteGraphQLDataSource({
        url: target,
        // Node's own fetch (undici) drops an idle connection before the subgraph's server closes it
        // (it honours the server's Keep-Alive timeout), so a request never lands on a closing socket.
        fetcher: fetch as never,
        willSendRequest({ request }) {
          request.http?.headers.set(SECRET_HEADER, options.secret);
        },
      });
    },
  });
  const apollo = new ApolloServer({
    gateway,
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    // Apollo's own landing page loads from a CDN; the hub serves its explorer itself.
    plugins: [ApolloServerPluginLandingPageDisabled()],
    formatError: formatGatewayError,
    includeStacktraceInErrorResponses: false,
    // The hub owns shutdown (closeOnSignals); Apollo's own SIGINT/SIGTERM handlers would race it.
    stopOnTerminationSignals: false,
    introspection: true,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/readyz', async (_request, response) => {
    const subgraphs = await Promise.all([...urls].map(([name, url]) => checkSubgraph(name, url)));
    const ready = subgraphs.length > 0 && subgraphs.every((s) => s.ok);
    response.status(ready ? 200 : 503).json({ ready, subgraphs });
  });
  app.use(explorerRouter());
  app.use(reportRouter(apollo));
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  return { app, apollo };
}
