import { Migration } from '@mikro-orm/migrations';
import { pinyin } from 'pinyin-pro';

/**
 * `tenantSearchKey` of `modules/tenant/tenant-search.ts` as it was when this migration was
 * written: migrations are loaded on their own (packages only) and must not change with the code.
 */
function tenantSearchKey(name: string, shortName: string | null): string {
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const keys = [name, shortName]
    .filter((s): s is string => !!s)
    .flatMap((w) => [
      clean(pinyin(w, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('')),
      clean(pinyin(w, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('')),
    ]);
  return [...new Set(keys.filter(Boolean))].join(' ');
}

/**
 * Tenant companies are found by the pinyin of their names, full or initials ("yfxx" finds
 * 云帆信息, issue 16). The key is computed in the API when a company is written
 * (`TenantCompany.searchKey`); this fills it in for the companies already there. Keys hold only
 * a–z, 0–9 and spaces (`tenantSearchKey`), and ids are UUIDs, so they are safe as literals.
 * No new table, so no new row-level security policy: the column is under tenant_company's.
 */
export class Migration20261205100318_tenant_pinyin_search extends Migration {
  override name = 'Migration20261205100318_tenant_pinyin_search';

  override async up(): Promise<void> {
    this.addSql(`alter table "tenant_company" add "search_key" text null;`);
    const rows = (await this.execute('select id, name, short_name from tenant_company')) as {
      id: string;
      name: string;
      short_name: string | null;
    }[];
    for (const r of rows) {
      const key = tenantSearchKey(r.name, r.short_name);
      if (/^[0-9a-f-]{36}$/.test(r.id) && /^[a-z0-9 ]*$/.test(key))
        this.addSql(`update "tenant_company" set "search_key" = '${key}' where "id" = '${r.id}';`);
    }
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "tenant_company" drop column "search_key";`);
  }
}
