import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, groupLoader } from '../../lib/db/loaders';
import type { SubgraphContext } from '../../lib/service/subgraph-definition';
import { AdministrativeMetric } from './entities/administrative-metric.entity';
import { DataQualityFinding } from './entities/data-quality-finding.entity';
import { Facility } from './entities/facility.entity';
import { HistoryEvent } from './entities/history-event.entity';
import { OrganizationFact } from './entities/organization-fact.entity';
import { Organization } from './entities/organization.entity';
import { RecruitmentExam } from './entities/recruitment-exam.entity';
import { StaffingLine } from './entities/staffing-line.entity';

export function createLoaders(em: EntityManager) {
  return {
    organizationById: byIdLoader(em, Organization),
    childrenByParentId: groupLoader(em, Organization, 'parentId', { id: 'asc' }),
    staffingByOrganizationId: groupLoader(em, StaffingLine, 'organizationId', { asOf: 'asc', position: 'asc' }),
    facilitiesByOrganizationId: groupLoader(em, Facility, 'organizationId', { id: 'asc' }),
    historyByOrganizationId: groupLoader(em, HistoryEvent, 'organizationId', { date: 'asc', id: 'asc' }),
    factsByOrganizationId: groupLoader(em, OrganizationFact, 'organizationId', { id: 'asc' }),
    examsByOrganizationId: groupLoader(em, RecruitmentExam, 'organizationId', { year: 'asc', id: 'asc' }),
    metricsByOrganizationId: groupLoader(em, AdministrativeMetric, 'organizationId', { domain: 'asc', id: 'asc' }),
    findingsByOrganizationId: groupLoader(em, DataQualityFinding, 'organizationId', { kind: 'asc', id: 'asc' }),
  };
}

export type OrganizationsContext = SubgraphContext<ReturnType<typeof createLoaders>>;
