/** Which organizations a list covers: one, or one with every unit below it (this subgraph owns the tree). */
import { parentMap, type OrganizationScope } from '../../lib/federation/organization-tree';
import type { ListArgs, RootScope } from '../../lib/graphql/record-list';
import type { OrganizationsContext } from './loaders';

type Loaders = OrganizationsContext['loaders'];

/** For a root list: the subtree of args.organizationId when includeDescendants asks for it (else the plain filter), and the tree. */
export async function rootScope(loaders: Loaders, args: ListArgs): Promise<RootScope> {
  return {
    organizationIds: args.organizationId && args.includeDescendants ? await loaders.descendantIds(args.organizationId) : undefined,
    parents: loaders.parents,
  };
}

/**
 * For a list on Organization: the organization itself, or its subtree, with the subtree's parents
 * (the same part of the tree the other subgraphs receive, so `under` means the same everywhere).
 */
export async function organizationScope(loaders: Loaders, organizationId: string, args: ListArgs): Promise<OrganizationScope> {
  const links = await loaders.subtreeLinks(organizationId);
  return { organizationId, memberIds: args.includeDescendants ? links.map((link) => link.id) : [organizationId], parents: parentMap(links) };
}
