import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../graphql/validate.js';
import { normalizePlate } from '../../kernel/plate.js';
import { visitorRepository } from './visitor.repository.js';
import { EARLY_MS } from './visitor.service.js';

/**
 * A visitor pass window that admits a plate: the visit's own window, and when the plate is let in
 * (`from`, 30 minutes before the start like the pass, `to` the end).
 */
export type PlateWindow = { visitId: string; startsAt: Date; endsAt: Date; from: Date; to: Date };

/**
 * For parking (SPEC §3.3: a visitor's plate is admitted only inside its pass window): whether an
 * approved visit of `parkId` that is not checked out carries `plate` with its window open at
 * `at` (from 30 minutes before the start, like the pass). Works for any caller who sees the park
 * (a partner key of the barrier too, which reads no visits): the database answers through a
 * function. The latest-ending window first.
 */
export async function visitorPlateWindows(
  em: EntityManager,
  parkId: string,
  plate: string,
  at: Date,
): Promise<{ admitted: boolean; windows: PlateWindow[] }> {
  if (!isUuid(parkId) || plate.length === 0 || plate.length > 10) return { admitted: false, windows: [] };
  const rows = await visitorRepository.plateWindows(em, parkId, normalizePlate(plate), at);
  const windows = rows.map((r) => {
    // Read through a set-returning function, the times may come as text.
    const startsAt = new Date(r.starts_at);
    const endsAt = new Date(r.ends_at);
    return {
      visitId: r.visit_id,
      startsAt,
      endsAt,
      from: new Date(startsAt.getTime() - EARLY_MS),
      to: endsAt,
    };
  });
  return { admitted: windows.length > 0, windows };
}
