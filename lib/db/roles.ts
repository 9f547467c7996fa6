/**
 * Least privilege on the embedded server: each subgraph logs in as its own role (no superuser, no
 * CREATEDB, no CREATEROLE) that owns its own schema and nothing else. The admin connection creates
 * the roles and schemas; the subgraph's migrations then run as the owner of its schema.
 *
 * Roles are cluster-wide and provisioning may run in several processes against one server at once,
 * so every step is idempotent and a concurrent duplicate counts as success.
 */
import { Client, type ClientBase } from 'pg';
import type { SubgraphName } from '../config';
import type { RolePassword } from './credentials';

export function subgraphRole(subgraph: SubgraphName): string {
  return `hub_${subgraph}`;
}

/** SQLSTATEs of a concurrent provisioner that got there first. */
const ALREADY_THERE = new Set(['42710' /* duplicate_object */, '42P06' /* duplicate_schema */, '23505' /* unique_violation on a catalog index */]);

function codeOf(error: unknown): string | undefined {
  return (error as { code?: string }).code;
}

/** Two sessions changing one catalog row at once: the loser gets "tuple concurrently updated" (XX000) or a deadlock. */
async function retryingConcurrent<T>(step: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await step();
    } catch (error) {
      const concurrent = codeOf(error) === '40P01' || /tuple concurrently (updated|deleted)/.test((error as Error).message);
      if (!concurrent || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

/** Whether this call created it (false: a concurrent provisioner did). */
async function createUnlessThere(client: ClientBase, sql: string): Promise<boolean> {
  try {
    await client.query(sql);
    return true;
  } catch (error) {
    if (!ALREADY_THERE.has(codeOf(error) ?? '')) throw error;
    return false;
  }
}

async function ensureRole(client: ClientBase, role: string, { password, fresh }: RolePassword): Promise<void> {
  const name = client.escapeIdentifier(role);
  const attributes = 'login nosuperuser nocreatedb nocreaterole noreplication nobypassrls';
  const find = () =>
    client.query<{ rolsuper: boolean; rolcreatedb: boolean; rolcreaterole: boolean; rolcanlogin: boolean; rolreplication: boolean; rolbypassrls: boolean; has_password: boolean }>(
      'select rolsuper, rolcreatedb, rolcreaterole, rolcanlogin, rolreplication, rolbypassrls, rolpassword is not null as has_password from pg_authid where rolname = $1',
      [role],
    );
  let found = (await find()).rows[0];
  let created = false;
  if (!found) {
    created = await createUnlessThere(client, `create role ${name} ${attributes} password ${client.escapeLiteral(password)}`);
    found = (await find()).rows[0];
  }
  if (found.rolsuper || found.rolcreatedb || found.rolcreaterole || !found.rolcanlogin || found.rolreplication || found.rolbypassrls) {
    await retryingConcurrent(() => client.query(`alter role ${name} ${attributes}`));
  }
  // A password the file already held stays, so every process that holds it can keep logging in; one the
  // file did not hold yet (a role from a lost file) is given, and kept from then on.
  if (!created && (fresh || !found.has_password)) await retryingConcurrent(() => client.query(`alter role ${name} password ${client.escapeLiteral(password)}`));
}

/** Objects of the schema someone else owns (a data directory from before the roles: the admin made them). */
async function transferOwnership(client: ClientBase, schema: string, role: string): Promise<void> {
  const { rows } = await client.query<{ kind: string; name: string }>(
    `select case c.relkind when 'r' then 'table' when 'p' then 'table' when 'v' then 'view' when 'm' then 'materialized view'
              when 'f' then 'foreign table' else 'sequence' end as kind,
            format('%I.%I', n.nspname, c.relname) as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relowner <> (select oid from pg_roles where rolname = $2) and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
        -- a sequence that belongs to a column moves with its table
        and not (c.relkind = 'S' and exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i')))
      order by c.relkind = 'S'`,
    [schema, role],
  );
  for (const { kind, name } of rows) await retryingConcurrent(() => client.query(`alter ${kind} ${name} owner to ${client.escapeIdentifier(role)}`));
}

async function ensureSchema(client: ClientBase, schema: string, role: string): Promise<void> {
  const owner = async () =>
    (await client.query<{ owner: string }>('select pg_get_userbyid(nspowner) as owner from pg_namespace where nspname = $1', [schema])).rows[0]?.owner;
  let current = await owner();
  if (current === undefined) {
    await createUnlessThere(client, `create schema ${client.escapeIdentifier(schema)} authorization ${client.escapeIdentifier(role)}`);
    current = await owner();
  }
  if (current !== role) await retryingConcurrent(() => client.query(`alter schema ${client.escapeIdentifier(schema)} owner to ${client.escapeIdentifier(role)}`));
  await transferOwnership(client, schema, role);
}

/** Nobody but the admin creates schemas in the database, or tables in `public`. */
async function closePublicDoors(client: ClientBase): Promise<void> {
  const { rows } = await client.query<{ database: boolean; schema: boolean; name: string }>(
    `select has_database_privilege('public', current_database(), 'CREATE') as database,
            has_schema_privilege('public', 'public', 'CREATE') as schema, current_database() as name`,
  );
  if (rows[0].database) await retryingConcurrent(() => client.query(`revoke create on database ${client.escapeIdentifier(rows[0].name)} from public`));
  if (rows[0].schema) await retryingConcurrent(() => client.query('revoke create on schema public from public'));
}

/**
 * Provisions a role and schema for each subgraph in the database `adminUrl` names (as a superuser)
 * and returns the URL each subgraph connects with.
 */
export async function provisionSubgraphRoles(
  adminUrl: string,
  subgraphs: readonly SubgraphName[],
  passwordOf: (role: string) => RolePassword,
): Promise<Record<SubgraphName, string>> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  const urls = {} as Record<SubgraphName, string>;
  try {
    await closePublicDoors(client);
    for (const subgraph of subgraphs) {
      const role = subgraphRole(subgraph);
      const password = passwordOf(role);
      await ensureRole(client, role, password);
      // The schema is named like the subgraph (its entities and migrations say so).
      await ensureSchema(client, subgraph, role);
      const url = new URL(adminUrl);
      url.username = role;
      url.password = password.password;
      urls[subgraph] = url.toString();
    }
  } finally {
    await client.end();
  }
  return urls;
}
