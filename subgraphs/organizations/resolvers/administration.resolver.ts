import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { connectionType, containsPattern, orderFieldEnum, PageArgs, paginate, type Connection } from '../../../lib/graphql/connection';
import { AdministrativeMetric } from '../entities/administrative-metric.entity';
import { Organization } from '../entities/organization.entity';
import { RecruitmentExam } from '../entities/recruitment-exam.entity';
import { AdministrativeDomain } from '../enums';
import type { OrganizationsContext } from '../loaders';

const ExamConnection = connectionType(RecruitmentExam, 'RecruitmentExam');
const ExamOrder = orderFieldEnum('RecruitmentExamOrderField', ['ID', 'YEAR', 'PLANNED_HIRES', 'APPLICANTS'] as const, {
  ID: 'id',
  YEAR: 'year',
  PLANNED_HIRES: 'plannedHires',
  APPLICANTS: 'applicants',
});
const MetricConnection = connectionType(AdministrativeMetric, 'AdministrativeMetric');
const MetricOrder = orderFieldEnum('AdministrativeMetricOrderField', ['ID', 'DOMAIN', 'YEAR'] as const, { ID: 'id', DOMAIN: 'domain', YEAR: 'year' });

@Resolver(() => RecruitmentExam)
export class RecruitmentExamResolver {
  @Query(() => ExamConnection, { description: 'Recruitment exams, optionally of one organization or year; sorted and paged.' })
  recruitmentExams(
    @Ctx() { em }: OrganizationsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => ExamOrder.enumObject, { defaultValue: 'YEAR' }) orderBy: keyof typeof ExamOrder.enumObject,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<Connection<RecruitmentExam>> {
    const where: FilterQuery<RecruitmentExam> = {};
    if (organizationId) where.organizationId = organizationId;
    if (year !== undefined) where.year = year;
    return paginate(em, RecruitmentExam, where, ExamOrder.property(orderBy), page);
  }
}

@Resolver(() => AdministrativeMetric)
export class AdministrativeMetricResolver {
  @Query(() => MetricConnection, { description: "Figures of divisions' own work, optionally of one organization, domain or year, or by name; sorted and paged." })
  administrativeMetrics(
    @Ctx() { em }: OrganizationsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => MetricOrder.enumObject, { defaultValue: 'DOMAIN' }) orderBy: keyof typeof MetricOrder.enumObject,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('search', () => String, { nullable: true, description: 'Text in the Korean or English name.' }) search?: string,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('domain', () => AdministrativeDomain, { nullable: true }) domain?: keyof typeof AdministrativeDomain,
  ): Promise<Connection<AdministrativeMetric>> {
    const where: FilterQuery<AdministrativeMetric> = {};
    if (organizationId) where.organizationId = organizationId;
    if (domain) where.domain = domain;
    if (year !== undefined) where.year = year;
    if (search) where.$or = [{ nameKo: { $ilike: containsPattern(search) } }, { nameEn: { $ilike: containsPattern(search) } }];
    return paginate(em, AdministrativeMetric, where, MetricOrder.property(orderBy), page);
  }
}

@Resolver(() => Organization)
export class OrganizationAdministrationResolver {
  @FieldResolver(() => [RecruitmentExam], { description: 'Recruitment exams this organization runs.' })
  recruitmentExams(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext): Promise<RecruitmentExam[]> {
    return loaders.examsByOrganizationId.load(organization.id);
  }

  @FieldResolver(() => [AdministrativeMetric], { description: "Figures of this organization's own work (인사, 민원, 봉사, 공문서 감축 …)." })
  administrativeMetrics(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext): Promise<AdministrativeMetric[]> {
    return loaders.metricsByOrganizationId.load(organization.id);
  }
}
