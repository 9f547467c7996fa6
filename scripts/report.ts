/**
 * npm run report -- <operation> [--var name=value ...] [--format csv|md] [--url http://localhost:4000/graphql]
 * Runs a saved operation (operations/<operation>.graphql) against a running hub and prints a table.
 */
import fs from 'node:fs';
import { buildSchema } from 'graphql';
import { portOf } from '../lib/config';
import { savedOperation, savedOperationNames } from '../lib/report/operations';
import { coerceVariables, toCsv, toMarkdown, toTable } from '../lib/report/table';
import { API_SCHEMA_FILE } from '../gateway/schema-files';

function parseArgs(argv: string[]) {
  const options = { operation: '', vars: [] as string[], format: 'md', url: `http://localhost:${portOf('gateway')}/graphql` };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--var') options.vars.push(argv[(i += 1)] ?? '');
    else if (arg === '--format') options.format = argv[(i += 1)] ?? '';
    else if (arg === '--url') options.url = argv[(i += 1)] ?? '';
    else if (!options.operation) options.operation = arg;
    else throw new Error(`unexpected argument "${arg}"`);
  }
  if (!options.operation) throw new Error(`name an operation: ${savedOperationNames().join(', ')}`);
  if (options.format !== 'csv' && options.format !== 'md') throw new Error('--format takes csv or md');
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const { text, document } = savedOperation(options.operation);
  const variables = coerceVariables(document, options.vars);
  let response: Response;
  try {
    response = await fetch(options.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text, variables }) });
  } catch {
    throw new Error(`no hub answers at ${options.url}: start it with \`npm start\`, or pass --url`);
  }
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  const table = toTable(buildSchema(fs.readFileSync(API_SCHEMA_FILE, 'utf8')), document, body.data);
  process.stdout.write(options.format === 'csv' ? toCsv(table) : toMarkdown(table));
}

main().catch((error: unknown) => {
  console.error(`report: ${(error as Error).message}`);
  process.exit(1);
});
