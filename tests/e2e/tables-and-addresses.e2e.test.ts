/**
 * What the completeness rule for bare-number rows found, and the addresses the reports print, through the
 * gateway: report 001's training-hours matrix with its 합계 row, and the web and street addresses of systems,
 * services and sites. Expected values come from the report lines cited.
 */
import { reportLines } from '../../lib/graphql/source-ref';
import { questionHub } from '../support/questions';

const ask = questionHub();
const R001 = '001_bb76ef901cc1ef9e.txt';

describe('report 001: the training-hours matrix by career stage (생애주기 계급 단계별 교육훈련 체계, 001:3122-3183)', () => {
  const TABLE = `id year titleKo hoursComputed budgetLine { id nameKo } source { file lines }
    stages { position nameKo detailKo totalPrinted totalComputed }
    areas { position nameKo detailKo totalPrinted totalComputed totalsAgree source { lines text } }
    entries { position courseKo hours editionKo stage { nameKo detailKo } area { nameKo } source { lines text } }`;

  it('Q1 the 합계 row as printed beside the sum of each column: 399 357 49 350 30 126, all six agree (001:3183)', async () => {
    const { trainingHoursTables } = await ask(`{ trainingHoursTables(organizationId: "smoe-tti.admin-training", year: 2021) { ${TABLE} } }`);
    expect(trainingHoursTables).toHaveLength(1);
    const [table] = trainingHoursTables;
    // 001:3183 — "합계 399 357 49 350 30 126", read from the source here rather than typed again
    const printed = reportLines(R001)[3183 - 1].trim().split(/\s+/).slice(1).map(Number);
    expect(printed).toEqual([399, 357, 49, 350, 30, 126]);
    expect(table.areas.map((a: any) => a.totalPrinted)).toEqual(printed);
    expect(table.areas.map((a: any) => a.totalComputed)).toEqual(printed);
    expect(table.areas.every((a: any) => a.totalsAgree === true)).toBe(true);
    // 001:3128 — the header: 필수역량 기본역량 직무역량(공통 직무, 직렬별전문직무) 정책ㆍ공직가치역량 기타역량
    expect(table.areas.map((a: any) => a.nameKo)).toEqual(['필수역량', '기본역량', '공통 직무', '직렬별전문직무', '정책ㆍ공직가치역량', '기타역량']);
    expect(table.hoursComputed).toBe(399 + 357 + 49 + 350 + 30 + 126);
    expect(table.budgetLine).toEqual({ id: '001-tasks/17', nameKo: '지방공무원 생애주기 교육' });
    expect(table.source).toEqual({ file: R001, lines: '3122-3183' });
  });

  it('Q2 the stage rows top to bottom, from 퇴직준비기 (001:3129-3130) to 신규 before appointment (001:3124, 3126, 3180)', async () => {
    const { trainingHoursTables } = await ask(`{ trainingHoursTables { ${TABLE} } }`);
    const [table] = trainingHoursTables;
    expect(table.stages.map((s: any) => `${s.nameKo} (${s.detailKo})`)).toEqual([
      '퇴직준비기 (퇴직전)', '심화기 (5급이상)', '심화기 (6급 5년이상)', '발전기 (6급 5년미만)', '성장기 (7급)', '입직기 (8~9급)', '신규 (임용 전)',
    ]);
    // The report prints no row totals.
    expect(table.stages.every((s: any) => s.totalPrinted === null)).toBe(true);
    // 001:3169-3170 — 6급 승진자(35h)-1기, -2기 and 기본역량(84h): 154 hours in the 발전기 row
    expect(table.stages[3].totalComputed).toBe(35 + 35 + 84);
  });

  it('Q3 the courses with their hours, each on the line it is printed on', async () => {
    const { trainingHoursTables } = await ask(`{ trainingHoursTables { ${TABLE} } }`);
    const { entries } = trainingHoursTables[0];
    expect(entries).toHaveLength(27);
    for (const entry of entries) expect(entry.source.text).toContain(`(${entry.hours}h`);
    const find = (course: string, edition: string | null = null) => entries.find((e: any) => e.courseKo === course && e.editionKo === edition);
    // 001:3142 — 사서(70h), a specialist course in a cell merged across stages
    expect(find('사서')).toMatchObject({ hours: 70, stage: null, area: { nameKo: '직렬별전문직무' }, source: { lines: '3142' } });
    // 001:3164 — "필수실무요원(21h) 기본역량(63h)": two columns on one line, the 심화기 (6급 5년이상) row
    expect(find('필수실무요원')).toMatchObject({ hours: 21, stage: { detailKo: '6급 5년이상' }, area: { nameKo: '필수역량' }, source: { lines: '3164' } });
    expect(entries.find((e: any) => e.courseKo === '기본역량' && e.source.lines === '3164')).toMatchObject({ hours: 63, area: { nameKo: '기본역량' } });
    // 001:3180 and 001:3182 — 신규(105h)-1기, -2기
    expect([find('신규', '1기')?.hours, find('신규', '2기')?.hours]).toEqual([105, 105]);
    // 001:3148-3152 — 서울교육정책 및 공직가치 (30h) (15h×2기)
    expect(find('서울교육정책 및 공직가치')).toMatchObject({ hours: 30, area: { nameKo: '정책ㆍ공직가치역량' }, source: { lines: '3148-3152' } });
    // Each column's courses add up to its printed 합계 (001:3183).
    const byArea = new Map<string, number>();
    for (const entry of entries) byArea.set(entry.area.nameKo, (byArea.get(entry.area.nameKo) ?? 0) + entry.hours);
    expect(byArea.get('필수역량')).toBe(399);
    expect(byArea.get('기타역량')).toBe(126);
  });

  it('Q4 the same table on the organization (with the units below it) and on the budget line that funds it, with no finding', async () => {
    const { organization, budgetLine, dataQualityFindings } = await ask(`{
      organization(id: "smoe-tti") { trainingHoursTables(includeDescendants: true) { id } }
      budgetLine(id: "001-tasks/17") { trainingHoursTables { id } }
      dataQualityFindings(recordId: "001-hours-admin-life-cycle-2021") { id } }`);
    expect(organization.trainingHoursTables.map((t: any) => t.id)).toEqual(['001-hours-admin-life-cycle-2021']);
    expect(budgetLine.trainingHoursTables).toEqual([{ id: '001-hours-admin-life-cycle-2021' }]);
    expect(dataQualityFindings).toEqual([]);
  });
});

describe('web addresses of systems and services', () => {
  const SYSTEM = `id nameKo urls webAddresses { address url nameKo source { file lines text } }`;

  it('Q5 the Seoul education portal: ssem.or.kr (000:2592) and, as 뉴서울교육포털, www.ssem.or.kr (002:28)', async () => {
    const { informationSystem } = await ask(`{ informationSystem(id: "000-sys-ssem") { ${SYSTEM} } }`);
    expect(informationSystem.urls).toEqual(['http://ssem.or.kr', 'http://www.ssem.or.kr']);
    expect(informationSystem.webAddresses.map((w: any) => [w.address, w.source.file.slice(0, 3), w.source.lines])).toEqual([
      ['ssem.or.kr', '000', '2592'],
      ['www.ssem.or.kr', '002', '28'],
    ]);
  });

  it('Q6 every address the reports print, each on its line: 000:810, 000:1465, 000:2592, 002:28, 003:138', async () => {
    const { informationSystems } = await ask(`{ informationSystems { ${SYSTEM} } }`);
    const all = informationSystems.flatMap((s: any) => s.webAddresses.map((w: any) => ({ system: s.id, ...w })));
    expect(all.map((w: any) => w.address).sort()).toEqual(['http://webzine-serii.re.kr', 'http://www.sen.go.kr/insa', 'ssem.or.kr', 'www.sels2020.re.kr', 'www.ssem.or.kr']);
    for (const w of all) expect(w.source.text).toContain(w.address);
    // 003:138 — '인사정보 통합제공시스템(http://www.sen.go.kr/insa)' of the General Affairs Division
    expect(all.find((w: any) => w.address.includes('sen.go.kr'))).toMatchObject({ system: '003-sys-personnel-info', url: 'http://www.sen.go.kr/insa', source: { lines: '138' } });
    // 000:810 — the longitudinal study's website, printed without a scheme
    expect(all.find((w: any) => w.address === 'www.sels2020.re.kr')).toMatchObject({ system: '000-sys-sels2020-homepage', url: 'http://www.sels2020.re.kr' });
    // Systems without an address serve an empty list.
    expect(informationSystems.find((s: any) => s.id === '000-sys-neis').urls).toEqual([]);
  });

  it('Q7 the General Affairs Division now counts its one system in its IT roll-up (003:126, 003:138)', async () => {
    const { organization } = await ask(`{ organization(id: "smoe.general-affairs") { itRollup { systems asOfDates } informationSystems { id } } }`);
    expect(organization.itRollup).toEqual({ systems: 1, asOfDates: ['2018-07-09'] });
    expect(organization.informationSystems.map((s: any) => s.id)).toEqual(['003-sys-personnel-info']);
  });

  it('Q7b its line prints 운영 as 은영 (003:137 against 003:127): an OCR_DAMAGE finding, and the system reads 운영', async () => {
    const { dataQualityFindings, informationSystem } = await ask(`{
      dataQualityFindings(kind: OCR_DAMAGE, organizationId: "smoe.general-affairs") { valueA valueB sourceA { lines } sourceB { lines } }
      informationSystem(id: "003-sys-personnel-info") { descriptionKo source { lines } } }`);
    expect(dataQualityFindings).toContainEqual({ valueA: '은영', valueB: '인사정보통합시스템 운영', sourceA: { lines: '137' }, sourceB: { lines: '127' } });
    expect(informationSystem.descriptionKo).toContain('「인사정보통합시스템」 운영 활성화');
    expect(informationSystem.source.lines).toBe('127,136-139');
  });
});

describe('street addresses of sites', () => {
  it('Q8 the research institute\'s two sites (000:114, 000:115) and the training institute\'s 방배동 (001:31)', async () => {
    const { eri, tti } = await ask(`{
      eri: organization(id: "smoe-eri") { facilities { id addressKo addressSource { file lines text } } }
      tti: organization(id: "smoe-tti") { facilities { id addressKo addressSource { file lines text } } } }`);
    const addressed = [...eri.facilities, ...tti.facilities].filter((f: any) => f.addressKo);
    expect(addressed.map((f: any) => [f.id, f.addressKo, f.addressSource.lines])).toEqual([
      ['000-facility-01', '중구 소파로 46', '114'],
      ['000-facility-02', '동대문구 천호대로4길 19-3', '115'],
      ['001-facility-01', '서울특별시 서초구 방배동', '31'],
    ]);
    for (const f of addressed) expect(f.addressSource.text).toContain(f.addressKo);
    // A facility without an address has no address source either.
    expect(tti.facilities.find((f: any) => f.id === '001-facility-04')).toEqual({ id: '001-facility-04', addressKo: null, addressSource: null });
  });
});
