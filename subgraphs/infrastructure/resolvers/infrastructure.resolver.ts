import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { stubRef, type KeyStub } from '../../../lib/federation/key-stub';
import { notFound } from '../../../lib/graphql/not-found';
import { DeviceRollout } from '../entities/device-rollout.entity';
import { InformationSystem } from '../entities/information-system.entity';
import { NetworkProject } from '../entities/network-project.entity';
import { SecurityMetric } from '../entities/security-metric.entity';
import { ServiceMetric } from '../entities/service-metric.entity';
import { SystemFact } from '../entities/system-fact.entity';
import { SystemMilestone } from '../entities/system-milestone.entity';
import type { InfrastructureContext } from '../loaders';
import { BudgetLineRef, OrganizationRef } from './stubs';

function byOrganization<T>(organizationId?: string): FilterQuery<T> {
  return (organizationId ? { organizationId } : {}) as FilterQuery<T>;
}

@Resolver(() => InformationSystem)
export class InformationSystemResolver {
  @Query(() => InformationSystem, { description: 'One information system by id; an unknown id is an error (NOT_FOUND).' })
  async informationSystem(@Arg('id', () => ID) id: string, @Ctx() { loaders }: InfrastructureContext): Promise<InformationSystem> {
    const system = await loaders.systemById.load(id);
    if (!system) throw notFound('InformationSystem', id);
    return system;
  }

  @Query(() => [InformationSystem], { description: 'Information systems, optionally of one organization.' })
  informationSystems(@Ctx() { em }: InfrastructureContext, @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string) {
    return em.find(InformationSystem, byOrganization(organizationId), { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [SystemMilestone], { description: 'Dated steps, oldest first.' })
  milestones(@Root() system: InformationSystem, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.milestonesBySystemId.load(system.id);
  }

  @FieldResolver(() => [SystemFact], { description: 'Capacity, features, partners, comparisons and growth the reports print.' })
  facts(@Root() system: InformationSystem, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.factsBySystemId.load(system.id);
  }

  @FieldResolver(() => [SecurityMetric], { description: 'Security figures about this system.' })
  securityMetrics(@Root() system: InformationSystem, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.securityBySystemId.load(system.id);
  }

  @FieldResolver(() => [ServiceMetric], { description: 'Service figures about this system.' })
  serviceMetrics(@Root() system: InformationSystem, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.serviceBySystemId.load(system.id);
  }

  @FieldResolver(() => BudgetLineRef, { nullable: true, description: 'The budget line that funds it (budgets subgraph).' })
  budgetLine(@Root() system: InformationSystem): KeyStub | null {
    return stubRef(system.budgetLineId);
  }
}

@Resolver(() => SystemFact)
export class SystemFactResolver {
  @FieldResolver(() => OrganizationRef, { nullable: true, description: 'The partner organization a PARTNER fact names (organizations subgraph).' })
  partnerOrganization(@Root() fact: SystemFact): KeyStub | null {
    return stubRef(fact.partnerOrganizationId);
  }
}

@Resolver(() => NetworkProject)
export class NetworkProjectResolver {
  @Query(() => [NetworkProject], { description: 'Network projects, optionally of one organization.' })
  networkProjects(@Ctx() { em }: InfrastructureContext, @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string) {
    return em.find(NetworkProject, byOrganization(organizationId), { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => BudgetLineRef, { nullable: true, description: 'The budget line that funds it (budgets subgraph).' })
  budgetLine(@Root() project: NetworkProject): KeyStub | null {
    return stubRef(project.budgetLineId);
  }
}

@Resolver(() => SecurityMetric)
export class SecurityMetricResolver {
  @Query(() => [SecurityMetric], { description: 'Security figures, optionally of one organization.' })
  securityMetrics(@Ctx() { em }: InfrastructureContext, @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string) {
    return em.find(SecurityMetric, byOrganization(organizationId), { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => InformationSystem, { nullable: true, description: 'The system the figure is about, if any.' })
  system(@Root() metric: SecurityMetric, @Ctx() { loaders }: InfrastructureContext) {
    return metric.systemId ? loaders.systemById.load(metric.systemId) : null;
  }
}

@Resolver(() => DeviceRollout)
export class DeviceRolloutResolver {
  @Query(() => [DeviceRollout], { description: 'Device rollouts, optionally of one organization.' })
  deviceRollouts(@Ctx() { em }: InfrastructureContext, @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string) {
    return em.find(DeviceRollout, byOrganization(organizationId), { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => BudgetLineRef, { nullable: true, description: 'The budget line that funds it (budgets subgraph).' })
  budgetLine(@Root() rollout: DeviceRollout): KeyStub | null {
    return stubRef(rollout.budgetLineId);
  }
}

@Resolver(() => ServiceMetric)
export class ServiceMetricResolver {
  @Query(() => [ServiceMetric], { description: 'Service figures, optionally of one organization.' })
  serviceMetrics(@Ctx() { em }: InfrastructureContext, @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string) {
    return em.find(ServiceMetric, byOrganization(organizationId), { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => InformationSystem, { nullable: true, description: 'The system the figure is about, if any.' })
  system(@Root() metric: ServiceMetric, @Ctx() { loaders }: InfrastructureContext) {
    return metric.systemId ? loaders.systemById.load(metric.systemId) : null;
  }
}
