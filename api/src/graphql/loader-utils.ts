import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { findLean } from '../db/lean.js';

/**
 * Loads rows by primary key in one `WHERE id IN (...)` per tick, as lean snapshots (`db/lean.ts`:
 * these loaders feed field resolvers, which only map rows to GraphQL types). Misses resolve to
 * undefined. The loader belongs to one request, so its cache never outlives that request.
 */
export function byIdLoader<E extends { id: string }>(em: EntityManager, entity: EntityName<E>) {
  return new DataLoader<string, E | undefined>(async (ids) => {
    const rows = await findLean(em, entity, '"t"."id" = any(?)', [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id));
  });
}

/**
 * Loads the children of many parents in one query, grouped by the foreign key `fk`.
 * `orderBy` keeps each group in a stable order.
 */
export function childrenLoader<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  fk: keyof E & string,
  orderBy: Record<string, 'asc' | 'desc'>,
) {
  return new DataLoader<string, E[]>(async (parentIds) => {
    const rows = await em.find(entity, { [fk]: { $in: parentIds as string[] } } as never, {
      orderBy: orderBy as never,
    });
    const groups = new Map<string, E[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) {
      const parent = (row as Record<string, unknown>)[fk] as { id: string };
      groups.get(parent.id)?.push(row);
    }
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}

/** Id of a many-to-one reference without loading it (MikroORM keeps the key on the stub). */
export function refId(ref: { id: string } | null | undefined): string | null {
  return ref ? ref.id : null;
}

/**
 * Loads many keys through a by-id loader and keeps the rows that exist, mapped, in key order.
 * A row that row-level security hides is simply absent.
 */
export async function loadPresent<E, T>(
  loader: DataLoader<string, E | undefined>,
  ids: readonly string[],
  map: (row: E) => T,
): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  return rows.flatMap((r) => (r === undefined || r instanceof Error ? [] : [map(r)]));
}
