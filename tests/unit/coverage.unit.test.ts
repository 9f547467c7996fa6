/** Which source lines count as printing a figure (the completeness test's rule). */
import { reportLines } from '../../lib/graphql/source-ref';
import { isBareNumberRow, isFigureLine } from '../../lib/seeds/coverage';

describe('a figure line', () => {
  it('has a number with thousands separators or a number with a unit (the rule before bare-number rows)', () => {
    expect(isFigureLine('28\t스쿨넷 서비스 구축 및 운영\t1,580,600')).toBe(true);
    expect(isFigureLine(' - 서울학생역량검사지 개발(초 5, 중 2) 및 예비 검사 실시: 연 2회')).toBe(true);
    expect(isFigureLine('  - 일반직공무원 생애주기 퇴직준비(미래설계) 교육: 2과정, 120명')).toBe(true);
  });

  it('counts hours printed as "21h"', () => {
    expect(isFigureLine('청렴(21h)')).toBe(true);
    expect(isFigureLine('(15h×2기)')).toBe(true);
    expect(isFigureLine('HOW TO 서울교육')).toBe(false);
  });

  it('counts a tab-separated row of bare numbers, with or without a label', () => {
    expect(isBareNumberRow('1\t20\t15\t30')).toBe(true);
    expect(isFigureLine('1\t20\t15\t30')).toBe(true);
    expect(isFigureLine('정원\t7\t18\t25\t2\t4\t17\t23\t3\t42\t45\t2\t2\t7\t1\t105')).toBe(true);
    // nil markers stand among the numbers (003:21)
    expect(isFigureLine('현원\t1\t1\t4\t19\t31\t8\t1\t2\t2\t69\t3\t•\t72')).toBe(true);
  });

  it('counts a space-separated row of bare numbers after a label of several words', () => {
    expect(isFigureLine('합계 399 357 49 350 30 126')).toBe(true);
    expect(isFigureLine('소      계 24 26')).toBe(true);
    expect(isFigureLine('  6∼9급 38 37')).toBe(true);
  });

  it('does not count a lone number in running text, a heading number or a page number', () => {
    expect(isFigureLine('제 3 차 교육과정 운영위원회 개최')).toBe(false);
    expect(isFigureLine('3 2021년 예산 현황')).toBe(false);
    expect(isFigureLine('- 12 -')).toBe(false);
    expect(isFigureLine('12')).toBe(false);
  });

  it('counts a tab-separated row whose cells are mostly bare numbers, a remark among them', () => {
    expect(isFigureLine('1\t20\t15\t30\t비고')).toBe(true);
    expect(isFigureLine('4\t학교 공문서 감축 추진\t_\t_\t_\t_\t_\t_\t53\t')).toBe(true);
    // a numbered row of text (000:584): one bare number among text cells
    expect(isFigureLine('2\t5. 14.\t2020 심포지엄(교육체제 전환의 길)')).toBe(false);
  });

  it('does not count text after a space-separated run of numbers, years, or numbers of 1,000 and more without separators', () => {
    expect(isFigureLine('1 20 15 30 비고')).toBe(false);
    expect(isFigureLine('구분\t2019\t2020\t2021')).toBe(false);
    // a sign-off with extension numbers (names and phones are never loaded)
    expect(isFigureLine('기획평가부장: 송영미☎3019-8003 담당: 황안나☎ 8107')).toBe(false);
  });

  it('finds report 001\'s 합계 row of the training-hours matrix, which the unit rule alone missed (001:3183)', () => {
    const line = reportLines('001_bb76ef901cc1ef9e.txt')[3183 - 1];
    expect(line).toBe('합계 399 357 49 350 30 126');
    expect(isFigureLine(line)).toBe(true);
  });
});
