import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, groupLoader } from '../../lib/db/loaders';
import { childrenMap, OrganizationTreeLink, subtreeIds, type ParentMap } from '../../lib/federation/organization-tree';
import type { SubgraphContext } from '../../lib/service/subgraph-definition';
import { AdministrativeMetric } from './entities/administrative-metric.entity';
import { DataQualityFinding } from './entities/data-quality-finding.entity';
import { Facility } from './entities/facility.entity';
import { HistoryEvent } from './entities/history-event.entity';
import { OrganizationFact } from './entities/organization-fact.entity';
import { Organization } from './entities/organization.entity';
import { RecruitmentExam } from './entities/recruitment-exam.entity';
import { StaffingLine } from './entities/staffing-line.entity';

interface Tree {
  children: Map<string, string[]>;
  parents: ParentMap;
}

/** Every organization's id and parent: the tree, read once per request (a few hundred rows). */
async function loadTree(em: EntityManager): Promise<Tree> {
  const rows = await em.find(Organization, {}, { fields: ['id', 'parentId'] });
  return { children: childrenMap(rows), parents: new Map(rows.map((row) => [row.id, row.parentId])) };
}

export function createLoaders(em: EntityManager) {
  let tree: Promise<Tree> | undefined;
  const loaded = () => (tree ??= loadTree(em));
  /** The organization's id followed by every unit below it, depth first. */
  const descendantIds = async (id: string): Promise<string[]> => subtreeIds((await loaded()).children, id);
  return {
    descendantIds,
    /** The parent of every organization. */
    parents: async (): Promise<ParentMap> => (await loaded()).parents,
    /** The organization and every unit below it, depth first, each with its parent. */
    subtreeLinks: async (id: string): Promise<OrganizationTreeLink[]> => {
      const { parents } = await loaded();
      return (await descendantIds(id)).map((unit) => Object.assign(new OrganizationTreeLink(), { id: unit, parentId: parents.get(unit) ?? null }));
    },
    organizationById: byIdLoader(em, Organization),
    childrenByParentId: groupLoader(em, Organization, 'parentId', { id: 'asc' }),
    staffingByOrganizationId: groupLoader(em, StaffingLine, 'organizationId', { asOf: 'asc', position: 'asc' }),
    facilitiesByOrganizationId: groupLoader(em, Facility, 'organizationId', { id: 'asc' }),
    historyByOrganizationId: groupLoader(em, HistoryEvent, 'organizationId', { date: 'asc', id: 'asc' }),
    factsByOrganizationId: groupLoader(em, OrganizationFact, 'organizationId', { id: 'asc' }),
    examsByOrganizationId: groupLoader(em, RecruitmentExam, 'organizationId', { year: 'asc', id: 'asc' }),
    metricsByOrganizationId: groupLoader(em, AdministrativeMetric, 'organizationId', { domain: 'asc', id: 'asc' }),
    findingsByOrganizationId: groupLoader(em, DataQualityFinding, 'organizationId', { kind: 'asc', id: 'asc' }),
  };
}

export type OrganizationsContext = SubgraphContext<ReturnType<typeof createLoaders>>;
