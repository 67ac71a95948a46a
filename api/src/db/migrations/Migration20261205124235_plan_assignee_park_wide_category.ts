import { Migration } from '@mikro-orm/migrations';

/**
 * A maintenance plan may name the staff member its orders go to; a park-wide plan order keeps the
 * equipment category it covers as a code instead of a location note written in Chinese around the
 * code ("全园区 ELEVATOR"), so each app words it. Both columns live in tables whose row-level
 * security policies cover every column already (`maintenance_plan_access`, the work-order
 * policies): nothing new to protect.
 */
export class Migration20261205124235_plan_assignee_park_wide_category extends Migration {
  override name = 'Migration20261205124235_plan_assignee_park_wide_category';

  override up(): void | Promise<void> {
    this.addSql(`alter table "maintenance_plan" add "assignee_id" uuid null;`);
    this.addSql(
      `alter table "maintenance_plan" add constraint "maintenance_plan_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on delete set null;`,
    );

    this.addSql(`alter table "work_order" add "equipment_category" "equipment_category" null;`);
    // Orders filed before: the category moves out of the note into its column.
    this.addSql(`update "work_order" w set "equipment_category" = p."equipment_category", "location_note" = null
      from "maintenance_plan" p
      where p."id" = w."maintenance_plan_id" and w."equipment_id" is null and p."equipment_category" is not null
        and w."location_note" = '全园区 ' || p."equipment_category"::text;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`update "work_order" set "location_note" = '全园区 ' || "equipment_category"::text
      where "equipment_category" is not null and "location_note" is null;`);
    this.addSql(`alter table "maintenance_plan" drop constraint "maintenance_plan_assignee_id_foreign";`);
    this.addSql(`alter table "maintenance_plan" drop column "assignee_id";`);
    this.addSql(`alter table "work_order" drop column "equipment_category";`);
  }
}
