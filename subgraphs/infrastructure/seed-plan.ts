import { sourceRef } from '../../lib/graphql/source-ref';
import { build } from '../../lib/seeds/build';
import { parseAmount, parseCount, parseDecimal } from '../../lib/seeds/printed';
import type { SeedContent } from '../../lib/seeds/read-seeds';
import { DeviceRollout } from './entities/device-rollout.entity';
import { InformationSystem } from './entities/information-system.entity';
import { NetworkProject } from './entities/network-project.entity';
import { SecurityMetric } from './entities/security-metric.entity';
import { ServiceMetric } from './entities/service-metric.entity';
import { SystemFact } from './entities/system-fact.entity';
import { SystemMilestone } from './entities/system-milestone.entity';
import { linkOf, WebAddress } from './entities/web-address.entity';

export function infrastructureSeedPlan({ infrastructure: seeds }: SeedContent): object[] {
  const source = (s: { file: string; lines: string }) => sourceRef(s.file, s.lines);
  return [
    ...seeds.informationSystems.flatMap((system) => [
      build(InformationSystem, {
        id: system.id,
        organizationId: system.organizationId,
        nameKo: system.nameKo,
        nameEn: system.nameEn,
        category: system.category,
        hardwareUnits: parseCount(system.hardwareUnits),
        softwareUnits: parseCount(system.softwareUnits),
        descriptionKo: system.descriptionKo ?? null,
        budgetLineId: system.budgetLineId ?? null,
        source: source(system.source),
      }),
      ...system.milestones.map((milestone, index) =>
        build(SystemMilestone, {
          id: `${system.id}#${index + 1}`,
          systemId: system.id,
          date: milestone.date,
          datePrinted: milestone.datePrinted,
          eventKo: milestone.eventKo,
          source: sourceRef(system.source.file, milestone.lines),
        }),
      ),
    ]),
    ...seeds.systemFacts.map((fact) =>
      build(SystemFact, {
        id: fact.id,
        systemId: fact.systemId,
        kind: fact.kind,
        subjectKo: fact.subjectKo,
        attributeKo: fact.attributeKo,
        valueKo: fact.valueKo,
        value: parseDecimal(fact.value),
        unitKo: fact.unitKo ?? null,
        partnerOrganizationId: fact.partnerOrganizationId ?? null,
        reconcileOrganizationId: fact.reconcile?.organizationId ?? null,
        reconcileMeasure: fact.reconcile?.measure ?? null,
        source: source(fact.source),
      }),
    ),
    ...seeds.webAddresses.map((address) =>
      build(WebAddress, {
        id: address.id,
        systemId: address.systemId,
        position: seeds.webAddresses.filter((other) => other.systemId === address.systemId).indexOf(address) + 1,
        address: address.address,
        url: linkOf(address.address),
        nameKo: address.nameKo,
        source: source(address.source),
      }),
    ),
    ...seeds.networkProjects.map((project) =>
      build(NetworkProject, {
        id: project.id,
        organizationId: project.organizationId,
        nameKo: project.nameKo,
        nameEn: project.nameEn,
        phase: project.phase ?? null,
        regionsKo: project.regionsKo,
        target: parseCount(project.target),
        completed: parseCount(project.completed),
        excluded: parseCount(project.excluded),
        unitKo: project.unitKo,
        periodStart: project.periodStart ?? null,
        periodEnd: project.periodEnd ?? null,
        budgetLineId: project.budgetLineId ?? null,
        source: source(project.source),
      }),
    ),
    ...seeds.securityMetrics.map((metric) =>
      build(SecurityMetric, {
        id: metric.id,
        organizationId: metric.organizationId,
        systemId: metric.systemId ?? null,
        kind: metric.kind,
        nameKo: metric.nameKo,
        value: parseDecimal(metric.value)!,
        unitKo: metric.unitKo,
        periodStart: metric.periodStart ?? null,
        periodEnd: metric.periodEnd ?? null,
        source: source(metric.source),
      }),
    ),
    ...seeds.deviceRollouts.map((rollout) =>
      build(DeviceRollout, {
        id: rollout.id,
        organizationId: rollout.organizationId,
        deviceKind: rollout.deviceKind,
        nameKo: rollout.nameKo,
        units: parseCount(rollout.units)!,
        unitKo: rollout.unitKo,
        recipients: parseCount(rollout.recipients),
        recipientUnitKo: rollout.recipientUnitKo ?? null,
        amount: rollout.amount && rollout.amountUnit ? parseAmount(rollout.amount, rollout.amountUnit) : null,
        periodKo: rollout.periodKo ?? null,
        status: rollout.status,
        budgetLineId: rollout.budgetLineId ?? null,
        source: source(rollout.source),
      }),
    ),
    ...seeds.serviceMetrics.map((metric) =>
      build(ServiceMetric, {
        id: metric.id,
        organizationId: metric.organizationId,
        systemId: metric.systemId ?? null,
        nameKo: metric.nameKo,
        nameEn: metric.nameEn,
        value: parseDecimal(metric.value)!,
        target: parseDecimal(metric.target),
        unitKo: metric.unitKo,
        periodKo: metric.periodKo ?? null,
        source: source(metric.source),
      }),
    ),
  ];
}
