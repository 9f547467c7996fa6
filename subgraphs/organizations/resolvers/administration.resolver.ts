import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Connection } from '../../../lib/graphql/connection';
import type { ListArgs } from '../../../lib/graphql/record-list';
import { AdministrativeMetric } from '../entities/administrative-metric.entity';
import { Organization } from '../entities/organization.entity';
import { RecruitmentExam } from '../entities/recruitment-exam.entity';
import type { OrganizationsContext } from '../loaders';
import { administrativeMetricList, recruitmentExamList } from '../lists';
import { organizationScope, rootScope } from '../scope';

@Resolver(() => RecruitmentExam)
export class RecruitmentExamResolver {
  @Query(() => recruitmentExamList.Connection, { description: 'Recruitment exams, optionally of one organization (with its subtree on request), year or name; sorted and paged.' })
  async recruitmentExams(@Ctx() { em, loaders }: OrganizationsContext, @Args(() => recruitmentExamList.RootArgs) args: ListArgs): Promise<Connection<RecruitmentExam>> {
    return recruitmentExamList.page(em, args, await rootScope(loaders, args));
  }
}

@Resolver(() => AdministrativeMetric)
export class AdministrativeMetricResolver {
  @Query(() => administrativeMetricList.Connection, {
    description: "Figures of divisions' own work, optionally of one organization (with its subtree on request), domain or year, or by name; sorted and paged.",
  })
  async administrativeMetrics(
    @Ctx() { em, loaders }: OrganizationsContext,
    @Args(() => administrativeMetricList.RootArgs) args: ListArgs,
  ): Promise<Connection<AdministrativeMetric>> {
    return administrativeMetricList.page(em, args, await rootScope(loaders, args));
  }
}

@Resolver(() => Organization)
export class OrganizationAdministrationResolver {
  @FieldResolver(() => recruitmentExamList.Connection, { description: 'Recruitment exams this organization (and, on request, every unit below it) runs; filtered, sorted and paged.' })
  async recruitmentExams(
    @Root() organization: Organization,
    @Ctx() { em, loaders }: OrganizationsContext,
    @Args(() => recruitmentExamList.OrganizationArgs) args: ListArgs,
  ): Promise<Connection<RecruitmentExam>> {
    return recruitmentExamList.pageOfOrganizations(em, loaders.examsByOrganizationId, await organizationScope(loaders, organization.id, args), args);
  }

  @FieldResolver(() => administrativeMetricList.Connection, {
    description: "Figures of this organization's (and, on request, its units') own work (인사, 민원, 봉사, 공문서 감축 …); filtered, sorted and paged.",
  })
  async administrativeMetrics(
    @Root() organization: Organization,
    @Ctx() { em, loaders }: OrganizationsContext,
    @Args(() => administrativeMetricList.OrganizationArgs) args: ListArgs,
  ): Promise<Connection<AdministrativeMetric>> {
    return administrativeMetricList.pageOfOrganizations(em, loaders.metricsByOrganizationId, await organizationScope(loaders, organization.id, args), args);
  }
}
