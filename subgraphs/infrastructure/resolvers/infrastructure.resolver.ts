import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Connection } from '../../../lib/graphql/connection';
import type { ListArgs } from '../../../lib/graphql/record-list';
import { stubRef, type KeyStub } from '../../../lib/federation/key-stub';
import { notFound } from '../../../lib/graphql/not-found';
import { DeviceRollout } from '../entities/device-rollout.entity';
import { InformationSystem } from '../entities/information-system.entity';
import { NetworkProject } from '../entities/network-project.entity';
import { SecurityMetric } from '../entities/security-metric.entity';
import { ServiceMetric } from '../entities/service-metric.entity';
import { SystemFact } from '../entities/system-fact.entity';
import { SystemMilestone } from '../entities/system-milestone.entity';
import { WebAddress } from '../entities/web-address.entity';
import type { InfrastructureContext } from '../loaders';
import { deviceRolloutList, informationSystemList, networkProjectList, securityMetricList, serviceMetricList } from '../lists';
import { BudgetLineRef, OrganizationRef } from './stubs';

@Resolver(() => InformationSystem)
export class InformationSystemResolver {
  @Query(() => InformationSystem, { description: 'One information system by id; an unknown id is an error (NOT_FOUND).' })
  async informationSystem(@Arg('id', () => ID) id: string, @Ctx() { loaders }: InfrastructureContext): Promise<InformationSystem> {
    const system = await loaders.systemById.load(id);
    if (!system) throw notFound('InformationSystem', id);
    return system;
  }

  @Query(() => informationSystemList.Connection, { description: 'Information systems, optionally of one organization or by name; sorted and paged.' })
  informationSystems(@Ctx() { em }: InfrastructureContext, @Args(() => informationSystemList.RootArgs) args: ListArgs): Promise<Connection<InformationSystem>> {
    return informationSystemList.page(em, args);
  }

  @FieldResolver(() => [SystemMilestone], { description: 'Dated steps, oldest first.' })
  milestones(@Root() system: InformationSystem, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.milestonesBySystemId.load(system.id);
  }

  @FieldResolver(() => [WebAddress], { description: 'The web addresses the reports print for it (홈페이지·URL), each with the line that prints it.' })
  webAddresses(@Root() system: InformationSystem, @Ctx() { loaders }: InfrastructureContext): Promise<WebAddress[]> {
    return loaders.webAddressesBySystemId.load(system.id);
  }

  @FieldResolver(() => [String], { description: 'Its web addresses as links (WebAddress.url), in order; empty when the reports print none.' })
  async urls(@Root() system: InformationSystem, @Ctx() { loaders }: InfrastructureContext): Promise<string[]> {
    return [...new Set((await loaders.webAddressesBySystemId.load(system.id)).map((address) => address.url))];
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
  @Query(() => networkProjectList.Connection, { description: 'Network projects, optionally of one organization or by name; sorted and paged.' })
  networkProjects(@Ctx() { em }: InfrastructureContext, @Args(() => networkProjectList.RootArgs) args: ListArgs): Promise<Connection<NetworkProject>> {
    return networkProjectList.page(em, args);
  }

  @FieldResolver(() => BudgetLineRef, { nullable: true, description: 'The budget line that funds it (budgets subgraph).' })
  budgetLine(@Root() project: NetworkProject): KeyStub | null {
    return stubRef(project.budgetLineId);
  }
}

@Resolver(() => SecurityMetric)
export class SecurityMetricResolver {
  @Query(() => securityMetricList.Connection, { description: 'Security figures, optionally of one organization or by name; sorted and paged.' })
  securityMetrics(@Ctx() { em }: InfrastructureContext, @Args(() => securityMetricList.RootArgs) args: ListArgs): Promise<Connection<SecurityMetric>> {
    return securityMetricList.page(em, args);
  }

  @FieldResolver(() => InformationSystem, { nullable: true, description: 'The system the figure is about, if any.' })
  system(@Root() metric: SecurityMetric, @Ctx() { loaders }: InfrastructureContext) {
    return metric.systemId ? loaders.systemById.load(metric.systemId) : null;
  }
}

@Resolver(() => DeviceRollout)
export class DeviceRolloutResolver {
  @Query(() => deviceRolloutList.Connection, { description: 'Device rollouts, optionally of one organization or by name; sorted and paged.' })
  deviceRollouts(@Ctx() { em }: InfrastructureContext, @Args(() => deviceRolloutList.RootArgs) args: ListArgs): Promise<Connection<DeviceRollout>> {
    return deviceRolloutList.page(em, args);
  }

  @FieldResolver(() => BudgetLineRef, { nullable: true, description: 'The budget line that funds it (budgets subgraph).' })
  budgetLine(@Root() rollout: DeviceRollout): KeyStub | null {
    return stubRef(rollout.budgetLineId);
  }
}

@Resolver(() => ServiceMetric)
export class ServiceMetricResolver {
  @Query(() => serviceMetricList.Connection, { description: 'Service figures, optionally of one organization or by name; sorted and paged.' })
  serviceMetrics(@Ctx() { em }: InfrastructureContext, @Args(() => serviceMetricList.RootArgs) args: ListArgs): Promise<Connection<ServiceMetric>> {
    return serviceMetricList.page(em, args);
  }

  @FieldResolver(() => InformationSystem, { nullable: true, description: 'The system the figure is about, if any.' })
  system(@Root() metric: ServiceMetric, @Ctx() { loaders }: InfrastructureContext) {
    return metric.systemId ? loaders.systemById.load(metric.systemId) : null;
  }
}
