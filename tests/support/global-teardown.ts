import type { ScratchServer } from '../../lib/db/scratch';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __hubTestServer?: ScratchServer }).__hubTestServer?.stop();
}
