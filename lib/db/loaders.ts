/**
 * Request-scoped DataLoaders over one EntityManager fork: each turns the N lookups of one
 * GraphQL level into a single `where key in (...)` query.
 */
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';

/** Loads entities by primary key `id`; a missing id resolves to null. */
export function byIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads every entity whose `key` column equals each requested value, in `orderBy` order. */
export function groupLoader<T extends object, K extends keyof T & string>(
  em: EntityManager,
  entity: EntityName<T>,
  key: K,
  orderBy: Partial<Record<keyof T & string, 'asc' | 'desc'>>,
): DataLoader<string, T[]> {
  return new DataLoader(async (values) => {
    const rows = await em.find(entity, { [key]: { $in: [...values] } } as unknown as FilterQuery<T>, {
      orderBy: orderBy as never,
    });
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const value = String(row[key]);
      const group = groups.get(value);
      if (group) group.push(row);
      else groups.set(value, [row]);
    }
    return values.map((value) => groups.get(value) ?? []);
  });
}

/** What a group loader holds for several keys, as one list in key order (the loads still batch into one query). */
export async function loadGroups<T>(loader: { load(key: string): Promise<T[]> }, keys: string[]): Promise<T[]> {
  return (await Promise.all(keys.map((key) => loader.load(key)))).flat();
}
