import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { connectionType, orderFieldEnum, PageArgs, paginate, type Connection } from '../../../lib/graphql/connection';
import { DataQualityFinding } from '../entities/data-quality-finding.entity';
import { FindingKind, FindingOrigin } from '../enums';
import type { OrganizationsContext } from '../loaders';

const FindingConnection = connectionType(DataQualityFinding, 'DataQualityFinding');
const FindingOrder = orderFieldEnum('DataQualityFindingOrderField', ['ID', 'KIND', 'ORGANIZATION'] as const, {
  ID: 'id',
  KIND: 'kind',
  ORGANIZATION: 'organizationId',
});

@Resolver(() => DataQualityFinding)
export class DataQualityFindingResolver {
  @Query(() => FindingConnection, { description: 'Data-quality findings across the reports, optionally of one kind, origin, organization or record; sorted and paged.' })
  dataQualityFindings(
    @Ctx() { em }: OrganizationsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => FindingOrder.enumObject, { defaultValue: 'KIND' }) orderBy: keyof typeof FindingOrder.enumObject,
    @Arg('kind', () => FindingKind, { nullable: true }) kind?: keyof typeof FindingKind,
    @Arg('origin', () => FindingOrigin, { nullable: true }) origin?: keyof typeof FindingOrigin,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('recordId', () => ID, { nullable: true }) recordId?: string,
  ): Promise<Connection<DataQualityFinding>> {
    const where: FilterQuery<DataQualityFinding> = {};
    if (kind) where.kind = kind;
    if (origin) where.origin = origin;
    if (organizationId) where.organizationId = organizationId;
    if (recordId) where.recordId = recordId;
    return paginate(em, DataQualityFinding, where, FindingOrder.property(orderBy), page);
  }
}
