import { Ctx, Directive, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { subtree, type KeyStub } from '../../../lib/federation/key-stub';
import { ItRollup, rollUpIt } from '../it-rollup';
import { DeviceRollout } from '../entities/device-rollout.entity';
import { InformationSystem } from '../entities/information-system.entity';
import { NetworkProject } from '../entities/network-project.entity';
import { SecurityMetric } from '../entities/security-metric.entity';
import { ServiceMetric } from '../entities/service-metric.entity';
import type { InfrastructureContext } from '../loaders';
import { BudgetLineRef, OrganizationRef } from './stubs';

@Resolver(() => OrganizationRef)
export class OrganizationInfrastructureResolver {
  @FieldResolver(() => [InformationSystem], { description: 'Information systems this organization itself operates (infrastructure subgraph).' })
  informationSystems(@Root() organization: KeyStub, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.systemsByOrganizationId.load(organization.id);
  }

  @FieldResolver(() => ItRollup, { description: 'IT figures of this organization and every unit below it.' })
  @Directive('@requires(fields: "descendantIds")')
  async itRollup(@Root() organization: KeyStub, @Ctx() { loaders }: InfrastructureContext): Promise<ItRollup> {
    const ids = subtree(organization);
    const all = <T>(loader: { load(id: string): Promise<T[]> }) => Promise.all(ids.map((id) => loader.load(id))).then((lists) => lists.flat());
    const [systems, networks, security, service, rollouts] = await Promise.all([
      all(loaders.systemsByOrganizationId),
      all(loaders.networksByOrganizationId),
      all(loaders.securityByOrganizationId),
      all(loaders.serviceByOrganizationId),
      all(loaders.rolloutsByOrganizationId),
    ]);
    return rollUpIt({ systems, networks, security, service, rollouts });
  }

  @FieldResolver(() => [ID], {
    description: 'Ids of the budget lines that fund the IT records (systems, networks, device rollouts) of this organization and every unit below it.',
  })
  @Directive('@requires(fields: "descendantIds")')
  async itBudgetLineIds(@Root() organization: KeyStub, @Ctx() { loaders }: InfrastructureContext): Promise<string[]> {
    const ids = subtree(organization);
    const lists = await Promise.all(
      ids.flatMap((id) => [loaders.systemsByOrganizationId.load(id), loaders.networksByOrganizationId.load(id), loaders.rolloutsByOrganizationId.load(id)]),
    );
    return [...new Set(lists.flat().flatMap((record) => (record.budgetLineId ? [record.budgetLineId] : [])))].sort();
  }

  @FieldResolver(() => [NetworkProject], { description: 'Network projects (infrastructure subgraph).' })
  networkProjects(@Root() organization: KeyStub, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.networksByOrganizationId.load(organization.id);
  }

  @FieldResolver(() => [SecurityMetric], { description: 'Security figures (infrastructure subgraph).' })
  securityMetrics(@Root() organization: KeyStub, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.securityByOrganizationId.load(organization.id);
  }

  @FieldResolver(() => [DeviceRollout], { description: 'Device rollouts (infrastructure subgraph).' })
  deviceRollouts(@Root() organization: KeyStub, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.rolloutsByOrganizationId.load(organization.id);
  }

  @FieldResolver(() => [ServiceMetric], { description: 'Service figures (infrastructure subgraph).' })
  serviceMetrics(@Root() organization: KeyStub, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.serviceByOrganizationId.load(organization.id);
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
