import type { EntityManager } from '@mikro-orm/postgresql';

/** A window in which a plate may enter, from another feature (a visitor pass). */
export type PlateWindow = { from: Date; to: Date };

/**
 * Where the gate decision asks whether a plate is expected, beyond the park's own vehicle list:
 * `visitorPlateWindows(em, parkId, plate, at)` answers the windows of the visit passes that carry
 * the plate (the visitor feature, `modules/visitor/index.ts`). Parking does not import the visitor
 * feature; the source is plugged in here, so tests put a double in its place.
 */
export type VisitorPlateWindows = (
  em: EntityManager,
  parkId: string,
  plate: string,
  at: Date,
) => Promise<readonly PlateWindow[]>;

/** Without a visitor feature no plate is a visitor's. */
const noVisitors: VisitorPlateWindows = async () => [];

const sources: { visitorPlateWindows: VisitorPlateWindows } = { visitorPlateWindows: noVisitors };

/** Plugs in the source of visitors' plate windows; returns what restores the previous one. */
export function useVisitorPlateWindows(source: VisitorPlateWindows): () => void {
  const previous = sources.visitorPlateWindows;
  sources.visitorPlateWindows = source;
  return () => {
    sources.visitorPlateWindows = previous;
  };
}

/** Whether a visitor's pass lets the plate in at `at` (inside one of its windows, ends included). */
export async function visitorAdmits(
  em: EntityManager,
  parkId: string,
  plate: string,
  at: Date,
): Promise<boolean> {
  const windows = await sources.visitorPlateWindows(em, parkId, plate, at);
  return windows.some((w) => w.from.getTime() <= at.getTime() && at.getTime() <= w.to.getTime());
}
