/**
 * The organization tree as far as a list needs it. Only the organizations subgraph owns the tree;
 * the others receive the part below an organization with its representation
 * (`@requires(fields: "subtreeLinks { id parentId }")`): every unit of the subtree with its parent.
 * That is what the tree key of grouped aggregates needs: each record's unit one level below a
 * given organization, for any organization of the subtree, not only the subtree's root.
 */
import { GraphQLError } from 'graphql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Every subgraph that reads the subtree defines the same value type.
@Directive('@shareable')
@ObjectType('OrganizationTreeLink', { description: 'One unit of a subtree and its parent: how the subgraphs other than organizations see the tree.' })
export class OrganizationTreeLink {
  @Field(() => ID, { description: 'The unit.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Its parent (상위 기관); null for a root of the tree.' })
  parentId!: string | null;
}

/** Parents by organization id: the whole tree, or one subtree. */
export type ParentMap = ReadonlyMap<string, string | null>;

/** Which organizations a list on Organization covers, and what it knows of the tree below. */
export interface OrganizationScope {
  /** The organization the list is on. */
  organizationId: string;
  /** The organization itself, or it and every unit below it. */
  memberIds: string[];
  /** The parents of the subtree (at least), for the tree key. */
  parents: ParentMap;
}

/** Each organization's children, in the order the links come. */
export function childrenMap(links: Iterable<{ id: string; parentId?: string | null }>): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const { id, parentId } of links) {
    if (!parentId) continue;
    const siblings = children.get(parentId);
    if (siblings) siblings.push(id);
    else children.set(parentId, [id]);
  }
  return children;
}

/** An organization's id followed by every unit below it, depth first. */
export function subtreeIds(children: ReadonlyMap<string, readonly string[]>, id: string): string[] {
  const result: string[] = [];
  const visit = (current: string) => {
    result.push(current);
    for (const child of children.get(current) ?? []) visit(child);
  };
  visit(id);
  return result;
}

export function parentMap(links: readonly { id: string; parentId: string | null }[]): ParentMap {
  return new Map(links.map((link) => [link.id, link.parentId]));
}

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument: 'under' } });
}

/**
 * For each organization: its unit one level below `under` (the child of `under` on its path; `under`
 * itself for its own records), or null for an organization outside `under`'s subtree.
 */
export function unitsBelow(parents: ParentMap, under: string, organizations: Iterable<string>): Map<string, string | null> {
  if (!parents.has(under)) throw refuse(`"${under}" is not in the tree this list covers: pass as \`under\` the list's organization or a unit below it.`);
  const units = new Map<string, string | null>();
  for (const organization of organizations) {
    let unit: string | null = organization === under ? under : null;
    let current: string | null | undefined = organization;
    // A path longer than the tree would be a cycle: stop there.
    for (let steps = 0; !unit && current && steps <= parents.size; steps += 1) {
      const parent: string | null | undefined = parents.get(current);
      if (parent === under) unit = current;
      current = parent;
    }
    units.set(organization, unit);
  }
  return units;
}
