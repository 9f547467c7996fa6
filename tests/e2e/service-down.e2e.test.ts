/**
 * A subgraph that went away: the gateway says which kind of failure it was (a service, not the
 * database) and goes on answering what the other subgraphs hold.
 */
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

it('a stopped subgraph: SERVICE_UNAVAILABLE for a query that needs it, and the other subgraphs answer on', async () => {
  const training = hub.subgraphs.find((s) => s.name === 'training')!;
  await training.close();
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const { errors } = await hub.query<any>('{ organization(id: "smoe-eri") { nameKo trainingPrograms { totalCount } } }');
  expect(errors?.[0]).toMatchObject({ message: 'A service of the hub did not answer; nothing was changed. Try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } });
  // 000:156 — organizations and budgets still answer
  const again = await hub.query<any>('{ organization(id: "smoe-eri") { nameKo budgetTotal(fiscalYear: 2020) { current } } }');
  expect(again.errors).toBeUndefined();
  expect(again.data.organization).toEqual({ nameKo: '서울특별시교육청교육연구정보원', budgetTotal: { current: '117507909000' } });
});
