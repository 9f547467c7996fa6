/**
 * The real `npm start` path: a child process that starts PostgreSQL (embedded, or DATABASE_URL's),
 * the subgraphs and the gateway; answers through the gateway; and on Ctrl-C (SIGINT to its process
 * group, as a terminal sends it) stops everything, leaving no port open and no process behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../lib/config';
import { portInUse } from '../../lib/db/embedded-postgres';
import { freePort } from '../../lib/db/scratch';
import { createTestDatabase } from '../support/database';
import { postGraphQL } from '../support/hub';

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number, output: string[]): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${output.join('')}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = output.join('').match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code} before ready:\n${output.join('')}`));
    });
  });
}

/** Resolves when no process of the group is left (npm, tsx, node, postgres); rejects after the timeout. */
async function groupGone(pgid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    if (Date.now() > deadline) throw new Error(`processes of group ${pgid} still running ${timeoutMs} ms after SIGINT`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('npm start serves the hub and Ctrl-C stops all of it', async () => {
  const ports = { gateway: await freePort(), organizations: await freePort(), budgets: await freePort(), training: await freePort(), infrastructure: await freePort(), pg: await freePort() };
  const database = process.env.DATABASE_URL ? await createTestDatabase() : undefined;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GATEWAY_PORT: String(ports.gateway),
    ORGANIZATIONS_PORT: String(ports.organizations),
    BUDGETS_PORT: String(ports.budgets),
    TRAINING_PORT: String(ports.training),
    INFRASTRUCTURE_PORT: String(ports.infrastructure),
    HUB_PG_PORT: String(ports.pg),
    HUB_PG_DATA_DIR: path.join(PROJECT_ROOT, '.data', 'pg-npm-start-test'),
  };
  delete env.HUB_GATEWAY_SECRET;
  if (database) env.DATABASE_URL = database.url;
  else delete env.DATABASE_URL;

  const started = Date.now();
  const child = spawn('npm', ['start'], { cwd: PROJECT_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  try {
    const [, url] = await waitForLine(child, /GraphQL endpoint and explorer: (\S+)/, 90_000, output);
    console.log(`npm start: first answer possible after ${Date.now() - started} ms (${database ? 'DATABASE_URL' : 'embedded PostgreSQL'})`);
    expect(url).toBe(`http://localhost:${ports.gateway}/graphql`);

    const response = await postGraphQL<{ organization: { nameKo: string; budgetTotal: { current: string }; trainingPrograms: { totalCount: number }; informationSystems: { totalCount: number } } }>(url, {
      query: '{ organization(id: "smoe-eri") { nameKo budgetTotal(fiscalYear: 2020) { current } trainingPrograms { totalCount } informationSystems { totalCount } } }',
    });
    expect(response.errors).toBeUndefined();
    // 000:156 — 예산현액 계 117,507,909 천원
    expect(response.data!.organization).toMatchObject({ nameKo: '서울특별시교육청교육연구정보원', budgetTotal: { current: '117507909000' } });
    expect(output.join('')).toMatch(/seeds (loaded|unchanged)/);
    if (!database) expect(await portInUse(ports.pg)).toBe(true);
  } finally {
    // Ctrl-C in a terminal signals the whole foreground process group (which may already be gone if start-up failed).
    try {
      process.kill(-child.pid!, 'SIGINT');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
    await groupGone(child.pid!, 30_000);
    await database?.drop();
  }
  for (const port of Object.values(ports)) expect(await portInUse(port)).toBe(false);
  expect(output.join('')).toContain('SIGINT: stopping');
  // A PostgreSQL that was shut down (not killed) removes its pid file.
  if (!database) expect(fs.existsSync(path.join(env.HUB_PG_DATA_DIR!, 'postmaster.pid'))).toBe(false);
});
