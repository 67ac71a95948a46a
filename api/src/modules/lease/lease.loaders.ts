import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { type LeaseUnitRow, leaseRepository } from './lease.repository.js';

/** DataLoader factories, each made on first use in a request (`kernel/lazy-loaders.ts`). */
export const leaseLoaders = {
  /** The units of many leases in one statement, by unit code. */
  leaseUnits: (em: EntityManager) =>
    new DataLoader<string, LeaseUnitRow[]>(async (ids) => {
      const rows = await leaseRepository.unitsOf(em, ids);
      return ids.map((id) => rows.filter((r) => r.lease_id === id));
    }),
};
