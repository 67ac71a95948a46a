import { Migration } from '@mikro-orm/migrations';

/**
 * Parking (SPEC §3.3): lots with spaces by type, the dated rate table, listed and blocked plates,
 * stays (at most one open per plate and park), gate events (a partner's event id once per park)
 * and the charges of temporary stays. By hand: the one-open-stay index, checks, RLS.
 */
export class Migration20261205130036_parking extends Migration {
  override name = 'Migration20261205130036_parking';

  override up(): void | Promise<void> {
    this.addSql(
      `create type "parking_space_type" as enum ('REGULAR', 'EV_CHARGING', 'RESERVED', 'ACCESSIBLE');`,
    );
    this.addSql(
      `create type "parking_decision" as enum ('WHITELISTED', 'VISITOR', 'TEMPORARY', 'DENIED_FULL', 'DENIED_BLACKLIST', 'DENIED_ALREADY_INSIDE', 'EXITED', 'EXIT_NO_SESSION');`,
    );
    this.addSql(`create type "gate_direction" as enum ('IN', 'OUT');`);
    this.addSql(`create type "gate_source" as enum ('PARTNER', 'STAFF');`);
    this.addSql(`create type "parking_charge_status" as enum ('UNBILLED', 'BILLED', 'PAID');`);
    this.addSql(`create type "vehicle_list_kind" as enum ('ALLOW', 'BLOCK');`);
    this.addSql(
      `create table "parking_lot" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "building_id" uuid null, "code" varchar(20) not null, "name" varchar(60) not null, "regular_spaces" int not null, "ev_spaces" int not null, "reserved_spaces" int not null, "accessible_spaces" int not null, "active" boolean not null default true, primary key ("id"));`,
    );
    this.addSql(
      `alter table "parking_lot" add constraint "parking_lot_park_id_code_unique" unique ("park_id", "code");`,
    );

    this.addSql(
      `create table "parking_rate" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "effective_from" date not null, "free_minutes" smallint not null, "per_hour_fen" int not null, "daily_cap_fen" int not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "parking_rate" add constraint "parking_rate_park_id_effective_from_unique" unique ("park_id", "effective_from");`,
    );

    this.addSql(
      `create table "parking_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "lot_id" uuid not null, "plate" varchar(10) not null, "space_type" "parking_space_type" not null, "entry_decision" "parking_decision" not null, "entered_at" timestamptz not null, "exited_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "parking_session_lot_id_exited_at_index" on "parking_session" ("lot_id", "exited_at");`,
    );

    this.addSql(
      `create table "parking_event" ("id" uuid not null, "created_at" timestamptz not null, "park_id" uuid not null, "lot_id" uuid not null, "direction" "gate_direction" not null, "plate" varchar(10) not null, "occurred_at" timestamptz not null, "decision" "parking_decision" not null, "admitted" boolean not null, "session_id" uuid null, "space_type" "parking_space_type" null, "source" "gate_source" not null, "external_id" varchar(64) null, "fee_fen" int null, primary key ("id"));`,
    );
    this.addSql(
      `create index "parking_event_park_id_occurred_at_index" on "parking_event" ("park_id", "occurred_at");`,
    );
    this.addSql(
      `alter table "parking_event" add constraint "parking_event_park_id_external_id_unique" unique ("park_id", "external_id");`,
    );

    this.addSql(
      `create table "parking_charge" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "session_id" uuid not null, "plate" varchar(10) not null, "amount_fen" int not null, "charged_hours" int not null, "status" "parking_charge_status" not null, "entered_at" timestamptz not null, "exited_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "parking_charge" add constraint "parking_charge_session_id_unique" unique ("session_id");`,
    );

    this.addSql(
      `create table "vehicle_list_entry" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "tenant_id" uuid null, "kind" "vehicle_list_kind" not null, "plate" varchar(10) not null, "owner_name" varchar(50) null, "space_type" "parking_space_type" null, "valid_from" date null, "valid_until" date null, "note" varchar(200) null, primary key ("id"));`,
    );
    this.addSql(`create index "vehicle_list_entry_tenant_id_index" on "vehicle_list_entry" ("tenant_id");`);
    this.addSql(
      `alter table "vehicle_list_entry" add constraint "vehicle_list_entry_park_id_plate_tenant_id_unique" unique ("park_id", "plate", "tenant_id");`,
    );

    this.addSql(
      `alter table "parking_lot" add constraint "parking_lot_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "parking_lot" add constraint "parking_lot_building_id_foreign" foreign key ("building_id") references "building" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "parking_rate" add constraint "parking_rate_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );

    this.addSql(
      `alter table "parking_session" add constraint "parking_session_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "parking_session" add constraint "parking_session_lot_id_foreign" foreign key ("lot_id") references "parking_lot" ("id");`,
    );

    this.addSql(
      `alter table "parking_event" add constraint "parking_event_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "parking_event" add constraint "parking_event_lot_id_foreign" foreign key ("lot_id") references "parking_lot" ("id");`,
    );
    this.addSql(
      `alter table "parking_event" add constraint "parking_event_session_id_foreign" foreign key ("session_id") references "parking_session" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "parking_charge" add constraint "parking_charge_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "parking_charge" add constraint "parking_charge_session_id_foreign" foreign key ("session_id") references "parking_session" ("id");`,
    );

    this.addSql(
      `alter table "vehicle_list_entry" add constraint "vehicle_list_entry_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "vehicle_list_entry" add constraint "vehicle_list_entry_tenant_id_foreign" foreign key ("tenant_id") references "tenant_company" ("id") on delete set null;`,
    );

    // A car is inside once: however many entries race, one open stay per plate and park.
    this.addSql(
      `create unique index "parking_session_open_plate_unique" on "parking_session" ("park_id", "plate") where "exited_at" is null;`,
    );
    // The park's own and blocked plates (no company) are listed once too.
    this.addSql(
      `create unique index "vehicle_list_entry_park_plate_unique" on "vehicle_list_entry" ("park_id", "plate", "kind") where "tenant_id" is null;`,
    );
    this.addSql(`alter table "parking_lot" add constraint "parking_lot_spaces_check" check (
      "regular_spaces" >= 0 and "ev_spaces" >= 0 and "reserved_spaces" >= 0 and "accessible_spaces" >= 0);`);
    this.addSql(`alter table "parking_rate" add constraint "parking_rate_amounts_check" check (
      "free_minutes" >= 0 and "per_hour_fen" >= 0 and "daily_cap_fen" >= "per_hour_fen");`);
    this.addSql(
      `alter table "parking_charge" add constraint "parking_charge_amount_check" check ("amount_fen" >= 0 and "exited_at" >= "entered_at");`,
    );
    this.addSql(
      `alter table "parking_session" add constraint "parking_session_times_check" check ("exited_at" is null or "exited_at" >= "entered_at");`,
    );
    this.addSql(
      `alter table "vehicle_list_entry" add constraint "vehicle_list_entry_block_check" check ("kind" = 'ALLOW' or "tenant_id" is null);`,
    );

    const force = (table: string) =>
      this.addSql(
        `alter table "${table}" enable row level security; alter table "${table}" force row level security;`,
      );
    // Lots and rates: staff and partner keys of the park read them; staff change them.
    const parkRead = `app_actor_kind() in ('staff', 'partner') and app_park_visible(park_id)`;
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    for (const table of ['parking_lot', 'parking_rate']) {
      force(table);
      this.addSql(`create policy ${table}_read on "${table}" for select using (${parkRead});`);
      this.addSql(
        `create policy ${table}_write on "${table}" for all using (${staff}) with check (${staff});`,
      );
    }
    // Stays, gate events and charges: written at the gate by a partner key or the booth.
    for (const table of ['parking_session', 'parking_event', 'parking_charge']) {
      force(table);
      this.addSql(
        `create policy ${table}_access on "${table}" for all using (${parkRead}) with check (${parkRead});`,
      );
    }
    // Listed vehicles: staff and gates see the park's; a tenant sees and keeps only its company's
    // (let in, never blocked).
    force('vehicle_list_entry');
    const own = `app_park_visible(park_id) and app_actor_kind() = 'tenant' and tenant_id = app_tenant_id()`;
    this.addSql(
      `create policy vehicle_list_entry_read on "vehicle_list_entry" for select using ((${parkRead}) or (${own}));`,
    );
    this.addSql(
      `create policy vehicle_list_entry_write on "vehicle_list_entry" for all using ((${staff}) or (${own})) with check ((${staff}) or (${own} and kind = 'ALLOW'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "parking_session" drop constraint "parking_session_lot_id_foreign";`);
    this.addSql(`alter table "parking_event" drop constraint "parking_event_lot_id_foreign";`);
    this.addSql(`alter table "parking_event" drop constraint "parking_event_session_id_foreign";`);
    this.addSql(`alter table "parking_charge" drop constraint "parking_charge_session_id_foreign";`);

    this.addSql(`drop table if exists "parking_lot" cascade;`);
    this.addSql(`drop table if exists "parking_rate" cascade;`);
    this.addSql(`drop table if exists "parking_session" cascade;`);
    this.addSql(`drop table if exists "parking_event" cascade;`);
    this.addSql(`drop table if exists "parking_charge" cascade;`);
    this.addSql(`drop table if exists "vehicle_list_entry" cascade;`);

    this.addSql(`drop type "parking_space_type";`);
    this.addSql(`drop type "parking_decision";`);
    this.addSql(`drop type "gate_direction";`);
    this.addSql(`drop type "gate_source";`);
    this.addSql(`drop type "parking_charge_status";`);
    this.addSql(`drop type "vehicle_list_kind";`);
  }
}
