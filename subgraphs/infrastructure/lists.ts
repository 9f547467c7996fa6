/** The lists of the infrastructure subgraph: filters and sort fields, shared by the root lists and Organization's. */
import { ID } from 'type-graphql';
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

export const informationSystemList = recordList(InformationSystem, {
  name: 'InformationSystem',
  order: { ...byName, HARDWARE_UNITS: 'hardwareUnits', SOFTWARE_UNITS: 'softwareUnits' },
  defaultOrder: 'ID',
  filters: {
    budgetLineId,
    category: { equals: 'category', type: () => SystemCategory, description: 'Only systems of this category.' },
    search: searchKoEn,
  },
});

export const networkProjectList = recordList(NetworkProject, {
  name: 'NetworkProject',
  order: { ...byName, PERIOD_START: 'periodStart' },
  defaultOrder: 'ID',
  filters: { budgetLineId, year: periodYear, search: searchKoEn },
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
});

export const serviceMetricList = recordList(ServiceMetric, {
  name: 'ServiceMetric',
  order: byName,
  defaultOrder: 'ID',
  filters: { systemId, search: searchKoEn },
});
