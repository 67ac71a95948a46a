import { Migration } from '@mikro-orm/migrations';

/**
 * Work orders and their transition log (SPEC §3.4), under row-level security like every
 * park- and tenant-owned table: staff of the park see its orders; a tenant user sees the orders
 * filed for their own company, and may file them.
 */
export class Migration20261121210000_work_orders extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "work_order_state" as enum ('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'VERIFIED', 'CLOSED', 'CANCELLED');`,
    );
    this.addSql(
      `create type "work_order_source" as enum ('TENANT_REPAIR', 'COMPLAINT', 'INSPECTION', 'ALARM', 'MAINTENANCE_PLAN', 'PATROL', 'STAFF');`,
    );
    this.addSql(`create type "work_order_priority" as enum ('EMERGENCY', 'URGENT', 'NORMAL');`);
    this.addSql(
      `create type "work_order_category" as enum ('POWER', 'LIGHTING', 'WATER', 'HVAC', 'ELEVATOR', 'FIRE', 'CIVIL', 'DOOR_ACCESS', 'NETWORK', 'CLEANING', 'LANDSCAPING', 'SECURITY', 'OTHER');`,
    );
    this.addSql(`create sequence "work_order_number_seq";`);
    this.addSql(`create table "work_order" (
      "id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "park_id" uuid not null references "park" ("id"), "number" varchar(24) not null unique,
      "source" "work_order_source" not null, "category" "work_order_category" not null,
      "priority" "work_order_priority" not null, "state" "work_order_state" not null default 'SUBMITTED',
      "version" int not null default 0, "title" varchar(100) not null, "description" text null,
      "building_id" uuid null references "building" ("id"), "unit_id" uuid null references "unit" ("id"),
      "equipment_id" uuid null references "equipment" ("id"), "location_note" varchar(200) null,
      "tenant_id" uuid null references "tenant_company" ("id"),
      "requester_id" uuid null references "app_user" ("id") on delete set null,
      "assignee_id" uuid null references "app_user" ("id") on delete set null,
      "hold_reason" varchar(200) null, "submitted_at" timestamptz not null,
      "dispatched_at" timestamptz null, "accepted_at" timestamptz null, "started_at" timestamptz null,
      "completed_at" timestamptz null, "verified_at" timestamptz null, "closed_at" timestamptz null,
      "cancelled_at" timestamptz null);`);
    this.addSql(`create index "work_order_park_id_state_index" on "work_order" ("park_id", "state");`);
    this.addSql(
      `create index "work_order_assignee_id_state_index" on "work_order" ("assignee_id", "state");`,
    );
    this.addSql(`create index "work_order_tenant_id_index" on "work_order" ("tenant_id");`);
    this.addSql(`create table "work_order_event" (
      "id" uuid not null primary key, "park_id" uuid not null references "park" ("id"),
      "work_order_id" uuid not null references "work_order" ("id") on delete cascade,
      "action" varchar(16) not null, "from_state" "work_order_state" null, "to_state" "work_order_state" not null,
      "actor_id" uuid null, "actor_label" varchar(100) null, "note" varchar(500) null, "created_at" timestamptz not null);`);
    this.addSql(
      `create index "work_order_event_work_order_id_created_at_index" on "work_order_event" ("work_order_id", "created_at");`,
    );

    for (const table of ['work_order', 'work_order_event']) {
      this.addSql(
        `alter table "${table}" enable row level security; alter table "${table}" force row level security;`,
      );
    }
    const visible = `app_park_visible(park_id) and (app_actor_kind() in ('staff', 'partner')
      or (app_actor_kind() = 'tenant' and tenant_id = app_tenant_id()))`;
    const writable = `app_park_visible(park_id) and (app_actor_kind() = 'staff'
      or (app_actor_kind() = 'tenant' and tenant_id = app_tenant_id()))`;
    this.addSql(`create policy work_order_read on "work_order" for select using (${visible});`);
    this.addSql(
      `create policy work_order_write on "work_order" for all using (${writable}) with check (${writable});`,
    );
    const ofVisibleOrder = `work_order_id in (select id from work_order)`;
    this.addSql(
      `create policy work_order_event_access on "work_order_event" for all using (${ofVisibleOrder}) with check (${ofVisibleOrder});`,
    );
    // Default privileges grant the tables; the number sequence needs its own.
    this.addSql(`grant usage, select on sequence "work_order_number_seq" to park_app;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "work_order_event", "work_order" cascade;`);
    this.addSql(`drop sequence if exists "work_order_number_seq";`);
    this.addSql(
      `drop type if exists "work_order_state", "work_order_source", "work_order_priority", "work_order_category";`,
    );
  }
}
