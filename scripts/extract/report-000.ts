/**
 * npm run extract:000 — writes the regular tables of report 000 into seeds/ from their source lines:
 * the headcount table (정·현원) and the budget tables by sub-program and by major task.
 * The output is curated data: check it in; the provenance test re-reads every figure from the source.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SEEDS_DIR } from '../../lib/seeds/read-seeds';
import { reportLines } from '../../lib/graphql/source-ref';
import { expectShape, tableRows, type SourceRow } from './source-table';

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

/** Funding sources the tables print inside a name or the page column ("(특별교부금)", "741 (3차추경)"). */
const FUNDING = /\((특별교부금|3차추경|[^()]*추경)\)/;

/**
 * The 31 per-task execution tables (예산 집행 현황), one per task in task order, each headed
 * 사업명 | 2020년도 본예산 | 예산현액(A) | 2019년도 최종예산 | 원인행위액(B) | 지출액(C) | 집행률 B/A | C/A | 쪽수
 * and ending with its 계 row.
 */
function taskExecutionTables() {
  const lines = reportLines(FILE);
  const headers = lines.flatMap((line, index) => (line.startsWith('사업명\t2020년도') ? [index + 1] : []));
  if (headers.length !== 31) throw new Error(`000: expected 31 execution tables, found ${headers.length}`);
  return headers.map((header, index) => {
    const task = index + 1;
    const rows: SourceRow[] = [];
    for (const row of tableRows(FILE, header + 2, header + 40)) {
      rows.push(row);
      if (row.cells[0] === '계') break;
    }
    if (rows[rows.length - 1]?.cells[0] !== '계') throw new Error(`000 execution table of task ${task} (line ${header}): no 계 row`);
    expectShape(`000 execution table of task ${task}`, rows, rows.length, 9);
    const unitLine = header - 2;
    if (!/단위: 천원/.test(lines[unitLine - 1] ?? '')) throw new Error(`000 execution table of task ${task}: no unit line at ${unitLine}`);
    return {
      id: `000-task-${String(task).padStart(2, '0')}-execution`,
      organizationId: ORG,
      fiscalYear: 2020,
      titleKo: `예산 집행 현황 (과제 ${task})`,
      titleEn: `Budget execution of task ${task}`,
      classification: 'TASK_EXECUTION',
      unit: '천원',
      asOf: '2020-09-30',
      taskBudgetLineId: `000-tasks/${task}`,
      source: { file: FILE, lines: `${unitLine}-${rows[rows.length - 1].line}` },
      rows: rows.map(({ line, cells: printed }, position) => {
        // A trailing * marks a footnote (※ under the table); the amount is the number before it.
        const footnoted = printed.slice(1, 8).some((cell) => cell.endsWith('*'));
        const cells = printed.map((cell) => cell.replace(/\*$/, ''));
        const page = cells[8].replace(FUNDING, '').trim();
        const funding = cells[0].match(FUNDING)?.[1] ?? cells[8].match(FUNDING)?.[1];
        const note = [funding, footnoted ? 'amounts marked * in the report: see the ※ note under the table' : undefined].filter(Boolean).join('; ');
        return {
          position: position + 1,
          nameKo: cells[0],
          rowKind: cells[0] === '계' ? 'TOTAL' : 'LINE',
          original: cells[1],
          current: cells[2],
          previousFinal: cells[3],
          committed: cells[4],
          spent: cells[5],
          committedRatePrinted: cells[6],
          spentRatePrinted: cells[7],
          ...(page ? { pageRef: page } : {}),
          ...(note ? { note } : {}),
          lines: String(line),
        };
      }),
    };
  });
}

write('organizations/000-headcount.json', { staffingLines: headcount() });
write('budgets/000-summary-tables.json', { budgetTables: [subProgramTable(), taskTable()] });
write('budgets/000-task-execution.json', { budgetTables: taskExecutionTables() });
