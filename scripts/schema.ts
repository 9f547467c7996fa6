/** npm run schema: prints every subgraph, composes the supergraph and the API schema into schema/. Fails on a composition error. */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { composeHub } from '../gateway/compose';
import { SCHEMA_DIR, schemaArtifacts } from '../gateway/schema-files';

async function main(): Promise<void> {
  const files = schemaArtifacts(await composeHub());
  fs.mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    fs.writeFileSync(path.join(SCHEMA_DIR, name), content);
    console.log(`wrote schema/${name}`);
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
