/** Which PostgreSQL the hub talks to: DATABASE_URL when given, otherwise the embedded server. */
import { Client } from 'pg';
import { embeddedPostgresSettings } from '../config';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres';

/** The database the embedded default keeps the hub in. */
export const EMBEDDED_DATABASE = 'hub';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates the database when it is missing (the server URL must reach a database we may connect to). */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`unsafe database name "${database}"`);
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database}" with (force)`);
  } finally {
    await client.end();
  }
}

export interface ResolvedDatabase {
  url: string;
  /** Set when the hub started its own server; stop it on shutdown. */
  embedded?: EmbeddedServer;
}

/** DATABASE_URL as given, or a started embedded server with the `hub` database in it. */
export async function resolveDatabase(log: (line: string) => void = () => undefined): Promise<ResolvedDatabase> {
  if (process.env.DATABASE_URL) {
    log(`database: DATABASE_URL (${redact(process.env.DATABASE_URL)})`);
    return { url: process.env.DATABASE_URL };
  }
  const settings = embeddedPostgresSettings();
  log(`database: embedded PostgreSQL on port ${settings.port}, data in ${settings.dataDir}`);
  const embedded = await startEmbeddedPostgres(settings);
  try {
    await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return { url: withDatabase(embedded.url, EMBEDDED_DATABASE), embedded };
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
