import { stringEnum } from '../../lib/graphql/enums';

export const SystemCategory = stringEnum('SystemCategory', ['ADMINISTRATION', 'TEACHING', 'INFRASTRUCTURE', 'SECURITY', 'DISASTER_RECOVERY', 'OTHER'] as const, 'What an information system is for (정보시스템 분류).', {
  ADMINISTRATION: 'Education administration (교육행정), e.g. NEIS, K-에듀파인.',
  TEACHING: 'Teaching and learning (교수학습), e.g. the remote-class platform.',
  INFRASTRUCTURE: 'Shared infrastructure (hosting, networks, data centre).',
  SECURITY: 'Information security (정보보안).',
  DISASTER_RECOVERY: 'Disaster recovery and backup (재해복구).',
  OTHER: 'Anything else.',
});

export const SecurityMetricKind = stringEnum('SecurityMetricKind', ['ATTACKS_BLOCKED', 'VULNERABILITY_CHECK', 'PRIVACY_CHECK', 'ENCRYPTION_RATE', 'TRAINING', 'OTHER'] as const, 'What a security figure measures (정보보안 지표).', {
  ATTACKS_BLOCKED: 'Cyberattacks blocked (사이버공격 차단), count.',
  VULNERABILITY_CHECK: 'Vulnerability checks (취약점 점검): sites or items checked or fixed.',
  PRIVACY_CHECK: 'Personal-data exposure checks (개인정보 노출 점검).',
  ENCRYPTION_RATE: 'Share of personal data on PCs encrypted (암호화·보호율), %.',
  TRAINING: 'Security or privacy training (교육).',
  OTHER: 'Any other security figure.',
});

export const DeviceKind = stringEnum('DeviceKind', ['LAPTOP', 'TABLET', 'WIFI_AP', 'PC', 'OTHER'] as const, 'Kind of device rolled out (보급 기기).', {
  LAPTOP: 'Laptops (노트북).',
  TABLET: 'Tablets (스마트 태블릿·스마트패드).',
  WIFI_AP: 'Wi-Fi access points (무선 AP), counted by room.',
  PC: 'Desktop PCs.',
  OTHER: 'Other devices.',
});

export const RolloutStatus = stringEnum('RolloutStatus', ['DONE', 'IN_PROGRESS', 'PLANNED'] as const, 'Where a rollout stood at the report date.', {
  DONE: 'Reported as done (실적).',
  IN_PROGRESS: 'Under way.',
  PLANNED: 'Planned or scheduled (예정).',
});

export const SystemFactKind = stringEnum('SystemFactKind', ['CAPACITY', 'FEATURE', 'PARTNER', 'COMPARISON', 'GROWTH', 'SCHEDULE', 'OTHER'] as const, 'What a system fact describes.', {
  CAPACITY: 'Capacity (수용 인원, 동시 접속, 용량).',
  FEATURE: 'A feature or function (기능).',
  PARTNER: "A partner body and its role (협력 기관·역할).",
  COMPARISON: 'One cell of a comparison with other systems (기존 시스템 비교).',
  GROWTH: 'A growth figure (증가·확대).',
  SCHEDULE: 'A schedule item not recorded as a milestone (추진 일정).',
  OTHER: 'Anything else.',
});
