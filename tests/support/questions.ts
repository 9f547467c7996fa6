/**
 * For the question tests: a hub for the test file (started before, stopped after) and `ask`, which
 * fails on any GraphQL error and returns lists whole (see whole-lists.ts).
 */
import { startTestHub, type TestHub } from './hub';
import { unwrapLists, wholeLists } from './whole-lists';

/** Thousands of won, as the reports print them, in whole won as the API serves them. */
export const KW = (thousands: number) => String(BigInt(thousands) * 1000n);

export function questionHub() {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => {
    await hub?.stop();
  });
  return async function ask<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const { data, errors } = await hub.query<T>(wholeLists(query), variables);
    expect(errors).toBeUndefined();
    return unwrapLists(data!);
  };
}
