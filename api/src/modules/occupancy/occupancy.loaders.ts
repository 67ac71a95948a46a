import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Occupancy } from './occupancy.type.js';

type Row = {
  key: string;
  units: string;
  leased_units: string;
  vacant_units: string;
  leasable: string;
  leased: string;
};

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
    const rows: Row[] = await em.execute(
      `select ${column} as key,
              count(*) as units,
              count(*) filter (where status = 'LEASED') as leased_units,
              count(*) filter (where status = 'VACANT') as vacant_units,
              coalesce(sum(gross_area), 0) as leasable,
              coalesce(sum(gross_area) filter (where status = 'LEASED'), 0) as leased
         from unit
        where ${column} in (?) and type <> 'PUBLIC'
        group by ${column}`,
      [keys as string[]],
    );
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
