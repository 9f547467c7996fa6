/**
 * Every total the reports print, reconciled with the hub through the gateway (issue 11, item 4): the
 * table of cases in lib/reconciliation/cases.ts gives each printed total, its line, the query and path of
 * the hub's roll-up or aggregate over the same scope, and "agrees" or the finding that explains why not.
 * A case fails when a figure that should agree does not, when a difference has no finding (or one that
 * does not cite the printed total), or when the roll-up's own reconciliation says otherwise; the table
 * fails when a printed total row of the seeds has no case. Then every roll-up of every organization is
 * swept: no roll-up sets a computed total beside a different printed one without naming its finding.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../lib/config';
import { printedNumber, reconciliationDocuments, runCases, type CaseResult } from '../../lib/reconciliation/run-cases';
import { CASE_ROWS, expectedRecords, reconciliationCases, type ReconciliationCase } from '../../lib/reconciliation/cases';
import { readAllSeeds } from '../../lib/seeds/read-seeds';
import { startTestHub, type TestHub } from '../support/hub';

const seeds = readAllSeeds();
const cases = reconciliationCases(seeds);

let hub: TestHub;
let results: CaseResult[];
async function ask(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { data, errors } = await hub.query(query, variables);
  if (errors?.length) throw new Error(`${errors.map((e) => e.message).join('; ')} in ${query}`);
  return data;
}

beforeAll(async () => {
  hub = await startTestHub();
  results = await runCases(cases, ask);
}, 120_000);
afterAll(async () => {
  await hub?.stop();
});

it('RECONCILIATION.md and the README\'s table are what `npm run reconcile -- --write` prints now', () => {
  const { full, readmeBlock } = reconciliationDocuments(results);
  expect(fs.readFileSync(path.join(PROJECT_ROOT, 'RECONCILIATION.md'), 'utf8')).toBe(full);
  expect(fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8')).toContain(readmeBlock);
});

/** The cases of one printed total row, named by what the report prints and where. */
const byRecord = new Map<string, ReconciliationCase[]>();
for (const c of cases) {
  const key = c.record ?? c.id;
  byRecord.set(key, [...(byRecord.get(key) ?? []), c]);
}

describe('the table of cases covers every printed total row of the seeds', () => {
  it('each budget 계/소계 row, headcount 총계/소계 row, training total, marked staff figure and IT count has a row', () => {
    const covered = new Set(CASE_ROWS.flatMap((row) => row.covers));
    expect(expectedRecords(seeds).filter((record) => !covered.has(record))).toEqual([]);
  });

  it('no row reconciles a record that is not a printed total of the seeds', () => {
    const expected = new Set(expectedRecords(seeds));
    expect(CASE_ROWS.flatMap((row) => row.covers).filter((record) => !expected.has(record))).toEqual([]);
  });

  it('case ids are unique', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });
});

for (const kind of ['BUDGET', 'HEADCOUNT', 'TRAINING', 'IT'] as const) {
  describe(`${kind.toLowerCase()} totals printed beside the hub`, () => {
    for (const [record, group] of [...byRecord].filter(([, g]) => g[0].kind === kind)) {
      const first = group[0];
      const differing = group.filter((c) => c.verdict !== 'agrees').length;
      const name = `${first.report}:${first.source.lines} ${record}: ${group.length} figure(s), ${differing ? `${differing} explained by a finding` : 'all agree'}`;
      it(name, () => {
        const mine = results.filter((r) => group.includes(r.case));
        expect(mine.filter((r) => r.problems.length).map((r) => ({ case: r.case.id, problems: r.problems }))).toEqual([]);
      });
    }
  });
}

describe('every roll-up of every organization', () => {
  const budgetKinds = [...new Set(seeds.budgets.budgetTables.map((t) => `${t.fiscalYear}|${t.classification}`))];
  const trainingPeriods = [...new Set(seeds.training.trainingPrograms.flatMap((p) => p.editions.map((e) => `${e.year}|${e.phase}`)))];
  const R = 'reconciliation { measure part label printed printedTotals computed difference agrees findingIds } agreesWithReport';
  const query = `query ($id: ID!) { organization(id: $id) {
    staffingRollup { ${R} }
    itRollup { ${R} }
    ${budgetKinds.map((k, i) => `b${i}: budgetRollup(fiscalYear: ${k.split('|')[0]}, classification: ${k.split('|')[1]}) { ${R} }`).join('\n')}
    ${trainingPeriods.map((k, i) => `t${i}: trainingRollup(year: ${k.split('|')[0]}, phase: ${k.split('|')[1]}) { ${R} }`).join('\n')}
  } }`;

  it('sets no computed figure beside a different printed one without naming a finding that exists; agreesWithReport says the same', async () => {
    const findings = new Map(
      ((await ask('{ dataQualityFindings(first: 2000) { nodes { id kind valueA valueB } } }')).dataQualityFindings.nodes as Array<{ id: string; kind: string; valueA: string; valueB: string | null }>).map((f) => [f.id, f]),
    );
    const problems: string[] = [];
    let entries = 0;
    let differing = 0;
    for (const organization of seeds.organizations.organizations) {
      const answer = (await ask(query, { id: organization.id })).organization;
      for (const [field, rollup] of Object.entries(answer) as Array<[string, { reconciliation: any[]; agreesWithReport: boolean | null }]>) {
        const where = `${organization.id}.${field}`;
        const expected = rollup.reconciliation.length ? rollup.reconciliation.every((e) => e.agrees) : null;
        if (rollup.agreesWithReport !== expected) problems.push(`${where}: agreesWithReport is ${rollup.agreesWithReport}, its entries say ${expected}`);
        for (const entry of rollup.reconciliation) {
          entries += 1;
          if (entry.agrees !== (entry.printed === entry.computed)) problems.push(`${where} ${entry.measure}: agrees is wrong`);
          if (entry.agrees) continue;
          differing += 1;
          if (!entry.findingIds.length) problems.push(`${where} ${entry.measure} ${entry.part ?? ''}: printed ${entry.printed}, computed ${entry.computed}, and no finding`);
          for (const id of entry.findingIds) {
            const finding = findings.get(id);
            if (!finding) problems.push(`${where} ${entry.measure}: names ${id}, which does not exist`);
            // A single printed total outside budgets: the finding carries the same two figures (its rule ran on the seeds).
            else if (entry.printedTotals === 1 && !entry.measure.startsWith('amounts.') && (printedNumber(finding.valueA) !== BigInt(entry.printed) || printedNumber(finding.valueB ?? '0') !== BigInt(entry.computed))) {
              problems.push(`${where} ${entry.measure}: finding ${id} says ${finding.valueA} / ${finding.valueB}, the roll-up ${entry.printed} / ${entry.computed}`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
    // The reports print totals for the institutes' own scopes; the roll-ups above them add several tables.
    expect(entries).toBeGreaterThan(60);
    expect(differing).toBeGreaterThan(10);
  }, 120_000);

  it('a roll-up over several tables sets the sum of their printed totals beside its own: 105 + 69 + 78 posts at the Office of Education (000:107, 001:134, 003:21)', async () => {
    const { organization } = await ask(`{ organization(id: "smoe") { staffingRollup { authorized agreesWithReport ${R.replace(' agreesWithReport', '')} } } }`);
    expect(organization.staffingRollup.reconciliation.find((e: any) => e.measure === 'authorized' && e.part === null)).toMatchObject({
      label: '총계', printed: '252', printedTotals: 3, computed: '252', agrees: true,
    });
  });
});
