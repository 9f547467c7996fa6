import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, groupLoader } from '../../lib/db/loaders';
import type { SubgraphContext } from '../../lib/service/subgraph-definition';
import { DeviceRollout } from './entities/device-rollout.entity';
import { InformationSystem } from './entities/information-system.entity';
import { NetworkProject } from './entities/network-project.entity';
import { SecurityMetric } from './entities/security-metric.entity';
import { ServiceMetric } from './entities/service-metric.entity';
import { SystemFact } from './entities/system-fact.entity';
import { SystemMilestone } from './entities/system-milestone.entity';
import { WebAddress } from './entities/web-address.entity';

export function createLoaders(em: EntityManager) {
  return {
    systemById: byIdLoader(em, InformationSystem),
    systemsByOrganizationId: groupLoader(em, InformationSystem, 'organizationId', { id: 'asc' }),
    systemsByBudgetLineId: groupLoader(em, InformationSystem, 'budgetLineId', { id: 'asc' }),
    factsBySystemId: groupLoader(em, SystemFact, 'systemId', { id: 'asc' }),
    webAddressesBySystemId: groupLoader(em, WebAddress, 'systemId', { position: 'asc', id: 'asc' }),
    countsByReconciledOrganizationId: groupLoader(em, SystemFact, 'reconcileOrganizationId', { id: 'asc' }),
    milestonesBySystemId: groupLoader(em, SystemMilestone, 'systemId', { date: 'asc', id: 'asc' }),
    networksByOrganizationId: groupLoader(em, NetworkProject, 'organizationId', { id: 'asc' }),
    networksByBudgetLineId: groupLoader(em, NetworkProject, 'budgetLineId', { id: 'asc' }),
    securityByOrganizationId: groupLoader(em, SecurityMetric, 'organizationId', { id: 'asc' }),
    securityBySystemId: groupLoader(em, SecurityMetric, 'systemId', { id: 'asc' }),
    rolloutsByOrganizationId: groupLoader(em, DeviceRollout, 'organizationId', { id: 'asc' }),
    rolloutsByBudgetLineId: groupLoader(em, DeviceRollout, 'budgetLineId', { id: 'asc' }),
    serviceByOrganizationId: groupLoader(em, ServiceMetric, 'organizationId', { id: 'asc' }),
    serviceBySystemId: groupLoader(em, ServiceMetric, 'systemId', { id: 'asc' }),
  };
}

export type InfrastructureContext = SubgraphContext<ReturnType<typeof createLoaders>>;
