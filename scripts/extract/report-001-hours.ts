/**
 * npm run extract:001-hours — writes report 001's training-hours matrix (생애주기 계급 단계별 교육훈련 체계,
 * lines 3122-3183) into seeds/training/001-hours.json from its source lines.
 *
 * The text extraction keeps the matrix's cells but not its grid: each cell's courses come out on their own lines
 * ("6급 승진자(35h)-2기 기본역량(84h)"), the row labels on the lines before them, and the 합계 row as one line of
 * bare numbers. The layout below, read from the report, says which stage row and which area column each course
 * on each line belongs to; the course names and hours are parsed from the lines, and the printed 합계 row is
 * read beside them. The output is curated data: check it in; the provenance test re-reads every figure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { reportLines } from '../../lib/graphql/source-ref';
import { SEEDS_DIR } from '../../lib/seeds/read-seeds';

const FILE = '001_bb76ef901cc1ef9e.txt';
const TOTAL_LINE = 3183;

/** Stage rows, top to bottom: the line of the stage's name and the line of its period in parentheses. */
const STAGES: Array<{ nameLine: number; periodLine: number; nameEn: string; nameKo?: string; periodKo?: string }> = [
  { nameLine: 3129, periodLine: 3130, nameEn: 'Pre-retirement stage' },
  { nameLine: 3133, periodLine: 3135, nameEn: 'Senior stage (grade 5 and above)' },
  { nameLine: 3160, periodLine: 3161, nameEn: 'Senior stage (grade 6, 5 years or more)' },
  { nameLine: 3166, periodLine: 3167, nameEn: 'Development stage (grade 6, under 5 years)' },
  { nameLine: 3172, periodLine: 3173, nameEn: 'Growth stage (grade 7)' },
  { nameLine: 3178, periodLine: 3179, nameEn: 'Entry stage (grades 8-9)' },
  // The bottom row prints only "임용 전" before its courses; the stage diagram above the table names it 신규 (3124, 3126).
  { nameLine: 3124, periodLine: 3180, nameEn: 'New recruits (before appointment)', nameKo: '신규', periodKo: '임용 전' },
];

/** Area columns, left to right, as the header (3128) and its second line name them; 직무역량 has two sub-columns. */
const AREAS: Array<{ nameKo: string; nameEn: string; detailKo?: string }> = [
  { nameKo: '필수역량', nameEn: 'Required competencies' },
  { nameKo: '기본역량', nameEn: 'Basic competencies' },
  { nameKo: '공통 직무', nameEn: 'Job competencies: common duties', detailKo: '직무역량' },
  { nameKo: '직렬별전문직무', nameEn: 'Job competencies: specialist duties by job series', detailKo: '직무역량' },
  { nameKo: '정책ㆍ공직가치역량', nameEn: 'Policy and public-service values' },
  { nameKo: '기타역량', nameEn: 'Other competencies' },
];

/**
 * Where each cell's courses are: the lines (joined when one course spans several), the stage row (absent for a
 * cell merged across stages) and the area column of each course on them, in printed order. `label` is row-label
 * text printed on the same line, left out of the course name.
 */
const LAYOUT: Array<{ lines: [number, number?]; stage?: number; areas: number[]; label?: string }> = [
  { lines: [3130], stage: 1, areas: [6], label: '(퇴직전)' },
  { lines: [3132], stage: 1, areas: [6] },
  { lines: [3135], stage: 2, areas: [1, 2], label: '(5급이상)' },
  { lines: [3136], stage: 2, areas: [2] },
  { lines: [3138], areas: [3] },
  { lines: [3140], areas: [4] },
  { lines: [3141], areas: [4] },
  { lines: [3142], areas: [4] },
  { lines: [3143], areas: [4] },
  { lines: [3144], areas: [4] },
  { lines: [3146], areas: [4] },
  { lines: [3148, 3152], areas: [5] },
  { lines: [3154, 3155], areas: [6] },
  { lines: [3157, 3158], areas: [6] },
  { lines: [3163], stage: 3, areas: [1] },
  { lines: [3164], stage: 3, areas: [1, 2] },
  { lines: [3169], stage: 4, areas: [1] },
  { lines: [3170], stage: 4, areas: [1, 2] },
  { lines: [3175], stage: 5, areas: [1] },
  { lines: [3176], stage: 5, areas: [1, 2] },
  { lines: [3179], stage: 6, areas: [2], label: '(8~9급)' },
  { lines: [3180], stage: 7, areas: [1], label: '임용 전' },
  { lines: [3182], stage: 7, areas: [1] },
];

/** "<course>(<hours>h)" with an optional "-<n>기" after it, and an optional "(<h>h×<n>기)" split. */
const COURSE = /([^()\s-][^()]*?)\((\d+)h\)(?:-(\d+기))?(?:\s*\((\d+h×\d+기)\))?/g;

function rangeOf([first, last]: [number, number?]): string {
  return last ? `${first}-${last}` : String(first);
}

function text(line: number): string {
  return reportLines(FILE)[line - 1] ?? '';
}

function entries() {
  return LAYOUT.flatMap((cell) => {
    const [first, last = first] = cell.lines;
    let joined = Array.from({ length: last - first + 1 }, (_, i) => text(first + i)).join(' ');
    if (cell.label) {
      if (!joined.includes(cell.label)) throw new Error(`001 hours: line ${first} lacks its row label ${cell.label}`);
      joined = joined.replace(cell.label, ' ');
    }
    const courses = [...joined.matchAll(COURSE)];
    if (courses.length !== cell.areas.length) throw new Error(`001 hours: line ${rangeOf(cell.lines)}: expected ${cell.areas.length} courses, found ${courses.length}`);
    return courses.map(([, name, hours, edition, split], index) => ({
      ...(cell.stage ? { stage: cell.stage } : {}),
      area: cell.areas[index],
      courseKo: name.replace(/\s+/g, ' ').trim(),
      hours,
      ...(edition ? { editionKo: edition } : {}),
      ...(split ? { note: `(${split}) printed under it: ${split.split('×')[1].replace('기', '')} editions of ${split.split('×')[0]}` } : {}),
      lines: rangeOf(cell.lines),
    }));
  });
}

function main(): void {
  const total = text(TOTAL_LINE).trim().split(/\s+/);
  if (total[0] !== '합계' || total.length !== AREAS.length + 1) throw new Error(`001 hours: line ${TOTAL_LINE} is not the 합계 row of ${AREAS.length} columns`);
  const header = text(3128);
  for (const area of AREAS) if (!header.replace(/\s+/g, '').includes(area.nameKo.replace(/\s+/g, ''))) throw new Error(`001 hours: header lacks ${area.nameKo}`);
  const table = {
    id: '001-hours-admin-life-cycle-2021',
    organizationId: 'smoe-tti.admin-training',
    year: 2021,
    titleKo: '생애주기 계급 단계별 교육훈련 체계',
    titleEn: 'Life-cycle training framework for general-service officials by grade stage (hours)',
    budgetLineId: '001-tasks/17',
    note:
      'Hours (h) per course as printed in each cell. The text keeps the cells but not the grid: the column of each course is read from the report\'s layout (the 합계 row of every column equals the sum of the courses placed in it); which stages a cell merged across stages spans is not in the text.',
    source: { file: FILE, lines: `3122-${TOTAL_LINE}` },
    stages: STAGES.map((stage, index) => {
      const period = stage.periodKo ?? /^\s*\(([^)]+)\)/.exec(text(stage.periodLine))?.[1];
      if (!period) throw new Error(`001 hours: no period on line ${stage.periodLine}`);
      return {
        position: index + 1,
        nameKo: stage.nameKo ?? text(stage.nameLine).trim(),
        nameEn: stage.nameEn,
        detailKo: period,
        lines: stage.nameKo ? `${stage.nameLine},3126,${stage.periodLine}` : `${stage.nameLine}-${stage.periodLine}`,
      };
    }),
    areas: AREAS.map((area, index) => ({
      position: index + 1,
      ...area,
      totalPrinted: total[index + 1],
      lines: `3128,${TOTAL_LINE}`,
    })),
    entries: entries(),
  };
  const file = path.join(SEEDS_DIR, 'training', '001-hours.json');
  fs.writeFileSync(file, JSON.stringify({ trainingHoursTables: [table] }, null, 2) + '\n');
  console.log(`wrote seeds/training/001-hours.json (${table.entries.length} courses)`);
}

main();
