/**
 * Least privilege on the embedded PostgreSQL (started here in a data directory of its own under .data,
 * whatever server the run uses): a random superuser password kept in a 0600 file, and one login role
 * per subgraph that is no superuser and can touch only its own schema. A data directory from before
 * (fixed password 'postgres', no credentials file) is moved to a random password on its next start.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { PROJECT_ROOT, SUBGRAPH_NAMES } from '../../lib/config';
import { credentialsFileOf, readCredentials, rolePassword } from '../../lib/db/credentials';
import { ensureDatabase, withDatabase } from '../../lib/db/database-url';
import { ownerFileOf, startEmbeddedPostgres, type EmbeddedServer } from '../../lib/db/embedded-postgres';
import { closeSubgraphDatabase, openSubgraphDatabase } from '../../lib/db/orm';
import { provisionSubgraphRoles, subgraphRole } from '../../lib/db/roles';
import { freePort } from '../../lib/db/scratch';
import { organizationsSubgraph } from '../../subgraphs/organizations/subgraph';

const dataDir = path.join(PROJECT_ROOT, '.data', `pg-roles-${Date.now().toString(36)}-${randomBytes(2).toString('hex')}`);
const credentialsFile = credentialsFileOf(dataDir);
let port: number;
let server: EmbeddedServer | undefined;

beforeAll(async () => {
  port = await freePort();
  server = await startEmbeddedPostgres({ dataDir, port });
  await ensureDatabase(server.url, 'hub');
});

afterAll(async () => {
  await server?.stop();
  for (const file of [dataDir, credentialsFile, ownerFileOf(dataDir), `${dataDir}.log`]) fs.rmSync(file, { recursive: true, force: true });
});

const provision = () => provisionSubgraphRoles(withDatabase(server!.url, 'hub'), SUBGRAPH_NAMES, (role) => rolePassword(credentialsFile, role));

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

async function sqlState(client: Client, sql: string): Promise<string> {
  try {
    await client.query(sql);
    return 'ok';
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
}

it('each subgraph logs in as its own role: no superuser, its own schema only, never public or another subgraph’s', async () => {
  // Two provisioners at once (two hubs on one server): both succeed and hand out the same URLs.
  const [urls, again] = await Promise.all([provision(), provision()]);
  expect(again).toEqual(urls);
  expect(await provision()).toEqual(urls);

  const admin = await connect(withDatabase(server!.url, 'hub'));
  try {
    const { rows } = await admin.query('select rolname, rolsuper, rolcreatedb, rolcreaterole, rolcanlogin from pg_roles where rolname = any($1) order by rolname', [
      SUBGRAPH_NAMES.map(subgraphRole),
    ]);
    expect(rows).toEqual(
      SUBGRAPH_NAMES.map(subgraphRole)
        .sort()
        .map((rolname) => ({ rolname, rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolcanlogin: true })),
    );
  } finally {
    await admin.end();
  }

  for (const [i, subgraph] of SUBGRAPH_NAMES.entries()) {
    const other = SUBGRAPH_NAMES[(i + 1) % SUBGRAPH_NAMES.length];
    const client = await connect(urls[subgraph]);
    try {
      expect(new URL(urls[subgraph]).username).toBe(`hub_${subgraph}`);
      expect(await sqlState(client, `create table ${subgraph}.probe (id int)`)).toBe('ok');
      expect(await sqlState(client, `insert into ${subgraph}.probe values (1)`)).toBe('ok');
      expect((await client.query(`select id from ${subgraph}.probe`)).rows).toEqual([{ id: 1 }]);
      // The other subgraph has made its table by now (or will): either way its schema is closed to us.
      expect(await sqlState(client, `select * from ${other}.probe`)).toBe(`42501: permission denied for schema ${other}`);
      expect(await sqlState(client, `create table ${other}.mine (id int)`)).toBe(`42501: permission denied for schema ${other}`);
      expect(await sqlState(client, 'create table public.probe (id int)')).toBe('42501: permission denied for schema public');
      expect(await sqlState(client, 'create schema elsewhere')).toBe('42501: permission denied for database hub');
      expect(await sqlState(client, 'create database elsewhere')).toBe('42501: permission denied to create database');
      expect(await sqlState(client, 'create role someone')).toBe('42501: permission denied to create role');
    } finally {
      await client.end();
    }
  }

  // The subgraph's own migrations run under its role (they create no schema: the admin did).
  const orm = await openSubgraphDatabase({
    subgraph: 'organizations',
    clientUrl: urls.organizations,
    entities: organizationsSubgraph.entities,
    migrations: organizationsSubgraph.migrations,
  });
  await closeSubgraphDatabase(orm);

  expect(fs.statSync(credentialsFile).mode & 0o777).toBe(0o600);
  const credentials = readCredentials(credentialsFile)!;
  expect(credentials.admin.password).not.toBe('postgres');
  expect(credentials.admin.password.length).toBeGreaterThanOrEqual(24);
  expect(Object.keys(credentials.roles).sort()).toEqual(SUBGRAPH_NAMES.map(subgraphRole).sort());
  await expect(connect(`postgres://postgres:postgres@127.0.0.1:${port}/postgres`)).rejects.toMatchObject({ code: '28P01' });
});

it('a data directory from before (password postgres, no credentials file) gets a random password on its next start; the old one no longer works', async () => {
  // Make the directory look like one npm start left before: the fixed password and no file beside it.
  const admin = await connect(server!.url);
  await admin.query("alter role postgres password 'postgres'");
  await admin.end();
  await server!.stop();
  server = undefined;
  fs.rmSync(credentialsFile);

  const logs: string[] = [];
  server = await startEmbeddedPostgres({ dataDir, port, log: (line) => logs.push(line) });
  expect(logs).toEqual([`embedded PostgreSQL: replaced the old fixed password of postgres with a random one, kept in ${credentialsFile}`]);
  const credentials = readCredentials(credentialsFile)!;
  expect(credentials.admin).toEqual({ user: 'postgres', password: expect.any(String) });
  expect(credentials.admin.password).not.toBe('postgres');
  expect(fs.statSync(credentialsFile).mode & 0o777).toBe(0o600);
  await expect(connect(`postgres://postgres:postgres@127.0.0.1:${port}/postgres`)).rejects.toMatchObject({ code: '28P01' });
  await (await connect(server.url)).end();

  // The roles exist from before; the new file gives them passwords, which they then keep.
  const urls = await provision();
  for (const subgraph of SUBGRAPH_NAMES) await (await connect(urls[subgraph])).end();
  expect(await provision()).toEqual(urls);
});
