import { Migration } from '@mikro-orm/migrations';

/**
 * Maintenance plans (SPEC §3.1): recurrence, checklist, grace, next due date; their work orders
 * carry the plan and the due date they answer (one order per plan and date).
 */
export class Migration20261122020000_maintenance_plans extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "recurrence_unit" as enum ('DAY', 'WEEK', 'MONTH', 'YEAR');`);
    this.addSql(`create table "maintenance_plan" (
      "id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "park_id" uuid not null references "park" ("id"),
      "name" varchar(100) not null,
      "equipment_id" uuid null references "equipment" ("id"),
      "equipment_category" "equipment_category" null,
      "work_category" "work_order_category" not null,
      "recurrence_unit" "recurrence_unit" not null,
      "recurrence_interval" smallint not null check ("recurrence_interval" between 1 and 366),
      "checklist" text[] not null default '{}',
      "grace_days" smallint not null check ("grace_days" between 0 and 60),
      "next_due_on" date not null, "anchor_day" smallint not null check ("anchor_day" between 1 and 31),
      "active" boolean not null default true, "statutory" boolean not null default false,
      "basis" varchar(200) null,
      constraint "maintenance_plan_target_check" check (("equipment_id" is null) <> ("equipment_category" is null)));`);
    this.addSql(`create index "maintenance_plan_park_id_index" on "maintenance_plan" ("park_id");`);
    this.addSql(
      `alter table "maintenance_plan" enable row level security; alter table "maintenance_plan" force row level security;`,
    );
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    this.addSql(
      `create policy maintenance_plan_access on "maintenance_plan" for all using (${staff}) with check (${staff});`,
    );
    this.addSql(`alter table "work_order"
      add column "maintenance_plan_id" uuid null references "maintenance_plan" ("id") on delete set null,
      add column "plan_due_on" date null;`);
    this.addSql(
      `create unique index "work_order_maintenance_plan_id_plan_due_on_unique" on "work_order" ("maintenance_plan_id", "plan_due_on");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "work_order" drop column "maintenance_plan_id", drop column "plan_due_on";`);
    this.addSql(`drop table if exists "maintenance_plan";`);
    this.addSql(`drop type if exists "recurrence_unit";`);
  }
}
