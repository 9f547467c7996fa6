/** The infrastructure subgraph: owns systems, networks, security and service figures, device rollouts; extends Organization and BudgetLine. */
import { passThroughReference } from '../../lib/federation/key-stub';
import { buildFederatedSchema } from '../../lib/federation/subgraph-schema';
import type { SubgraphDefinition } from '../../lib/service/subgraph-definition';
import { DeviceRollout } from './entities/device-rollout.entity';
import { InformationSystem } from './entities/information-system.entity';
import { NetworkProject } from './entities/network-project.entity';
import { SecurityMetric } from './entities/security-metric.entity';
import { ServiceMetric } from './entities/service-metric.entity';
import { SystemFact } from './entities/system-fact.entity';
import { SystemMilestone } from './entities/system-milestone.entity';
import { WebAddress } from './entities/web-address.entity';
import { createLoaders, type InfrastructureContext } from './loaders';
import { migrations } from './migrations';
import { OrganizationRef } from './resolvers/stubs';
import { BudgetLineInfrastructureResolver, OrganizationInfrastructureResolver } from './resolvers/extensions.resolver';
import {
  DeviceRolloutResolver,
  InformationSystemResolver,
  NetworkProjectResolver,
  SecurityMetricResolver,
  ServiceMetricResolver,
  SystemFactResolver,
} from './resolvers/infrastructure.resolver';
import { infrastructureSeedPlan } from './seed-plan';

export const infrastructureSubgraph: SubgraphDefinition<ReturnType<typeof createLoaders>> = {
  name: 'infrastructure',
  entities: [InformationSystem, SystemMilestone, SystemFact, WebAddress, NetworkProject, SecurityMetric, DeviceRollout, ServiceMetric],
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      name: 'infrastructure',
      resolvers: [
        InformationSystemResolver,
        NetworkProjectResolver,
        SecurityMetricResolver,
        DeviceRolloutResolver,
        ServiceMetricResolver,
        SystemFactResolver,
        OrganizationInfrastructureResolver,
        BudgetLineInfrastructureResolver,
      ],
      extendedTypes: [OrganizationRef],
      referenceResolvers: {
        Organization: passThroughReference,
        BudgetLine: passThroughReference,
        InformationSystem: {
          __resolveReference: (reference: { id: string }, { loaders }: InfrastructureContext) => loaders.systemById.load(reference.id),
        },
      },
    }),
  createLoaders,
  seedPlan: infrastructureSeedPlan,
};
