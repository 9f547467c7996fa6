/**
 * npm run reconcile [-- --url http://localhost:4000/graphql] [--differences | --write]
 * Runs the reconciliation table (lib/reconciliation/cases.ts) through a gateway and prints it as
 * Markdown: | printed total | source | hub | agrees or why not |. Without --url it starts the whole hub
 * on a scratch database (DATABASE_URL's server, or an embedded PostgreSQL of its own) and stops it after.
 * --differences prints only the totals that do not agree; --write writes RECONCILIATION.md and the README's block instead. Exits 1 when a case has a problem (a total
 * that disagrees without a finding, a finding that does not exist or cite it, a roll-up that says otherwise).
 */
import 'reflect-metadata';
import { createScratchDatabase, startScratchServer } from '../lib/db/scratch';
import { reconciliationCases } from '../lib/reconciliation/cases';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../lib/config';
import { differences, markdownTable, README_BLOCK, reconciliationDocuments, resultSummary, runCases, type Ask } from '../lib/reconciliation/run-cases';
import { readAllSeeds } from '../lib/seeds/read-seeds';
import { startHub } from '../hub/start-hub';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
}

function asker(url: string): Ask {
  return async (query, variables) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(`${url}: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data;
  };
}

async function main(): Promise<void> {
  const url = option('--url');
  const cases = reconciliationCases(readAllSeeds());
  let stop = async () => undefined as void;
  let gatewayUrl = url;
  if (!gatewayUrl) {
    const server = await startScratchServer('tools');
    const database = await createScratchDatabase(server.serverUrl, 'hub_reconcile');
    try {
      const hub = await startHub({ databaseUrl: database.url, ephemeralPorts: true });
      gatewayUrl = hub.gatewayUrl;
      stop = async () => {
        await hub.close();
        await database.drop();
        await server.stop();
      };
    } catch (error) {
      await database.drop();
      await server.stop();
      throw error;
    }
  }
  try {
    const results = await runCases(cases, asker(gatewayUrl));
    if (process.argv.includes('--write')) {
      const { full, readmeBlock } = reconciliationDocuments(results);
      fs.writeFileSync(path.join(PROJECT_ROOT, 'RECONCILIATION.md'), full);
      const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
      const start = readme.indexOf(README_BLOCK.start);
      const end = readme.indexOf(README_BLOCK.end);
      if (start < 0 || end < 0) throw new Error(`README.md has no ${README_BLOCK.start} … ${README_BLOCK.end} block`);
      fs.writeFileSync(path.join(PROJECT_ROOT, 'README.md'), readme.slice(0, start) + readmeBlock + readme.slice(end + README_BLOCK.end.length));
      console.error('wrote RECONCILIATION.md and the README\'s reconciliation block');
    } else {
      process.stdout.write(markdownTable(process.argv.includes('--differences') ? differences(results) : results));
    }
    console.error(`\n${resultSummary(results)}`);
    if (results.some((r) => r.problems.length)) process.exitCode = 1;
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(`reconcile: ${(error as Error).message}`);
  process.exit(1);
});
