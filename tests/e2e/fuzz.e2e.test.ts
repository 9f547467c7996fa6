/**
 * The fuzz drill: a few thousand hostile requests, generated from a fixed seed, sent to the gateway on
 * 127.0.0.1 (malformed bodies, deep, wide, alias floods, fragment cycles and chains, huge strings and
 * bodies, wrong variables, batches, bad encodings and media types, unknown operations and hashes).
 * Every reply must be 2xx–4xx, JSON, and free of internals (SQL, stacks, paths, addresses); the hub
 * must stay healthy and answer right afterwards. It prints the counts, the worst latency and RSS.
 */
import http from 'node:http';
import v8 from 'node:v8';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { startTestHub, type TestHub } from '../support/hub';

/** A small seeded PRNG (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  return { next, int, pick };
}

interface Attack {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

const json = (value: unknown): Buffer => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));
const post = (kind: string, body: unknown, headers: Record<string, string> = {}): Attack => ({
  kind,
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...headers },
  body: Buffer.isBuffer(body) ? body : json(body),
});

const FIELDS = ['id', 'nameKo', 'nameEn', 'kind', 'parentId'];

function generators(r: ReturnType<typeof random>): Array<() => Attack> {
  const valid = '{ organization(id: "smoe-eri") { nameKo budgetRollup(fiscalYear: 2020) { amounts { current } } } }';
  const nest = (depth: number, field = 'parent') => `{ organization(id: "smoe") { ${`${field} { `.repeat(depth)}id${' }'.repeat(depth)} } }`;
  return [
    // Malformed JSON: a valid body cut anywhere, or bytes that are not JSON.
    () => {
      const text = JSON.stringify({ query: valid, variables: { a: 1 } });
      return post('malformed', text.slice(0, r.int(0, text.length - 1)));
    },
    () => post('malformed', Buffer.from(Array.from({ length: r.int(1, 300) }, () => r.int(0, 255)))),
    () => post('malformed', r.pick(['null', '1', '"query"', 'true', '{}', '{"query": null}', '{"query": 1}', '{"query": {}}', '{"query": []}', '{"variables": "x", "query": "{ organizations { totalCount } }"}', '{"operationName": 5, "query": "{ organizations { totalCount } }"}', '{"extensions": 1, "query": "{ __typename }"}'])),
    // Syntax that is not GraphQL.
    () => post('syntax', { query: r.pick(['{', '}', '{ organization(id: ) { id } }', '{ ...on }', 'query query query', '{ a(b: "unterminated) }', '#'.repeat(r.int(1, 500)), '{ organizations { nodes { id } }'.repeat(r.int(1, 20))]) }),
    // Deep: nested fields, through fragments, and introspection.
    () => post('deep', { query: nest(r.int(13, 900)) }),
    () => post('deep', { query: `{ __schema { types { ${'fields { type { '.repeat(r.int(5, 150))}name${' } }'.repeat(0)} } } }` }),
    () => post('deep', { query: `{ __type(name: "Organization") { ${'ofType { '.repeat(r.int(5, 400))}name${' }'.repeat(r.int(5, 400))} } }` }),
    // Wide: many fields, many root fields, many selections of a wide list.
    () => post('wide', { query: `{ organizations(first: 2000) { nodes { ${Array.from({ length: r.int(50, 1500) }, () => r.pick(FIELDS)).join(' ')} } } }` }),
    () => post('wide', { query: `query($n: Int) { ${['budgetLines', 'trainingPrograms', 'organizations', 'informationSystems', 'performanceIndicators'].map((f) => `${f}(first: $n) { nodes { id } }`).join(' ')} }`, variables: { n: r.pick([2000, 2001, 10 ** 9, -1, 0]) } }),
    // Alias floods.
    () => post('aliases', { query: `{ ${Array.from({ length: r.int(31, 700) }, (_, i) => `a${i}: organization(id: "smoe") { itRollup { systems } }`).join(' ')} }` }),
    () => post('aliases', { query: `{ ${Array.from({ length: r.int(31, 300) }, (_, i) => `a${i}: budgetLines(first: 2000) { nodes { id nameKo } }`).join(' ')} }` }),
    () => post('aliases', { query: `{ organizations { nodes { ${Array.from({ length: r.int(31, 500) }, (_, i) => `x${i}: id`).join(' ')} } } }` }),
    // Fragment cycles and chains.
    () => post('fragments', { query: '{ organization(id: "smoe") { ...A } } fragment A on Organization { id ...B } fragment B on Organization { nameKo ...A }' }),
    () => post('fragments', { query: '{ organization(id: "smoe") { ...A } } fragment A on Organization { parent { ...A } }' }),
    () => {
      const k = r.int(10, 120);
      let fragments = 'fragment F0 on Organization { id }\n';
      for (let i = 1; i <= k; i += 1) fragments += `fragment F${i} on Organization { parent { ...F${i - 1} } ...F${i - 1} }\n`;
      return post('fragments', { query: `{ organization(id: "smoe") { ...F${k} } }\n${fragments}` });
    },
    () => {
      const k = r.int(50, 3000);
      let fragments = '';
      for (let i = 0; i < k; i += 1) fragments += `fragment F${i} on Organization { id ...F${i + 1} }\n`;
      return post('fragments', { query: `{ organization(id: "smoe") { ...F0 } }\n${fragments}fragment F${k} on Organization { id }` });
    },
    () => post('fragments', { query: `{ organization(id: "smoe") { ...Missing${r.int(0, 9)} } }` }),
    // Huge and hostile strings, as literals and as variables.
    () => post('strings', { query: 'query($s: String) { organizations(search: $s) { totalCount } }', variables: { s: 'ㄱ'.repeat(r.int(101, 60_000)) } }),
    () => post('strings', { query: 'query($id: ID!) { organization(id: $id) { id } }', variables: { id: 'x'.repeat(r.int(201, 90_000)) } }),
    () => post('strings', { query: 'query($s: String) { organizations(search: $s) { totalCount } }', variables: { s: r.pick(['a\u0000b', '\u0000', '\ud800', '\udfff\ud800', '%', '_', '\\', "'; drop table organizations.organization; --", '\u202e', '\uffff']) } }),
    () => post('strings', { query: `{ organizations(search: "${r.pick(['\\u0000', '\\ud800', 'a'.repeat(200), '\\\\%_'])}") { totalCount } }` }),
    () => post('strings', { query: `{ budgetLine(id: "${r.pick(['\\u0000x', '../../etc/passwd', '%00', ' ', '000-tasks/28\\u0000'])}") { id } }` }),
    // Cursors the lists did not issue.
    () => post('cursors', { query: 'query($a: String) { organizations(after: $a) { totalCount } }', variables: { a: r.pick([Buffer.from(`offset:${r.pick(['-1', '99999999999999999999999', '1e9', 'NaN', '0x10', ' 1'])}`).toString('base64url'), '', '!!!', 'b2Zmc2V0', 'x'.repeat(r.int(1, 5000))]) } }),
    // Huge bodies.
    () => post('huge', { query: `{ organizations { totalCount } } # ${'x'.repeat(r.int(100_001, 2_000_000))}` }),
    () => post('huge', { query: '{ organizations { totalCount } }', variables: { pad: 'y'.repeat(r.int(100_001, 400_000)) } }),
    // Wrong variables.
    () => post('variables', { query: 'query($n: Int!) { organizations(first: $n) { totalCount } }', variables: { n: r.pick(['2000', 1.5, null, [], {}, true, 2 ** 53, -(2 ** 31) - 1]) } }),
    () => post('variables', { query: 'query($id: ID!) { organization(id: $id) { id } }', variables: r.pick([{}, { id: null }, { id: { a: 1 } }, { id: [1, 2] }, { other: 1 }]) }),
    () => post('variables', { query: 'query($y: Int) { organization(id: "smoe") { budgetRollup(fiscalYear: $y) { amounts { current } } } }', variables: { y: r.pick([-1, 0, 99999, 2 ** 31 - 1]) } }),
    () => post('variables', { query: '{ organizations(kind: CASTLE, first: "x") { totalCount } }' }),
    // Batches.
    () => post('batch', Array.from({ length: r.int(0, 60) }, () => ({ query: valid }))),
    // Operations the graph cannot run.
    () => post('operations', r.pick([
      { query: 'mutation { x }' },
      { query: 'subscription { x }' },
      { query: 'query A { __typename } query B { __typename }' },
      { query: 'query A { __typename }', operationName: 'C' },
      { query: 'query A { __typename }', operationName: '' },
      { query: 'fragment F on Organization { id }' },
    ])),
    // Persisted queries that do not match.
    () => post('persisted', { extensions: { persistedQuery: { version: r.pick([1, 2, 'x']), sha256Hash: r.pick(['abc', '0'.repeat(64), '', 42]) } }, ...(r.next() < 0.5 ? { query: valid } : {}) }),
    // Bad encodings and media types.
    () => post('encoding', json({ query: valid }), { 'content-type': `application/json; charset=${r.pick(['latin1', 'utf-16', 'x-unknown', 'utf-32le'])}` }),
    () => post('encoding', Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x22, 0x00, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x7d])),
    () => post('encoding', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json({ query: '{ __typename }' })])),
    () => post('encoding', Buffer.from('not gzip at all'), { 'content-encoding': r.pick(['gzip', 'deflate', 'br', 'compress', 'identity, gzip']) }),
    () => post('encoding', zlib.gzipSync(json({ query: `{ organizations { totalCount } } # ${'z'.repeat(r.int(200_000, 3_000_000))}` })), { 'content-encoding': 'gzip' }),
    () => ({ kind: 'media', method: 'POST', path: '/graphql', headers: { 'content-type': r.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql', 'application/xml', '']) }, body: json({ query: valid }) }),
    () => ({ kind: 'media', method: r.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS']), path: '/graphql', headers: { 'content-type': 'application/json' }, body: json({ query: valid }) }),
    () => ({ kind: 'get', method: 'GET', path: `/graphql?query=${encodeURIComponent(r.pick(['{', 'mutation { x }', nest(40), '{ __typename }']))}&variables=${encodeURIComponent(r.pick(['{', '[]', '"x"', '{}']))}`, headers: { accept: r.pick(['application/json', 'application/graphql-response+json', 'text/html;q=0.1, application/json', 'image/png', '*/*']) } }),
    () => ({ kind: 'get', method: 'GET', path: `/graphql?query=${'%7B'.repeat(r.int(10, 6000))}`, headers: { accept: 'application/json' } }),
    () => ({ kind: 'paths', method: r.pick(['GET', 'POST']), path: r.pick(['/', '/nothing', '/graphql/../../etc/passwd', '/report/Nope', '/report/CouncilRecruitmentExams?year=abc', '/report/CouncilRecruitmentExams?format=xlsx', '/explorer/x.js', '/readyz?x=' + 'a'.repeat(2000)]), headers: { accept: 'application/json' } }),
    // Accept headers a GraphQL server cannot satisfy.
    () => post('accept', { query: valid }, { accept: r.pick(['text/html', 'image/png', 'application/graphql-response+json;q=0', 'application/json; charset=latin1']) }),
  ];
}

/** Words that would mean a reply told something of the hub's insides. */
const LEAKS = /\bselect\b[\s\S]*\bfrom\b|insert into|node_modules|\/work\/|\/usr\/|\bat [\w.<>]+ \(|127\.0\.0\.1|localhost:\d|postgres(ql)?:\/\/|ECONN|stacktrace|"stack"|mikro|knex|\bpg_/i;

interface Outcome {
  kind: string;
  status: number;
  ms: number;
  problem?: string;
}

function send(port: number, attack: Attack): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const request = http.request({ host: '127.0.0.1', port, method: attack.method, path: attack.path, headers: { ...attack.headers, ...(attack.body ? { 'content-length': String(attack.body.length) } : {}) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const status = response.statusCode ?? 0;
        const outcome: Outcome = { kind: attack.kind, status, ms: Date.now() - started };
        const type = String(response.headers['content-type'] ?? '');
        if (status >= 500) outcome.problem = `status ${status}: ${text.slice(0, 300)}`;
        else if (attack.method === 'OPTIONS' && status < 300) outcome.problem = undefined;
        else if (!/json/.test(type) && !(attack.kind === 'paths' && /^\/(explorer|$)/.test(attack.path) && status === 200)) outcome.problem = `not JSON (${type || 'no content type'}, status ${status}): ${text.slice(0, 200)}`;
        else {
          try {
            if (/json/.test(type)) JSON.parse(text);
          } catch {
            outcome.problem = `unparsable JSON: ${text.slice(0, 200)}`;
          }
        }
        const leak = LEAKS.exec(text);
        if (!outcome.problem && leak) outcome.problem = `leak "${leak[0].slice(0, 60)}": ${text.slice(Math.max(0, leak.index - 100), leak.index + 100)}`;
        resolve(outcome);
      });
    });
    // The server may refuse a huge body before reading it all; that is an answer, not a failure.
    request.on('error', (error) => resolve({ kind: attack.kind, status: -1, ms: Date.now() - started, problem: `connection error ${(error as Error).message}` }));
    request.end(attack.body);
  });
}

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

/** The heap that survives a full collection: what the drill leaves behind, unlike RSS, which keeps freed pages. */
function retainedHeapMiB(): number {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const REQUESTS = 2400;
const PARALLEL = 8;

it(`${REQUESTS} hostile requests: no 5xx, only JSON, nothing internal, and a healthy hub afterwards`, async () => {
  const port = Number(new URL(hub.gatewayUrl).port);
  const r = random(20261204);
  const make = generators(r);
  const attacks = Array.from({ length: REQUESTS }, (_, i) => make[i % make.length]());
  const heapBefore = retainedHeapMiB();
  const rssBefore = process.memoryUsage().rss;
  const started = Date.now();
  const outcomes: Outcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < attacks.length) outcomes.push(await send(port, attacks[next++]));
    }),
  );
  const rssAfter = process.memoryUsage().rss;
  const heapAfter = retainedHeapMiB();
  const worst = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a));
  const byStatus = outcomes.reduce<Record<string, number>>((counts, o) => ({ ...counts, [o.status]: (counts[o.status] ?? 0) + 1 }), {});
  console.log(
    `fuzz drill: ${outcomes.length} requests in ${Date.now() - started} ms, ${PARALLEL} at a time; statuses ${JSON.stringify(byStatus)}; ` +
      `worst ${worst.ms} ms (${worst.kind}); RSS ${(rssBefore / 2 ** 20).toFixed(0)} → ${(rssAfter / 2 ** 20).toFixed(0)} MiB, heap after a full GC ${heapBefore.toFixed(0)} → ${heapAfter.toFixed(0)} MiB (test process, hub inside)`,
  );
  const problems = outcomes.filter((o) => o.problem);
  if (problems.length) console.log(`problems by kind: ${JSON.stringify(problems.reduce<Record<string, number>>((c, o) => ({ ...c, [o.kind]: (c[o.kind] ?? 0) + 1 }), {}))}`);
  expect(problems.slice(0, 10).map((o) => `${o.kind}: ${o.problem}`)).toEqual([]);
  expect(outcomes).toHaveLength(REQUESTS);
  // Nothing a hostile request sent is kept: the heap after a full collection grows by little (caches of parsed documents).
  expect(heapAfter - heapBefore).toBeLessThan(100);

  // Healthy afterwards: alive, ready, and right (000:156 예산현액 계 117,507,909 천원).
  expect((await fetch(hub.gatewayUrl.replace('/graphql', '/healthz'))).status).toBe(200);
  expect((await fetch(hub.gatewayUrl.replace('/graphql', '/readyz'))).status).toBe(200);
  const { data, errors } = await hub.query<any>('{ organization(id: "smoe-eri") { budgetRollup(fiscalYear: 2020) { amounts { current } } } }');
  expect(errors).toBeUndefined();
  expect(data.organization.budgetRollup.amounts.current).toBe('117507909000');
});
