/**
 * Partial answers and the kill drill: with any one subgraph down, one query across all four still
 * brings back everything the other three serve, exactly as before; the missing fields are null with
 * an error naming the service that did not answer; and once it is back on its port, the full
 * answer returns within 5 s.
 */
import type { SubgraphName } from '../../lib/config';
import { SUBGRAPH_NAMES } from '../../lib/config';
import { startTestHub, type GraphQLError, type TestHub } from '../support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const DRILL = /* GraphQL */ `
  query KillDrill {
    organization(id: "smoe-eri") {
      nameKo
      staffingRollup { authorized inPost vacancies }
      budgetRollup(fiscalYear: 2020) { amounts { current committed } }
      trainingRollup(year: 2020, phase: RESULT) { programs trainees }
      itRollup { systems hardwareUnits softwareUnits }
    }
    organizations(parentId: "smoe-eri", first: 3) { totalCount nodes { id nameKo } }
    budgetLines(organizationId: "smoe-eri", fiscalYear: 2020, first: 3) { totalCount nodes { id nameKo current } }
    trainingPrograms(year: 2020, first: 3) { totalCount nodes { id nameKo } }
    informationSystems(organizationId: "smoe-eri.edu-informatization", first: 3) { totalCount nodes { id nameKo budgetLine { id nameKo } } }
  }
`;

/** What each subgraph serves in the drill query: root fields, and fields of organization(id). */
const SERVED: Record<SubgraphName, { root: string[]; organization: string[] }> = {
  organizations: { root: ['organization', 'organizations'], organization: ['nameKo', 'staffingRollup'] },
  budgets: { root: ['budgetLines'], organization: ['budgetRollup'] },
  training: { root: ['trainingPrograms'], organization: ['trainingRollup'] },
  infrastructure: { root: ['informationSystems'], organization: ['itRollup'] },
};

type Answer = Record<string, any>;

/** The full answer with what `down` serves left null, as the gateway should give it. */
function withoutService(full: Answer, down: SubgraphName): Answer {
  const expected: Answer = structuredClone(full);
  for (const field of SERVED[down].root) expected[field] = null;
  if (expected.organization) for (const field of SERVED[down].organization) expected.organization[field] = null;
  // A reference into budgets: infrastructure holds its id, budgets its name, so it is null as a whole.
  if (down === 'budgets') for (const node of expected.informationSystems.nodes) if (node.budgetLine) node.budgetLine = null;
  return expected;
}

/** The top-level fields whose data `down` serves, in whole or in part. */
function rootsMissing(full: Answer, down: SubgraphName): string[] {
  if (down === 'organizations') return SERVED.organizations.root;
  const roots = ['organization', ...SERVED[down].root];
  if (down === 'budgets' && full.informationSystems.nodes.some((n: Answer) => n.budgetLine)) roots.push('informationSystems');
  return roots;
}

async function fullAnswer(): Promise<Answer> {
  const { data, errors } = await hub.query(DRILL);
  expect(errors).toBeUndefined();
  return data!;
}

let full: Answer;

it('the drill query spans all four subgraphs and answers with the reports\' figures', async () => {
  full = await fullAnswer();
  expect(full.organization).toEqual({
    nameKo: '서울특별시교육청교육연구정보원',
    staffingRollup: { authorized: 105, inPost: 102, vacancies: 3 },
    budgetRollup: { amounts: { current: '117507909000', committed: '43988862000' } }, // 000:156
    trainingRollup: { programs: 19, trainees: 349 },
    itRollup: { systems: 24, hardwareUnits: 1195, softwareUnits: 1382 }, // with the two websites of 000:810 and 000:1465
  });
  for (const list of ['organizations', 'budgetLines', 'trainingPrograms', 'informationSystems']) {
    expect(full[list].nodes.length).toBeGreaterThan(0);
  }
  // The reference check below must not be empty: at least one system names the line that funds it.
  expect(full.informationSystems.nodes.some((n: Answer) => n.budgetLine?.nameKo)).toBe(true);
});

const recoveries: string[] = [];
afterAll(() => {
  if (recoveries.length) console.log(`kill drill, time to the full answer after restart:\n${recoveries.join('\n')}`);
});

describe.each(SUBGRAPH_NAMES.map((name) => [name]))('with %s down', (down) => {
  let answer: { data?: Answer; errors?: GraphQLError[] };

  beforeAll(async () => {
    expect(full).toBeDefined();
    await hub.subgraph(down).close();
    // The gateway logs each failed fetch for operators; the test asserts on what the caller gets.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    answer = await hub.query(DRILL);
  });
  afterAll(() => {
    jest.restoreAllMocks();
  });

  it('every field the other three serve comes back as before; its own are null', () => {
    expect(answer.data).toEqual(withoutService(full, down));
    // The same, spelled out against the reports for two of the figures.
    if (down === 'organizations') {
      expect(answer.data!.organization).toBeNull();
    } else {
      expect(answer.data!.organization.nameKo).toBe('서울특별시교육청교육연구정보원');
      if (down !== 'budgets') expect(answer.data!.organization.budgetRollup.amounts.current).toBe('117507909000'); // 000:156
    }
  });

  it(`the errors name ${down}, and a path starts at each field whose data is missing`, () => {
    const errors = answer.errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      // Callers learn which service, never where it runs.
      expect(error.message).not.toMatch(/127\.0\.0\.1|localhost|:\d{4,5}\b/);
      expect({ code: error.extensions?.code, serviceName: error.extensions?.serviceName }).toEqual({
        code: expect.stringMatching(/^SERVICE_(UNAVAILABLE|TIMEOUT)$/),
        serviceName: down,
      });
    }
    const missing = rootsMissing(full, down);
    for (const error of errors) expect(missing).toContain(error.path?.[0]);
    if (down !== 'organizations') {
      // Separate fetches, each with its own error: organization(id)'s fields, the root list, and
      // (budgets) the systems' budget lines. organization(id) and organizations are one fetch, one error.
      expect(new Set(errors.map((e) => e.path![0]))).toEqual(new Set(missing));
    }
  });

  it('back on its port, the full answer returns within 5 s', async () => {
    const started = Date.now();
    await hub.restartSubgraph(down);
    const listening = Date.now();
    let attempts = 1;
    let again = await hub.query(DRILL);
    while (again.errors && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      attempts += 1;
      again = await hub.query(DRILL);
    }
    const recovered = Date.now();
    recoveries.push(
      `  ${down.padEnd(15)} ${recovered - started} ms (listening after ${listening - started} ms, full answer ${recovered - listening} ms later, ${attempts} ${attempts === 1 ? 'query' : 'queries'})`,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(full);
    expect(recovered - started).toBeLessThan(5000);
  });
});
