/**
 * npm run seed [-- --force]
 * Migrates every subgraph's schema and loads the seeds into DATABASE_URL's database, or the embedded
 * one; unchanged seeds are left alone unless --force. A bad seed file stops everything and changes nothing.
 */
import 'reflect-metadata';
import { resolveDatabase } from '../lib/db/database-url';
import { openSubgraphDatabase } from '../lib/db/orm';
import { loadSeeds } from '../lib/seeds/load-seeds';
import { readAllSeedsWithChecksum } from '../lib/seeds/read-seeds';
import { SUBGRAPHS } from '../subgraphs';

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const seeds = readAllSeedsWithChecksum(); // validate every file before touching a database
  const database = await resolveDatabase({ subgraphs: SUBGRAPHS.map((s) => s.name), log: console.log });
  try {
    for (const definition of SUBGRAPHS) {
      const orm = await openSubgraphDatabase({
        subgraph: definition.name,
        clientUrl: database.subgraphUrl(definition.name),
        entities: definition.entities,
        migrations: definition.migrations,
      });
      try {
        const result = await loadSeeds(orm, definition, { force, seeds });
        console.log(`${definition.name.padEnd(15)} seeds ${result.status}: ${result.records} records`);
      } finally {
        await orm.close();
      }
    }
  } finally {
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`seed: ${(error as Error).message}`);
  process.exit(1);
});
