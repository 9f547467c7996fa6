/**
 * The operator's log: pino (JSON lines in production, readable lines in a terminal), and a burst
 * filter so a failure that repeats (a subgraph down, hundreds of requests failing the same way) is
 * one line when it starts and one summary line when it stops, not hundreds of identical lines.
 *
 * pino is the logger the Node field keeps for services (structured, levels, cheap); no kept library
 * collapses repeats by key, so the burst filter is the small piece written here.
 */
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** HUB_LOG_LEVEL, else silent under jest (tests pass their own logger when they read it), else info. */
function defaultLevel(): string {
  if (process.env.HUB_LOG_LEVEL) return process.env.HUB_LOG_LEVEL;
  return process.env.JEST_WORKER_ID ? 'silent' : 'info';
}

/** A logger writing to `destination`, or to stdout: pretty in a terminal unless NODE_ENV=production. */
export function createLogger(destination?: pino.DestinationStream, level = defaultLevel()): Logger {
  const options: pino.LoggerOptions = { level, base: undefined };
  if (destination) return pino(options, destination);
  if (process.stdout.isTTY && process.env.NODE_ENV !== 'production') {
    // Synchronous pretty printing in-process: no worker thread to outlive a shutdown.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as (options: object) => pino.DestinationStream;
    return pino(options, pretty({ sync: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname' }));
  }
  return pino(options);
}

let root: Logger | undefined;
/** The process's logger, made on first use. */
export function rootLogger(): Logger {
  return (root ??= createLogger());
}

interface Burst {
  message: string;
  fields: Record<string, unknown>;
  first: number;
  count: number;
  requestIds: string[];
  timer: NodeJS.Timeout;
}

/**
 * Logs the first failure of a kind at once, then counts repeats of the same key until `windowMs`
 * passes without one, and logs a single summary with the count and some of the request ids.
 */
export class BurstLog {
  private readonly bursts = new Map<string, Burst>();

  constructor(
    private readonly logger: Logger,
    private readonly windowMs = 5000,
  ) {}

  error(key: string, fields: Record<string, unknown> & { requestId?: string }, message: string): void {
    // A failure that never pauses still gets a summary line every minute.
    if (Date.now() - (this.bursts.get(key)?.first ?? Date.now()) > 60_000) this.summarize(key);
    const burst = this.bursts.get(key);
    if (!burst) {
      this.logger.error(fields, message);
      this.bursts.set(key, { message, fields, first: Date.now(), count: 0, requestIds: [], timer: this.arm(key) });
      return;
    }
    burst.count += 1;
    if (fields.requestId && burst.requestIds.length < 5) burst.requestIds.push(fields.requestId);
    clearTimeout(burst.timer);
    burst.timer = this.arm(key);
  }

  private summarize(key: string): void {
    const burst = this.bursts.get(key);
    if (!burst) return;
    clearTimeout(burst.timer);
    this.bursts.delete(key);
    if (burst.count === 0) return;
    const { requestId: _first, ...fields } = burst.fields;
    this.logger.error(
      { ...fields, repeated: burst.count, overMs: Date.now() - burst.first, requestIds: burst.requestIds },
      `${burst.message} (repeated ${burst.count} more ${burst.count === 1 ? 'time' : 'times'})`,
    );
  }

  private arm(key: string): NodeJS.Timeout {
    const timer = setTimeout(() => this.summarize(key), this.windowMs);
    // A pending summary must not keep a stopping process alive.
    timer.unref();
    return timer;
  }

  /** Writes every pending summary now (on shutdown). */
  flush(): void {
    for (const key of [...this.bursts.keys()]) this.summarize(key);
  }
}
