import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';

/** Unit counts and areas of one park, building or floor (PostgreSQL numbers as text). */
export type OccupancyRow = {
  key: string;
  units: string;
  leased_units: string;
  vacant_units: string;
  leasable: string;
  leased: string;
};

/** What occupancy is grouped by: a column of `unit`. */
export type OccupancyScope = 'park_id' | 'building_id' | 'floor_id';

/**
 * The statement of each scope: the column is one of three names, so three prepared statements,
 * never text built from a value.
 */
const OCCUPANCY_SQL = Object.fromEntries(
  (['park_id', 'building_id', 'floor_id'] as const).map((column) => [
    column,
    `select ${column} as key,
            count(*) as units,
            count(*) filter (where status = 'LEASED') as leased_units,
            count(*) filter (where status = 'VACANT') as vacant_units,
            coalesce(sum(gross_area), 0) as leasable,
            coalesce(sum(gross_area) filter (where status = 'LEASED'), 0) as leased
       from unit
      where ${column} = any(?::uuid[]) and type <> 'PUBLIC' and retired_at is null
      group by ${column}`,
  ]),
) as Record<OccupancyScope, string>;

/** Occupancy reads (STYLE rule 15): one aggregate over `unit` for many keys. */
export const occupancyRepository = {
  /** Occupancy of the parks, buildings or floors `keys`; keys without rentable units have no row. */
  byKeys(em: EntityManager, scope: OccupancyScope, keys: readonly string[]): Promise<OccupancyRow[]> {
    return query<OccupancyRow>(em, OCCUPANCY_SQL[scope], [keys]);
  },
};
