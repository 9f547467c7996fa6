import { Args, Ctx, Directive, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { organizationScope, REQUIRES_SUBTREE, subtree, type KeyStub } from '../../../lib/federation/key-stub';
import { loadGroups } from '../../../lib/db/loaders';
import type { Connection } from '../../../lib/graphql/connection';
import type { ListArgs } from '../../../lib/graphql/record-list';
import { ItRollup, rollUpIt } from '../it-rollup';
import { DeviceRollout } from '../entities/device-rollout.entity';
import { InformationSystem } from '../entities/information-system.entity';
import { NetworkProject } from '../entities/network-project.entity';
import { SecurityMetric } from '../entities/security-metric.entity';
import { ServiceMetric } from '../entities/service-metric.entity';
import type { InfrastructureContext } from '../loaders';
import { deviceRolloutList, informationSystemList, networkProjectList, securityMetricList, serviceMetricList } from '../lists';
import { BudgetLineRef, OrganizationRef } from './stubs';

@Resolver(() => OrganizationRef)
export class OrganizationInfrastructureResolver {
  @FieldResolver(() => informationSystemList.Connection, { description: 'Information systems this organization (and, on request, every unit below it) operates; filtered, sorted and paged.' })
  @Directive(REQUIRES_SUBTREE)
  informationSystems(@Root() organization: KeyStub, @Ctx() { em, loaders }: InfrastructureContext, @Args(() => informationSystemList.OrganizationArgs) args: ListArgs): Promise<Connection<InformationSystem>> {
    return informationSystemList.pageOfOrganizations(em, loaders.systemsByOrganizationId, organizationScope(organization, args.includeDescendants), args);
  }

  @FieldResolver(() => ItRollup, { description: 'IT figures of this organization and every unit below it.' })
  @Directive('@requires(fields: "descendantIds")')
  async itRollup(@Root() organization: KeyStub, @Ctx() { loaders }: InfrastructureContext): Promise<ItRollup> {
    const ids = subtree(organization);
    const [systems, networks, security, service, rollouts, counts] = await Promise.all([
      loadGroups(loaders.systemsByOrganizationId, ids),
      loadGroups(loaders.networksByOrganizationId, ids),
      loadGroups(loaders.securityByOrganizationId, ids),
      loadGroups(loaders.serviceByOrganizationId, ids),
      loadGroups(loaders.rolloutsByOrganizationId, ids),
      loaders.countsByReconciledOrganizationId.load(organization.id),
    ]);
    return rollUpIt({ systems, networks, security, service, rollouts, counts });
  }

  @FieldResolver(() => [ID], {
    description: 'Ids of the budget lines that fund the IT records (systems, networks, device rollouts) of this organization and every unit below it.',
  })
  @Directive('@requires(fields: "descendantIds")')
  async itBudgetLineIds(@Root() organization: KeyStub, @Ctx() { loaders }: InfrastructureContext): Promise<string[]> {
    const ids = subtree(organization);
    const records = await Promise.all([
      loadGroups(loaders.systemsByOrganizationId, ids),
      loadGroups(loaders.networksByOrganizationId, ids),
      loadGroups(loaders.rolloutsByOrganizationId, ids),
    ]);
    return [...new Set(records.flat().flatMap((record) => (record.budgetLineId ? [record.budgetLineId] : [])))].sort();
  }

  @FieldResolver(() => networkProjectList.Connection, { description: 'Network projects of this organization (and, on request, every unit below it); filtered, sorted and paged.' })
  @Directive(REQUIRES_SUBTREE)
  networkProjects(@Root() organization: KeyStub, @Ctx() { em, loaders }: InfrastructureContext, @Args(() => networkProjectList.OrganizationArgs) args: ListArgs): Promise<Connection<NetworkProject>> {
    return networkProjectList.pageOfOrganizations(em, loaders.networksByOrganizationId, organizationScope(organization, args.includeDescendants), args);
  }

  @FieldResolver(() => securityMetricList.Connection, { description: 'Security figures of this organization (and, on request, every unit below it); filtered, sorted and paged.' })
  @Directive(REQUIRES_SUBTREE)
  securityMetrics(@Root() organization: KeyStub, @Ctx() { em, loaders }: InfrastructureContext, @Args(() => securityMetricList.OrganizationArgs) args: ListArgs): Promise<Connection<SecurityMetric>> {
    return securityMetricList.pageOfOrganizations(em, loaders.securityByOrganizationId, organizationScope(organization, args.includeDescendants), args);
  }

  @FieldResolver(() => deviceRolloutList.Connection, { description: 'Device rollouts of this organization (and, on request, every unit below it); filtered, sorted and paged.' })
  @Directive(REQUIRES_SUBTREE)
  deviceRollouts(@Root() organization: KeyStub, @Ctx() { em, loaders }: InfrastructureContext, @Args(() => deviceRolloutList.OrganizationArgs) args: ListArgs): Promise<Connection<DeviceRollout>> {
    return deviceRolloutList.pageOfOrganizations(em, loaders.rolloutsByOrganizationId, organizationScope(organization, args.includeDescendants), args);
  }

  @FieldResolver(() => serviceMetricList.Connection, { description: 'Service figures of this organization (and, on request, every unit below it); filtered, sorted and paged.' })
  @Directive(REQUIRES_SUBTREE)
  serviceMetrics(@Root() organization: KeyStub, @Ctx() { em, loaders }: InfrastructureContext, @Args(() => serviceMetricList.OrganizationArgs) args: ListArgs): Promise<Connection<ServiceMetric>> {
    return serviceMetricList.pageOfOrganizations(em, loaders.serviceByOrganizationId, organizationScope(organization, args.includeDescendants), args);
  }
}

@Resolver(() => BudgetLineRef)
export class BudgetLineInfrastructureResolver {
  @FieldResolver(() => [InformationSystem], { description: 'Information systems this line funds (infrastructure subgraph).' })
  informationSystems(@Root() line: KeyStub, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.systemsByBudgetLineId.load(line.id);
  }

  @FieldResolver(() => [NetworkProject], { description: 'Network projects this line funds (infrastructure subgraph).' })
  networkProjects(@Root() line: KeyStub, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.networksByBudgetLineId.load(line.id);
  }

  @FieldResolver(() => [DeviceRollout], { description: 'Device rollouts this line funds (infrastructure subgraph).' })
  deviceRollouts(@Root() line: KeyStub, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.rolloutsByBudgetLineId.load(line.id);
  }
}
