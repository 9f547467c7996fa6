/**
 * The shape of every curated seed record, checked at load time.
 *
 * Figures are kept exactly as the report printed them ("1,580,600", "△112,040", "74.40", "-"):
 * the loader turns them into numbers, and the provenance test finds each printed form on the
 * cited source lines. A record never carries a figure the report did not print.
 */
import { z } from 'zod';

export const REPORT_FILES = [
  '000_6ee2828e32648fc3.txt',
  '001_bb76ef901cc1ef9e.txt',
  '002_7b831dc6e42aaa5b.txt',
  '003_b8983c9216e6e007.txt',
  '004_adfa508fe1f057aa.txt',
] as const;
export type ReportFile = (typeof REPORT_FILES)[number];

/** "124", "124-126" or "124-126,130": 1-based line numbers in seeds/sources/<file>. */
export const LINES_PATTERN = /^\d+(-\d+)?(,\d+(-\d+)?)*$/;

const id = z.string().regex(/^[a-z0-9][a-z0-9.:/_-]*$/, 'ids are lower-case ascii: a-z 0-9 . : / _ -');
const text = z.string().min(1);
/**
 * Why a well-formed citation can name no line of any report (line 0, a range that runs backwards),
 * or null. Whether the lines exist in the cited report is checked once the file is known (citations.ts).
 */
function impossibleCitation(value: string): string | null {
  for (const part of value.split(',')) {
    const [first, last = first] = part.split('-').map(Number);
    if (first === 0 || last === 0) return 'line 0 does not exist: lines count from 1';
    if (last < first) return `range ${part} runs backwards`;
  }
  return null;
}

const lines = z
  .string()
  .regex(LINES_PATTERN, 'lines look like "124", "124-126" or "124-126,130"')
  .superRefine((value, ctx) => {
    // A malformed value already has its issue from the pattern; splitting it would only add noise.
    const problem = LINES_PATTERN.test(value) ? impossibleCitation(value) : null;
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  });

/** Where a record comes from. */
export const sourceRef = z
  .object({
    file: z.enum(REPORT_FILES, {
      // zod's default lists the five names in its own quoting; name the value that is wrong first.
      errorMap: (issue, ctx) =>
        issue.code === 'invalid_enum_value'
          ? { message: `${JSON.stringify(ctx.data)} is not one of the five reports in seeds/sources (${REPORT_FILES.join(', ')})` }
          : { message: ctx.defaultError },
    }),
    lines,
  })
  .strict();

/** A count as printed: "105", "30,699". */
export const printedCount = z.string().regex(/^\d{1,3}(,\d{3})+$|^\d+$/, 'a count is printed like "105" or "30,699"');
/**
 * An amount as printed: "1,580,600", "△112,040" (minus), "0", or a nil marker
 * ("-", "_", "•", "") which loads as null.
 */
export const printedAmount = z
  .string()
  .regex(/^(△|-)?\d{1,3}(,\d{3})*$|^(△|-)?\d+$|^[-_•]?$/, 'an amount is printed like "1,580,600", "△112,040" or a nil marker');
/** A decimal as printed: "74.40", "100", "△11.0", "6,709.1". */
export const printedDecimal = z
  .string()
  .regex(/^(△|-)?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-_•]?$/, 'a decimal is printed like "74.40", "100" or "△11.0"');
/** A partial ISO date: "2020", "2020-09" or "2020-09-30". */
export const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date looks like 2020, 2020-09 or 2020-09-30');

export const ORGANIZATION_KINDS = [
  'GOVERNMENT', // 서울특별시 (city government)
  'OFFICE_OF_EDUCATION', // 서울특별시교육청 (metropolitan office of education)
  'BUREAU', // 국/실 of a head office
  'AFFILIATED_INSTITUTE', // 직속기관 (교육연구정보원, 교육연수원, 인재개발원)
  'RESEARCH_INSTITUTE', // 연구소 inside an institute
  'DEPARTMENT', // 부
  'DIVISION', // 과
  'TEAM', // 팀
  'CENTER', // 센터
  'BRANCH', // 분원, 별관 (an organizational site that is a unit)
  'COMMITTEE', // 위원회
  'SUPPORT_GROUP', // 지원단, 협의체
  'DISTRICT_OFFICE', // 교육지원청
  'EXTERNAL', // a partner body outside both governments (ministry, university, ...)
] as const;

export const organization = z
  .object({
    id,
    kind: z.enum(ORGANIZATION_KINDS),
    nameKo: text,
    nameEn: text,
    /** Null only for a root (a government). */
    parentId: id.nullable(),
    /** STATED: the report says so (an org chart, "소속"); IMPLIED: only layout or context suggests it. */
    parentBasis: z.enum(['STATED', 'IMPLIED']).nullable(),
    government: z.enum(['SMOE', 'SMG', 'NATIONAL', 'OTHER']),
    /** Other spellings the reports use for the same body. */
    aliasesKo: z.array(text).default([]),
    /** Duties as the report lists them (Korean, one item each). */
    duties: z.array(text).default([]),
    source: sourceRef,
  })
  .strict();

export const staffingLine = z
  .object({
    id,
    organizationId: id,
    asOf: partialDate,
    /** Row order within the table, from 1. */
    position: z.number().int().positive(),
    categoryKo: text,
    categoryEn: text,
    /** Null on a category subtotal or the grand total. */
    gradeKo: text.nullable(),
    gradeEn: text.nullable(),
    authorized: printedCount.nullable(),
    inPost: printedCount.nullable(),
    rowKind: z.enum(['LINE', 'SUBTOTAL', 'TOTAL']),
    note: text.optional(),
    source: sourceRef,
  })
  .strict();

export const facility = z
  .object({
    id,
    organizationId: id,
    kind: z.enum(['SITE', 'BUILDING', 'ROOM', 'OTHER']),
    nameKo: text,
    nameEn: text,
    /** The street address as printed (소재지). */
    addressKo: text.optional(),
    /** Where the address is printed, when not on the facility's own lines (e.g. a history line naming the site). */
    addressSource: sourceRef.optional(),
    landAreaM2: printedDecimal.optional(),
    floorAreaM2: printedDecimal.optional(),
    /** Rooms of this kind, as printed (강의실 44실 → "44"); absent where the report gives none, or one per year. */
    roomCount: printedCount.optional(),
    note: text.optional(),
    source: sourceRef,
  })
  .strict();

export const historyEvent = z
  .object({
    id,
    organizationId: id,
    date: partialDate,
    /** The date as the report printed it ("1969 1. 16.", "'75. 05. 12."). */
    datePrinted: text,
    eventKo: text,
    eventEn: text.optional(),
    source: sourceRef,
  })
  .strict();

/** A fact about an organization printed as a small table or in text (e.g. a peer comparison across provinces). */
export const organizationFact = z
  .object({
    id,
    organizationId: id,
    topicKo: text, // the table or passage, e.g. 타 기관 비교(교육정보시스템 담당자 현황)
    topicEn: text,
    subjectKo: text, // the row or column subject, e.g. 경기
    attributeKo: text, // what is measured, e.g. 인원, 순위
    value: printedDecimal.optional(),
    valueKo: text.optional(), // the cell as printed when it is not a plain number ("1위")
    unitKo: text.optional(),
    asOf: partialDate.optional(),
    /**
     * Set on a staff figure the report prints for the organization outside (or instead of) a headcount table
     * (총원, 인원): the staffing roll-up of the organization reconciles that measure with it, and `why` says in
     * English why the two differ where they do (it goes into the computed finding).
     */
    reconcile: z.object({ measure: z.enum(['authorized', 'inPost']), why: text }).strict().optional(),
    source: sourceRef,
  })
  .strict();

export const FINDING_KINDS = [
  'TOTAL_MISMATCH', // a stated total or subtotal differs from the sum of its rows
  'RATE_WRONG', // a printed rate differs from the one its amounts give
  'RATE_TRUNCATED', // a printed rate is the computed one truncated, not rounded
  'TWO_VALUES', // the same figure printed with two values in two places
  'DUPLICATE_NAME', // a name appears twice in one table
  'EXECUTED_ABOVE_BUDGET', // committed or spent above the current budget
  'OCR_DAMAGE', // a cell damaged by text extraction, curated by hand
  'COUNT_MISMATCH', // a stated count differs from the items listed
  'DIFFERENCE_WRONG', // a printed change (증감) differs from the difference of its amounts
  'ROLLUP_MISMATCH', // a total printed for an organization differs from the hub's roll-up of it (rows printed outside the total, or left out of it)
] as const;

/** A data-quality finding recorded by hand (what code cannot compute: OCR damage, figures given twice in text). */
export const curatedFinding = z
  .object({
    id,
    kind: z.enum(FINDING_KINDS),
    organizationId: id.optional(),
    description: text, // English, with the Korean terms
    valueA: text, // as printed at sourceA
    sourceA: sourceRef,
    valueB: text.optional(),
    sourceB: sourceRef.optional(),
  })
  .strict();

/** A recruitment exam round (임용시험·채용): planned hires, applicants, competition ratio, results. */
export const recruitmentExam = z
  .object({
    id,
    organizationId: id,
    year: z.number().int().min(2000).max(2100),
    nameKo: text,
    nameEn: text,
    roundKo: text.optional(), // 회차 as printed ("1차(6.5.)", "수시(매월)")
    gradesKo: text.optional(), // 채용직렬 / 선발 분야 as printed
    plannedHires: printedCount.optional(), // 선발계획·채용규모 (명)
    applicants: printedCount.optional(), // 원서접수 (명)
    competitionRatioPrinted: printedDecimal.optional(), // "11.0" of "11.0:1"
    hired: printedCount.optional(), // 채용완료·합격 (명)
    inProgress: printedCount.optional(), // 추진중 (명)
    resultDateKo: text.optional(), // 합격자발표 as printed
    budgetLineId: id.optional(),
    note: text.optional(),
    source: sourceRef,
  })
  .strict();

export const ADMINISTRATIVE_DOMAINS = ['PERSONNEL', 'CIVIL_COMPLAINT', 'VOLUNTEERING', 'DOCUMENT_REDUCTION', 'RECORDS', 'OTHER'] as const;

/** A figure of a head-office division's work (인사, 민원, 봉사, 공문서 감축 …), typed by domain. */
export const administrativeMetric = z
  .object({
    id,
    organizationId: id,
    domain: z.enum(ADMINISTRATIVE_DOMAINS),
    year: z.number().int().min(2000).max(2100).optional(),
    periodKo: text.optional(),
    nameKo: text,
    nameEn: text,
    value: printedDecimal.optional(),
    valueKo: text.optional(), // the cell as printed when it is not one number
    unitKo: text.optional(),
    target: printedDecimal.optional(),
    budgetLineId: id.optional(),
    source: sourceRef,
  })
  .strict();

export const MONEY_UNITS = ['원', '천원', '백만원', '억원'] as const;
export const BUDGET_CLASSIFICATIONS = [
  'SUB_PROGRAM', // 세부사업별
  'TASK', // 주요업무(과제)별
  'TASK_EXECUTION', // one task's execution table
  'PROGRAM', // 사업별 (city budget hierarchy)
  'REVENUE', // 세입
  'STATED_IN_TEXT', // an amount stated in running text
] as const;

export const budgetRow = z
  .object({
    /** Row order within the table, from 1. */
    position: z.number().int().positive(),
    nameKo: text,
    rowKind: z.enum(['LINE', 'SUBTOTAL', 'TOTAL']),
    /** The number the report gives the row (연번, 번호), as printed. */
    taskNo: text.optional(),
    original: printedAmount.optional(), // 본예산
    current: printedAmount.optional(), // 예산현액
    previousFinal: printedAmount.optional(), // 전년도 최종예산
    committed: printedAmount.optional(), // 원인행위액 (집행액, 원인행위기준)
    spent: printedAmount.optional(), // 지출액
    previousOriginal: printedAmount.optional(), // 전년도 본예산
    previousCurrent: printedAmount.optional(), // 전년도 예산현액
    specialGrant: printedAmount.optional(), // 특교 등 (special grants added to the original budget; current = original + specialGrant)
    change: printedAmount.optional(), // 증감(액), as printed
    changeRatePrinted: printedDecimal.optional(), // 증감률(%), as printed
    plannedQ1: printedAmount.optional(), // 집행계획 1분기
    plannedQ2: printedAmount.optional(),
    plannedQ3: printedAmount.optional(),
    plannedQ4: printedAmount.optional(),
    /** A row that carries a status instead of amounts: 재배정 (reallocated from headquarters) or 비예산 (non-budget). */
    status: z.enum(['REALLOCATED', 'NON_BUDGET']).optional(),
    /** The position of the row this row is a part of (a program under its program budget), within the same table. */
    parentPosition: z.number().int().positive().optional(),
    committedRatePrinted: printedDecimal.optional(), // 집행률 on committed
    spentRatePrinted: printedDecimal.optional(), // 집행률 on spent
    pageRef: text.optional(), // 쪽수
    note: text.optional(),
    lines,
  })
  .strict();

export const budgetTable = z
  .object({
    id,
    organizationId: id,
    fiscalYear: z.number().int().min(2000).max(2100),
    titleKo: text,
    titleEn: text,
    classification: z.enum(BUDGET_CLASSIFICATIONS),
    unit: z.enum(MONEY_UNITS),
    asOf: partialDate.optional(),
    /** What the table's change column (증감) compares: this year's original with last year's, or the current budgets. */
    changeBasis: z.enum(['ORIGINAL', 'CURRENT']).optional(),
    /** For a TASK_EXECUTION table: the task's line in the task table it details (e.g. 000-tasks/28). */
    taskBudgetLineId: id.optional(),
    source: sourceRef,
    rows: z.array(budgetRow).min(1),
  })
  .strict();

/** An amount stated in running text (not a table row), e.g. "예산 34,200백만원 교부". */
export const statedAmount = z
  .object({
    id,
    organizationId: id,
    fiscalYear: z.number().int().min(2000).max(2100).optional(),
    nameKo: text,
    nameEn: text,
    amount: printedAmount,
    unit: z.enum(MONEY_UNITS),
    /** The budget line the amount belongs to, where the report ties them. */
    budgetLineId: id.optional(),
    note: text.optional(),
    source: sourceRef,
  })
  .strict();

/** A target a task sets (추진 목표: 세부사업명 | 추진시기 | 물량) and, where reported, its result. */
export const performanceIndicator = z
  .object({
    id,
    organizationId: id,
    /** The task's line in the task budget table, e.g. 000-tasks/28. */
    budgetLineId: id.optional(),
    year: z.number().int().min(2000).max(2100),
    nameKo: text,
    nameEn: text.optional(),
    periodKo: text.optional(),
    /** The target cell exactly as printed ("374교", "연 2회, 8시간"). */
    targetKo: text.optional(),
    target: printedDecimal.optional(),
    targetUnitKo: text.optional(),
    resultKo: text.optional(),
    result: printedDecimal.optional(),
    resultUnitKo: text.optional(),
    source: sourceRef,
  })
  .strict();

export const TRAINING_PHASES = ['PLAN', 'REVISED_PLAN', 'TARGET', 'RESULT'] as const;
/** A competency assessment programme (역량평가) for a promotion group: competencies, techniques, planned and completed figures. */
export const competencyAssessment = z
  .object({
    id,
    organizationId: id,
    year: z.number().int().min(2000).max(2100),
    targetGroupKo: text, // 4급 승진대상자
    targetGroupEn: text,
    competenciesKo: z.array(text).default([]),
    techniquesKo: z.array(text).default([]),
    plannedTrainees: printedCount.optional(), // 교육인원
    plannedTrainingSessions: printedCount.optional(), // (회)
    plannedAssessees: printedCount.optional(), // 평가인원
    plannedAssessmentSessions: printedCount.optional(),
    completedTrainees: printedCount.optional(), // 역량교육 완료
    completedAssessees: printedCount.optional(), // 역량평가 완료
    periodKo: text.optional(),
    budgetLineId: id.optional(),
    source: sourceRef,
  })
  .strict();

export const TRAINING_TYPES = ['QUALIFICATION', 'IN_SERVICE', 'SPECIAL_FIELD', 'REMOTE', 'WORKSHOP', 'INDUCTION', 'OTHER'] as const;
export const TRAINING_MODES = ['IN_PERSON', 'ONLINE_LIVE', 'ONLINE_RECORDED', 'BLENDED', 'UNSPECIFIED'] as const;

export const trainingEdition = z
  .object({
    year: z.number().int().min(2000).max(2100),
    phase: z.enum(TRAINING_PHASES),
    courses: printedCount.optional(),
    sessions: printedCount.optional(),
    trainees: printedCount.optional(),
    hours: printedDecimal.optional(),
    satisfactionPrinted: printedDecimal.optional(),
    completionRatePrinted: printedDecimal.optional(), // 이수율: result trainees ÷ (revised) plan, as printed
    credits: printedDecimal.optional(), // 학점
    periodKo: text.optional(),
    note: text.optional(),
    lines,
  })
  .strict();

export const trainingProgram = z
  .object({
    id,
    organizationId: id,
    nameKo: text,
    nameEn: text,
    audienceKo: text.optional(),
    type: z.enum(TRAINING_TYPES),
    mode: z.enum(TRAINING_MODES),
    /** The budget line (budgets subgraph) that funds it, where the report ties them. */
    budgetLineId: id.optional(),
    /** Set on a row that totals other programs (a course family's total, a group's subtotal): the ids it totals. Its trainees are never added to theirs. */
    totalOf: z.array(id).optional(),
    /** Set on a course the report lists again under another task: the id of the program it repeats. Its trainees are counted once, there. */
    repeats: id.optional(),
    /** Set on a summary row that overlaps programs listed elsewhere without naming them (e.g. a year's results by group): what it summarizes. Never added to them. */
    summaryOf: text.optional(),
    /**
     * Set on a total (totalOf) the report prints for everything its organization and the units below it ran
     * in its editions' year and phase (전체, 총계): that organization's trainingRollup reconciles with it, and,
     * where the total's rows name audiences, its byAudience with them.
     */
    coversOrganization: z.boolean().optional(),
    source: sourceRef,
    editions: z.array(trainingEdition).min(1),
  })
  .strict();

/**
 * A stage row or a competency-area column of a training-hours table: the name as printed and, for a column,
 * the total the report prints in its 합계 row.
 */
export const trainingHoursHeading = z
  .object({
    /** Order within its axis, from 1 (rows top to bottom, columns left to right). */
    position: z.number().int().positive(),
    nameKo: text,
    nameEn: text,
    /** A stage's period (시기, e.g. 6급 5년이상); a column's group heading (직무역량), as printed. */
    detailKo: text.optional(),
    /** The printed total (합계) of the column, in hours. */
    totalPrinted: printedCount.optional(),
    lines,
  })
  .strict();

/** One course in a cell of a training-hours table: its name and hours as printed ("퇴직 준비(21h)-1기"). */
export const trainingHoursEntry = z
  .object({
    /** The stage row's position; absent for a cell the table merges across stages (the text does not show which). */
    stage: z.number().int().positive().optional(),
    /** The area column's position. */
    area: z.number().int().positive(),
    courseKo: text,
    hours: printedCount,
    /** The edition (기수) printed after the course, e.g. 1기. */
    editionKo: text.optional(),
    note: text.optional(),
    lines,
  })
  .strict();

/**
 * A matrix of training hours (교육훈련 체계): career stages down, competency areas across, the courses of each
 * cell with their hours, and the printed 합계 row of each column (kept beside the sum of its cells).
 */
export const trainingHoursTable = z
  .object({
    id,
    organizationId: id,
    year: z.number().int().min(2000).max(2100),
    titleKo: text,
    titleEn: text,
    budgetLineId: id.optional(),
    note: text.optional(),
    source: sourceRef,
    stages: z.array(trainingHoursHeading).min(1),
    areas: z.array(trainingHoursHeading).min(1),
    entries: z.array(trainingHoursEntry).min(1),
  })
  .strict()
  .superRefine((table, ctx) => {
    for (const axis of ['stages', 'areas'] as const) {
      table[axis].forEach((heading, index) => {
        if (heading.position !== index + 1) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [axis, index, 'position'], message: `positions count from 1 in order: expected ${index + 1}` });
      });
    }
    table.entries.forEach((entry, index) => {
      if (entry.stage !== undefined && entry.stage > table.stages.length) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['entries', index, 'stage'], message: `no stage ${entry.stage}` });
      if (entry.area > table.areas.length) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['entries', index, 'area'], message: `no area ${entry.area}` });
    });
  });

const milestone = z.object({ date: partialDate, datePrinted: text, eventKo: text, lines }).strict();

export const informationSystem = z
  .object({
    id,
    organizationId: id,
    nameKo: text,
    nameEn: text,
    category: z.enum(['ADMINISTRATION', 'TEACHING', 'INFRASTRUCTURE', 'SECURITY', 'DISASTER_RECOVERY', 'OTHER']),
    hardwareUnits: printedCount.optional(),
    softwareUnits: printedCount.optional(),
    descriptionKo: text.optional(),
    budgetLineId: id.optional(),
    source: sourceRef,
    milestones: z.array(milestone).default([]),
  })
  .strict();

/** A fact about a system printed in the reports: capacity, a feature, a partner's role, a comparison. */
export const systemFact = z
  .object({
    id,
    systemId: id,
    kind: z.enum(['CAPACITY', 'FEATURE', 'PARTNER', 'COMPARISON', 'GROWTH', 'SCHEDULE', 'OTHER']),
    subjectKo: text, // e.g. 동시접속, 한국교육학술정보원, 기존 시스템 이름
    attributeKo: text, // e.g. 최대 인원, 역할
    valueKo: text, // the cell or phrase as printed
    value: printedDecimal.optional(),
    unitKo: text.optional(),
    /** The organization a PARTNER fact names, when it is in the hub. */
    partnerOrganizationId: id.optional(),
    /**
     * Set on a count the report prints for the IT of an organization (information systems, their H/W or S/W
     * units): the IT roll-up of that organization reconciles the measure with it; `why` says in English why
     * the two differ where they do (it goes into the computed finding).
     */
    reconcile: z.object({ organizationId: id, measure: z.enum(['systems', 'hardwareUnits', 'softwareUnits']), why: text }).strict().optional(),
    source: sourceRef,
  })
  .strict();

/** A web address a report prints for an information system or a service, as printed ("ssem.or.kr", "http://www.sen.go.kr/insa"). */
export const webAddress = z
  .object({
    id,
    systemId: id,
    address: z.string().regex(/^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i, 'a web address looks like "www.ssem.or.kr" or "http://www.sen.go.kr/insa"'),
    /** What the report calls the site where it prints the address (서울교육포털 홈페이지, 뉴서울교육포털). */
    nameKo: text,
    source: sourceRef,
  })
  .strict();

export const networkProject = z
  .object({
    id,
    organizationId: id,
    nameKo: text,
    nameEn: text,
    phase: text.optional(),
    regionsKo: z.array(text).default([]),
    target: printedCount.optional(),
    completed: printedCount.optional(),
    excluded: printedCount.optional(),
    unitKo: text, // 교, 개 기관, 실 ...
    periodStart: partialDate.optional(),
    periodEnd: partialDate.optional(),
    budgetLineId: id.optional(),
    source: sourceRef,
  })
  .strict();

export const securityMetric = z
  .object({
    id,
    organizationId: id,
    systemId: id.optional(),
    kind: z.enum(['ATTACKS_BLOCKED', 'VULNERABILITY_CHECK', 'PRIVACY_CHECK', 'ENCRYPTION_RATE', 'TRAINING', 'OTHER']),
    nameKo: text,
    value: printedDecimal,
    unitKo: text, // 건, %, 개 사이트 ...
    periodStart: partialDate.optional(),
    periodEnd: partialDate.optional(),
    source: sourceRef,
  })
  .strict();

export const deviceRollout = z
  .object({
    id,
    organizationId: id,
    deviceKind: z.enum(['LAPTOP', 'TABLET', 'WIFI_AP', 'PC', 'OTHER']),
    nameKo: text,
    units: printedCount,
    unitKo: text, // 대, 실
    recipients: printedCount.optional(),
    recipientUnitKo: text.optional(), // 교
    amount: printedAmount.optional(),
    amountUnit: z.enum(MONEY_UNITS).optional(),
    periodKo: text.optional(),
    status: z.enum(['DONE', 'IN_PROGRESS', 'PLANNED']),
    budgetLineId: id.optional(),
    source: sourceRef,
  })
  .strict();

export const serviceMetric = z
  .object({
    id,
    organizationId: id,
    systemId: id.optional(),
    nameKo: text,
    nameEn: text,
    value: printedDecimal,
    target: printedDecimal.optional(),
    unitKo: text,
    periodKo: text.optional(),
    source: sourceRef,
  })
  .strict();

/** One seed file per subgraph topic; each top-level key is a list of one record kind. */
export const seedFiles = {
  organizations: z
    .object({
      organizations: z.array(organization).optional(),
      staffingLines: z.array(staffingLine).optional(),
      facilities: z.array(facility).optional(),
      historyEvents: z.array(historyEvent).optional(),
      organizationFacts: z.array(organizationFact).optional(),
      recruitmentExams: z.array(recruitmentExam).optional(),
      administrativeMetrics: z.array(administrativeMetric).optional(),
      curatedFindings: z.array(curatedFinding).optional(),
    })
    .strict(),
  budgets: z
    .object({
      budgetTables: z.array(budgetTable).optional(),
      statedAmounts: z.array(statedAmount).optional(),
      performanceIndicators: z.array(performanceIndicator).optional(),
    })
    .strict(),
  training: z
    .object({
      trainingPrograms: z.array(trainingProgram).optional(),
      competencyAssessments: z.array(competencyAssessment).optional(),
      trainingHoursTables: z.array(trainingHoursTable).optional(),
    })
    .strict(),
  infrastructure: z
    .object({
      informationSystems: z.array(informationSystem).optional(),
      systemFacts: z.array(systemFact).optional(),
      webAddresses: z.array(webAddress).optional(),
      networkProjects: z.array(networkProject).optional(),
      securityMetrics: z.array(securityMetric).optional(),
      deviceRollouts: z.array(deviceRollout).optional(),
      serviceMetrics: z.array(serviceMetric).optional(),
    })
    .strict(),
} as const;
export type SubgraphName = keyof typeof seedFiles;
export type OrganizationsSeed = z.infer<(typeof seedFiles)['organizations']>;
export type BudgetsSeed = z.infer<(typeof seedFiles)['budgets']>;
export type TrainingSeed = z.infer<(typeof seedFiles)['training']>;
export type InfrastructureSeed = z.infer<(typeof seedFiles)['infrastructure']>;
