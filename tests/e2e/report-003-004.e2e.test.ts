/**
 * Questions about report 003 (SMOE General Affairs Division, 2018) and report 004 (Seoul HR
 * Development Institute, 2021), answered through the gateway. Expected values are taken from the
 * reports (003_b8983c9216e6e007.txt and 004_adfa508fe1f057aa.txt, lines cited).
 */
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

async function ask<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { data, errors } = await hub.query<T>(query, variables);
  expect(errors).toBeUndefined();
  return data!;
}

const KW = (thousands: number) => String(BigInt(thousands) * 1000n);

describe('report 003: the General Affairs Division, 2018', () => {
  it('Q1 its 2018 budget: 47,744,891 천원 current, 32,718,335 committed, 68.5 % (003:47), stated equal to computed', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "003-programs") { fiscalYear statedTotal { current committed } computedTotal { current committed committedRate } } }`);
    expect(budgetTable.fiscalYear).toBe(2018);
    expect(budgetTable.statedTotal).toEqual({ current: KW(47_744_891), committed: KW(32_718_335) });
    expect(budgetTable.computedTotal).toEqual({ current: KW(47_744_891), committed: KW(32_718_335), committedRate: '68.53' });
  });

  it('Q2 where most of it goes: elections (선거관리), 32,038,596 천원 (003:43)', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "003-programs") { lines { nameKo rowKind current } } }`);
    const lines = budgetTable.lines.filter((l: any) => l.rowKind === 'LINE');
    const largest = lines.reduce((a: any, b: any) => (BigInt(b.current ?? 0) > BigInt(a.current ?? 0) ? b : a));
    expect(largest).toEqual({ nameKo: '선거관리', rowKind: 'LINE', current: KW(32_038_596) });
  });

  it('Q3 its staff: 78 posts, 72 in post (003:20-21), and 8급 over strength by one (7 posts, 8 in post)', async () => {
    const { organization } = await ask(`{ organization(id: "smoe.general-affairs") { parent { id } staffing { gradeKo rowKind authorized inPost vacancy overStrength } } }`);
    expect(organization.parent.id).toBe('smoe');
    expect(organization.staffing.find((s: any) => s.rowKind === 'TOTAL')).toMatchObject({ authorized: 78, inPost: 72, vacancy: 6 });
    expect(organization.staffing.find((s: any) => s.gradeKo === '8급')).toMatchObject({ authorized: 7, inPost: 8, overStrength: 1 });
  });

  it('Q4 the task budgets with special grants: four tasks, task 4 (공문서 감축) has no budget at all (003:58-62)', async () => {
    const { budgetTable } = await ask(`{ budgetTable(id: "003-tasks") { lines { taskNo original specialGrant current committed status } } }`);
    expect(budgetTable.lines).toHaveLength(4);
    expect(budgetTable.lines[2]).toMatchObject({ taskNo: '3', original: KW(734_895), specialGrant: null, current: KW(734_895), committed: KW(704_628) });
    expect(budgetTable.lines[3]).toMatchObject({ taskNo: '4', original: null, current: null, status: 'NON_BUDGET' });
  });

  it('Q5 civil-complaint spending is printed twice: 730,242 committed (003:40) and 704,628 (003:61)', async () => {
    const { dataQualityFindings } = await ask(`{ dataQualityFindings(kind: TWO_VALUES, organizationId: "smoe.general-affairs") { valueA valueB sourceA { lines } sourceB { lines } } }`);
    const pairs = dataQualityFindings.map((f: any) => [f.valueA, f.valueB].sort().join(' / '));
    expect(pairs).toContain(['704,628', '730,242'].join(' / '));
  });

  it('Q6 how many people the 2018 personnel reshuffles moved: 1,193 in the first half (234 promoted) and 646 in the second (208) (003:134)', async () => {
    const { administrativeMetrics } = await ask(`{ administrativeMetrics(organizationId: "smoe.general-affairs", domain: PERSONNEL) { id value } }`);
    const value = (id: string) => administrativeMetrics.find((m: any) => m.id === id)?.value;
    expect(value('003-metric-reshuffle-h1-staff')).toBe('1193');
    expect(value('003-metric-reshuffle-h1-promotions')).toBe('234');
    expect(Number(value('003-metric-reshuffle-h1-staff')) + Number(value('003-metric-reshuffle-h2-staff'))).toBe(1_839);
  });

  it('Q7 documents schools received: from 10,328,165 in 2013 down to 7,292,972 in 2017 (003:253-255)', async () => {
    const { administrativeMetrics } = await ask(`{ administrativeMetrics(domain: DOCUMENT_REDUCTION) { id year value } }`);
    const byYear = Object.fromEntries(
      administrativeMetrics.filter((m: any) => m.id.startsWith('003-metric-school-received-documents-') && m.year).map((m: any) => [m.year, m.value]),
    );
    expect(byYear[2013]).toBe('10328165');
    expect(byYear[2017]).toBe('7292972');
  });

  it('Q8 volunteering: 688 items collected on the donation day (003:84)', async () => {
    const { administrativeMetrics } = await ask(`{ administrativeMetrics(domain: VOLUNTEERING) { id value unitKo } }`);
    expect(administrativeMetrics).toContainEqual({ id: '003-metric-donation-day-items', value: '688', unitKo: '점' });
  });

  it('Q9 overseas theme training: three teams of 23, 20 and 20, a total of 63 that is counted once (003)', async () => {
    const { trainingProgram } = await ask(`{ trainingProgram(id: "003-training-overseas-theme") { countsInSums totalOf editions { trainees } } }`);
    expect(trainingProgram.countsInSums).toBe(false);
    expect(trainingProgram.editions[0].trainees).toBe(63);
    const parts = await Promise.all(
      trainingProgram.totalOf.map((id: string) => ask(`query($id: ID!) { trainingProgram(id: $id) { countsInSums editions { trainees } } }`, { id })),
    );
    expect(parts.every((p: any) => p.trainingProgram.countsInSums)).toBe(true);
    expect(parts.reduce((sum: number, p: any) => sum + p.trainingProgram.editions[0].trainees, 0)).toBe(63);
  });
});
