import type { RequestContext } from '../../graphql/context.js';
import { findIndustry } from '../tenant/industry.js';
import { TenantStatus } from '../tenant/tenant.entity.js';
import { toIndustryType } from '../tenant/tenant.type.js';
import type { DirectoryEntry } from './directory.type.js';

/** One row per company and floor it leases on (one row with null location when it leases none). */
type Row = {
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
   where t.park_id in (?) and t.status in (?)
   group by t.id, b.id, f.id`;

/** Chinese names sort by pinyin, as a printed directory would; Latin names follow. */
const byName = new Intl.Collator('zh-CN').compare;

/** The lobby kiosk's company directory (SPEC: kiosk self-service). */
export const directoryService = {
  /**
   * The kiosk's park's listed companies with their buildings, floors and units, by name.
   * `@Authorized(KIOSK)` has let only a paired device through; row-level security limits it to
   * its park, and the filter below says so again.
   */
  async list(ctx: RequestContext): Promise<DirectoryEntry[]> {
    const { parkIds } = ctx.signedIn;
    if (parkIds.length === 0) return [];
    const rows = await ctx.em.execute<Row[]>(DIRECTORY_SQL, [[...parkIds], LISTED]);
    const entries = new Map<string, DirectoryEntry>();
    for (const r of rows) {
      let entry = entries.get(r.id);
      if (!entry) {
        entry = {
          id: r.id,
          name: r.name,
          shortName: r.short_name,
          industry: toIndustryType(findIndustry(r.industry_code)!),
          locations: [],
        };
        entries.set(r.id, entry);
      }
      if (r.building_id && r.floor_id && r.unit_codes) {
        entry.locations.push({
          building: { id: r.building_id, code: r.building_code!, name: r.building_name! },
          floor: { id: r.floor_id, level: r.floor_level!, name: r.floor_name! },
          unitCodes: r.unit_codes,
        });
      }
    }
    const list = [...entries.values()];
    for (const e of list) {
      e.locations.sort(
        (a, b) => a.building.code.localeCompare(b.building.code) || a.floor.level - b.floor.level,
      );
    }
    return list.sort((a, b) => byName(a.name, b.name) || a.id.localeCompare(b.id));
  },
};
