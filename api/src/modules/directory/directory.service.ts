import type { RequestContext } from '../../graphql/context.js';
import { findIndustry } from '../tenant/industry.js';
import { toIndustryType } from '../tenant/tenant.type.js';
import { directoryRepository } from './directory.repository.js';
import type { DirectoryEntry } from './directory.type.js';

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
    const rows = await directoryRepository.listedCompanies(ctx.em, parkIds);
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
