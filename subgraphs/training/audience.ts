/**
 * Who a program is for, as a group: the reports print the audience (대상) as free text in many
 * forms ("중등 교원", "유ㆍ초등 교(원)장", "일반직공무원, 교육공무직원, 사립학교 직원" …). A group is
 * read from that text by keyword, so the totals can be broken down by audience; the printed text
 * stays beside it in audienceKo.
 */
import { stringEnum } from '../../lib/graphql/enums';

export const AUDIENCE_GROUPS = ['SCHOOL_LEADERS', 'TEACHING_STAFF', 'ADMINISTRATIVE_STAFF', 'SUPPORT_STAFF', 'PARENTS_AND_COMMUNITY', 'MIXED', 'OTHER', 'UNSPECIFIED'] as const;
export type AudienceGroupValue = (typeof AUDIENCE_GROUPS)[number];

export const AudienceGroup = stringEnum('AudienceGroup', AUDIENCE_GROUPS, 'Who a training program is for, grouped from the printed audience (대상) by keyword.', {
  SCHOOL_LEADERS: 'Principals and vice-principals (교장·교감·원장·원감, 학교경영자).',
  TEACHING_STAFF: 'Teachers and education specialists (교원·교사·교육전문직원).',
  ADMINISTRATIVE_STAFF: 'Public officials and administrative staff (일반직·지방·서울시 공무원, 교육행정·사립학교 행정직원, 행정실장, 급수별 과정).',
  SUPPORT_STAFF: 'Education support workers (교육공무직원).',
  PARENTS_AND_COMMUNITY: 'Parents and volunteers (학부모·봉사자).',
  MIXED: 'Several of these groups together (e.g. 교직원, or officials and support workers).',
  OTHER: 'An audience the groups do not cover.',
  UNSPECIFIED: 'The report prints no audience.',
});

/** Keywords of each group, tried on the text with spaces and middle dots removed. */
const KEYWORDS: [AudienceGroupValue, RegExp][] = [
  ['SCHOOL_LEADERS', /교\(?원\)?장|교\(?원\)?감|교장|교감|원장|원감|학교경영자/],
  ['TEACHING_STAFF', /교원|교사|교육전문직|교직원/],
  ['ADMINISTRATIVE_STAFF', /일반직|공무원|행정직원|행정실장|\d급/],
  ['SUPPORT_STAFF', /교육공무직/],
  ['PARENTS_AND_COMMUNITY', /학부모|봉사자/],
];

export function audienceGroup(audienceKo: string | null | undefined): AudienceGroupValue {
  if (!audienceKo) return 'UNSPECIFIED';
  const text = audienceKo.replace(/[\s·ㆍ･‧]/g, '');
  const found = new Set(KEYWORDS.filter(([, pattern]) => pattern.test(text)).map(([group]) => group));
  // "교직원" names teachers and staff together.
  if (/교직원/.test(text)) return 'MIXED';
  if (found.size === 0) return 'OTHER';
  return found.size === 1 ? [...found][0] : 'MIXED';
}
