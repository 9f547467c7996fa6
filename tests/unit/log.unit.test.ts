/** The operator's log collapses a burst of the same failure into its first line and one summary. */
import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { edgeServerOptions } from '../../lib/http/graphql-endpoint';
import { BurstLog } from '../../lib/log';
import { limitsFromEnv } from '../../lib/settings';
import { captureLog as capture } from '../support/log';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

it('logs the first failure at once and the repeats as one summary when the burst ends', () => {
  const { lines, logger } = capture();
  const log = new BurstLog(logger, 5000);
  for (let i = 0; i < 300; i += 1) log.error('training:SERVICE_UNAVAILABLE', { kind: 'SERVICE_UNAVAILABLE', cause: 'connect ECONNREFUSED', requestId: `r${i}` }, '[SERVICE_UNAVAILABLE] training');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ level: 50, msg: '[SERVICE_UNAVAILABLE] training', cause: 'connect ECONNREFUSED', requestId: 'r0' });
  jest.advanceTimersByTime(4999);
  expect(lines).toHaveLength(1);
  jest.advanceTimersByTime(1);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatchObject({ msg: '[SERVICE_UNAVAILABLE] training (repeated 299 more times)', repeated: 299, requestIds: ['r1', 'r2', 'r3', 'r4', 'r5'], cause: 'connect ECONNREFUSED' });
  expect(lines[1].requestId).toBeUndefined();
});

it('keeps different failures apart, writes no summary for a single one, and flushes on shutdown', () => {
  const { lines, logger } = capture();
  const log = new BurstLog(logger, 5000);
  log.error('a', { requestId: '1' }, 'a');
  log.error('b', { requestId: '2' }, 'b');
  log.error('b', { requestId: '3' }, 'b');
  expect(lines.map((l) => l.msg)).toEqual(['a', 'b']);
  log.flush();
  expect(lines.map((l) => l.msg)).toEqual(['a', 'b', 'b (repeated 1 more time)']);
  jest.advanceTimersByTime(10_000);
  expect(lines).toHaveLength(3);
});

it('a failure that never pauses still gets a summary every minute', () => {
  const { lines, logger } = capture();
  const log = new BurstLog(logger, 5000);
  for (let second = 0; second <= 61; second += 1) {
    log.error('x', { requestId: String(second) }, 'x');
    jest.advanceTimersByTime(1000);
  }
  expect(lines.map((l) => l.msg)).toEqual(['x', 'x (repeated 60 more times)', 'x']);
});

it('a server that stops writes its pending summaries (the edge options flush the log on stop)', async () => {
  jest.useRealTimers();
  const { lines, logger } = capture();
  const log = new BurstLog(logger, 60_000);
  const server = new ApolloServer({ schema: buildSchema('type Query { a: Int }'), ...edgeServerOptions(limitsFromEnv({}), log) });
  await server.start();
  log.error('k', { requestId: '1' }, 'down');
  log.error('k', { requestId: '2' }, 'down');
  expect(lines.map((l) => l.msg)).toEqual(['down']);
  await server.stop();
  expect(lines.map((l) => l.msg)).toEqual(['down', 'down (repeated 1 more time)']);
});
