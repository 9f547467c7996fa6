/**
 * Starts the gateway alone (npm run start:gateway) over subgraphs already running.
 * It needs the secret the subgraphs were given (HUB_GATEWAY_SECRET).
 */
import 'reflect-metadata';
import { hostOf, portOf, SUBGRAPH_NAMES, subgraphUrl } from '../lib/config';
import { listen } from '../lib/http/listen';
import { handleSignals } from '../lib/service/run-service';
import { readSupergraph } from './schema-files';
import { createGatewayApp } from './server';

async function main(): Promise<void> {
  const signals = handleSignals();
  const secret = process.env.HUB_GATEWAY_SECRET;
  if (!secret) throw new Error('HUB_GATEWAY_SECRET must be set to the secret the subgraphs were started with.');
  const { app, apollo } = await createGatewayApp({
    supergraphSdl: readSupergraph(),
    secret,
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrl(name)])),
  });
  const listening = await listen(app, portOf('gateway'), hostOf('gateway'));
  console.log(`gateway: http://localhost:${listening.port}/graphql`);
  signals.ready(async () => {
    await listening.close();
    await apollo.stop();
  });
}

main().catch((error: unknown) => {
  console.error(`gateway failed to start: ${(error as Error).message}`);
  process.exit(1);
});
