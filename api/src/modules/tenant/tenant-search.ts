import { pinyin } from 'pinyin-pro';

/** Letters and digits of a pinyin syllable list, lower case (nothing else is kept). */
const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * What a tenant's name is found by besides itself: its full pinyin and its initials, of the
 * name and the short name ("云帆信息" → "yunfanxinxi yfxx"), so that operators typing pinyin on
 * any keyboard find it (SPEC §4). Computed when the company is written (`TenantCompany.searchKey`),
 * so a search is one `ilike` on a column.
 */
export function tenantSearchKey(name: string, shortName: string | null | undefined): string {
  const words = [name, shortName].filter((s): s is string => !!s);
  const keys = words.flatMap((w) => [
    clean(pinyin(w, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('')),
    clean(pinyin(w, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('')),
  ]);
  return [...new Set(keys.filter(Boolean))].join(' ');
}
