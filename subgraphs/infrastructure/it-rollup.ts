import { Field, Int, ObjectType } from 'type-graphql';
import { Reconciliation, toReconciliation } from '../../lib/graphql/reconciliation';
import { agreesWithReport } from '../../lib/reconciliation/entry';
import { rollupEntries, type ItMeasure } from '../../lib/reconciliation/it';
import { reportAsOfDates } from '../../lib/seeds/reports';
import type { SystemFact } from './entities/system-fact.entity';
import type { DeviceRollout } from './entities/device-rollout.entity';
import type { InformationSystem } from './entities/information-system.entity';
import type { NetworkProject } from './entities/network-project.entity';
import type { SecurityMetric } from './entities/security-metric.entity';
import type { ServiceMetric } from './entities/service-metric.entity';
import { DeviceKind } from './enums';

@ObjectType('DeviceCount', { description: 'Devices of one kind rolled out (units in the kind\'s own unit: 대, or 실 for Wi-Fi).' })
export class DeviceCount {
  @Field(() => DeviceKind)
  deviceKind!: keyof typeof DeviceKind;

  @Field(() => Int, { description: 'Units reported as done.' })
  unitsDone = 0;

  @Field(() => Int, { description: 'Units planned or under way.' })
  unitsPlanned = 0;
}

@ObjectType('SecurityPeriod', { description: 'Security figures reported for one period (the year a figure\'s period starts).' })
export class SecurityPeriod {
  @Field(() => String, { description: 'The period, as the year its figures start (partial ISO); "unknown" when none is printed.' })
  period!: string;

  @Field(() => Int, { description: 'Security figures reported for the period.' })
  metrics = 0;

  @Field(() => Int, { description: 'Cyberattacks blocked in the period (사이버공격 차단, 건), summed over the figures that count them.' })
  attacksBlocked = 0;
}

@ObjectType('ItRollup', { description: 'IT figures of an organization and every unit below it: systems and their units, rollouts, networks, security and service figures.' })
export class ItRollup {
  @Field(() => [String], { description: 'The dates the reports state the counted figures as of (기준일), oldest first: reports of different dates may be mixed.' })
  asOfDates: string[] = [];

  @Field(() => Int, { description: 'Information systems operated.' })
  systems = 0;

  @Field(() => Int, { description: 'Hardware units (H/W) of those systems, where printed.' })
  hardwareUnits = 0;

  @Field(() => Int, { description: 'Software units (S/W) of those systems, where printed.' })
  softwareUnits = 0;

  @Field(() => Int, { description: 'Network projects.' })
  networkProjects = 0;

  @Field(() => Int, { description: 'Security figures reported.' })
  securityMetrics = 0;

  @Field(() => Int, { description: 'Service figures reported.' })
  serviceMetrics = 0;

  @Field(() => [DeviceCount], { description: 'Rollouts by device kind.' })
  devices: DeviceCount[] = [];

  @Field(() => [SecurityPeriod], { description: 'Security figures by period, oldest first.' })
  securityByPeriod: SecurityPeriod[] = [];

  @Field(() => [Reconciliation], { description: 'Counts the reports print for the IT of this very organization (systems, H/W or S/W units), beside these sums.' })
  reconciliation: Reconciliation[] = [];

  @Field(() => Boolean, { nullable: true, description: 'Whether every printed count in reconciliation agrees with these sums; null when the reports print none for this scope.' })
  agreesWithReport: boolean | null = null;
}

export function rollUpIt(parts: {
  systems: InformationSystem[];
  networks: NetworkProject[];
  security: SecurityMetric[];
  service: ServiceMetric[];
  rollouts: DeviceRollout[];
  /** Counts printed for the IT of the roll-up's own organization (SystemFact.reconcileOrganizationId). */
  counts?: SystemFact[];
}): ItRollup {
  const rollup = new ItRollup();
  rollup.asOfDates = reportAsOfDates([...parts.systems, ...parts.networks, ...parts.security, ...parts.service, ...parts.rollouts]);
  rollup.systems = parts.systems.length;
  rollup.hardwareUnits = parts.systems.reduce((sum, s) => sum + (s.hardwareUnits ?? 0), 0);
  rollup.softwareUnits = parts.systems.reduce((sum, s) => sum + (s.softwareUnits ?? 0), 0);
  rollup.networkProjects = parts.networks.length;
  rollup.securityMetrics = parts.security.length;
  rollup.serviceMetrics = parts.service.length;
  const devices = new Map<string, DeviceCount>();
  for (const rollout of parts.rollouts) {
    const count = devices.get(rollout.deviceKind) ?? Object.assign(new DeviceCount(), { deviceKind: rollout.deviceKind });
    if (rollout.status === 'DONE') count.unitsDone += rollout.units;
    else count.unitsPlanned += rollout.units;
    devices.set(rollout.deviceKind, count);
  }
  rollup.devices = [...devices.values()];
  const periods = new Map<string, SecurityPeriod>();
  for (const metric of parts.security) {
    const period = metric.periodStart?.slice(0, 4) ?? 'unknown';
    const entry = periods.get(period) ?? Object.assign(new SecurityPeriod(), { period });
    entry.metrics += 1;
    if (metric.kind === 'ATTACKS_BLOCKED') entry.attacksBlocked += Number(metric.value);
    periods.set(period, entry);
  }
  rollup.securityByPeriod = [...periods.values()].sort((a, b) => a.period.localeCompare(b.period));
  const entries = rollupEntries(
    (parts.counts ?? [])
      .filter((f) => f.reconcileOrganizationId && f.reconcileMeasure && f.value !== null)
      .map((f) => ({ id: f.id, organizationId: f.reconcileOrganizationId!, measure: f.reconcileMeasure as ItMeasure, label: `${f.subjectKo} ${f.attributeKo}`, value: Number(f.value), file: f.source.file, lines: f.source.lines })),
    rollup,
  );
  rollup.reconciliation = entries.map(toReconciliation);
  rollup.agreesWithReport = agreesWithReport(entries);
  return rollup;
}
