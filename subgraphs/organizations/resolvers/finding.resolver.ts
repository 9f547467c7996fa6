import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Connection } from '../../../lib/graphql/connection';
import type { ListArgs } from '../../../lib/graphql/record-list';
import { DataQualityFinding } from '../entities/data-quality-finding.entity';
import type { OrganizationsContext } from '../loaders';
import { dataQualityFindingList } from '../lists';
import { rootScope } from '../scope';

@Resolver(() => DataQualityFinding)
export class DataQualityFindingResolver {
  @Query(() => dataQualityFindingList.Connection, {
    description: 'Data-quality findings across the reports, optionally of one kind, origin, organization (with its subtree on request) or record; sorted and paged.',
  })
  async dataQualityFindings(@Ctx() { em, loaders }: OrganizationsContext, @Args(() => dataQualityFindingList.RootArgs) args: ListArgs): Promise<Connection<DataQualityFinding>> {
    return dataQualityFindingList.page(em, args, await rootScope(loaders, args));
  }
}
