import { Migration } from '@mikro-orm/migrations';

/**
 * Room on every page for the ingest's updates (issue 18's S9 bench). Each batch moves its meters'
 * newest instant and baseline and adds to their hour, day and month rollups: updates of columns no
 * index holds, which PostgreSQL can make HOT (a new row version on the same page, no index
 * entries) only when the page has room. Full pages made every such update write an entry into
 * every index of the table. Pages filled after this keep the room; by hand (MikroORM has no
 * storage parameters).
 */
export class Migration20261206020000_ingest_hot_updates extends Migration {
  override name = 'Migration20261206020000_ingest_hot_updates';

  override up(): void | Promise<void> {
    this.addSql(`alter table "meter" set (fillfactor = 50);`);
    this.addSql(`alter table "meter_rollup" set (fillfactor = 80);`);
    this.addSql(`alter table "iot_device" set (fillfactor = 70);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "iot_device" reset (fillfactor);`);
    this.addSql(`alter table "meter_rollup" reset (fillfactor);`);
    this.addSql(`alter table "meter" reset (fillfactor);`);
  }
}
