/** Which PostgreSQL the hub talks to: a given URL (DATABASE_URL) when there is one, otherwise the embedded server. */
import { Client } from 'pg';
import { embeddedPostgresSettings, SUBGRAPH_NAMES, type SubgraphName } from '../config';
import { rolePassword } from './credentials';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres';
import { provisionSubgraphRoles } from './roles';

/** The database the embedded default keeps the hub in. */
export const EMBEDDED_DATABASE = 'hub';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function databaseOf(url: string): string | undefined {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  return name || undefined;
}

/** Another session created it between our look and our create: as good as done. */
const CREATED_CONCURRENTLY = new Set(['42P04' /* duplicate_database */, '23505' /* unique_violation on pg_database */]);

/**
 * Creates the database when it is missing. The server URL must reach a database we may connect to;
 * several processes may do this at once (each one's create either wins or finds it done).
 */
export async function ensureDatabase(serverUrl: string, database: string): Promise<boolean> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount !== 0) return false;
    try {
      await client.query(`create database ${client.escapeIdentifier(database)}`);
      return true;
    } catch (error) {
      if (CREATED_CONCURRENTLY.has((error as { code?: string }).code ?? '')) return false;
      throw error;
    }
  } finally {
    await client.end();
  }
}

/**
 * Creates the database a URL names if it does not exist yet, from the server's maintenance database
 * (`postgres`, else `template1`) with the same credentials. Returns whether it created it.
 */
export async function ensureDatabaseOf(url: string): Promise<boolean> {
  const database = databaseOf(url);
  if (!database) return false;
  const probe = new Client({ connectionString: url });
  try {
    await probe.connect();
    return false;
  } catch (error) {
    // 3D000: invalid_catalog_name, the database does not exist. Anything else is not ours to fix.
    if ((error as { code?: string }).code !== '3D000') throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  let lastError: unknown;
  for (const maintenance of ['postgres', 'template1']) {
    if (maintenance === database) continue;
    try {
      return await ensureDatabase(withDatabase(url, maintenance), database);
    } catch (error) {
      if ((error as { code?: string }).code !== '3D000') throw error;
      lastError = error;
    }
  }
  throw lastError;
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${client.escapeIdentifier(database)} with (force)`);
  } finally {
    await client.end();
  }
}

export interface ResolvedDatabase {
  /** The URL given, or the embedded server's superuser URL to the `hub` database. */
  url: string;
  /** What a subgraph connects with: its own role on the embedded server, the given URL otherwise. */
  subgraphUrl(subgraph: SubgraphName): string;
  /** Set when the hub started its own server; stop it on shutdown. */
  embedded?: EmbeddedServer;
}

export interface ResolveOptions {
  /** A database to use as it is (tests); else DATABASE_URL; else the embedded server. */
  url?: string;
  /** The subgraphs that will connect (each gets its role on the embedded server). */
  subgraphs?: readonly SubgraphName[];
  log?: (line: string) => void;
}

/**
 * A given URL (its database created if missing, before any subgraph connects), or a started embedded
 * server with the `hub` database and one role per subgraph in it.
 */
export async function resolveDatabase(options: ResolveOptions = {}): Promise<ResolvedDatabase> {
  const log = options.log ?? (() => undefined);
  const given = options.url ?? process.env.DATABASE_URL;
  if (given) {
    if (!options.url) log(`database: DATABASE_URL (${redact(given)})`);
    if (await ensureDatabaseOf(given)) log(`database: created database "${databaseOf(given)}" (${redact(given)})`);
    return { url: given, subgraphUrl: () => given };
  }
  const settings = embeddedPostgresSettings();
  log(`database: embedded PostgreSQL on port ${settings.port}, data in ${settings.dataDir}`);
  const embedded = await startEmbeddedPostgres({ ...settings, log });
  try {
    await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
    const url = withDatabase(embedded.url, EMBEDDED_DATABASE);
    const urls = await provisionSubgraphRoles(url, options.subgraphs ?? SUBGRAPH_NAMES, (role) => rolePassword(embedded.credentialsFile, role));
    return {
      url,
      subgraphUrl: (subgraph) => {
        const found = urls[subgraph];
        if (!found) throw new Error(`no role was provisioned for the ${subgraph} subgraph`);
        return found;
      },
      embedded,
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}
