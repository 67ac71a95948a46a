import { Migration } from '@mikro-orm/migrations';

export class Migration20261205162104_iot extends Migration {
  override name = 'Migration20261205162104_iot';

  override up(): void | Promise<void> {
    this.addSql(
      `create type "iot_device_kind" as enum ('METER', 'SENSOR', 'FIRE_PANEL', 'GATE', 'PARKING_CAMERA');`,
    );
    this.addSql(`create type "iot_device_status" as enum ('ACTIVE', 'DISABLED');`);
    this.addSql(
      `create type "iot_rejection_reason" as enum ('BAD_CREDENTIALS', 'FORBIDDEN_TOPIC', 'RETAINED', 'RATE_LIMITED', 'MALFORMED', 'UNKNOWN_DEVICE', 'TOPIC_MISMATCH', 'INVALID_VALUE');`,
    );
    this.addSql(
      `create table "iot_device" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "code" varchar(40) not null, "kind" "iot_device_kind" not null, "name" varchar(100) not null, "location" varchar(200) null, "status" "iot_device_status" not null, "secret_hash" varchar(200) not null, "secret_issued_at" timestamptz not null, "last_seen_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "iot_device_park_id_kind_index" on "iot_device" ("park_id", "kind");`);
    this.addSql(
      `alter table "iot_device" add constraint "iot_device_park_code_unique" unique ("park_id", "code");`,
    );

    this.addSql(
      `create table "iot_rejection" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "device_code" varchar(40) not null, "device_id" uuid null, "reason" "iot_rejection_reason" not null, "count" int not null default 0, "last_at" timestamptz not null, "last_detail" varchar(200) null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "iot_rejection" add constraint "iot_rejection_device_reason_unique" unique ("park_id", "device_code", "reason");`,
    );

    this.addSql(
      `alter table "iot_device" add constraint "iot_device_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );

    this.addSql(
      `alter table "iot_rejection" add constraint "iot_rejection_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "iot_rejection" add constraint "iot_rejection_device_id_foreign" foreign key ("device_id") references "iot_device" ("id") on delete cascade;`,
    );
    this.addSql(`create index "iot_rejection_device_id_index" on "iot_rejection" ("device_id");`);

    // Devices and their counters are staff's of the park (the ingest and the broker act as the job
    // actor, which row-level security treats as staff of every park); tenants and partners see none.
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    for (const table of ['iot_device', 'iot_rejection']) {
      this.addSql(
        `alter table "${table}" enable row level security; alter table "${table}" force row level security;`,
      );
      this.addSql(
        `create policy ${table}_access on "${table}" for all using (${staff}) with check (${staff});`,
      );
    }
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "iot_rejection" drop constraint "iot_rejection_device_id_foreign";`);

    this.addSql(`drop table if exists "iot_device" cascade;`);
    this.addSql(`drop table if exists "iot_rejection" cascade;`);

    this.addSql(`drop type "iot_device_kind";`);
    this.addSql(`drop type "iot_device_status";`);
    this.addSql(`drop type "iot_rejection_reason";`);
  }
}
