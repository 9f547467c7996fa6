/**
 * Measures a council asks for, served computed beside the printed figures: budget balances and
 * shares, a group line's members summed, a headcount row's share of its total, trainees per
 * session and total hours, a program's editions and its members summed, and money per unit of a rollout.
 */
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

async function ask(query: string): Promise<any> {
  const { data, errors } = await hub.query<any>(query);
  expect(errors).toBeUndefined();
  return data;
}

describe('budgets', () => {
  it('a line\'s balances and its share of the table (000:194 스쿨넷: 1,580,600 current, 1,175,980 committed, 1,574,600 the year before)', async () => {
    const { budgetLine } = await ask(`{ budgetLine(id: "000-tasks/28") {
      balances { uncommitted uncommittedRate unspent supplementary againstPreviousFinal againstPreviousFinalRate }
      committedRatePrinted shareOfTable { current basis } } }`);
    expect(budgetLine.balances).toEqual({
      uncommitted: '404620000', // 1,580,600 − 1,175,980 천원
      uncommittedRate: '25.60', // 100 − the printed 74.40
      unspent: null, // the table prints no 지출액
      supplementary: '0',
      againstPreviousFinal: '6000000', // 1,580,600 − 1,574,600
      againstPreviousFinalRate: '0.4',
    });
    expect(budgetLine.committedRatePrinted).toBe('74.40');
    // The task table prints no total row: the share is of its LINE rows summed.
    expect(budgetLine.shareOfTable.basis).toBe('LINE_SUM');
    expect(Number(budgetLine.shareOfTable.current)).toBeGreaterThan(0);
  });

  it('balances of a roll-up (000:156 계: 117,507,909 current, 43,988,862 committed)', async () => {
    const { organization } = await ask('{ organization(id: "smoe-eri") { budgetRollup(fiscalYear: 2020) { amounts { current committed balances { uncommitted uncommittedRate supplementary } } } } }');
    expect(organization.budgetRollup.amounts).toEqual({
      current: '117507909000',
      committed: '43988862000',
      // 117,507,909 − 43,988,862; 100 − the printed 37.43; 117,507,909 − 44,861,389 (본예산)
      balances: { uncommitted: '73519047000', uncommittedRate: '62.57', supplementary: '72646520000' },
    });
  });

  it('shares of a table with a printed total add up to 100 over its LINE rows, and a group line sums its members (004:59-60)', async () => {
    const { budgetTable } = await ask('{ budgetTable(id: "004-expenditure") { lines { id rowKind current shareOfTable { current basis } membersTotal { current lineCount } } } }');
    const lines = budgetTable.lines as Array<{ id: string; rowKind: string; current: string | null; shareOfTable: { current: string | null; basis: string } | null; membersTotal: { current: string; lineCount: number } | null }>;
    const total = lines.find((l) => l.rowKind === 'TOTAL')!;
    expect(total.shareOfTable).toBeNull();
    // 합계 13,826,002 천원 = 사업예산(계) 13,226,002 + the rest of its members.
    expect(total.current).toBe('13826002000');
    expect(total.membersTotal!.current).toBe('13826002000');
    expect(lines.find((l) => l.id === '004-expenditure/2')!.shareOfTable).toEqual({ current: '95.66', basis: 'TOTAL_ROW' }); // 13,226,002 ÷ 13,826,002
    const shares = lines.filter((l) => l.rowKind === 'LINE').map((l) => Number(l.shareOfTable?.current ?? 0));
    expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 100)).toBeLessThan(0.01 * shares.length);
  });
});

it('a headcount row\'s share of its table (000:106-107: 교육연구관 7 of 105 posts, 6 of 102 in post)', async () => {
  const { staffingLines } = await ask('{ staffingLines(organizationId: "smoe-eri", first: 50) { nodes { gradeKo rowKind shareOfTotal { authorized inPost } } } }');
  const nodes = staffingLines.nodes as Array<{ gradeKo: string | null; rowKind: string; shareOfTotal: { authorized: string; inPost: string } | null }>;
  expect(nodes.find((n) => n.gradeKo === '교육연구관')!.shareOfTotal).toEqual({ authorized: '6.7', inPost: '5.9' });
  expect(nodes.find((n) => n.rowKind === 'TOTAL')!.shareOfTotal).toBeNull();
});

describe('training', () => {
  it('total hours and trainees per session of an edition, and a program\'s editions of a year and phase summed (000:2228 3과정(각 15시간), 000:2248 2과정, 각 15시간)', async () => {
    const { trainingProgram } = await ask(`{ trainingProgram(id: "000-training-video-production") {
      editions { year phase courses hours totalHours }
      result: total(year: 2020, phase: RESULT) { editions courses totalHours }
      none: total(year: 2030, phase: RESULT) { editions courses trainees totalHours traineesPerSession } } }`);
    // 3 courses of 15 hours targeted, 2 held.
    expect(trainingProgram.editions).toContainEqual({ year: 2020, phase: 'TARGET', courses: 3, hours: '15', totalHours: '45' });
    expect(trainingProgram.result).toEqual({ editions: 1, courses: 2, totalHours: '30' });
    expect(trainingProgram.none).toEqual({ editions: 0, courses: null, trainees: null, totalHours: null, traineesPerSession: null });
  });

  it('a program that totals others, beside its members summed (004:353 전체 2021: 245 courses, 69 sessions, 221,486 trainees)', async () => {
    const { trainingProgram } = await ask(`{ trainingProgram(id: "004-training-all") {
      total(year: 2021, phase: RESULT) { courses sessions trainees traineesPerSession }
      membersTotal(year: 2021, phase: RESULT) { editions courses sessions trainees } } }`);
    expect(trainingProgram.total).toEqual({ courses: 245, sessions: 69, trainees: 221486, traineesPerSession: '3209.9' });
    expect(trainingProgram.membersTotal).toEqual({ editions: 2, courses: 245, sessions: 69, trainees: 221486 });
    const { trainingProgram: single } = await ask('{ trainingProgram(id: "000-training-video-production") { membersTotal(year: 2020, phase: RESULT) { editions } } }');
    expect(single.membersTotal).toBeNull();
  });
});

it('money per unit of a rollout (000:2997: 22,800 laptops, 34,200백만원)', async () => {
  const { deviceRollouts } = await ask('{ deviceRollouts(first: 100) { nodes { id units amount amountPerUnit } } }');
  expect(deviceRollouts.nodes.find((n: { id: string }) => n.id === '000-dev-laptops-2020')).toEqual({ id: '000-dev-laptops-2020', units: 22800, amount: '34200000000', amountPerUnit: '1500000' });
  for (const node of deviceRollouts.nodes) if (node.amount === null) expect(node.amountPerUnit).toBeNull();
});

describe('facilities', () => {
  it('land and floor area and rooms, per organization and over its subtree, as numbers', async () => {
    const data = await ask(`{
      eri: organization(id: "smoe-eri") { facilityTotals { sites landAreaM2 floorAreaM2 } }
      ttiAlone: organization(id: "smoe-tti") { facilityTotals(includeDescendants: false) { sites roomKinds rooms roomKindsWithoutCount landAreaM2 floorAreaM2 } }
      tti: organization(id: "smoe-tti") { facilityTotals { organizationsCounted rooms floorAreaM2 } }
      smoe: organization(id: "smoe") { facilityTotals { organizationsCounted landAreaM2 floorAreaM2 rooms } }
      lecture: organization(id: "smoe-tti") { facilities(kind: ROOM, first: 50) { nodes { nameKo roomCount } } }
    }`);
    // 000:114-115: 본원 6,709.1 / 15,905.5㎡, 신설동 별관 9,480.4 / 4,255.9㎡.
    expect(data.eri.facilityTotals).toEqual({ sites: 2, landAreaM2: '16189.5', floorAreaM2: '20161.4' });
    // 001:143-147: 대지 55,175㎡, 건물 41,114㎡, 강의실 44실, 특별실 57실; 001:5285, 5291: 스마트 연수실 1실, 스튜디오 1실 and 5실.
    // The accessible lodging (001:5515, 111.8㎡ in '21) lies inside a building already counted and prints a count per year.
    expect(data.ttiAlone.facilityTotals).toEqual({ sites: 1, roomKinds: 6, rooms: 108, roomKindsWithoutCount: 1, landAreaM2: '55175', floorAreaM2: '41114' });
    // 001:153-157: the Training Support Center, 4,032㎡ (printed twice with two values: a curated finding), 강의실 23실, 특별실 5실.
    expect(data.tti.facilityTotals).toEqual({ organizationsCounted: 2, rooms: 136, floorAreaM2: '45146' });
    expect(data.smoe.facilityTotals).toEqual({ organizationsCounted: 3, landAreaM2: '71364.5', floorAreaM2: '65307.4', rooms: 136 });
    expect(data.lecture.facilities.nodes).toContainEqual({ nameKo: '강의실', roomCount: 44 });
  });
});
