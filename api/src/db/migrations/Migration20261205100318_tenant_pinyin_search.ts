import { Migration } from '@mikro-orm/migrations';

/**
 * Tenant companies are found by the pinyin of their names, full or initials ("yfxx" finds
 * 云帆信息, issue 16). The key is computed in the API when a company is written
 * (`TenantCompany.searchKey`); companies already there (or written outside the API) get theirs
 * at the next boot (the tenant feature's `onQueueReady`): pinyin needs the API's code, and a
 * migration's up() only collects SQL (`db/migration-sql.ts`). No new table, so no new row-level
 * security policy: the column is under tenant_company's.
 */
export class Migration20261205100318_tenant_pinyin_search extends Migration {
  override name = 'Migration20261205100318_tenant_pinyin_search';

  override up(): void {
    this.addSql(`alter table "tenant_company" add "search_key" text null;`);
  }

  override down(): void {
    this.addSql(`alter table "tenant_company" drop column "search_key";`);
  }
}
