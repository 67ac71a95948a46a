import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { occupancyRepository } from './occupancy.repository.js';
import type { Occupancy } from './occupancy.type.js';

const empty: Occupancy = {
  units: 0,
  leasedUnits: 0,
  vacantUnits: 0,
  leasableArea: 0,
  leasedArea: 0,
  rate: 0,
};

/** Occupancy of many parks or buildings in one aggregate query, grouped by `column`. */
export function occupancyLoader(em: EntityManager, column: 'park_id' | 'building_id' | 'floor_id') {
  return new DataLoader<string, Occupancy>(async (keys) => {
    const rows = await occupancyRepository.byKeys(em, column, keys);
    const byKey = new Map(
      rows.map((r) => {
        const leasable = Number(r.leasable);
        const leased = Number(r.leased);
        return [
          r.key,
          {
            units: Number(r.units),
            leasedUnits: Number(r.leased_units),
            vacantUnits: Number(r.vacant_units),
            leasableArea: leasable,
            leasedArea: leased,
            rate: leasable > 0 ? Math.round((leased / leasable) * 10_000) / 10_000 : 0,
          },
        ];
      }),
    );
    return keys.map((k) => byKey.get(k) ?? empty);
  });
}
