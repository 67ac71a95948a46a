import { Migration } from '@mikro-orm/migrations';

/**
 * Equipment QR labels that anyone can report a fault through (issue 16 item 5): each equipment
 * gets a random public token (the label's link; not the sequential code), existing rows one each
 * from the column default; reports are kept per work order with the reporter's unverified name
 * and phone, for park staff only (row-level security by hand below).
 */
export class Migration20261205093656_equipment_public_reports extends Migration {
  override name = 'Migration20261205093656_equipment_public_reports';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "fault_report" ("id" uuid not null, "created_at" timestamptz not null, "park_id" uuid not null, "equipment_id" uuid not null, "work_order_id" uuid not null, "description" varchar(500) not null, "reporter_name" varchar(50) null, "reporter_phone" varchar(20) null, "filed_order" boolean not null, primary key ("id"));`,
    );
    this.addSql(`create index "fault_report_equipment_id_index" on "fault_report" ("equipment_id");`);
    this.addSql(`create index "fault_report_work_order_id_index" on "fault_report" ("work_order_id");`);

    this.addSql(
      `alter table "equipment" add "public_token" varchar(32) not null default replace(gen_random_uuid()::text, '-', ''), add "last_reported_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "equipment" add constraint "equipment_public_token_unique" unique ("public_token");`,
    );

    this.addSql(`alter type "work_order_source" add value if not exists 'PUBLIC_REPORT' after 'STAFF';`);

    this.addSql(
      `alter table "fault_report" add constraint "fault_report_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "fault_report" add constraint "fault_report_equipment_id_foreign" foreign key ("equipment_id") references "equipment" ("id");`,
    );
    this.addSql(
      `alter table "fault_report" add constraint "fault_report_work_order_id_foreign" foreign key ("work_order_id") references "work_order" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "fault_report" enable row level security; alter table "fault_report" force row level security;`,
    );
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    this.addSql(
      `create policy fault_report_access on "fault_report" for all using (${staff}) with check (${staff});`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "fault_report" cascade;`);

    this.addSql(`alter table "equipment" drop constraint "equipment_public_token_unique";`);
    this.addSql(`alter table "equipment" drop column "public_token", drop column "last_reported_at";`);
  }
}
