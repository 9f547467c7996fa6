/** A fresh database per test file, on the run's server (see global-setup.ts). */
import { createScratchDatabase, type ScratchDatabase } from '../../lib/db/scratch';

export function testServerUrl(): string {
  const url = process.env.HUB_TEST_SERVER_URL;
  if (!url) throw new Error('HUB_TEST_SERVER_URL is not set: run the tests through jest (npm test), whose global setup starts PostgreSQL.');
  return url;
}

export function createTestDatabase(): Promise<ScratchDatabase> {
  return createScratchDatabase(testServerUrl(), 'hub_test');
}
