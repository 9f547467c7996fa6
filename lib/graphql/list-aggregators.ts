/**
 * The Aggregator a list's connection carries: what the aggregate SQL needs, kept until a client
 * asks for `aggregates` or `groupedAggregates` (a page alone sends no aggregate statement).
 *
 * - On a root list: the page's own WHERE; the tree key needs the tree, which only the
 *   organizations subgraph has (it passes `parents`).
 * - On Organization: the organization, its members (itself or its subtree) and the subtree's
 *   parents; the statement is shared with every other organization of the request that asks the
 *   same question (lib/db/aggregate-loaders.ts).
 */
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { ID } from 'type-graphql';
import { scopedAggregateLoader, type ScopedKey } from '../db/aggregate-loaders';
import { emptyValues, runAggregates, type AggregateRequest, type AggregateRow, type AggregateValues } from '../db/aggregate-query';
import { unitsBelow, type OrganizationScope, type ParentMap } from '../federation/organization-tree';
import type { Aggregator } from './aggregate-types';
import { columnsOf, constantCase, UNIT_BELOW, type Figure, type GroupKey, type RateSpec } from './list-figures';

/** What the aggregate statements of one kind of record need, resolved against the ORM's metadata. */
export interface ListFigures {
  measures: Figure[];
  /** Declared keys (every one has SQL); the tree key is added by name. */
  keys: GroupKey[];
  rates: [string, RateSpec<string>][];
}

export interface AggregatedList<T> {
  name: string;
  entity: EntityName<T>;
  organizationKey: keyof T & string;
  figuresFor(em: EntityManager): ListFigures;
}

/** The tree key: its value comes from the units joined to the records, not from their columns. */
const TREE_KEY: GroupKey = { name: UNIT_BELOW, type: () => ID, description: '', sql: null };

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument: 'groupBy' } });
}

/** The statement for the totals (groupBy null) or for groups. */
function requestOf<T>(list: AggregatedList<T>, em: EntityManager, where: FilterQuery<T>, groupBy: string[] | null): AggregateRequest<T> {
  const figures = list.figuresFor(em);
  const byName = new Map(figures.keys.map((key) => [key.name, key]));
  return {
    em,
    entity: list.entity,
    where,
    measures: figures.measures,
    distinctKeys: figures.keys,
    rates: figures.rates,
    groupBy: [...new Set(groupBy ?? [])].map((name) => (name === UNIT_BELOW ? TREE_KEY : byName.get(name)!)),
    shares: groupBy !== null,
  };
}

const valuesOfRow = <T>(rows: AggregateRow[], request: AggregateRequest<T>): AggregateValues => rows[0]?.values ?? emptyValues(request);

/** The tree key's rows for a root list: every organization under `under` with its unit. */
function treeRows(parents: ParentMap, under: string, root: string) {
  return [...unitsBelow(parents, under, parents.keys())].flatMap(([organization, unit]) => (unit ? [{ root, organization, unit }] : []));
}

export function rootAggregator<T extends object>(list: AggregatedList<T>, em: EntityManager, where: () => FilterQuery<T>, parents?: () => Promise<ParentMap>): Aggregator {
  return {
    async totals() {
      const request = requestOf(list, em, where(), null);
      return valuesOfRow(await runAggregates(request), request);
    },
    async groups(groupBy, under) {
      const request = requestOf(list, em, where(), groupBy);
      if (groupBy.includes(UNIT_BELOW)) {
        if (!parents) {
          throw refuse(
            `${constantCase(UNIT_BELOW)} needs the organization tree, which this root list does not have: ask it on the organization, ` +
              `e.g. organization(id: "smoe") { <list>(includeDescendants: true) { groupedAggregates(groupBy: [${constantCase(UNIT_BELOW)}]) { … } } }.`,
          );
        }
        if (!under) throw refuse(`${constantCase(UNIT_BELOW)} on a root list needs \`under\`: the organization whose units to group by.`);
        request.units = { organizationColumn: (alias) => columnsOf(em, list.entity)(alias)(list.organizationKey), rows: treeRows(await parents(), under, '') };
      }
      return (await runAggregates(request)).map((row) => row.values);
    },
  };
}

interface OrganizationQuestion extends ScopedKey {
  scope: OrganizationScope;
  /** For the tree key: each organization whose records the list holds, with its unit. */
  units?: { organization: string; unit: string | null }[];
}

/** The organizations whose records a list on Organization holds: its members, or (a list of units by parent) their children. */
function recordOrganizations(scope: OrganizationScope, byParent: boolean): Iterable<string> {
  if (!byParent) return scope.memberIds;
  const members = new Set(scope.memberIds);
  return [...scope.parents].filter(([, parent]) => parent !== null && members.has(parent)).map(([id]) => id);
}

/**
 * The aggregator of a list on one organization. `question` names the list's arguments (all but
 * the organization), so every organization of the request asking the same shares one statement.
 */
export function organizationAggregator<T extends object>(
  list: AggregatedList<T>,
  em: EntityManager,
  scope: OrganizationScope,
  where: () => FilterQuery<T>,
  question: string,
  memberKey: keyof T & string,
): Aggregator {
  const ask = (groupBy: string[] | null, under: string | null, key: OrganizationQuestion) =>
    scopedAggregateLoader<OrganizationQuestion>(em, [list.name, memberKey, question, groupBy?.join(',') ?? 'totals', under ?? ''].join('|'), async (keys) => {
      const request = requestOf(list, em, where(), groupBy);
      const columns = columnsOf(em, list.entity);
      request.scope = { memberColumn: (alias) => columns(alias)(memberKey), pairs: keys.flatMap((k) => k.scope.memberIds.map((member) => ({ root: k.organizationId, member }))) };
      if (groupBy?.includes(UNIT_BELOW)) {
        request.units = {
          organizationColumn: (alias) => columns(alias)(list.organizationKey),
          rows: keys.flatMap((k) => (k.units ?? []).map(({ organization, unit }) => ({ root: k.organizationId, organization, unit }))),
        };
      }
      return runAggregates(request);
    }).load(key);
  return {
    async totals() {
      const rows = await ask(null, null, { organizationId: scope.organizationId, scope });
      return valuesOfRow(rows, requestOf(list, em, {} as FilterQuery<T>, null));
    },
    async groups(groupBy, under) {
      const key: OrganizationQuestion = { organizationId: scope.organizationId, scope };
      if (groupBy.includes(UNIT_BELOW)) {
        const units = unitsBelow(scope.parents, under ?? scope.organizationId, recordOrganizations(scope, memberKey !== list.organizationKey));
        key.units = [...units].map(([organization, unit]) => ({ organization, unit }));
      }
      return (await ask(groupBy, under, key)).map((row) => row.values);
    },
  };
}
