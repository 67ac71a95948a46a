import { Migration } from '@mikro-orm/migrations';

/**
 * Parks, buildings, floors and units can be retired (停用) rather than deleted: their history
 * (work orders, equipment moves, audit) keeps pointing at them. No new table, so no new policy:
 * the columns fall under each table's existing row-level security.
 */
export class Migration20261205093427_retire_assets extends Migration {
  override name = 'Migration20261205093427_retire_assets';

  override up(): void | Promise<void> {
    this.addSql(`alter table "park" add "retired_at" timestamptz null;`);

    this.addSql(`alter table "building" add "retired_at" timestamptz null;`);

    this.addSql(`alter table "floor" add "retired_at" timestamptz null;`);

    this.addSql(`alter table "unit" add "retired_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "building" drop column "retired_at";`);

    this.addSql(`alter table "floor" drop column "retired_at";`);

    this.addSql(`alter table "park" drop column "retired_at";`);

    this.addSql(`alter table "unit" drop column "retired_at";`);
  }
}
