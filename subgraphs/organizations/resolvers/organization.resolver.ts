import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { OrganizationTreeLink } from '../../../lib/federation/organization-tree';
import type { Connection } from '../../../lib/graphql/connection';
import type { ListArgs } from '../../../lib/graphql/record-list';
import { notFound } from '../../../lib/graphql/not-found';
import { DataQualityFinding } from '../entities/data-quality-finding.entity';
import { Facility } from '../entities/facility.entity';
import { HistoryEvent } from '../entities/history-event.entity';
import { OrganizationFact } from '../entities/organization-fact.entity';
import { Organization } from '../entities/organization.entity';
import { StaffingLine } from '../entities/staffing-line.entity';
import type { OrganizationsContext } from '../loaders';
import { dataQualityFindingList, facilityList, historyEventList, organizationFactList, organizationList, staffingLineList } from '../lists';
import { organizationScope, rootScope } from '../scope';
import { rollUpStaffing, StaffingRollup } from '../staffing-rollup';
import { FacilityTotals, totalFacilities } from '../facility-totals';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { description: 'One organization by id; an unknown id is an error (NOT_FOUND).' })
  async organization(@Arg('id', () => ID) id: string, @Ctx() { loaders }: OrganizationsContext): Promise<Organization> {
    const found = await loaders.organizationById.load(id);
    if (!found) throw notFound('Organization', id);
    return found;
  }

  @Query(() => organizationList.Connection, {
    description: 'Organizations, filtered by kind, government, parent, subtree or name (Korean or English, case-insensitive), sorted and paged.',
  })
  async organizations(@Ctx() { em, loaders }: OrganizationsContext, @Args(() => organizationList.RootArgs) args: ListArgs): Promise<Connection<Organization>> {
    return organizationList.page(em, args, await rootScope(loaders, args));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The parent organization (상위 기관).' })
  async parent(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext): Promise<Organization | null> {
    return organization.parentId ? loaders.organizationById.load(organization.parentId) : null;
  }

  @FieldResolver(() => organizationList.Connection, { description: 'Units directly below (하위 조직); with includeDescendants, every unit below at any depth. Filtered, sorted and paged.' })
  async children(@Root() organization: Organization, @Ctx() { em, loaders }: OrganizationsContext, @Args(() => organizationList.OrganizationArgs) args: ListArgs): Promise<Connection<Organization>> {
    return organizationList.pageOfOrganizations(em, loaders.childrenByParentId, await organizationScope(loaders, organization.id, args), args, { memberKey: 'parentId' });
  }

  @FieldResolver(() => [Organization], { description: 'Every organization above, nearest first, up to the root.' })
  async ancestors(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext): Promise<Organization[]> {
    const chain: Organization[] = [];
    let parentId = organization.parentId;
    while (parentId && chain.length < 32) {
      const parent = await loaders.organizationById.load(parentId);
      if (!parent) break;
      chain.push(parent);
      parentId = parent.parentId;
    }
    return chain;
  }

  @FieldResolver(() => [ID], { description: 'This organization\'s id followed by every unit below it (the subtree that roll-ups cover).' })
  descendantIds(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext): Promise<string[]> {
    return loaders.descendantIds(organization.id);
  }

  @FieldResolver(() => [OrganizationTreeLink], {
    description: 'This organization and every unit below it (the order of descendantIds), each with its parent: the part of the tree the other subgraphs group records by.',
  })
  subtreeLinks(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext): Promise<OrganizationTreeLink[]> {
    return loaders.subtreeLinks(organization.id);
  }

  @FieldResolver(() => StaffingRollup, { description: 'Headcount of this organization and every unit below it.' })
  async staffingRollup(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext): Promise<StaffingRollup> {
    const ids = await loaders.descendantIds(organization.id);
    const [lines, facts] = await Promise.all([Promise.all(ids.map((id) => loaders.staffingByOrganizationId.load(id))), loaders.factsByOrganizationId.load(organization.id)]);
    // Staff figures printed outside a table are reconciled on their own organization's roll-up only.
    return rollUpStaffing(lines, facts);
  }

  @FieldResolver(() => staffingLineList.Connection, { description: 'Headcount rows (정·현원) of this organization (and, on request, every unit below it), every table and date; filtered, sorted and paged.' })
  async staffing(@Root() organization: Organization, @Ctx() { em, loaders }: OrganizationsContext, @Args(() => staffingLineList.OrganizationArgs) args: ListArgs): Promise<Connection<StaffingLine>> {
    return staffingLineList.pageOfOrganizations(em, loaders.staffingByOrganizationId, await organizationScope(loaders, organization.id, args), args);
  }

  @FieldResolver(() => FacilityTotals, { description: 'Sites, buildings, rooms and land and floor areas of this organization and (by default) every unit below it, summed from the printed rows.' })
  async facilityTotals(
    @Root() organization: Organization,
    @Ctx() { loaders }: OrganizationsContext,
    @Arg('includeDescendants', () => Boolean, { defaultValue: true, description: 'Also the facilities of every unit below it.' }) includeDescendants: boolean,
  ): Promise<FacilityTotals> {
    const ids = includeDescendants ? await loaders.descendantIds(organization.id) : [organization.id];
    return totalFacilities(await Promise.all(ids.map((id) => loaders.facilitiesByOrganizationId.load(id))));
  }

  @FieldResolver(() => facilityList.Connection, { description: 'Sites, buildings and rooms (시설); filtered, sorted and paged.' })
  async facilities(@Root() organization: Organization, @Ctx() { em, loaders }: OrganizationsContext, @Args(() => facilityList.OrganizationArgs) args: ListArgs): Promise<Connection<Facility>> {
    return facilityList.pageOfOrganizations(em, loaders.facilitiesByOrganizationId, await organizationScope(loaders, organization.id, args), args);
  }

  @FieldResolver(() => organizationFactList.Connection, { description: 'Other figures about the organization (peer comparisons and counts); filtered, sorted and paged.' })
  async facts(@Root() organization: Organization, @Ctx() { em, loaders }: OrganizationsContext, @Args(() => organizationFactList.OrganizationArgs) args: ListArgs): Promise<Connection<OrganizationFact>> {
    return organizationFactList.pageOfOrganizations(em, loaders.factsByOrganizationId, await organizationScope(loaders, organization.id, args), args);
  }

  @FieldResolver(() => dataQualityFindingList.Connection, { description: "Where this organization's (and, on request, its units') figures in the reports disagree with themselves; filtered, sorted and paged." })
  async dataQualityFindings(@Root() organization: Organization, @Ctx() { em, loaders }: OrganizationsContext, @Args(() => dataQualityFindingList.OrganizationArgs) args: ListArgs): Promise<Connection<DataQualityFinding>> {
    return dataQualityFindingList.pageOfOrganizations(em, loaders.findingsByOrganizationId, await organizationScope(loaders, organization.id, args), args);
  }

  @FieldResolver(() => historyEventList.Connection, { description: 'History events (연혁), oldest first; filtered, sorted and paged.' })
  async history(@Root() organization: Organization, @Ctx() { em, loaders }: OrganizationsContext, @Args(() => historyEventList.OrganizationArgs) args: ListArgs): Promise<Connection<HistoryEvent>> {
    return historyEventList.pageOfOrganizations(em, loaders.historyByOrganizationId, await organizationScope(loaders, organization.id, args), args);
  }
}
