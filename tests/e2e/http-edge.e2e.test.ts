/**
 * The gateway's HTTP edge on the real hub: all 61 graphql-http server audits; client mistakes are
 * 4xx in JSON; a driver failure is masked with a request id that the operator's log keeps with the
 * cause; /readyz says which dependency is down without its address.
 */
import { serverAudits } from 'graphql-http';
import { Client } from 'pg';
import { postGraphQL, startTestHub, type TestHub } from '../support/hub';
import { captureLog } from '../support/log';

let hub: TestHub;
const { lines: log, logger } = captureLog();
beforeAll(async () => {
  hub = await startTestHub({ logger });
});
afterAll(async () => {
  await hub?.stop();
});

it('passes all 61 GraphQL-over-HTTP server audits', async () => {
  const audits = serverAudits({ url: hub.gatewayUrl, fetchFn: fetch });
  const results = await Promise.all(audits.map(async (audit) => ({ name: audit.name, result: await audit.fn() })));
  const failed = results.filter((r) => r.result.status !== 'ok').map((r) => `${r.name}: ${(r.result as { reason?: string }).reason}`);
  console.log(`graphql-http audits: ${results.length - failed.length}/${results.length} ok`);
  expect(failed).toEqual([]);
  expect(results).toHaveLength(61);
});

describe('fragment chains are refused in linear time, as a 400 under application/graphql-response+json', () => {
  /** F<i> spreads F<i-1> inside a field and beside it: 2^k paths, in a document of about 1.2 kB at k = 24. */
  function doubledChain(k: number): string {
    let fragments = 'fragment F0 on Organization { id }\n';
    for (let i = 1; i <= k; i += 1) fragments += `fragment F${i} on Organization { parent { ...F${i - 1} } ...F${i - 1} }\n`;
    return `{ organization(id: "smoe") { ...F${k} } }\n${fragments}`;
  }
  /** F<i> spreads F<i+1>: a long chain, as long as the token limit lets it be. */
  function longChain(n: number): string {
    let fragments = '';
    for (let i = 0; i < n; i += 1) fragments += `fragment F${i} on Organization { id ...F${i + 1} }\n`;
    return `{ organization(id: "smoe") { ...F0 } }\n${fragments}fragment F${n} on Organization { id }`;
  }

  it.each([
    ['a doubled chain of 24 (2^24 paths)', doubledChain(24), 'Query depth limit of 12 exceeded, found 26. The maxDepth limit is 12 (HUB_MAX_DEPTH).'],
    ['a doubled chain of 40 (2^40 paths)', doubledChain(40), 'Query depth limit of 12 exceeded, found 42. The maxDepth limit is 12 (HUB_MAX_DEPTH).'],
    ['a chain of 1,000 fragments', longChain(1000), 'The document has more than 2,000 tokens. The maxTokens limit is 2,000 (HUB_MAX_TOKENS).'],
  ])('%s', async (_name, query, message) => {
    const started = Date.now();
    const strict = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query }) });
    const health = await fetch(hub.gatewayUrl.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
    expect(strict.status).toBe(400);
    expect(((await strict.json()) as { errors: Array<{ message: string }> }).errors.map((e) => e.message)).toContain(message);
    // Under plain application/json the spec prefers 200 for the same refusal.
    const plain = await postGraphQL<any>(hub.gatewayUrl, { query });
    expect(plain.status).toBe(200);
    expect(plain.errors!.map((e) => e.message)).toContain(message);
    // 2^40 walks would never end: an answer at all shows validation is linear.
    console.log(`${_name}: refused twice and /healthz answered in ${Date.now() - started} ms`);
  });
});

describe('client mistakes are 4xx, in JSON', () => {
  async function raw(init: RequestInit, path = '/graphql') {
    const response = await fetch(hub.gatewayUrl.replace('/graphql', path), init);
    return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> } };
  }

  it.each([
    ['malformed JSON', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"' }, 400, 'BAD_REQUEST', 'The request body is not valid JSON.'],
    ['a body over the limit', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(100_001)}` }) }, 413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than the maxBodyBytes limit of 100,000 bytes (HUB_MAX_BODY_BYTES).'],
    ['a charset other than UTF-8', { method: 'POST', headers: { 'content-type': 'application/json; charset=latin1' }, body: '{}' }, 415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body\'s charset "latin1" is not served: send UTF-8.'],
    ['a body that is not the gzip it claims', { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: 'plain' }, 400, 'BAD_REQUEST', 'The request body could not be read: send uncompressed, gzip or deflate JSON in UTF-8.'],
    ['a form post (what a cross-site form would send)', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' }, 415, 'UNSUPPORTED_MEDIA_TYPE', 'A POST must have Content-Type: application/json (got "application/x-www-form-urlencoded").'],
    ['a batch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ __typename }' }]) }, 400, 'BAD_REQUEST', 'Operation batching disabled.'],
    ['several operations without operationName', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query A { __typename } query B { __typename }' }) }, 400, 'OPERATION_RESOLUTION_FAILURE', 'The document holds several operations: name the one to run in operationName.'],
    ['an unknown operation name', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }) }, 400, 'OPERATION_RESOLUTION_FAILURE', 'Unknown operation named "B".'],
    ['a mutation', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { x }' }) }, 400, 'OPERATION_RESOLUTION_FAILURE', 'This graph serves queries only: it has no mutation type.'],
    ['a subscription', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'subscription { x }' }) }, 400, 'OPERATION_RESOLUTION_FAILURE', 'This graph serves queries only: it has no subscription type.'],
    ['a persisted-query hash that does not match', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }) }, 400, 'BAD_REQUEST', 'provided sha does not match query'],
    ['a method other than GET and POST', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }, 405, 'METHOD_NOT_ALLOWED', 'PUT is not served here: send a GraphQL request by GET or POST.'],
  ])('%s', async (_name, init, status, code, message) => {
    const reply = await raw(init as RequestInit);
    expect(reply).toEqual({ status, type: expect.stringMatching(/^application\/json/), body: { errors: [expect.objectContaining({ message, extensions: expect.objectContaining({ code }) })] } });
  });

  it('a persisted query the gateway has not seen: PERSISTED_QUERY_NOT_FOUND (the client then sends the text)', async () => {
    const reply = await raw({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }) });
    expect(reply.status).toBeLessThan(500);
    expect(reply.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('a request line too long for the HTTP parser gets JSON too', async () => {
    const reply = await raw({ method: 'GET', headers: { accept: 'application/json' } }, `/graphql?query=${'%7B'.repeat(20_000)}`);
    expect(reply).toEqual({ status: 431, type: expect.stringMatching(/^application\/json/), body: { errors: [{ message: 'The request line or headers are too large: send the query by POST.', extensions: { code: 'BAD_REQUEST' } }] } });
  });

  it('a GET query with no preflight header runs (GraphQL over HTTP), a GET mutation does not', async () => {
    const get = await fetch(`${hub.gatewayUrl}?query=${encodeURIComponent('{ organization(id: "smoe-eri") { nameKo } }')}`, { headers: { accept: 'application/json' } });
    expect(await get.json()).toEqual({ data: { organization: { nameKo: '서울특별시교육청교육연구정보원' } } });
    const mutation = await fetch(`${hub.gatewayUrl}?query=${encodeURIComponent('mutation { x }')}`, { headers: { accept: 'application/json' } });
    expect(mutation.status).toBe(405);
  });

  it('an unknown path is a JSON 404', async () => {
    expect(await raw({ method: 'GET' }, '/nothing')).toEqual({ status: 404, type: expect.stringMatching(/^application\/json/), body: { errors: [{ message: 'Nothing is served at GET /nothing: GraphQL is at /graphql.', extensions: { code: 'NOT_FOUND' } }] } });
  });
});

it('each subgraph enforces the same limits itself (behind any gateway)', async () => {
  const query = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: budgetLines(first: 1) { totalCount }`).join(' ')} }`;
  const reply = await postGraphQL<any>(hub.subgraph('budgets').url, { query }, { 'x-hub-gateway-secret': hub.secret });
  expect(reply.errors).toEqual([expect.objectContaining({ message: 'Aliases limit of 30 exceeded, found 31. The maxAliases limit is 30 (HUB_MAX_ALIASES).' })]);
  const nul = await postGraphQL<any>(hub.subgraph('organizations').url, { query: '{ organizations(search: "\\u0000") { totalCount } }' }, { 'x-hub-gateway-secret': hub.secret });
  expect(nul.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
});

describe('nothing internal leaks', () => {
  it('a driver failure is masked; the operator finds its cause in the log under the same request id', async () => {
    const budgets = hub.subgraph('budgets');
    const admin = new Client({ connectionString: budgets.orm.config.getClientUrl() });
    await admin.connect();
    try {
      await admin.query('alter table budgets.budget_line rename to budget_line_away');
      const reply = await postGraphQL<any>(hub.gatewayUrl, { query: '{ budgetLines(first: 3) { totalCount nodes { id } } organization(id: "smoe-eri") { nameKo } }' });
      expect(reply.status).toBe(200);
      // The organizations subgraph's part still comes back.
      expect(reply.data).toEqual({ budgetLines: null, organization: { nameKo: '서울특별시교육청교육연구정보원' } });
      const [error] = reply.errors!;
      const requestId = error.extensions!.requestId as string;
      expect(error).toEqual({
        message: `Internal error. The operator's log has its cause under request id ${requestId}.`,
        path: ['budgetLines'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, serviceName: 'budgets' },
      });
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.stringify(reply)).not.toMatch(/budget_line|select|relation|127\.0\.0\.1|\/work\//i);
      const line = log.find((l) => l.requestId === requestId && l.service === 'budgets');
      expect(line).toMatchObject({ kind: 'internal', cause: expect.stringMatching(/relation "budgets.budget_line" does not exist/) });
    } finally {
      await admin.query('alter table budgets.budget_line_away rename to budget_line');
      await admin.end();
    }
  });

  it('/readyz names the subgraph and the dependency that is down, never an address', async () => {
    const ready = await fetch(hub.gatewayUrl.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(200);
    const infrastructure = hub.subgraph('infrastructure');
    await infrastructure.close();
    try {
      const down = await fetch(hub.gatewayUrl.replace('/graphql', '/readyz'));
      expect(down.status).toBe(503);
      const body = (await down.json()) as { subgraphs: unknown[] };
      expect(body.subgraphs).toContainEqual({ name: 'infrastructure', ready: false, reason: 'not reachable' });
      expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|localhost|:\d{2,5}\b|ECONN/);
      // The operator's log names the service, the real cause (not only "fetch failed") and the request id, once for the burst.
      const replies = [];
      for (let i = 0; i < 5; i += 1) replies.push(await postGraphQL<any>(hub.gatewayUrl, { query: '{ informationSystems(first: 1) { totalCount } }' }));
      const requestIds = replies.map((r) => r.errors![0].extensions!.requestId);
      const lines = log.filter((l) => l.kind === 'SERVICE_UNAVAILABLE' && requestIds.includes(l.requestId!));
      expect(lines).toHaveLength(1);
      expect(lines[0].cause).toMatch(/^infrastructure: infrastructure at http:\/\/127\.0\.0\.1:\d+\/graphql: fetch failed: ECONNREFUSED/);
    } finally {
      await hub.restartSubgraph('infrastructure');
    }
  });
});
