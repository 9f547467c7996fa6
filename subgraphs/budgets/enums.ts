import { stringEnum } from '../../lib/graphql/enums';
import { BUDGET_CLASSIFICATIONS, MONEY_UNITS } from '../../lib/seeds/records';

export const BudgetClassification = stringEnum('BudgetClassification', BUDGET_CLASSIFICATIONS, 'Which kind of budget table a line comes from (예산 분류). Tables of different kinds cover the same money: never add them together.', {
  SUB_PROGRAM: 'By sub-program (세부사업별 예산).',
  TASK: 'By major task (주요업무별·과제별 예산).',
  TASK_EXECUTION: 'One task\'s own execution table (예산 집행 현황).',
  PROGRAM: 'By program in a city budget hierarchy (사업별).',
  REVENUE: 'Revenue (세입예산).',
  STATED_IN_TEXT: 'An amount stated in running text rather than a table.',
});

export const BudgetRowKind = stringEnum('BudgetRowKind', ['LINE', 'SUBTOTAL', 'TOTAL'] as const, 'Whether a budget row is a line, a subtotal or the total the report prints.', {
  LINE: 'A line of its own.',
  SUBTOTAL: 'A subtotal (소계) the report prints over some lines.',
  TOTAL: 'The total (계·합계·총계) the report prints over every line.',
});

const MONEY_UNIT_NAMES = ['WON', 'THOUSAND_WON', 'MILLION_WON', 'HUNDRED_MILLION_WON'] as const;
export const MoneyUnit = stringEnum('MoneyUnit', MONEY_UNIT_NAMES, 'The unit a report printed amounts in (단위). Amounts are served in whole won; divide by the unit to get the printed figure.', {
  WON: '원 (1 won).',
  THOUSAND_WON: '천원 (1,000 won).',
  MILLION_WON: '백만원 (1,000,000 won).',
  HUNDRED_MILLION_WON: '억원 (100,000,000 won).',
});

export const MONEY_UNIT_BY_PRINTED: Record<(typeof MONEY_UNITS)[number], (typeof MONEY_UNIT_NAMES)[number]> = {
  원: 'WON',
  천원: 'THOUSAND_WON',
  백만원: 'MILLION_WON',
  억원: 'HUNDRED_MILLION_WON',
};

export const BudgetLineStatus = stringEnum('BudgetLineStatus', ['REALLOCATED', 'NON_BUDGET'] as const, 'A status a row carries instead of amounts. Such a row has null amounts: it is not zero money.', {
  REALLOCATED: '재배정: the money is reallocated from headquarters (본청) and not in this budget.',
  NON_BUDGET: '비예산: the work runs without a budget.',
});

export const ChangeBasis = stringEnum('ChangeBasis', ['ORIGINAL', 'CURRENT'] as const, 'What a table\'s change column (증감) compares.', {
  ORIGINAL: "This year's original budget against last year's original budget (본예산 대비).",
  CURRENT: "This year's current budget against last year's current budget (예산현액 대비).",
});
