import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { connectionType, containsPattern, orderFieldEnum, PageArgs, paginate, type Connection } from '../../../lib/graphql/connection';
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

/** The filter every IT list takes: one organization, and text in the Korean name. */
function filterOf<T>(organizationId?: string, search?: string): FilterQuery<T> {
  const where: Record<string, unknown> = {};
  if (organizationId) where.organizationId = organizationId;
  if (search) where.nameKo = { $ilike: containsPattern(search) };
  return where as FilterQuery<T>;
}

const ById = (name: string) => orderFieldEnum(`${name}OrderField`, ['ID', 'NAME_KO'] as const, { ID: 'id', NAME_KO: 'nameKo' });
const SystemPage = { connection: connectionType(InformationSystem, 'InformationSystem'), order: ById('InformationSystem') };
const NetworkPage = { connection: connectionType(NetworkProject, 'NetworkProject'), order: ById('NetworkProject') };
const SecurityPage = { connection: connectionType(SecurityMetric, 'SecurityMetric'), order: ById('SecurityMetric') };
const RolloutPage = { connection: connectionType(DeviceRollout, 'DeviceRollout'), order: ById('DeviceRollout') };
const ServicePage = { connection: connectionType(ServiceMetric, 'ServiceMetric'), order: ById('ServiceMetric') };
type OrderValue = 'ID' | 'NAME_KO';

@Resolver(() => InformationSystem)
export class InformationSystemResolver {
  @Query(() => InformationSystem, { description: 'One information system by id; an unknown id is an error (NOT_FOUND).' })
  async informationSystem(@Arg('id', () => ID) id: string, @Ctx() { loaders }: InfrastructureContext): Promise<InformationSystem> {
    const system = await loaders.systemById.load(id);
    if (!system) throw notFound('InformationSystem', id);
    return system;
  }

  @Query(() => SystemPage.connection, { description: 'Information systems, optionally of one organization or by name; sorted and paged.' })
  informationSystems(
    @Ctx() { em }: InfrastructureContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => SystemPage.order.enumObject, { defaultValue: 'ID' }) orderBy: OrderValue,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('search', () => String, { nullable: true, description: 'Text in the Korean name.' }) search?: string,
  ): Promise<Connection<InformationSystem>> {
    return paginate(em, InformationSystem, filterOf<InformationSystem>(organizationId, search), SystemPage.order.property(orderBy), page);
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
  @Query(() => NetworkPage.connection, { description: 'Network projects, optionally of one organization or by name; sorted and paged.' })
  networkProjects(
    @Ctx() { em }: InfrastructureContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => NetworkPage.order.enumObject, { defaultValue: 'ID' }) orderBy: OrderValue,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('search', () => String, { nullable: true, description: 'Text in the Korean name.' }) search?: string,
  ): Promise<Connection<NetworkProject>> {
    return paginate(em, NetworkProject, filterOf<NetworkProject>(organizationId, search), NetworkPage.order.property(orderBy), page);
  }

  @FieldResolver(() => BudgetLineRef, { nullable: true, description: 'The budget line that funds it (budgets subgraph).' })
  budgetLine(@Root() project: NetworkProject): KeyStub | null {
    return stubRef(project.budgetLineId);
  }
}

@Resolver(() => SecurityMetric)
export class SecurityMetricResolver {
  @Query(() => SecurityPage.connection, { description: 'Security figures, optionally of one organization or by name; sorted and paged.' })
  securityMetrics(
    @Ctx() { em }: InfrastructureContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => SecurityPage.order.enumObject, { defaultValue: 'ID' }) orderBy: OrderValue,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('search', () => String, { nullable: true, description: 'Text in the Korean name.' }) search?: string,
  ): Promise<Connection<SecurityMetric>> {
    return paginate(em, SecurityMetric, filterOf<SecurityMetric>(organizationId, search), SecurityPage.order.property(orderBy), page);
  }

  @FieldResolver(() => InformationSystem, { nullable: true, description: 'The system the figure is about, if any.' })
  system(@Root() metric: SecurityMetric, @Ctx() { loaders }: InfrastructureContext) {
    return metric.systemId ? loaders.systemById.load(metric.systemId) : null;
  }
}

@Resolver(() => DeviceRollout)
export class DeviceRolloutResolver {
  @Query(() => RolloutPage.connection, { description: 'Device rollouts, optionally of one organization or by name; sorted and paged.' })
  deviceRollouts(
    @Ctx() { em }: InfrastructureContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => RolloutPage.order.enumObject, { defaultValue: 'ID' }) orderBy: OrderValue,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('search', () => String, { nullable: true, description: 'Text in the Korean name.' }) search?: string,
  ): Promise<Connection<DeviceRollout>> {
    return paginate(em, DeviceRollout, filterOf<DeviceRollout>(organizationId, search), RolloutPage.order.property(orderBy), page);
  }

  @FieldResolver(() => BudgetLineRef, { nullable: true, description: 'The budget line that funds it (budgets subgraph).' })
  budgetLine(@Root() rollout: DeviceRollout): KeyStub | null {
    return stubRef(rollout.budgetLineId);
  }
}

@Resolver(() => ServiceMetric)
export class ServiceMetricResolver {
  @Query(() => ServicePage.connection, { description: 'Service figures, optionally of one organization or by name; sorted and paged.' })
  serviceMetrics(
    @Ctx() { em }: InfrastructureContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => ServicePage.order.enumObject, { defaultValue: 'ID' }) orderBy: OrderValue,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('search', () => String, { nullable: true, description: 'Text in the Korean name.' }) search?: string,
  ): Promise<Connection<ServiceMetric>> {
    return paginate(em, ServiceMetric, filterOf<ServiceMetric>(organizationId, search), ServicePage.order.property(orderBy), page);
  }

  @FieldResolver(() => InformationSystem, { nullable: true, description: 'The system the figure is about, if any.' })
  system(@Root() metric: ServiceMetric, @Ctx() { loaders }: InfrastructureContext) {
    return metric.systemId ? loaders.systemById.load(metric.systemId) : null;
  }
}
