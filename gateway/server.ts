/**
 * The gateway's HTTP service, without side effects: an ApolloGateway booted from the static
 * supergraph, one endpoint at /graphql, the explorer, /healthz and /readyz.
 */
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import { type SubgraphName } from '../lib/config';
import { errorFormatter } from '../lib/graphql/errors';
import { finalErrors, graphqlRoute, edgeServerOptions } from '../lib/http/graphql-endpoint';
import { BurstLog, rootLogger, type Logger } from '../lib/log';
import { limitsFromEnv, timeoutsFromEnv, type EdgeLimits, type Timeouts } from '../lib/settings';
import { explorerRouter } from './explorer';
import { reportRouter } from './report-route';
import { SubgraphSource } from './subgraph-source';

export interface GatewayOptions {
  supergraphSdl: string;
  secret: string;
  /** Where each subgraph answers; overrides the routing URL written in the supergraph. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  limits?: EdgeLimits;
  timeouts?: Timeouts;
  logger?: Logger;
}

export interface GatewayApp {
  app: express.Express;
  apollo: ApolloServer;
}

/** Each subgraph's readiness URL, from its GraphQL URL. */
function readinessUrl(graphqlUrl: string): string {
  return graphqlUrl.replace(/\/graphql\/?$/, '/readyz');
}

/** Whether a subgraph is ready, and if not why, in words that name no address. */
async function checkSubgraph(name: string, url: string, timeoutMs: number): Promise<{ name: string; ready: boolean; reason?: string }> {
  try {
    const response = await fetch(readinessUrl(url), { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.json()) as { ready?: boolean; database?: string };
    if (response.ok && body.ready === true) return { name, ready: true };
    return { name, ready: false, reason: body.database === 'down' ? 'its database is not answering' : 'not ready' };
  } catch (error) {
    return { name, ready: false, reason: (error as Error).name === 'TimeoutError' ? 'did not answer in time' : 'not reachable' };
  }
}

export async function createGatewayApp(options: GatewayOptions): Promise<GatewayApp> {
  const limits = options.limits ?? limitsFromEnv();
  const timeouts = options.timeouts ?? timeoutsFromEnv();
  const log = new BurstLog((options.logger ?? rootLogger()).child({ service: 'gateway' }));
  const urls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService({ name, url }) {
      const target = options.subgraphUrls[name as SubgraphName] ?? url!;
      urls.set(name, target);
      return new SubgraphSource({ name, url: target, secret: options.secret, timeoutMs: timeouts.subgraphMs });
    },
  });
  const edge = edgeServerOptions(limits, log);
  const apollo = new ApolloServer({
    gateway,
    ...edge,
    // Apollo's own landing page loads from a CDN; the hub serves its explorer itself.
    plugins: [...edge.plugins!, ApolloServerPluginLandingPageDisabled()],
    formatError: errorFormatter(log, 'gateway'),
    introspection: true,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/readyz', async (_request, response) => {
    const subgraphs = await Promise.all([...urls].map(([name, url]) => checkSubgraph(name, url, Math.min(2000, timeouts.subgraphMs))));
    const ready = subgraphs.length > 0 && subgraphs.every((s) => s.ready);
    response.status(ready ? 200 : 503).json({ ready, subgraphs });
  });
  app.use(explorerRouter());
  app.use(reportRouter(apollo, timeouts.requestMs));
  app.use('/graphql', ...graphqlRoute(apollo, { limits, deadlineMs: timeouts.requestMs, context: async () => ({}) }));
  app.use(finalErrors(log));
  return { app, apollo };
}
