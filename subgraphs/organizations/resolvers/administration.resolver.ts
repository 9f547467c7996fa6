import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { AdministrativeMetric } from '../entities/administrative-metric.entity';
import { Organization } from '../entities/organization.entity';
import { RecruitmentExam } from '../entities/recruitment-exam.entity';
import { AdministrativeDomain } from '../enums';
import type { OrganizationsContext } from '../loaders';

@Resolver(() => RecruitmentExam)
export class RecruitmentExamResolver {
  @Query(() => [RecruitmentExam], { description: 'Recruitment exams, optionally of one organization or year.' })
  recruitmentExams(
    @Ctx() { em }: OrganizationsContext,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<RecruitmentExam[]> {
    const where: FilterQuery<RecruitmentExam> = {};
    if (organizationId) where.organizationId = organizationId;
    if (year !== undefined) where.year = year;
    return em.find(RecruitmentExam, where, { orderBy: { year: 'asc', id: 'asc' } });
  }
}

@Resolver(() => AdministrativeMetric)
export class AdministrativeMetricResolver {
  @Query(() => [AdministrativeMetric], { description: "Figures of divisions' own work, optionally of one organization or domain." })
  administrativeMetrics(
    @Ctx() { em }: OrganizationsContext,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string,
    @Arg('domain', () => AdministrativeDomain, { nullable: true }) domain?: keyof typeof AdministrativeDomain,
  ): Promise<AdministrativeMetric[]> {
    const where: FilterQuery<AdministrativeMetric> = {};
    if (organizationId) where.organizationId = organizationId;
    if (domain) where.domain = domain;
    return em.find(AdministrativeMetric, where, { orderBy: { domain: 'asc', id: 'asc' } });
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
