/** Which organizations a list covers: one, or one with every unit below it (this subgraph owns the tree). */
import type { ListArgs } from '../../lib/graphql/record-list';
import type { OrganizationsContext } from './loaders';

type Loaders = OrganizationsContext['loaders'];

/** For a root list: the subtree of args.organizationId when includeDescendants asks for it, else undefined (the plain filter). */
export async function rootScope(loaders: Loaders, args: ListArgs): Promise<string[] | undefined> {
  return args.organizationId && args.includeDescendants ? loaders.descendantIds(args.organizationId) : undefined;
}

/** For a list on Organization: the organization itself, or its subtree. */
export async function organizationScope(loaders: Loaders, organizationId: string, args: ListArgs): Promise<string[]> {
  return args.includeDescendants ? loaders.descendantIds(organizationId) : [organizationId];
}
