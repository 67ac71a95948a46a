import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';
import { TenantStatus } from '../tenant/tenant.entity.js';

/** One row per company and floor it leases on (one row with null location when it leases none). */
export type DirectoryRow = {
  id: string;
  name: string;
  short_name: string | null;
  industry_code: string;
  building_id: string | null;
  building_code: string | null;
  building_name: string | null;
  floor_id: string | null;
  floor_level: number | null;
  floor_name: string | null;
  unit_codes: string[] | null;
};

/** Companies a visitor may be looking for: in the park now, or moving in. */
const LISTED = [TenantStatus.ACTIVE, TenantStatus.ONBOARDING];

/**
 * Only the columns a lobby may show, in one statement whatever the number of companies. Units
 * count as a location once LEASED; a reservation is not yet where the company sits.
 */
const DIRECTORY_SQL = `
  select t.id, t.name, t.short_name, t.industry_code,
         b.id as building_id, b.code as building_code, b.name as building_name,
         f.id as floor_id, f.level as floor_level, f.name as floor_name,
         array_agg(u.code order by u.code) filter (where u.id is not null) as unit_codes
    from tenant_company t
    left join unit u on u.tenant_id = t.id and u.status = 'LEASED'
    left join floor f on f.id = u.floor_id
    left join building b on b.id = u.building_id
   where t.park_id = any(?::uuid[]) and t.status::text = any(?::text[])
   group by t.id, b.id, f.id`;

/** The kiosk directory's reads (STYLE rule 15). */
export const directoryRepository = {
  /** Listed companies of `parkIds` with where they lease, as the caller's row-level security allows. */
  listedCompanies(em: EntityManager, parkIds: readonly string[]): Promise<DirectoryRow[]> {
    return query<DirectoryRow>(em, DIRECTORY_SQL, [parkIds, LISTED]);
  },
};
