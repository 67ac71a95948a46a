import type { RequestContext } from '../../graphql/context.js';
import { readingRepository } from './reading.repository.js';

const DAY = 86_400_000;

/** Energy's background work, run by the worker as the job actor. */
export const energyJobs = {
  /**
   * Daily: creates the readings table's month partitions three months ahead (so readings never
   * land in the default partition in normal operation).
   */
  async maintain(ctx: RequestContext, _payload: Record<string, never>): Promise<void> {
    const now = ctx.now().getTime();
    await readingRepository.ensurePartitions(ctx.em, new Date(now - 31 * DAY), new Date(now + 92 * DAY));
  },

  /** Announces committed readings of a park (`energy.events.ts`). */
  async readingsRecorded(ctx: RequestContext, payload: { parkId: string }): Promise<void> {
    await ctx.emit('energy.readingsRecorded', { parkId: String(payload.parkId) });
  },
};
