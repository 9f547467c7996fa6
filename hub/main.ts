/** npm start: the whole hub, until Ctrl-C. */
import 'reflect-metadata';
import { handleSignals } from '../lib/service/run-service';
import { startHub } from './start-hub';

async function main(): Promise<void> {
  const signals = handleSignals();
  const started = Date.now();
  const hub = await startHub({ log: (line) => console.log(line) });
  console.log(`\nSeoul public-sector data hub is up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`  GraphQL endpoint and explorer: ${hub.gatewayUrl}`);
  console.log('  Ctrl-C stops everything.');
  signals.ready(() => hub.close());
}

main().catch((error: unknown) => {
  console.error(`the hub failed to start: ${(error as Error).message}`);
  process.exit(1);
});
