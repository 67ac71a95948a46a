import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../graphql/validate.js';
import { visitorRepository } from './visitor.repository.js';

/** A visitor pass window that admits a plate. */
export type PlateWindow = { visitId: string; startsAt: Date; endsAt: Date };

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
  const rows = await visitorRepository.plateWindows(em, parkId, plate.toUpperCase(), at);
  const windows = rows.map((r) => ({ visitId: r.visit_id, startsAt: r.starts_at, endsAt: r.ends_at }));
  return { admitted: windows.length > 0, windows };
}
