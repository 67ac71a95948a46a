import { Migration } from '@mikro-orm/migrations';

/**
 * Energy (SPEC §3.2): meters and virtual meters (generated), and by hand: the device links
 * (one meter per device, or one per register of a multi-register device), checks, the readings
 * table partitioned by month (partitions live in the `energy_history` schema, which the
 * application role cannot reach: it reads and writes through the parent, under its policies),
 * the function that creates partitions ahead, the rollup table, and row-level security. A
 * tenant sees its own meters and their readings and rollups; the ingest, as the `system` actor,
 * reads meters and writes readings, rollups and each meter's baseline.
 */
export class Migration20261205161304_energy extends Migration {
  override name = 'Migration20261205161304_energy';

  override up(): void | Promise<void> {
    this.addSql(`create type "meter_kind" as enum ('ELECTRICITY', 'WATER', 'GAS', 'HEAT', 'COOLING');`);
    this.addSql(`create type "meter_level" as enum ('PARK', 'BUILDING', 'FLOOR', 'TENANT', 'EQUIPMENT');`);
    this.addSql(
      `create table "meter" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "code" varchar(30) not null, "name" varchar(60) not null, "kind" "meter_kind" not null, "level" "meter_level" not null, "parent_id" uuid null, "building_id" uuid null, "floor_id" uuid null, "unit_id" uuid null, "tenant_id" uuid null, "multiplier" numeric(12,4) not null default 1, "register_digits" smallint null, "spike_limit" numeric(14,3) null, "interval_minutes" smallint not null default 15, "virtual" boolean not null default false, "device_id" uuid null, "device_register" varchar(30) null, "time_zone" varchar(64) not null, "active" boolean not null default true, "last_reading_at" timestamptz null, "baseline_at" timestamptz null, "baseline_value" numeric(16,3) null, primary key ("id"));`,
    );
    this.addSql(`create index "meter_tenant_id_index" on "meter" ("tenant_id");`);
    this.addSql(`create index "meter_parent_id_index" on "meter" ("parent_id");`);
    this.addSql(`create index "meter_device_id_index" on "meter" ("device_id");`);
    this.addSql(`alter table "meter" add constraint "meter_park_id_code_unique" unique ("park_id", "code");`);

    this.addSql(
      `create table "virtual_meter_term" ("id" uuid not null, "created_at" timestamptz not null, "park_id" uuid not null, "virtual_meter_id" uuid not null, "meter_id" uuid not null, "sign" smallint not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "virtual_meter_term" add constraint "virtual_meter_term_virtual_meter_id_meter_id_unique" unique ("virtual_meter_id", "meter_id");`,
    );

    this.addSql(
      `alter table "meter" add constraint "meter_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "meter" add constraint "meter_parent_id_foreign" foreign key ("parent_id") references "meter" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "meter" add constraint "meter_building_id_foreign" foreign key ("building_id") references "building" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "meter" add constraint "meter_floor_id_foreign" foreign key ("floor_id") references "floor" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "meter" add constraint "meter_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "meter" add constraint "meter_tenant_id_foreign" foreign key ("tenant_id") references "tenant_company" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "virtual_meter_term" add constraint "virtual_meter_term_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "virtual_meter_term" add constraint "virtual_meter_term_virtual_meter_id_foreign" foreign key ("virtual_meter_id") references "meter" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "virtual_meter_term" add constraint "virtual_meter_term_meter_id_foreign" foreign key ("meter_id") references "meter" ("id");`,
    );

    this.addSql(
      `create unique index "meter_device_unique" on "meter" ("device_id") where "device_id" is not null and "device_register" is null;`,
    );
    this.addSql(
      `create unique index "meter_device_register_unique" on "meter" ("device_id", "device_register") where "device_register" is not null;`,
    );
    this.addSql(`alter table "meter" add constraint "meter_values_check" check (
      "multiplier" > 0 and ("register_digits" is null or "register_digits" between 1 and 12)
      and ("spike_limit" is null or "spike_limit" > 0) and "interval_minutes" between 1 and 1440
      and (not "virtual" or "device_id" is null) and ("device_register" is null or "device_id" is not null));`);
    this.addSql(
      `alter table "virtual_meter_term" add constraint "virtual_meter_term_sign_check" check ("sign" in (-1, 1) and "virtual_meter_id" <> "meter_id");`,
    );

    this.addSql(
      `create type "reading_flag" as enum ('FIRST', 'OK', 'GAP', 'ROLLOVER', 'BACKWARD', 'ZERO', 'SPIKE');`,
    );
    this.addSql(`create type "reading_source" as enum ('DEVICE', 'MANUAL', 'SEED');`);
    // One row per meter and instant: a redelivered reading is a conflict, never a second row.
    this.addSql(`create table "meter_reading" (
      "meter_id" uuid not null, "park_id" uuid not null, "ts" timestamptz not null,
      "value" numeric(16,3) not null, "seq" bigint null, "source" "reading_source" not null,
      "flag" "reading_flag" not null, "delta" numeric(16,3) not null default 0,
      "base_ts" timestamptz null, "estimated" boolean not null default false,
      "attachment_id" uuid null, "recorded_by" uuid null, "recorded_at" timestamptz not null default now(),
      primary key ("meter_id", "ts")) partition by range ("ts");`);
    this.addSql(`create schema "energy_history";`);
    this.addSql(`revoke all on schema "energy_history" from public;`);
    // Readings dated where no month partition exists yet land here; creating the month moves them.
    this.addSql(
      `create table "energy_history"."meter_reading_default" partition of "meter_reading" default;`,
    );
    this.addSql(`create function energy_ensure_partitions(p_from timestamptz, p_to timestamptz) returns int
      language plpgsql volatile security definer set search_path = public, pg_catalog as $$
      declare m timestamptz; made int := 0; part text;
      begin
        perform pg_advisory_xact_lock(hashtextextended('energy_ensure_partitions', 0));
        m := date_trunc('month', p_from, 'UTC');
        while m < p_to loop
          part := 'meter_reading_' || to_char(m at time zone 'UTC', 'YYYYMM');
          if to_regclass('energy_history.' || part) is null then
            execute format('create table energy_history.%I (like public.meter_reading including defaults)', part);
            execute format('with moved as (delete from energy_history.meter_reading_default where ts >= %L and ts < %L returning *)
                            insert into energy_history.%I select * from moved', m, m + interval '1 month', part);
            execute format('alter table public.meter_reading attach partition energy_history.%I for values from (%L) to (%L)',
                           part, m, m + interval '1 month');
            made := made + 1;
          end if;
          m := m + interval '1 month';
        end loop;
        return made;
      end $$;`);
    this.addSql(`revoke all on function energy_ensure_partitions(timestamptz, timestamptz) from public;`);
    this.addSql(`grant execute on function energy_ensure_partitions(timestamptz, timestamptz) to park_app;`);
    // The grain is text, not an enum: text equality is leakproof, so under row-level security the
    // primary key (meter, grain, bucket) still serves the sums (an enum's would only filter).
    this.addSql(`create table "meter_rollup" (
      "meter_id" uuid not null, "park_id" uuid not null,
      "grain" text not null check ("grain" in ('QUARTER', 'HOUR', 'DAY', 'MONTH')),
      "bucket" timestamptz not null, "amount" numeric(18,3) not null, "estimated" numeric(18,3) not null default 0,
      primary key ("meter_id", "grain", "bucket"));`);

    const force = (table: string) =>
      this.addSql(
        `alter table "${table}" enable row level security; alter table "${table}" force row level security;`,
      );
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    const system = `app_actor_kind() = 'system'`;
    const ownMeter = `app_actor_kind() = 'tenant' and app_park_visible(park_id) and tenant_id = app_tenant_id()`;
    force('meter');
    this.addSql(
      `create policy meter_read on "meter" for select using ((${staff}) or (${ownMeter}) or ${system});`,
    );
    this.addSql(`create policy meter_write on "meter" for all using (${staff}) with check (${staff});`);
    this.addSql(`create policy meter_ingest on "meter" for update using (${system}) with check (${system});`);
    force('virtual_meter_term');
    this.addSql(
      `create policy virtual_meter_term_access on "virtual_meter_term" for all using (${staff}) with check (${staff});`,
    );
    // Readings and rollups: staff of the park, the ingest, and a tenant for its own meters'.
    const ownRows = `app_actor_kind() = 'tenant' and meter_id in (select m.id from meter m where m.tenant_id = app_tenant_id())`;
    for (const table of ['meter_reading', 'meter_rollup']) {
      force(table);
      this.addSql(
        `create policy ${table}_read on "${table}" for select using ((${staff}) or ${system} or (${ownRows}));`,
      );
      this.addSql(
        `create policy ${table}_write on "${table}" for all using ((${staff}) or ${system}) with check ((${staff}) or ${system});`,
      );
    }
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "meter_rollup" cascade;`);
    this.addSql(`drop table if exists "meter_reading" cascade;`);
    this.addSql(`drop function if exists energy_ensure_partitions(timestamptz, timestamptz);`);
    this.addSql(`drop schema if exists "energy_history" cascade;`);
    this.addSql(`drop type "reading_flag";`);
    this.addSql(`drop type "reading_source";`);

    this.addSql(`alter table "meter" drop constraint "meter_parent_id_foreign";`);
    this.addSql(
      `alter table "virtual_meter_term" drop constraint "virtual_meter_term_virtual_meter_id_foreign";`,
    );
    this.addSql(`alter table "virtual_meter_term" drop constraint "virtual_meter_term_meter_id_foreign";`);

    this.addSql(`drop table if exists "meter" cascade;`);
    this.addSql(`drop table if exists "virtual_meter_term" cascade;`);

    this.addSql(`drop type "meter_kind";`);
    this.addSql(`drop type "meter_level";`);
  }
}
