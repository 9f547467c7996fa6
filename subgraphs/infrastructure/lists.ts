/** The lists of the infrastructure subgraph: filters and sort fields, shared by the root lists and Organization's. */
import { ID } from 'type-graphql';
import { DECIMAL, INT, WON, yearOf } from '../../lib/graphql/list-figures';
import { budgetLineId, recordList } from '../../lib/graphql/record-list';
import { DeviceRollout } from './entities/device-rollout.entity';
import { InformationSystem } from './entities/information-system.entity';
import { NetworkProject } from './entities/network-project.entity';
import { SecurityMetric } from './entities/security-metric.entity';
import { ServiceMetric } from './entities/service-metric.entity';
import { DeviceKind, RolloutStatus, SecurityMetricKind, SystemCategory } from './enums';

const byName = { ID: 'id', NAME_KO: 'nameKo' } as const;
const searchKoEn = { search: ['nameKo', 'nameEn'], description: 'Text in the Korean or English name (case-insensitive).' } as const;
const systemId = { equals: 'systemId', type: () => ID, description: 'Only figures about this information system.' } as const;
const periodYear = { periodCovers: ['periodStart', 'periodEnd'], description: 'Only figures whose period touches this year.' } as const;
const byBudgetLine = { type: () => ID, description: 'The budget line that funds the records.' } as const;
const bySystem = { type: () => ID, description: 'The information system the figures are about.' } as const;
const byUnitKo = { type: () => String, description: 'The unit as printed (대, 교, 건, %, …).' } as const;
const byPeriodKo = { type: () => String, description: 'The period as printed.' } as const;

export const informationSystemList = recordList(InformationSystem, {
  name: 'InformationSystem',
  order: { ...byName, HARDWARE_UNITS: 'hardwareUnits', SOFTWARE_UNITS: 'softwareUnits' },
  defaultOrder: 'ID',
  filters: {
    budgetLineId,
    category: { equals: 'category', type: () => SystemCategory, description: 'Only systems of this category.' },
    search: searchKoEn,
  },
  measures: { hardwareUnits: INT, softwareUnits: INT },
  groups: { category: { type: () => SystemCategory, description: 'The category of system.' }, budgetLineId: byBudgetLine },
});

export const networkProjectList = recordList(NetworkProject, {
  name: 'NetworkProject',
  order: { ...byName, PERIOD_START: 'periodStart' },
  defaultOrder: 'ID',
  filters: { budgetLineId, year: periodYear, search: searchKoEn },
  measures: { target: INT, completed: INT, excluded: INT },
  rates: { completedRate: { numerator: 'completed', denominator: 'target', multiplier: 100, places: 1, description: 'Summed completed ÷ summed target × 100 (%)' } },
  groups: {
    phase: { type: () => String, description: 'The phase as printed (단계·차수).' },
    unitKo: byUnitKo,
    startYear: yearOf('periodStart', 'The year the period starts.'),
    budgetLineId: byBudgetLine,
  },
});

export const securityMetricList = recordList(SecurityMetric, {
  name: 'SecurityMetric',
  order: { ...byName, KIND: 'kind', PERIOD_START: 'periodStart' },
  defaultOrder: 'ID',
  filters: {
    kind: { equals: 'kind', type: () => SecurityMetricKind, description: 'Only figures of this kind.' },
    year: periodYear,
    systemId,
    search: { search: ['nameKo'], description: 'Text in the printed name (case-insensitive).' },
  },
  measures: { value: DECIMAL },
  groups: {
    kind: { type: () => SecurityMetricKind, description: 'What the figures measure.' },
    systemId: bySystem,
    unitKo: byUnitKo,
    startYear: yearOf('periodStart', 'The year the period starts.'),
  },
});

export const deviceRolloutList = recordList(DeviceRollout, {
  name: 'DeviceRollout',
  order: { ...byName, DEVICE_KIND: 'deviceKind', UNITS: 'units' },
  defaultOrder: 'ID',
  filters: {
    budgetLineId,
    deviceKind: { equals: 'deviceKind', type: () => DeviceKind, description: 'Only rollouts of this kind of device.' },
    status: { equals: 'status', type: () => RolloutStatus, description: 'Only rollouts at this stage.' },
    search: { search: ['nameKo'], description: 'Text in the printed name (case-insensitive).' },
  },
  measures: { units: INT, recipients: INT, amount: WON },
  rates: { amountPerUnit: { numerator: 'amount', denominator: 'units', multiplier: 1, places: 0, description: 'Summed amount ÷ summed units: won per unit' } },
  groups: {
    deviceKind: { type: () => DeviceKind, description: 'The kind of device.' },
    status: { type: () => RolloutStatus, description: 'The stage of the rollouts.' },
    unitKo: byUnitKo,
    periodKo: byPeriodKo,
    budgetLineId: byBudgetLine,
  },
});

export const serviceMetricList = recordList(ServiceMetric, {
  name: 'ServiceMetric',
  order: byName,
  defaultOrder: 'ID',
  filters: { systemId, search: searchKoEn },
  measures: { value: DECIMAL, target: DECIMAL },
  groups: { systemId: bySystem, unitKo: byUnitKo, periodKo: byPeriodKo },
});
