/** The organizations subgraph: owns Organization, staffing, facilities and history. */
import { buildFederatedSchema } from '../../lib/federation/subgraph-schema';
import type { SubgraphDefinition } from '../../lib/service/subgraph-definition';
import { AdministrativeMetric } from './entities/administrative-metric.entity';
import { DataQualityFinding } from './entities/data-quality-finding.entity';
import { Facility } from './entities/facility.entity';
import { HistoryEvent } from './entities/history-event.entity';
import { OrganizationFact } from './entities/organization-fact.entity';
import { Organization } from './entities/organization.entity';
import { RecruitmentExam } from './entities/recruitment-exam.entity';
import { StaffingLine } from './entities/staffing-line.entity';
import { createLoaders, type OrganizationsContext } from './loaders';
import { migrations } from './migrations';
import {
  AdministrativeMetricResolver,
  OrganizationAdministrationResolver,
  RecruitmentExamResolver,
} from './resolvers/administration.resolver';
import { DataQualityFindingResolver } from './resolvers/finding.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { OrganizationRecordListsResolver } from './resolvers/record-lists.resolver';
import { StaffingLineMeasuresResolver } from './resolvers/staffing-line-measures.resolver';
import { organizationsSeedPlan } from './seed-plan';

export const organizationsSubgraph: SubgraphDefinition<ReturnType<typeof createLoaders>> = {
  name: 'organizations',
  entities: [Organization, StaffingLine, Facility, HistoryEvent, OrganizationFact, DataQualityFinding, RecruitmentExam, AdministrativeMetric],
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      name: 'organizations',
      resolvers: [
        OrganizationResolver,
        OrganizationRecordListsResolver,
        DataQualityFindingResolver,
        RecruitmentExamResolver,
        AdministrativeMetricResolver,
        OrganizationAdministrationResolver,
        StaffingLineMeasuresResolver,
      ],
      referenceResolvers: {
        Organization: {
          __resolveReference: (reference: { id: string }, { loaders }: OrganizationsContext) =>
            loaders.organizationById.load(reference.id),
        },
      },
    }),
  createLoaders,
  seedPlan: organizationsSeedPlan,
};
