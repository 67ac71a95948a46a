import { Migration } from '@mikro-orm/migrations';

/**
 * Photos of manual meter readings (issue 18 §4): an attachment now belongs to a work order or to
 * a meter (`owner_kind`, exactly one owner: a check), and records when a reading took it as
 * evidence (`used_at`). By hand: the meter's foreign key (the attachment entity keeps a plain id,
 * so that feature does not depend on energy), the check, and row-level security for meter
 * photos mirroring the meter's: staff of the park read and write them, a company reads the
 * photos of its own meters. Work-order attachments keep their policy (`attachment_access`).
 */
export class Migration20261205192518_meter_reading_photos extends Migration {
  override name = 'Migration20261205192518_meter_reading_photos';

  override up(): void | Promise<void> {
    this.addSql(`create type "attachment_owner_kind" as enum ('WORK_ORDER', 'METER');`);
    this.addSql(
      `alter table "attachment" add "owner_kind" "attachment_owner_kind" not null default 'WORK_ORDER', add "meter_id" uuid null, add "used_at" timestamptz null;`,
    );
    this.addSql(`alter table "attachment" alter column "work_order_id" drop not null;`);
    this.addSql(`create index "attachment_meter_id_index" on "attachment" ("meter_id");`);

    this.addSql(
      `alter table "attachment" add constraint "attachment_meter_id_foreign" foreign key ("meter_id") references "meter" ("id") on delete cascade;`,
    );
    this.addSql(`alter table "attachment" add constraint "attachment_one_owner" check (
      ("owner_kind" = 'WORK_ORDER' and "work_order_id" is not null and "meter_id" is null)
      or ("owner_kind" = 'METER' and "meter_id" is not null and "work_order_id" is null));`);
    // Only a meter's photo is ever taken as evidence.
    this.addSql(
      `alter table "attachment" add constraint "attachment_used_by_meter" check ("used_at" is null or "owner_kind" = 'METER');`,
    );

    const meterPhoto = `owner_kind = 'METER'`;
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    const ownMeter = `app_actor_kind() = 'tenant' and app_park_visible(park_id) and meter_id in (select m.id from meter m where m.tenant_id = app_tenant_id())`;
    // Written rows name a meter of the same park.
    const sameParkMeter = `(meter_id, park_id) in (select m.id, m.park_id from meter m)`;
    this.addSql(
      `create policy attachment_meter_read on "attachment" for select using (${meterPhoto} and ((${staff}) or (${ownMeter})));`,
    );
    this.addSql(
      `create policy attachment_meter_write on "attachment" for all using (${meterPhoto} and ${staff}) with check (${meterPhoto} and ${staff} and ${sameParkMeter});`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop policy if exists attachment_meter_write on "attachment";`);
    this.addSql(`drop policy if exists attachment_meter_read on "attachment";`);
    this.addSql(`delete from "attachment" where "owner_kind" = 'METER';`);
    this.addSql(`alter table "attachment" drop constraint if exists "attachment_used_by_meter";`);
    this.addSql(`alter table "attachment" drop constraint if exists "attachment_one_owner";`);
    this.addSql(`alter table "attachment" drop constraint if exists "attachment_meter_id_foreign";`);
    this.addSql(`drop index "attachment_meter_id_index";`);
    this.addSql(
      `alter table "attachment" drop column "owner_kind", drop column "meter_id", drop column "used_at";`,
    );
    this.addSql(`alter table "attachment" alter column "work_order_id" set not null;`);
    this.addSql(`drop type "attachment_owner_kind";`);
  }
}
