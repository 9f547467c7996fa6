import { Arg, Args, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { organizationScope, REQUIRES_SUBTREE, subtree, type KeyStub } from '../../../lib/federation/key-stub';
import { loadGroups } from '../../../lib/db/loaders';
import type { Connection } from '../../../lib/graphql/connection';
import type { ListArgs } from '../../../lib/graphql/record-list';
import { CompetencyAssessment } from '../entities/competency-assessment.entity';
import { TrainingEdition } from '../entities/training-edition.entity';
import { TrainingHoursTable } from '../entities/training-hours.entity';
import { TrainingProgram } from '../entities/training-program.entity';
import { TrainingPhase } from '../enums';
import type { TrainingContext } from '../loaders';
import { competencyAssessmentList, trainingEditionList, trainingHoursTableList, trainingProgramList } from '../lists';
import { toReconciliation } from '../../../lib/graphql/reconciliation';
import { agreesWithReport } from '../../../lib/reconciliation/entry';
import { rollupEntries } from '../../../lib/reconciliation/training';
import { programFigures, sumTraining, TrainingTotals } from '../training-totals';
import { BudgetLineRef, OrganizationRef } from './stubs';

/**
 * The training totals of the programs the given organizations run themselves (batched through the loaders);
 * with `reconcileWith`, beside the totals the reports print for that organization (the scope is then its subtree).
 */
async function totalsOf(organizationIds: string[], loaders: TrainingContext['loaders'], year: number, phase: string, reconcileWith?: string): Promise<TrainingTotals> {
  const programs = await loadGroups(loaders.programsByOrganizationId, organizationIds);
  const editions = await Promise.all(programs.map((p) => loaders.editionsByProgramId.load(p.id)));
  const byProgram = new Map(programs.map((p, i) => [p.id, editions[i]]));
  const totals = sumTraining(programs, (p) => byProgram.get(p.id) ?? [], year, phase);
  if (reconcileWith) {
    const byAudience = new Map(totals.byAudience.map((g) => [g.key, g]));
    const entries = rollupEntries(reconcileWith, programs.map((p) => programFigures(p, byProgram.get(p.id) ?? [])), year, phase, { ...totals, byAudience });
    totals.reconciliation = entries.map(toReconciliation);
    totals.agreesWithReport = agreesWithReport(entries);
  }
  return totals;
}

@Resolver(() => OrganizationRef)
export class OrganizationTrainingResolver {
  @FieldResolver(() => trainingProgramList.Connection, {
    description: 'Training programs this organization (and, on request, every unit below it) runs; filtered, sorted and paged (training subgraph).',
  })
  @Directive(REQUIRES_SUBTREE)
  trainingPrograms(@Root() organization: KeyStub, @Ctx() { em, loaders }: TrainingContext, @Args(() => trainingProgramList.OrganizationArgs) args: ListArgs): Promise<Connection<TrainingProgram>> {
    return trainingProgramList.pageOfOrganizations(em, loaders.programsByOrganizationId, organizationScope(organization, args.includeDescendants), args);
  }

  @FieldResolver(() => trainingEditionList.Connection, {
    description: "The yearly figures of the programs this organization (and, on request, every unit below it) runs; filtered, sorted and paged (training subgraph).",
  })
  @Directive(REQUIRES_SUBTREE)
  trainingEditions(@Root() organization: KeyStub, @Ctx() { em, loaders }: TrainingContext, @Args(() => trainingEditionList.OrganizationArgs) args: ListArgs): Promise<Connection<TrainingEdition>> {
    return trainingEditionList.pageOfOrganizations(em, loaders.editionsByOrganizationId, organizationScope(organization, args.includeDescendants), args);
  }

  @FieldResolver(() => TrainingTotals, { description: 'Courses, sessions and trainees of this organization\'s own programs for a year and phase, nobody counted twice.' })
  async trainingTotals(
    @Root() organization: KeyStub,
    @Ctx() { loaders }: TrainingContext,
    @Arg('year', () => Int) year: number,
    @Arg('phase', () => TrainingPhase) phase: keyof typeof TrainingPhase,
  ): Promise<TrainingTotals> {
    return totalsOf([organization.id], loaders, year, phase);
  }

  @FieldResolver(() => TrainingTotals, {
    description: 'Courses, sessions and trainees of this organization and every unit below it for a year and phase, nobody counted twice.',
  })
  @Directive('@requires(fields: "descendantIds")')
  async trainingRollup(
    @Root() organization: KeyStub,
    @Ctx() { loaders }: TrainingContext,
    @Arg('year', () => Int) year: number,
    @Arg('phase', () => TrainingPhase) phase: keyof typeof TrainingPhase,
  ): Promise<TrainingTotals> {
    return totalsOf(subtree(organization), loaders, year, phase, organization.id);
  }

  @FieldResolver(() => competencyAssessmentList.Connection, {
    description: 'Competency assessments this organization (and, on request, every unit below it) runs; filtered, sorted and paged (training subgraph).',
  })
  @Directive(REQUIRES_SUBTREE)
  competencyAssessments(
    @Root() organization: KeyStub,
    @Ctx() { em, loaders }: TrainingContext,
    @Args(() => competencyAssessmentList.OrganizationArgs) args: ListArgs,
  ): Promise<Connection<CompetencyAssessment>> {
    return competencyAssessmentList.pageOfOrganizations(em, loaders.assessmentsByOrganizationId, organizationScope(organization, args.includeDescendants), args);
  }

  @FieldResolver(() => trainingHoursTableList.Connection, {
    description: 'Training-hours tables (courses and hours by stage and competency area) of this organization (and, on request, every unit below it); filtered, sorted and paged (training subgraph).',
  })
  @Directive(REQUIRES_SUBTREE)
  trainingHoursTables(
    @Root() organization: KeyStub,
    @Ctx() { em, loaders }: TrainingContext,
    @Args(() => trainingHoursTableList.OrganizationArgs) args: ListArgs,
  ): Promise<Connection<TrainingHoursTable>> {
    return trainingHoursTableList.pageOfOrganizations(em, loaders.hoursTablesByOrganizationId, organizationScope(organization, args.includeDescendants), args);
  }
}

@Resolver(() => BudgetLineRef)
export class BudgetLineTrainingResolver {
  @FieldResolver(() => [TrainingProgram], { description: 'Training programs this budget line funds (training subgraph).' })
  trainingPrograms(@Root() line: KeyStub, @Ctx() { loaders }: TrainingContext): Promise<TrainingProgram[]> {
    return loaders.programsByBudgetLineId.load(line.id);
  }

  @FieldResolver(() => [CompetencyAssessment], { description: 'Competency assessments this budget line funds (training subgraph).' })
  competencyAssessments(@Root() line: KeyStub, @Ctx() { loaders }: TrainingContext): Promise<CompetencyAssessment[]> {
    return loaders.assessmentsByBudgetLineId.load(line.id);
  }

  @FieldResolver(() => [TrainingHoursTable], { description: 'Training-hours tables of the training this budget line funds (training subgraph).' })
  trainingHoursTables(@Root() line: KeyStub, @Ctx() { loaders }: TrainingContext): Promise<TrainingHoursTable[]> {
    return loaders.hoursTablesByBudgetLineId.load(line.id);
  }
}
