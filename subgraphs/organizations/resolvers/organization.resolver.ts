import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { connectionType, containsPattern, orderFieldEnum, PageArgs, paginate, type Connection } from '../../../lib/graphql/connection';
import { notFound } from '../../../lib/graphql/not-found';
import { DataQualityFinding } from '../entities/data-quality-finding.entity';
import { Facility } from '../entities/facility.entity';
import { HistoryEvent } from '../entities/history-event.entity';
import { OrganizationFact } from '../entities/organization-fact.entity';
import { Organization } from '../entities/organization.entity';
import { StaffingLine } from '../entities/staffing-line.entity';
import { Government, OrganizationKind } from '../enums';
import type { OrganizationsContext } from '../loaders';
import { rollUpStaffing, StaffingRollup } from '../staffing-rollup';

const OrganizationConnection = connectionType(Organization, 'Organization');
const OrganizationOrder = orderFieldEnum('OrganizationOrderField', ['ID', 'NAME_KO', 'NAME_EN', 'KIND'] as const, {
  ID: 'id',
  NAME_KO: 'nameKo',
  NAME_EN: 'nameEn',
  KIND: 'kind',
});

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { description: 'One organization by id; an unknown id is an error (NOT_FOUND).' })
  async organization(@Arg('id', () => ID) id: string, @Ctx() { loaders }: OrganizationsContext): Promise<Organization> {
    const found = await loaders.organizationById.load(id);
    if (!found) throw notFound('Organization', id);
    return found;
  }

  @Query(() => OrganizationConnection, {
    description: 'Organizations, filtered by kind, government, parent or name (Korean or English, case-insensitive), sorted and paged.',
  })
  organizations(
    @Ctx() { em }: OrganizationsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => OrganizationOrder.enumObject, { defaultValue: 'ID' }) orderBy: keyof typeof OrganizationOrder.enumObject,
    @Arg('kind', () => OrganizationKind, { nullable: true }) kind?: keyof typeof OrganizationKind,
    @Arg('government', () => Government, { nullable: true }) government?: keyof typeof Government,
    @Arg('parentId', () => ID, { nullable: true, description: 'Only the units directly below this organization.' }) parentId?: string,
    @Arg('search', () => String, { nullable: true, description: 'Text in the Korean or English name.' }) search?: string,
  ): Promise<Connection<Organization>> {
    const where: FilterQuery<Organization> = {};
    if (kind) where.kind = kind;
    if (government) where.government = government;
    if (parentId) where.parentId = parentId;
    if (search) where.$or = [{ nameKo: { $ilike: containsPattern(search) } }, { nameEn: { $ilike: containsPattern(search) } }];
    return paginate(em, Organization, where, OrganizationOrder.property(orderBy), page);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The parent organization (상위 기관).' })
  async parent(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext): Promise<Organization | null> {
    return organization.parentId ? loaders.organizationById.load(organization.parentId) : null;
  }

  @FieldResolver(() => [Organization], { description: 'Units directly below (하위 조직).' })
  children(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext): Promise<Organization[]> {
    return loaders.childrenByParentId.load(organization.id);
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

  @FieldResolver(() => StaffingRollup, { description: 'Headcount of this organization and every unit below it.' })
  async staffingRollup(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext): Promise<StaffingRollup> {
    const ids = await loaders.descendantIds(organization.id);
    return rollUpStaffing(await Promise.all(ids.map((id) => loaders.staffingByOrganizationId.load(id))));
  }

  @FieldResolver(() => [StaffingLine], { description: 'Headcount rows (정·현원) of this organization itself, every table and date.' })
  staffing(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext): Promise<StaffingLine[]> {
    return loaders.staffingByOrganizationId.load(organization.id);
  }

  @FieldResolver(() => [Facility], { description: 'Sites, buildings and rooms (시설).' })
  facilities(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext): Promise<Facility[]> {
    return loaders.facilitiesByOrganizationId.load(organization.id);
  }

  @FieldResolver(() => [OrganizationFact], { description: 'Other figures about the organization (peer comparisons and counts).' })
  facts(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext): Promise<OrganizationFact[]> {
    return loaders.factsByOrganizationId.load(organization.id);
  }

  @FieldResolver(() => [DataQualityFinding], { description: 'Where this organization\'s figures in the reports disagree with themselves.' })
  dataQualityFindings(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext): Promise<DataQualityFinding[]> {
    return loaders.findingsByOrganizationId.load(organization.id);
  }

  @FieldResolver(() => [HistoryEvent], { description: 'History events (연혁), oldest first.' })
  history(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext): Promise<HistoryEvent[]> {
    return loaders.historyByOrganizationId.load(organization.id);
  }
}
