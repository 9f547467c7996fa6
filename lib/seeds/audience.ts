/**
 * Who a program is for, as a group: the reports print the audience (대상) as free text in many
 * forms ("중등 교원", "유ㆍ초등 교(원)장", "일반직공무원, 교육공무직원, 사립학교 직원" …). A group is
 * read from that text by keyword, so the totals can be broken down by audience; the printed text
 * stays beside it in audienceKo. Pure: used by the training subgraph and by the findings rules.
 */
export const AUDIENCE_GROUPS = ['SCHOOL_LEADERS', 'TEACHING_STAFF', 'ADMINISTRATIVE_STAFF', 'SUPPORT_STAFF', 'PARENTS_AND_COMMUNITY', 'MIXED', 'OTHER', 'UNSPECIFIED'] as const;
export type AudienceGroupValue = (typeof AUDIENCE_GROUPS)[number];

export const AUDIENCE_GROUP_DESCRIPTIONS: Record<AudienceGroupValue, string> = {
  SCHOOL_LEADERS: 'Principals and vice-principals (교장·교감·원장·원감, 학교경영자).',
  TEACHING_STAFF: 'Teachers and education specialists (교원·교사·교육전문직원).',
  ADMINISTRATIVE_STAFF:
    'Public officials and administrative staff (일반직·지방·서울시 공무원, 교육행정·사립학교 행정직원, 행정실장, 급수별 과정), ' +
    'also when named together with education support workers and no teachers (일반직공무원, 교육공무직원, 사립학교 직원: the school staff an education-administration course trains).',
  SUPPORT_STAFF: 'Education support workers (교육공무직원) on their own.',
  PARENTS_AND_COMMUNITY: 'Parents and volunteers (학부모·봉사자).',
  MIXED: 'Teachers together with other groups (e.g. 교직원), or several groups that are not only school staff.',
  OTHER: 'An audience the groups do not cover.',
  UNSPECIFIED: 'The report prints no audience.',
};

/** Keywords of each group, tried on the text with spaces and middle dots removed. */
const KEYWORDS: [AudienceGroupValue, RegExp][] = [
  ['SCHOOL_LEADERS', /교\(?원\)?장|교\(?원\)?감|교장|교감|원장|원감|학교경영자/],
  ['TEACHING_STAFF', /교원|교사|교육전문직|(?<!학)교직원/],
  ['ADMINISTRATIVE_STAFF', /일반직|공무원|행정직원|행정실장|\d급/],
  ['SUPPORT_STAFF', /교육공무직/],
  ['PARENTS_AND_COMMUNITY', /학부모|봉사자/],
];

export function audienceGroup(audienceKo: string | null | undefined): AudienceGroupValue {
  if (!audienceKo) return 'UNSPECIFIED';
  const text = audienceKo.replace(/[\s·ㆍ･‧]/g, '');
  const found = new Set(KEYWORDS.filter(([, pattern]) => pattern.test(text)).map(([group]) => group));
  // "교직원" names teachers and staff together; "사립학교 직원" (학교직원 once the spaces are gone) does not.
  if (/(?<!학)교직원/.test(text)) return 'MIXED';
  if (found.size === 0) return 'OTHER';
  if (found.size === 1) return [...found][0];
  // Officials named with support workers and no teachers are the staff of schools' administration (교육행정 직원):
  // report 001 counts them under 지방공무원 (001:441-445, its 교행원격 total of 001:4324).
  if (found.size === 2 && found.has('ADMINISTRATIVE_STAFF') && found.has('SUPPORT_STAFF')) return 'ADMINISTRATIVE_STAFF';
  return 'MIXED';
}

/**
 * The coarser classes the reports break their totals down by when they print one by audience (연수대상):
 * 교원 (teachers, with principals, vice-principals and education specialists, who are teachers too) and
 * 지방공무원 (officials, with the support and private-school staff trained beside them). A group belongs to
 * at most one class; MIXED, parents and the rest belong to none.
 */
export const AUDIENCE_CLASSES = {
  TEACHERS: ['SCHOOL_LEADERS', 'TEACHING_STAFF'],
  STAFF: ['ADMINISTRATIVE_STAFF', 'SUPPORT_STAFF'],
} as const satisfies Record<string, readonly AudienceGroupValue[]>;
export type AudienceClass = keyof typeof AUDIENCE_CLASSES;

export function audienceClass(group: string): AudienceClass | null {
  for (const [name, groups] of Object.entries(AUDIENCE_CLASSES) as [AudienceClass, readonly string[]][]) if (groups.includes(group)) return name;
  return null;
}
