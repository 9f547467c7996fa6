import { stringEnum } from '../../lib/graphql/enums';
import { TRAINING_MODES, TRAINING_PHASES, TRAINING_TYPES } from '../../lib/seeds/records';

export const TrainingPhase = stringEnum('TrainingPhase', TRAINING_PHASES, 'Which figures an edition carries: what was planned, revised, targeted or achieved.', {
  PLAN: 'The plan (계획·당초 계획).',
  REVISED_PLAN: 'The revised plan (변경 계획).',
  TARGET: 'A target (추진 목표·물량).',
  RESULT: 'What was achieved (실적·결과).',
});

export const TrainingMode = stringEnum('TrainingMode', TRAINING_MODES, 'How a course is delivered (운영 방식).', {
  IN_PERSON: 'In person (집합).',
  ONLINE_LIVE: 'Live online, e.g. real-time video (실시간 화상).',
  ONLINE_RECORDED: 'Recorded online content (원격·이러닝).',
  BLENDED: 'A mix of in-person and online (혼합).',
  UNSPECIFIED: 'The report does not say.',
});

export const TrainingType = stringEnum('TrainingType', TRAINING_TYPES, 'What kind of training a program is (연수 유형).', {
  INDUCTION: 'Induction training for new staff (신규자·신규임용 연수).',
  QUALIFICATION: 'Qualification training (자격연수).',
  IN_SERVICE: 'In-service job training (직무연수).',
  SPECIAL_FIELD: 'Special-field training (특수분야 연수).',
  REMOTE: 'Remote training (원격연수).',
  WORKSHOP: 'A workshop, briefing or other short session (워크숍·설명회).',
  OTHER: 'Anything else (교육, 보수교육 ...).',
});

export const TrainingHoursAxis = stringEnum('TrainingHoursAxis', ['STAGE', 'AREA'] as const, 'Whether a heading of a training-hours table is a row or a column.', {
  STAGE: 'A row: a career or grade stage (경력단계·계급단계).',
  AREA: 'A column: a competency area (역량 영역).',
});
