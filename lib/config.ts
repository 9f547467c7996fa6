/** Every setting the hub reads from the environment, in one place. */
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export const SUBGRAPH_NAMES = ['organizations', 'budgets', 'training', 'infrastructure'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const PROJECT_ROOT = path.resolve(__dirname, '..');

const DEFAULT_PORTS: Record<SubgraphName | 'gateway', number> = {
  gateway: 4000,
  organizations: 4001,
  budgets: 4002,
  training: 4003,
  infrastructure: 4004,
};

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`${name} must be a port number (0-65535), got "${raw}"`);
  }
  return value;
}

/** GATEWAY_PORT, ORGANIZATIONS_PORT, BUDGETS_PORT, TRAINING_PORT, INFRASTRUCTURE_PORT. */
export function portOf(service: SubgraphName | 'gateway'): number {
  return intFromEnv(`${service.toUpperCase()}_PORT`, DEFAULT_PORTS[service]);
}

/** Subgraphs listen on loopback unless told otherwise (they are not a public door). */
export function hostOf(service: SubgraphName | 'gateway'): string {
  return process.env[`${service.toUpperCase()}_HOST`] ?? (service === 'gateway' ? '0.0.0.0' : '127.0.0.1');
}

/** Where the gateway finds a subgraph: SUBGRAPH_<NAME>_URL, else the local default. */
export function subgraphUrl(name: SubgraphName): string {
  return process.env[`SUBGRAPH_${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${portOf(name)}/graphql`;
}

export const SECRET_HEADER = 'x-hub-gateway-secret';

/**
 * The secret the gateway sends and every subgraph demands (HUB_GATEWAY_SECRET).
 * When none is given, one is generated for this process; `npm start` hands it to every service it starts.
 */
export function gatewaySecret(): string {
  if (!process.env.HUB_GATEWAY_SECRET) {
    process.env.HUB_GATEWAY_SECRET = randomBytes(24).toString('hex');
  }
  return process.env.HUB_GATEWAY_SECRET;
}

/** Embedded PostgreSQL: data directory (git-ignored) and port; never 5432, which the machine's own server may hold. */
export function embeddedPostgresSettings() {
  return {
    dataDir: process.env.HUB_PG_DATA_DIR ?? path.join(PROJECT_ROOT, '.data', 'pg'),
    port: intFromEnv('HUB_PG_PORT', 54329),
  };
}
