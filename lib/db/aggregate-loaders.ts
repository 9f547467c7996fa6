/**
 * Aggregates of the lists on Organization, batched: within one request, every organization that
 * asks the same list the same question (same filters, same groups) joins one DataLoader, and the
 * loader sends one statement for all of them. The loaders live as long as the request's
 * EntityManager fork, so nothing is shared between requests.
 */
import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { AggregateRow } from './aggregate-query';

const registries = new WeakMap<EntityManager, Map<string, DataLoader<unknown, AggregateRow[], string>>>();

/** A key of a batch: one organization (its id keys the cache) and what its question needs. */
export interface ScopedKey {
  organizationId: string;
}

/**
 * The request's loader for one question (`question` names the list and everything the answer
 * depends on besides the organization); `run` answers it for a batch of organizations at once,
 * returning rows tagged with their organization (`root`).
 */
export function scopedAggregateLoader<K extends ScopedKey>(em: EntityManager, question: string, run: (keys: readonly K[]) => Promise<AggregateRow[]>): DataLoader<K, AggregateRow[], string> {
  let registry = registries.get(em);
  if (!registry) registries.set(em, (registry = new Map()));
  let loader = registry.get(question) as DataLoader<K, AggregateRow[], string> | undefined;
  if (!loader) {
    loader = new DataLoader<K, AggregateRow[], string>(
      async (keys) => {
        const rows = await run(keys);
        const byRoot = new Map<string, AggregateRow[]>();
        for (const row of rows) {
          const group = byRoot.get(row.root!);
          if (group) group.push(row);
          else byRoot.set(row.root!, [row]);
        }
        return keys.map((key) => byRoot.get(key.organizationId) ?? []);
      },
      { cacheKeyFn: (key) => key.organizationId },
    );
    registry.set(question, loader as DataLoader<unknown, AggregateRow[], string>);
  }
  return loader;
}

/** A stable text for the arguments a question depends on (won filters hold bigints). */
export function questionKey(parts: unknown): string {
  return JSON.stringify(parts, (_, value) => (typeof value === 'bigint' ? value.toString() : value));
}
