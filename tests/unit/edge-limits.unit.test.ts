/**
 * The edge's limits on the real client schema, through Apollo's request pipeline (no network, no
 * database): every saved operation passes at the defaults; the floods the drills send are refused
 * with an error that names the limit, its value and its variable; validation stays linear.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { PROJECT_ROOT } from '../../lib/config';
import { edgeServerOptions } from '../../lib/http/graphql-endpoint';
import { savedOperation, savedOperationNames } from '../../lib/report/operations';
import { limitsFromEnv, SettingsError, settingsTable, timeoutsFromEnv, type EdgeLimits } from '../../lib/settings';

const schema = buildSchema(fs.readFileSync(path.join(PROJECT_ROOT, 'schema', 'api.graphql'), 'utf8'));

async function serverWith(limits: EdgeLimits = limitsFromEnv({})) {
  const server = new ApolloServer({ schema, ...edgeServerOptions(limits) });
  await server.start();
  return server;
}

async function errorsOf(server: ApolloServer, query: string, variables?: Record<string, unknown>) {
  const result = await server.executeOperation({ query, variables });
  if (result.body.kind !== 'single') throw new Error('expected a single result');
  return (result.body.singleResult.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code, limit: e.extensions?.limit }));
}

/** F<i> spreads F<i-1> inside a field and beside it: 2^k paths through a document of k fragments. */
function doubledChain(k: number): string {
  let fragments = 'fragment F0 on Organization { id }\n';
  for (let i = 1; i <= k; i += 1) fragments += `fragment F${i} on Organization { parent { ...F${i - 1} } ...F${i - 1} }\n`;
  return `{ organization(id: "smoe") { ...F${k} } }\n${fragments}`;
}

let server: ApolloServer;
beforeAll(async () => {
  server = await serverWith();
});
afterAll(async () => {
  await server.stop();
});

describe('defaults', () => {
  it.each(savedOperationNames())('the saved operation %s passes every limit, with page sizes at their largest', async (name) => {
    const { text, document } = savedOperation(name);
    const variables: Record<string, unknown> = {};
    for (const definition of document.definitions) {
      if (definition.kind !== 'OperationDefinition') continue;
      for (const v of definition.variableDefinitions ?? []) if (v.variable.name.value === 'first') variables.first = 2000;
    }
    const limitErrors = (await errorsOf(server, text, variables)).filter((e) => e.limit || e.code === 'GRAPHQL_PARSE_FAILED' || e.code === 'GRAPHQL_VALIDATION_FAILED');
    expect(limitErrors).toEqual([]);
  });

  it('GraphiQL\'s introspection query passes', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    expect(await errorsOf(server, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).toEqual([]);
  });

  it('the README\'s table of limits is the one the settings print, and a bad value names its variable and range', () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const printed = /<!-- settings-table:start -->\n([\s\S]*?)\n<!-- settings-table:end -->/.exec(readme)?.[1];
    expect(printed).toBe(settingsTable());
    expect(settingsTable()).toContain('`HUB_MAX_DEPTH` | 12 levels | 2–50');
    expect(() => limitsFromEnv({ HUB_MAX_ALIASES: 'many', HUB_MAX_DEPTH: '0' })).toThrow(SettingsError);
    expect(() => limitsFromEnv({ HUB_MAX_ALIASES: 'many', HUB_MAX_DEPTH: '0' })).toThrow(
      'invalid settings:\n  HUB_MAX_DEPTH="0": must be a whole number from 2 to 50 (levels)\n  HUB_MAX_ALIASES="many": must be a whole number from 0 to 1000 (aliases)',
    );
    expect(() => timeoutsFromEnv({ HUB_REQUEST_TIMEOUT_MS: '10' })).toThrow('HUB_REQUEST_TIMEOUT_MS="10": must be a whole number from 100 to 600000 (ms)');
    expect(limitsFromEnv({ NODE_ENV: 'production' }).blockFieldSuggestions).toBe(true);
    expect(limitsFromEnv({}).blockFieldSuggestions).toBe(false);
  });
});

describe('refusals name the limit, its value and its variable', () => {
  it('a fragment chain of 2^60 paths is measured in linear time and refused for its depth', async () => {
    // Walking every path would never end; the rule measures each fragment once.
    const errors = await errorsOf(server, doubledChain(60));
    expect(errors).toContainEqual({ message: 'Query depth limit of 12 exceeded, found 62. The maxDepth limit is 12 (HUB_MAX_DEPTH).', code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxDepth' });
  });

  it('many aliases of a wide list', async () => {
    const query = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: budgetLines(first: 2000) { nodes { id nameKo } }`).join(' ')} }`;
    expect(await errorsOf(server, query)).toContainEqual({ message: 'Aliases limit of 30 exceeded, found 40. The maxAliases limit is 30 (HUB_MAX_ALIASES).', code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxAliases' });
  });

  it('1,000 aliases of a roll-up: refused by the token limit, and by the alias limit where tokens are allowed', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: organization(id: "smoe") { itRollup { systems } }`).join(' ')} }`;
    expect(await errorsOf(server, query)).toEqual([
      { message: 'The document has more than 2,000 tokens. The maxTokens limit is 2,000 (HUB_MAX_TOKENS).', code: 'GRAPHQL_PARSE_FAILED', limit: 'maxTokens' },
    ]);
    const roomy = await serverWith(limitsFromEnv({ HUB_MAX_TOKENS: '20000' }));
    try {
      expect(await errorsOf(roomy, query)).toContainEqual({ message: 'Aliases limit of 30 exceeded, found 1000. The maxAliases limit is 30 (HUB_MAX_ALIASES).', code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxAliases' });
    } finally {
      await roomy.stop();
    }
  });

  it('the cost counts page sizes given by variables and defaults, not only literals', async () => {
    const nested = 'query($n: Int) { organizations(first: $n) { nodes { budgetLines(first: $n) { nodes { id nameKo current committed } } } } }';
    const [error] = await errorsOf(server, nested, { n: 2000 });
    expect(error).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxCost' });
    expect(error.message).toMatch(/^Query Cost limit of 1000000 exceeded, found \d+\. The maxCost limit is 1,000,000 \(HUB_MAX_COST\)\.$/);
    // The same query with small pages is cheap.
    expect((await errorsOf(server, nested, { n: 5 })).filter((e) => e.limit)).toEqual([]);
  });

  it('a page size prices the records of the page, not the count or aggregates of the list', async () => {
    const aggregates = `aggregates { count sum { current committed original spent } avg { current } min { current } max { current } }
      groupedAggregates(groupBy: [FISCAL_YEAR, CLASSIFICATION]) { keys { fiscalYear classification } count sum { current } shareOf { current } }`;
    // Every organization's aggregates: one statement per question, whatever the page size of the (unasked) records.
    const summary = `query($n: Int) { organizations(first: 2000) { nodes { budgetLines(first: $n, includeDescendants: true) { totalCount ${aggregates} } } } }`;
    expect((await errorsOf(server, summary, { n: 2000 })).filter((e) => e.limit)).toEqual([]);
    // The same with the records of every page is priced by its page sizes, as before…
    const records = `query($n: Int) { organizations(first: 2000) { nodes { budgetLines(first: $n) { nodes { id nameKo current committed } ${aggregates} } } } }`;
    expect((await errorsOf(server, records, { n: 2000 }))[0]).toMatchObject({ limit: 'maxCost' });
    // …and so is a connection whose selection hides its nodes in a fragment.
    const hidden = 'query($n: Int) { organizations(first: 2000) { nodes { budgetLines(first: $n) { ...Page } } } } fragment Page on BudgetLineConnection { nodes { id nameKo current committed } }';
    expect((await errorsOf(server, hidden, { n: 2000 }))[0]).toMatchObject({ limit: 'maxCost' });
  });

  it('directives', async () => {
    const query = `{ organizations { totalCount ${'@include(if: true) '.repeat(60)} } }`;
    expect(await errorsOf(server, query)).toContainEqual(expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxDirectives', message: 'Directives limit of 50 exceeded, found 60. The maxDirectives limit is 50 (HUB_MAX_DIRECTIVES).' }));
  });

  it('search texts, IDs and NUL characters, as literals or variables', async () => {
    expect(await errorsOf(server, `{ organizations(search: "${'가'.repeat(101)}") { totalCount } }`)).toEqual([
      { message: 'Argument "search" is 101 characters long. The maxSearchLength limit is 100 (HUB_MAX_SEARCH_LENGTH).', code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxSearchLength' },
    ]);
    expect(await errorsOf(server, 'query($id: ID!) { organization(id: $id) { id } }', { id: 'x'.repeat(201) })).toEqual([
      { message: 'Argument "id" holds an ID 201 characters long. The maxIdLength limit is 200 (HUB_MAX_ID_LENGTH).', code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxIdLength' },
    ]);
    expect(await errorsOf(server, 'query($s: String) { organizations(search: $s) { totalCount } }', { s: 'a\u0000b' })).toEqual([
      { message: 'Argument "search" contains a NUL character, which no text in the hub holds.', code: 'BAD_USER_INPUT', limit: undefined },
    ]);
  });

  it('field suggestions are masked when asked (production)', async () => {
    const strict = await serverWith(limitsFromEnv({ NODE_ENV: 'production' }));
    try {
      const [error] = await errorsOf(strict, '{ organizationz { totalCount } }');
      expect(error.message).toBe('Cannot query field "organizationz" on type "Query". [Suggestion hidden]?');
      expect((await errorsOf(server, '{ organizationz { totalCount } }'))[0].message).toContain('Did you mean');
    } finally {
      await strict.stop();
    }
  });

  it('operations the graph cannot run are the client\'s mistake', async () => {
    expect(await errorsOf(server, 'mutation { x }')).toEqual([{ message: 'This graph serves queries only: it has no mutation type.', code: 'OPERATION_RESOLUTION_FAILURE', limit: undefined }]);
  });
});
