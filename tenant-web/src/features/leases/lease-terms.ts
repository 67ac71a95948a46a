import type { LeaseStatus } from '../../gql/graphql.js';

/** Vant tag type of each status: in force green, promised blue, ended grey, ended early red. */
export const LEASE_STATUS_TAG: Record<LeaseStatus, 'primary' | 'success' | 'default' | 'danger'> = {
  DRAFT: 'default',
  SIGNED: 'primary',
  ACTIVE: 'success',
  EXPIRED: 'default',
  TERMINATED: 'danger',
};

/** What a tenant is shown: a draft binds nothing and is the park's business until signed. */
export const TENANT_LEASE_STATUSES: LeaseStatus[] = ['SIGNED', 'ACTIVE', 'EXPIRED', 'TERMINATED'];

/** An active lease ending within this many days is expiring soon (as the API's `expiringWithinDays`). */
export const EXPIRING_DAYS = 90;

/** Upcoming payment cycles shown at first. */
export const UPCOMING_CYCLES = 12;

/**
 * A lease's schedule around `today`: the cycles already over, the next `count` from the one
 * `today` falls in, and how many come after those.
 */
export function splitSchedule<C extends { to: string }>(
  cycles: readonly C[],
  today: string,
  count = UPCOMING_CYCLES,
): { earlier: C[]; upcoming: C[]; later: number } {
  const first = cycles.findIndex((c) => c.to >= today);
  const start = first === -1 ? cycles.length : first;
  return {
    earlier: cycles.slice(0, start),
    upcoming: cycles.slice(start, start + count),
    later: Math.max(cycles.length - start - count, 0),
  };
}
