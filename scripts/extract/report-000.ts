/**
 * npm run extract:000 — writes the regular tables of report 000 into seeds/ from their source lines:
 * the headcount table (정·현원) and the budget tables by sub-program and by major task.
 * The output is curated data: check it in; the provenance test re-reads every figure from the source.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SEEDS_DIR } from '../../lib/seeds/read-seeds';
import { expectShape, tableRows } from './source-table';

const FILE = '000_6ee2828e32648fc3.txt';
const ORG = 'smoe-eri';

function write(relative: string, data: unknown): void {
  const file = path.join(SEEDS_DIR, relative);
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
  console.log(`wrote seeds/${relative}`);
}

/** Lines 104-107: categories across, 정원/현원 down. One staffing line per column. */
function headcount() {
  const columns: Array<[string, string, string | null, string | null, 'LINE' | 'SUBTOTAL' | 'TOTAL']> = [
    ['교육전문직', 'Education specialists', '교육연구관', 'Senior education researcher', 'LINE'],
    ['교육전문직', 'Education specialists', '교육연구사', 'Education researcher', 'LINE'],
    ['교육전문직', 'Education specialists', null, null, 'SUBTOTAL'],
    ['교육행정', 'Education administration', '4급', 'Grade 4', 'LINE'],
    ['교육행정', 'Education administration', '5급', 'Grade 5', 'LINE'],
    ['교육행정', 'Education administration', '6~9급', 'Grades 6-9', 'LINE'],
    ['교육행정', 'Education administration', null, null, 'SUBTOTAL'],
    ['전산', 'Computing (IT)', '5급', 'Grade 5', 'LINE'],
    ['전산', 'Computing (IT)', '6~9급', 'Grades 6-9', 'LINE'],
    ['전산', 'Computing (IT)', null, null, 'SUBTOTAL'],
    ['사서', 'Librarians', null, null, 'LINE'],
    ['시설관리', 'Facility management', null, null, 'LINE'],
    ['사무운영', 'Office operations', null, null, 'LINE'],
    ['전문경력관', 'Career specialists', null, null, 'LINE'],
    ['총계', 'All staff', null, null, 'TOTAL'],
  ];
  const rows = tableRows(FILE, 106, 107);
  expectShape('000 headcount', rows, 2, columns.length + 1);
  const [authorized, inPost] = rows;
  if (authorized.cells[0] !== '정원' || inPost.cells[0] !== '현원') throw new Error('000 headcount: rows are not 정원/현원');
  return columns.map(([categoryKo, categoryEn, gradeKo, gradeEn, rowKind], index) => ({
    id: `000-headcount-${String(index + 1).padStart(2, '0')}`,
    organizationId: ORG,
    asOf: '2020-11',
    position: index + 1,
    categoryKo,
    categoryEn,
    // A category without grades is one line of its own: its grade is the category.
    gradeKo: rowKind === 'LINE' ? (gradeKo ?? categoryKo) : null,
    gradeEn: rowKind === 'LINE' ? (gradeEn ?? categoryEn) : null,
    authorized: authorized.cells[index + 1],
    inPost: inPost.cells[index + 1],
    rowKind,
    source: { file: FILE, lines: '104-107' },
  }));
}

/** Lines 121-156: 세부사업 | 본예산(A) | 예산현액(B) | 2019 최종예산 | 집행액(C) | 집행률; the last row is 계. */
function subProgramTable() {
  const rows = tableRows(FILE, 123, 156);
  expectShape('000 budget by sub-program', rows, 34, 6);
  return {
    id: '000-subprogram',
    organizationId: ORG,
    fiscalYear: 2020,
    titleKo: '예산 현황 (세부사업별)',
    titleEn: 'Budget by sub-program',
    classification: 'SUB_PROGRAM',
    unit: '천원',
    asOf: '2020-09-30',
    source: { file: FILE, lines: '117-156' },
    rows: rows.map(({ line, cells }, index) => ({
      position: index + 1,
      nameKo: cells[0],
      rowKind: cells[0] === '계' ? 'TOTAL' : 'LINE',
      original: cells[1],
      current: cells[2],
      previousFinal: cells[3],
      committed: cells[4],
      committedRatePrinted: cells[5],
      lines: String(line),
    })),
  };
}

/** Lines 158-198: 연번 | 주요업무명 | 본예산(A) | 예산현액(B) | 2019 최종예산 | 집행액(C) | 집행률 | 쪽수, printed in two parts. */
function taskTable() {
  const rows = [...tableRows(FILE, 164, 178), ...tableRows(FILE, 182, 197)];
  expectShape('000 budget by major task', rows, 31, 8);
  return {
    id: '000-tasks',
    organizationId: ORG,
    fiscalYear: 2020,
    titleKo: '주요업무별 예산 내역',
    titleEn: 'Budget by major task',
    classification: 'TASK',
    unit: '천원',
    asOf: '2020-09-30',
    source: { file: FILE, lines: '158-197' },
    rows: rows.map(({ line, cells }) => {
      const position = Number(cells[0]);
      if (!Number.isInteger(position)) throw new Error(`000 tasks: line ${line} has no task number`);
      return {
        position,
        nameKo: cells[1],
        rowKind: 'LINE',
        taskNo: cells[0],
        original: cells[2],
        current: cells[3],
        previousFinal: cells[4],
        committed: cells[5],
        committedRatePrinted: cells[6],
        pageRef: cells[7],
        lines: String(line),
      };
    }),
  };
}

write('organizations/000-headcount.json', { staffingLines: headcount() });
write('budgets/000-summary-tables.json', { budgetTables: [subProgramTable(), taskTable()] });
