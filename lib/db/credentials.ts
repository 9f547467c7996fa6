/**
 * The passwords of one embedded PostgreSQL cluster, in `<dataDir>.credentials.json` beside its data
 * directory (under .data/, git-ignored), readable by the hub's user only (0600).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';

export interface Credentials {
  admin: {
    user: string;
    password: string;
    /**
     * Set while an old data directory (fixed password 'postgres') is being moved to `password`: the
     * file is written before ALTER ROLE, so a crash in between leaves a password that still works.
     */
    previousPassword?: string;
  };
  /** The login role of each subgraph and its password; once written, a password never changes. */
  roles: Record<string, string>;
}

export function credentialsFileOf(dataDir: string): string {
  return `${dataDir}.credentials.json`;
}

/** URL-safe, so it can sit in a connection URL and an SQL literal unescaped. */
export function randomPassword(): string {
  return randomBytes(24).toString('base64url');
}

export function readCredentials(file: string): Credentials | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = JSON.parse(text) as Partial<Credentials>;
  if (!parsed.admin?.user || !parsed.admin.password) throw new Error(`${file} has no admin password: restore it, or remove the data directory beside it to start afresh`);
  return { admin: parsed.admin, roles: parsed.roles ?? {} };
}

/** Written whole under a temporary name and renamed, so a reader never sees half a file. */
export function writeCredentials(file: string, credentials: Credentials): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  // The mode given to writeFileSync applies only when the file is created, and the umask may narrow it.
  fs.chmodSync(temporary, 0o600);
  fs.renameSync(temporary, file);
}

export interface RolePassword {
  password: string;
  /** Just generated (and written): the role, if it exists, must be given it. */
  fresh: boolean;
}

/**
 * The role's password from the file, generated and written first if the file has none yet. Synchronous,
 * so two provisioners in one process never both generate one (other processes are kept out by the owner file).
 */
export function rolePassword(file: string, role: string): RolePassword {
  const credentials = readCredentials(file);
  if (!credentials) throw new Error(`${file} is missing`);
  const known = credentials.roles[role];
  if (known) return { password: known, fresh: false };
  const password = randomPassword();
  writeCredentials(file, { ...credentials, roles: { ...credentials.roles, [role]: password } });
  return { password, fresh: true };
}
