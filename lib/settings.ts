/**
 * The limits and timeouts of the hub's edge, each read from one environment variable with a documented
 * default and an allowed range. One table serves the code (limitsFromEnv, timeoutsFromEnv) and the
 * README's "Limits and failures" section (settingsTable), so the two cannot drift apart.
 *
 * Values are validated with zod: a bad value stops the start with every bad variable named at once.
 */
import { z } from 'zod';

interface IntegerSetting {
  env: string;
  default: number;
  min: number;
  max: number;
  unit: string;
  description: string;
}

/**
 * The ceilings of the edge. The defaults let every saved operation through with room to spare
 * (`tests/unit/limits.unit.test.ts` measures them) and refuse the floods the drills send.
 */
export const LIMIT_SETTINGS = {
  maxDepth: { env: 'HUB_MAX_DEPTH', default: 12, min: 2, max: 50, unit: 'levels', description: 'How deep a query may nest fields (fragments flattened, introspection exempt).' },
  maxAliases: { env: 'HUB_MAX_ALIASES', default: 30, min: 0, max: 1000, unit: 'aliases', description: 'Aliases in one operation, counted through fragments.' },
  // The lower bound keeps GraphiQL's introspection query (about 400 tokens) possible; the upper bound
  // keeps the recursive rules of graphql-js (fragment cycles, overlapping fields) far from the stack's end.
  maxTokens: { env: 'HUB_MAX_TOKENS', default: 2000, min: 500, max: 20000, unit: 'tokens', description: 'Tokens in one query document (checked while parsing).' },
  maxDirectives: { env: 'HUB_MAX_DIRECTIVES', default: 50, min: 0, max: 1000, unit: 'directives', description: 'Directives in one operation.' },
  maxCost: { env: 'HUB_MAX_COST', default: 1_000_000, min: 100, max: 10_000_000_000, unit: 'points', description: 'Estimated cost: 1 per scalar, 2 per object, ×1.5 per level; the `nodes` of a list × its page size (`first`, from literals, variables or defaults), its count and aggregates once.' },
  maxBodyBytes: { env: 'HUB_MAX_BODY_BYTES', default: 100_000, min: 1_000, max: 10_000_000, unit: 'bytes', description: 'Size of a request body (query and variables).' },
  // The gateway's requests to a subgraph carry entity representations: a page of 2,000 organizations with
  // their subtrees' ids is megabytes (issue 12 moves the subtree into the subgraphs).
  maxSubgraphBodyBytes: { env: 'HUB_MAX_SUBGRAPH_BODY_BYTES', default: 20_000_000, min: 1_000, max: 200_000_000, unit: 'bytes', description: 'Size of a request body a subgraph takes (from the gateway).' },
  maxReplyBytes: { env: 'HUB_MAX_REPLY_BYTES', default: 8_000_000, min: 10_000, max: 200_000_000, unit: 'bytes', description: 'Size of one GraphQL reply; a larger one is replaced by an error that says to page.' },
  maxSearchLength: { env: 'HUB_MAX_SEARCH_LENGTH', default: 100, min: 1, max: 10_000, unit: 'characters', description: 'Length of a `search` text argument.' },
  maxIdLength: { env: 'HUB_MAX_ID_LENGTH', default: 200, min: 8, max: 10_000, unit: 'characters', description: 'Length of an ID argument (and of each ID in a list of them).' },
} satisfies Record<string, IntegerSetting>;

export const TIMEOUT_SETTINGS = {
  requestMs: { env: 'HUB_REQUEST_TIMEOUT_MS', default: 5000, min: 100, max: 600_000, unit: 'ms', description: 'Deadline of one request at the gateway: every subgraph fetch still open then is aborted.' },
  subgraphMs: { env: 'HUB_SUBGRAPH_TIMEOUT_MS', default: 4000, min: 100, max: 600_000, unit: 'ms', description: 'How long the gateway waits for one subgraph request.' },
  dbStatementMs: { env: 'HUB_DB_STATEMENT_TIMEOUT_MS', default: 3000, min: 100, max: 600_000, unit: 'ms', description: 'How long one SQL statement of a request may run (PostgreSQL statement_timeout; the client gives up 500 ms later on a server that stopped answering).' },
  dbAcquireMs: { env: 'HUB_DB_ACQUIRE_TIMEOUT_MS', default: 2000, min: 100, max: 600_000, unit: 'ms', description: 'How long a request waits for a free database connection from its subgraph\'s pool.' },
  dbConnectMs: { env: 'HUB_DB_CONNECT_TIMEOUT_MS', default: 2000, min: 100, max: 600_000, unit: 'ms', description: 'How long opening a database connection may take.' },
} satisfies Record<string, IntegerSetting>;

export type EdgeLimits = { [K in keyof typeof LIMIT_SETTINGS]: number } & {
  /** Field suggestions ("Did you mean …") are masked: on when NODE_ENV=production, or HUB_BLOCK_FIELD_SUGGESTIONS=true. */
  blockFieldSuggestions: boolean;
};
export type Timeouts = { [K in keyof typeof TIMEOUT_SETTINGS]: number };

export const BLOCK_FIELD_SUGGESTIONS_ENV = 'HUB_BLOCK_FIELD_SUGGESTIONS';

export class SettingsError extends Error {}

function integerSchema(setting: IntegerSetting) {
  return z.preprocess(
    (raw) => (raw === undefined || raw === '' ? setting.default : Number(raw)),
    z.number({ invalid_type_error: 'a whole number' }).int('a whole number').min(setting.min).max(setting.max),
  );
}

function readAll<T extends Record<string, IntegerSetting>>(table: T, env: NodeJS.ProcessEnv): { [K in keyof T]: number } {
  const shape = Object.fromEntries(Object.values(table).map((s) => [s.env, integerSchema(s)]));
  const parsed = z.object(shape).safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const setting = Object.values(table).find((s) => s.env === name)!;
      return `${name}=${JSON.stringify(env[name])}: must be a whole number from ${setting.min} to ${setting.max} (${setting.unit})`;
    });
    throw new SettingsError(`invalid settings:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data as Record<string, number>;
  return Object.fromEntries(Object.entries(table).map(([key, s]) => [key, values[s.env]])) as { [K in keyof T]: number };
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new SettingsError(`invalid settings:\n  ${name}=${JSON.stringify(raw)}: must be true or false`);
}

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): EdgeLimits {
  return { ...readAll(LIMIT_SETTINGS, env), blockFieldSuggestions: flag(env, BLOCK_FIELD_SUGGESTIONS_ENV, env.NODE_ENV === 'production') };
}

export function timeoutsFromEnv(env: NodeJS.ProcessEnv = process.env): Timeouts {
  return readAll(TIMEOUT_SETTINGS, env);
}

/** The README's table of limits and timeouts (a test compares it with the README). */
export function settingsTable(): string {
  const rows = [...Object.values(LIMIT_SETTINGS), ...Object.values(TIMEOUT_SETTINGS)].map(
    (s) => `| \`${s.env}\` | ${s.default.toLocaleString('en-US')} ${s.unit} | ${s.min.toLocaleString('en-US')}–${s.max.toLocaleString('en-US')} | ${s.description} |`,
  );
  rows.push(`| \`${BLOCK_FIELD_SUGGESTIONS_ENV}\` | on when \`NODE_ENV=production\` | true, false | Masks "Did you mean …" suggestions in validation errors. |`);
  return ['| variable | default | allowed | what it limits |', '|---|---|---|---|', ...rows].join('\n');
}
