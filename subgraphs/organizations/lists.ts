/**
 * The lists of the organizations subgraph: filters and sort fields, shared by the root lists and
 * Organization's. This subgraph owns the tree, so its root lists also take includeDescendants.
 */
import { ID, Int } from 'type-graphql';
import { DECIMAL, INT, yearOf } from '../../lib/graphql/list-figures';
import { recordList } from '../../lib/graphql/record-list';
import { AdministrativeMetric } from './entities/administrative-metric.entity';
import { DataQualityFinding } from './entities/data-quality-finding.entity';
import { Facility } from './entities/facility.entity';
import { HistoryEvent } from './entities/history-event.entity';
import { OrganizationFact } from './entities/organization-fact.entity';
import { Organization } from './entities/organization.entity';
import { RecruitmentExam } from './entities/recruitment-exam.entity';
import { StaffingLine } from './entities/staffing-line.entity';
import { AdministrativeDomain, FacilityKind, FindingKind, FindingOrigin, Government, OrganizationKind, ParentBasis, StaffingRowKind } from './enums';

const year = { equals: 'year', type: () => Int, description: 'Only this year.' } as const;
const byYear = { type: () => Int, description: 'The year.' } as const;
const byUnitKo = { type: () => String, description: 'The unit as printed (명, 건, %, …).' } as const;
const byPeriodKo = { type: () => String, description: 'The period as printed.' } as const;
const searchKoEn = { search: ['nameKo', 'nameEn'], description: 'Text in the Korean or English name (case-insensitive).' } as const;

export const organizationList = recordList(Organization, {
  name: 'Organization',
  order: { ID: 'id', NAME_KO: 'nameKo', NAME_EN: 'nameEn', KIND: 'kind' },
  defaultOrder: 'ID',
  organizationKey: 'id',
  rootDescendants: true,
  filters: {
    kind: { equals: 'kind', type: () => OrganizationKind, description: 'Only organizations of this kind.' },
    government: { equals: 'government', type: () => Government, description: 'Only bodies of this government.' },
    parentId: { equals: 'parentId', type: () => ID, description: 'Only the units directly below this organization.' },
    search: { search: ['nameKo', 'nameEn'], description: 'Text in the Korean or English name (case-insensitive).' },
  },
  groups: {
    kind: { type: () => OrganizationKind, description: 'The kind of body.' },
    government: { type: () => Government, description: 'The government the bodies belong to.' },
    parentId: { type: () => ID, description: 'The parent organization.' },
    parentBasis: { type: () => ParentBasis, description: 'Whether the report states the parent or only implies it.' },
  },
});

// StaffingLine.vacancy and overStrength: the positive part of the difference, null when either count is missing.
const surplus = (minuend: 'authorized' | 'inPost', subtrahend: 'authorized' | 'inPost') => ({
  scalar: 'Int' as const,
  sql: (c: (property: 'authorized' | 'inPost') => string) => `case when ${c(minuend)} is null or ${c(subtrahend)} is null then null else greatest(${c(minuend)} - ${c(subtrahend)}, 0) end`,
});

export const staffingLineList = recordList(StaffingLine, {
  name: 'StaffingLine',
  order: { ID: 'id', AS_OF: 'asOf', AUTHORIZED: 'authorized', IN_POST: 'inPost' },
  defaultOrder: 'ID',
  rootDescendants: true,
  filters: {
    asOf: { equals: 'asOf', type: () => String, description: 'Only the table of this date (기준일), as served in asOf.' },
    rowKind: { equals: 'rowKind', type: () => StaffingRowKind, description: 'Only rows of this kind (LINE to add up).' },
    search: { search: ['categoryKo', 'categoryEn', 'gradeKo', 'gradeEn'], description: 'Text in the category or grade, Korean or English (case-insensitive).' },
  },
  measures: { authorized: INT, inPost: INT, vacancy: surplus('authorized', 'inPost'), overStrength: surplus('inPost', 'authorized') },
  rates: { inPostRate: { numerator: 'inPost', denominator: 'authorized', multiplier: 100, places: 1, description: 'Summed inPost ÷ summed authorized × 100 (현원율, %)' } },
  groups: {
    asOf: { type: () => String, description: 'The date of the table (기준일).' },
    rowKind: { type: () => StaffingRowKind, description: 'LINE, SUBTOTAL or TOTAL.' },
    categoryKo: { type: () => String, description: 'The staff category as printed (직종).' },
    gradeKo: { type: () => String, description: 'The grade as printed (직급).' },
  },
});

export const facilityList = recordList(Facility, {
  name: 'Facility',
  order: { ID: 'id', NAME_KO: 'nameKo', KIND: 'kind' },
  defaultOrder: 'ID',
  rootDescendants: true,
  filters: {
    kind: { equals: 'kind', type: () => FacilityKind, description: 'Only facilities of this kind.' },
    search: searchKoEn,
  },
  measures: { landAreaM2: DECIMAL, floorAreaM2: DECIMAL },
  groups: { kind: { type: () => FacilityKind, description: 'The kind of facility.' } },
});

export const historyEventList = recordList(HistoryEvent, {
  name: 'HistoryEvent',
  order: { ID: 'id', DATE: 'date' },
  defaultOrder: 'DATE',
  rootDescendants: true,
  filters: {
    year: { periodCovers: ['date', 'date'], description: 'Only events of this year.' },
    search: { search: ['eventKo', 'eventEn'], description: 'Text in the event, Korean or English (case-insensitive).' },
  },
  groups: { year: yearOf('date', 'The year of the event.') },
});

export const organizationFactList = recordList(OrganizationFact, {
  name: 'OrganizationFact',
  order: { ID: 'id', TOPIC: 'topicKo' },
  defaultOrder: 'ID',
  rootDescendants: true,
  filters: {
    search: { search: ['topicKo', 'topicEn', 'subjectKo', 'attributeKo'], description: 'Text in the topic, subject or attribute (case-insensitive).' },
  },
  measures: { value: DECIMAL },
  groups: {
    topicKo: { type: () => String, description: 'The table or passage, as printed.' },
    subjectKo: { type: () => String, description: 'The row or column subject, as printed.' },
    attributeKo: { type: () => String, description: 'What is measured, as printed.' },
    unitKo: byUnitKo,
    asOf: { type: () => String, description: 'The date the figures hold for.' },
  },
});

export const dataQualityFindingList = recordList(DataQualityFinding, {
  name: 'DataQualityFinding',
  order: { ID: 'id', KIND: 'kind', ORGANIZATION: 'organizationId' },
  defaultOrder: 'KIND',
  rootDescendants: true,
  filters: {
    kind: { equals: 'kind', type: () => FindingKind, description: 'Only findings of this kind.' },
    origin: { equals: 'origin', type: () => FindingOrigin, description: 'Only computed or only curated findings.' },
    recordId: { equals: 'recordId', type: () => ID, description: 'Only findings about this record.' },
    search: { search: ['description'], description: 'Text in the description (case-insensitive).' },
  },
  groups: {
    kind: { type: () => FindingKind, description: 'The kind of finding.' },
    origin: { type: () => FindingOrigin, description: 'Computed or curated.' },
    recordType: { type: () => String, description: 'The GraphQL type of the records concerned.' },
  },
});

export const recruitmentExamList = recordList(RecruitmentExam, {
  name: 'RecruitmentExam',
  order: { ID: 'id', YEAR: 'year', PLANNED_HIRES: 'plannedHires', APPLICANTS: 'applicants' },
  defaultOrder: 'YEAR',
  rootDescendants: true,
  filters: { year, search: searchKoEn },
  measures: { plannedHires: INT, applicants: INT, hired: INT, inProgress: INT, competitionRatioPrinted: DECIMAL },
  rates: {
    competitionRatio: { numerator: 'applicants', denominator: 'plannedHires', multiplier: 1, places: 1, description: 'Summed applicants ÷ summed plannedHires (경쟁률, applicants per post)' },
  },
  groups: { year: byYear },
});

export const administrativeMetricList = recordList(AdministrativeMetric, {
  name: 'AdministrativeMetric',
  order: { ID: 'id', DOMAIN: 'domain', YEAR: 'year' },
  defaultOrder: 'DOMAIN',
  rootDescendants: true,
  filters: {
    domain: { equals: 'domain', type: () => AdministrativeDomain, description: 'Only figures of this domain.' },
    year,
    search: searchKoEn,
  },
  measures: { value: DECIMAL, target: DECIMAL },
  groups: { domain: { type: () => AdministrativeDomain, description: 'The domain of work.' }, year: byYear, periodKo: byPeriodKo, unitKo: byUnitKo },
});
