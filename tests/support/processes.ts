/**
 * Services started the way a user starts them (`npm start`, `npm run start:<service>`), each in its own
 * process group as a terminal would, with their output kept, and stopped by signalling that group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { PROJECT_ROOT } from '../../lib/config';
import { freePort } from '../../lib/db/scratch';

export interface Service {
  name: string;
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the match once the output matches; rejects on exit or after the timeout. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code of npm once it has exited. */
  exited: Promise<number | null>;
}

export function startService(name: string, npmArgs: string[], env: NodeJS.ProcessEnv): Service {
  const child = spawn('npm', npmArgs, { cwd: PROJECT_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
    for (const listener of listeners) listener();
  });
  return {
    name,
    child,
    output: () => output,
    exited,
    waitFor: (pattern, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = output.match(pattern);
          if (match) return finish(() => resolve(match));
          if (hasExited) finish(() => reject(new Error(`${name} exited before printing ${pattern}:\n${output}`)));
        };
        const timer = setTimeout(() => finish(() => reject(new Error(`${name}: no output matching ${pattern} within ${timeoutMs} ms:\n${output}`))), timeoutMs);
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        check();
      }),
  };
}

/**
 * The live processes of a process group. A zombie (ended, not yet reaped) does not count: when npm's
 * shell dies on SIGTERM, tsx is left for the machine's init to reap, which here takes up to two seconds.
 */
export function groupMembers(pgid: number): number[] {
  if (!fs.existsSync('/proc/self/stat')) {
    try {
      process.kill(-pgid, 0);
      return [pgid];
    } catch {
      return [];
    }
  }
  const members: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(group) === pgid && state !== 'Z') members.push(Number(entry));
    } catch {
      // Ended while we looked.
    }
  }
  return members;
}

/** Signals the whole group (as Ctrl-C does) and returns the ms until no process of it is left. */
export async function stopGroup(service: Service, signal: NodeJS.Signals, timeoutMs = 10_000): Promise<number> {
  const pgid = service.child.pid!;
  const started = performance.now();
  try {
    process.kill(-pgid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
  while (groupMembers(pgid).length > 0) {
    if (performance.now() - started > timeoutMs) throw new Error(`${service.name}: processes ${groupMembers(pgid).join(', ')} still running ${timeoutMs} ms after ${signal}:\n${service.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Math.round(performance.now() - started);
}

/** Clean-up after a failed test: whatever is left of the group goes. */
export function killGroup(service: Service | undefined): void {
  if (!service?.child.pid) return;
  try {
    process.kill(-service.child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Distinct free ports (two calls to freePort may otherwise hand out the same one). */
export async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}
