/** The lists of the budgets subgraph: filters, sort fields, figures and group keys, shared by the root lists and Organization's. */
import { ID, Int } from 'type-graphql';
import { DECIMAL, WON } from '../../lib/graphql/list-figures';
import { budgetLineId, recordList } from '../../lib/graphql/record-list';
import { BudgetLine } from './entities/budget-line.entity';
import { BudgetTable } from './entities/budget-table.entity';
import { PerformanceIndicator } from './entities/performance-indicator.entity';
import { StatedAmount } from './entities/stated-amount.entity';
import { BudgetClassification, BudgetLineStatus, BudgetRowKind, ChangeBasis, MoneyUnit } from './enums';

const fiscalYear = { equals: 'fiscalYear', type: () => Int, description: 'Only this fiscal year (회계연도).' } as const;
const classification = { equals: 'classification', type: () => BudgetClassification, description: 'Only tables of this kind.' } as const;

const byFiscalYear = { type: () => Int, description: 'The fiscal year (회계연도).' } as const;
const byClassification = { type: () => BudgetClassification, description: 'The kind of budget table (never add kinds together).' } as const;
const byUnit = { type: () => MoneyUnit, description: 'The unit the report printed the amounts in.' } as const;
const byBudgetLine = { type: () => ID, description: 'The budget line the records are tied to.' } as const;

export const budgetTableList = recordList(BudgetTable, {
  name: 'BudgetTable',
  order: { ID: 'id', FISCAL_YEAR: 'fiscalYear' },
  defaultOrder: 'ID',
  filters: {
    fiscalYear,
    classification,
    search: { search: ['titleKo', 'titleEn'], description: 'Text in the Korean or English title (case-insensitive).' },
  },
  groups: {
    fiscalYear: byFiscalYear,
    classification: byClassification,
    unit: byUnit,
    asOf: { type: () => String, description: 'The date the table holds for (기준일), partial ISO.' },
  },
});

export const budgetLineList = recordList(BudgetLine, {
  name: 'BudgetLine',
  order: { ID: 'id', FISCAL_YEAR: 'fiscalYear', NAME_KO: 'nameKo', ORIGINAL: 'original', CURRENT: 'current', COMMITTED: 'committed', SPENT: 'spent' },
  defaultOrder: 'ID',
  filters: {
    fiscalYear,
    classification,
    rowKind: { equals: 'rowKind', type: () => BudgetRowKind, description: 'Only rows of this kind (LINE to add up).' },
    tableId: { equals: 'tableId', type: () => ID, description: 'Only the rows of this table.' },
    search: { search: ['nameKo'], description: 'Text in the printed name (case-insensitive).' },
  },
  measures: {
    original: WON,
    current: WON,
    previousFinal: WON,
    committed: WON,
    spent: WON,
    previousOriginal: WON,
    previousCurrent: WON,
    specialGrant: WON,
    changePrinted: WON,
    // BudgetLine.changeComputed (comparedAmounts in lib/seeds/rates.ts): a nil beside a printed amount counts as 0.
    changeComputed: {
      scalar: 'Won',
      sql: (c) =>
        `case ${c('changeBasis')} ` +
        `when 'ORIGINAL' then case when ${c('original')} is null and ${c('previousOriginal')} is null then null else coalesce(${c('original')}, 0) - coalesce(${c('previousOriginal')}, 0) end ` +
        `when 'CURRENT' then case when ${c('current')} is null and ${c('previousCurrent')} is null then null else coalesce(${c('current')}, 0) - coalesce(${c('previousCurrent')}, 0) end end`,
    },
    // BudgetLine.balances (budget-balances.ts): null unless both phases are printed, as SQL's arithmetic on nulls.
    uncommitted: { scalar: 'Won', sql: (c) => `${c('current')} - ${c('committed')}` },
    unspent: { scalar: 'Won', sql: (c) => `${c('current')} - ${c('spent')}` },
    supplementary: { scalar: 'Won', sql: (c) => `${c('current')} - ${c('original')}` },
    plannedQ1: WON,
    plannedQ2: WON,
    plannedQ3: WON,
    plannedQ4: WON,
    changeRatePrinted: DECIMAL,
    committedRatePrinted: DECIMAL,
    spentRatePrinted: DECIMAL,
  },
  rates: {
    committedRate: { numerator: 'committed', denominator: 'current', multiplier: 100, places: 2, description: 'Summed committed ÷ summed current × 100 (집행률, %)' },
    spentRate: { numerator: 'spent', denominator: 'current', multiplier: 100, places: 2, description: 'Summed spent ÷ summed current × 100 (%)' },
    uncommittedRate: { numerator: 'uncommitted', denominator: 'current', multiplier: 100, places: 2, description: 'Summed uncommitted (lines printing both current and committed) ÷ summed current × 100 (%)' },
  },
  groups: {
    fiscalYear: byFiscalYear,
    tableId: { type: () => ID, description: 'The table the lines are rows of.' },
    classification: byClassification,
    rowKind: { type: () => BudgetRowKind, description: 'LINE, SUBTOTAL or TOTAL.' },
    taskNo: { type: () => String, description: 'The task number the report gives the row (연번·번호), e.g. "3-2".' },
    taskChapter: {
      type: () => String,
      description: 'The chapter of the task number: the part before the dash ("3" of "3-2"); the number itself when it has none.',
      sql: (c) => `split_part(${c('taskNo')}, '-', 1)`,
    },
    // BudgetLine.fundingSource: the first funding source the note names (the same alternatives, leftmost first; {0,1} for JavaScript's ?).
    fundingSource: {
      type: () => String,
      description: 'The funding source printed with the row (특별교부금, 3차추경 …); null for the general budget.',
      sql: (c) => `substring(${c('note')} from '특별교부금|[0-9]차[[:space:]]{0,1}추경|추경')`,
    },
    unit: byUnit,
    status: { type: () => BudgetLineStatus, description: 'A status printed instead of amounts (재배정, 비예산); null for lines with amounts.' },
    changeBasis: { type: () => ChangeBasis, description: "What the table's change column compares." },
    parentLineId: { type: () => ID, description: 'The line the lines are parts of.' },
  },
});

export const statedAmountList = recordList(StatedAmount, {
  name: 'StatedAmount',
  order: { ID: 'id', FISCAL_YEAR: 'fiscalYear', AMOUNT: 'amount' },
  defaultOrder: 'ID',
  filters: {
    budgetLineId,
    fiscalYear,
    search: { search: ['nameKo', 'nameEn'], description: 'Text in the Korean or English name (case-insensitive).' },
  },
  measures: { amount: WON },
  groups: { fiscalYear: byFiscalYear, budgetLineId: byBudgetLine, unit: byUnit },
});

export const performanceIndicatorList = recordList(PerformanceIndicator, {
  name: 'PerformanceIndicator',
  order: { ID: 'id', YEAR: 'year' },
  defaultOrder: 'ID',
  filters: {
    budgetLineId,
    year: { equals: 'year', type: () => Int, description: 'Only this year.' },
    search: { search: ['nameKo', 'nameEn'], description: 'Text in the Korean or English name (case-insensitive).' },
  },
  measures: { target: DECIMAL, result: DECIMAL },
  groups: {
    year: { type: () => Int, description: 'The year.' },
    budgetLineId: byBudgetLine,
    periodKo: { type: () => String, description: 'When (추진시기), as printed.' },
    targetUnitKo: { type: () => String, description: 'The unit of the target, as printed.' },
    resultUnitKo: { type: () => String, description: 'The unit of the result, as printed.' },
  },
});
