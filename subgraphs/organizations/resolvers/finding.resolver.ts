import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { DataQualityFinding } from '../entities/data-quality-finding.entity';
import { FindingKind, FindingOrigin } from '../enums';
import type { OrganizationsContext } from '../loaders';

@Resolver(() => DataQualityFinding)
export class DataQualityFindingResolver {
  @Query(() => [DataQualityFinding], { description: 'Data-quality findings across the reports, optionally of one kind, origin, organization or record.' })
  dataQualityFindings(
    @Ctx() { em }: OrganizationsContext,
    @Arg('kind', () => FindingKind, { nullable: true }) kind?: keyof typeof FindingKind,
    @Arg('origin', () => FindingOrigin, { nullable: true }) origin?: keyof typeof FindingOrigin,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('recordId', () => ID, { nullable: true }) recordId?: string,
  ): Promise<DataQualityFinding[]> {
    const where: FilterQuery<DataQualityFinding> = {};
    if (kind) where.kind = kind;
    if (origin) where.origin = origin;
    if (organizationId) where.organizationId = organizationId;
    if (recordId) where.recordId = recordId;
    return em.find(DataQualityFinding, where, { orderBy: { kind: 'asc', id: 'asc' } });
  }
}
