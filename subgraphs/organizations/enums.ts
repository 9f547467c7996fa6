import { stringEnum } from '../../lib/graphql/enums';
import { ADMINISTRATIVE_DOMAINS, FINDING_KINDS, ORGANIZATION_KINDS } from '../../lib/seeds/records';

export const OrganizationKind = stringEnum('OrganizationKind', ORGANIZATION_KINDS, 'What kind of body an organization is (기관 유형).', {
  GOVERNMENT: 'A government (지방자치단체), e.g. 서울특별시.',
  OFFICE_OF_EDUCATION: 'A metropolitan office of education (교육청), e.g. 서울특별시교육청.',
  BUREAU: 'A bureau or office of a head office (국·실).',
  AFFILIATED_INSTITUTE: 'An institute directly under a government or office (직속기관), e.g. 교육연구정보원.',
  RESEARCH_INSTITUTE: 'A research institute inside an institute (연구소).',
  DEPARTMENT: 'A department (부).',
  DIVISION: 'A division (과).',
  TEAM: 'A team (팀).',
  CENTER: 'A centre (센터).',
  BRANCH: 'A branch or annex that the report treats as a unit (분원·별관).',
  COMMITTEE: 'A committee (위원회).',
  SUPPORT_GROUP: 'A support group or working body (지원단·협의체).',
  DISTRICT_OFFICE: 'A district office of education (교육지원청).',
  EXTERNAL: 'A body outside both Seoul governments that the reports name (a ministry, a partner).',
});

export const Government = stringEnum('Government', ['SMOE', 'SMG', 'NATIONAL', 'OTHER'] as const, 'Which government a body belongs to (소속 정부).', {
  SMOE: 'Seoul Metropolitan Office of Education (서울특별시교육청).',
  SMG: 'Seoul Metropolitan Government (서울특별시).',
  NATIONAL: 'The national government (중앙정부), e.g. 교육부.',
  OTHER: 'Any other body.',
});

export const ParentBasis = stringEnum('ParentBasis', ['STATED', 'IMPLIED'] as const, 'How the report establishes a parent (상위 기관의 근거).', {
  STATED: 'The report states it (an organization chart, a list of units, "소속").',
  IMPLIED: 'Only the page layout or context implies it; treat it with care.',
});

export const StaffingRowKind = stringEnum('StaffingRowKind', ['LINE', 'SUBTOTAL', 'TOTAL'] as const, 'Whether a staffing row is a grade, a category subtotal (소계) or the grand total (총계).', {
  LINE: 'One grade of one category.',
  SUBTOTAL: 'A subtotal (소계) the report prints for a category; it repeats its lines, do not add it to them.',
  TOTAL: 'The grand total (총계) the report prints; it repeats every line.',
});

export const FacilityKind = stringEnum('FacilityKind', ['SITE', 'BUILDING', 'ROOM', 'OTHER'] as const, 'What kind of facility (시설) a record is.', {
  SITE: 'A site with land (부지·소재지).',
  BUILDING: 'A building (건물·동).',
  ROOM: 'A room or hall inside a building.',
  OTHER: 'Any other facility.',
});

export const FindingKind = stringEnum('FindingKind', FINDING_KINDS, 'What kind of disagreement a data-quality finding is.', {
  TOTAL_MISMATCH: 'A stated total or subtotal (계·소계) differs from the sum of its rows.',
  RATE_WRONG: 'A printed rate differs from the one its amounts give.',
  RATE_TRUNCATED: 'A printed rate is the computed one truncated instead of rounded.',
  TWO_VALUES: 'The same figure is printed with two values in two places.',
  DUPLICATE_NAME: 'A name is printed twice in one table (both rows are kept).',
  EXECUTED_ABOVE_BUDGET: 'Committed or spent is above the current budget (예산현액).',
  OCR_DAMAGE: 'A cell damaged by text extraction (OCR), curated by hand.',
  COUNT_MISMATCH: 'A stated count differs from the number of items listed.',
  DIFFERENCE_WRONG: 'A printed change (증감) differs from the difference of its two amounts.',
  ROLLUP_MISMATCH:
    'A total the report prints for an organization (전체, 총원, an IT count) differs from the hub\'s roll-up of that organization: the report counts rows it prints outside the total, leaves some out, or prints no table to add.',
});

export const FindingOrigin = stringEnum('FindingOrigin', ['COMPUTED', 'CURATED'] as const, 'How a finding was found.', {
  COMPUTED: 'Computed by the hub from the printed figures at load time.',
  CURATED: 'Recorded by hand (seeds), for what code cannot compute.',
});

export const AdministrativeDomain = stringEnum('AdministrativeDomain', ADMINISTRATIVE_DOMAINS, "The domain of a division's work a figure measures.", {
  PERSONNEL: 'Personnel management (인사: appointments, promotions, transfers, grievances).',
  CIVIL_COMPLAINT: 'Civil complaints and the call centre (민원).',
  VOLUNTEERING: 'Staff volunteering and social contribution (봉사활동).',
  DOCUMENT_REDUCTION: 'Reducing official documents sent to schools (공문서 감축).',
  RECORDS: 'Records, information disclosure and certificates (기록물·정보공개·증명발급).',
  OTHER: 'Any other administrative figure.',
});
