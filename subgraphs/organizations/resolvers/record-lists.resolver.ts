/** Root lists of the records an organization has (headcount, facilities, history, facts); each also on Organization. */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Connection } from '../../../lib/graphql/connection';
import type { ListArgs } from '../../../lib/graphql/record-list';
import { Facility } from '../entities/facility.entity';
import { HistoryEvent } from '../entities/history-event.entity';
import { OrganizationFact } from '../entities/organization-fact.entity';
import { StaffingLine } from '../entities/staffing-line.entity';
import type { OrganizationsContext } from '../loaders';
import { facilityList, historyEventList, organizationFactList, staffingLineList } from '../lists';
import { rootScope } from '../scope';

@Resolver()
export class OrganizationRecordListsResolver {
  @Query(() => staffingLineList.Connection, {
    description: 'Headcount rows (정·현원) across organizations, filtered by organization (with its subtree on request), date, row kind or category; sorted and paged.',
  })
  async staffingLines(@Ctx() { em, loaders }: OrganizationsContext, @Args(() => staffingLineList.RootArgs) args: ListArgs): Promise<Connection<StaffingLine>> {
    return staffingLineList.page(em, args, await rootScope(loaders, args));
  }

  @Query(() => facilityList.Connection, { description: 'Sites, buildings and rooms across organizations; filtered, sorted and paged.' })
  async facilities(@Ctx() { em, loaders }: OrganizationsContext, @Args(() => facilityList.RootArgs) args: ListArgs): Promise<Connection<Facility>> {
    return facilityList.page(em, args, await rootScope(loaders, args));
  }

  @Query(() => historyEventList.Connection, { description: 'History events (연혁) across organizations; filtered, sorted (default: by date) and paged.' })
  async historyEvents(@Ctx() { em, loaders }: OrganizationsContext, @Args(() => historyEventList.RootArgs) args: ListArgs): Promise<Connection<HistoryEvent>> {
    return historyEventList.page(em, args, await rootScope(loaders, args));
  }

  @Query(() => organizationFactList.Connection, { description: 'Other figures about organizations (peer comparisons and counts); filtered, sorted and paged.' })
  async organizationFacts(@Ctx() { em, loaders }: OrganizationsContext, @Args(() => organizationFactList.RootArgs) args: ListArgs): Promise<Connection<OrganizationFact>> {
    return organizationFactList.page(em, args, await rootScope(loaders, args));
  }
}
