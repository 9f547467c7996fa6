/** An operator's log the test can read: every line pino writes, parsed, at level info and above. */
import { createLogger, type Logger } from '../../lib/log';

export interface LogLine {
  level: number;
  msg: string;
  service?: string;
  kind?: string;
  cause?: string;
  requestId?: string;
  [field: string]: unknown;
}

export function captureLog(): { lines: LogLine[]; logger: Logger } {
  const lines: LogLine[] = [];
  return { lines, logger: createLogger({ write: (line: string) => lines.push(JSON.parse(line)) }, 'info') };
}
