/**
 * The lists of the organizations subgraph: filters and sort fields, shared by the root lists and
 * Organization's. This subgraph owns the tree, so its root lists also take includeDescendants.
 */
import { ID, Int } from 'type-graphql';
import { recordList } from '../../lib/graphql/record-list';
import { AdministrativeMetric } from './entities/administrative-metric.entity';
import { DataQualityFinding } from './entities/data-quality-finding.entity';
import { Facility } from './entities/facility.entity';
import { HistoryEvent } from './entities/history-event.entity';
import { OrganizationFact } from './entities/organization-fact.entity';
import { Organization } from './entities/organization.entity';
import { RecruitmentExam } from './entities/recruitment-exam.entity';
import { StaffingLine } from './entities/staffing-line.entity';
import { AdministrativeDomain, FacilityKind, FindingKind, FindingOrigin, Government, OrganizationKind, StaffingRowKind } from './enums';

const year = { equals: 'year', type: () => Int, description: 'Only this year.' } as const;
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
});

export const organizationFactList = recordList(OrganizationFact, {
  name: 'OrganizationFact',
  order: { ID: 'id', TOPIC: 'topicKo' },
  defaultOrder: 'ID',
  rootDescendants: true,
  filters: {
    search: { search: ['topicKo', 'topicEn', 'subjectKo', 'attributeKo'], description: 'Text in the topic, subject or attribute (case-insensitive).' },
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
});

export const recruitmentExamList = recordList(RecruitmentExam, {
  name: 'RecruitmentExam',
  order: { ID: 'id', YEAR: 'year', PLANNED_HIRES: 'plannedHires', APPLICANTS: 'applicants' },
  defaultOrder: 'YEAR',
  rootDescendants: true,
  filters: { year, search: searchKoEn },
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
});
