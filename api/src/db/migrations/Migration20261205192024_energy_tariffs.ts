import { Migration } from '@mikro-orm/migrations';

/**
 * Energy prices and carbon (SPEC §3.2, issue 18 item 5): time-of-use tariff versions 峰平谷 with
 * their periods, and dated emission factors (generated); by hand the checks (whole hours, prices
 * not negative) and row-level security: staff of the park manage them, a tenant of the park and
 * the system (bill runs) read them — prices are what a tenant is charged, not a secret.
 */
export class Migration20261205192024_energy_tariffs extends Migration {
  override name = 'Migration20261205192024_energy_tariffs';

  override up(): void | Promise<void> {
    this.addSql(`create type "tou_band" as enum ('SHARP', 'PEAK', 'FLAT', 'VALLEY');`);
    this.addSql(
      `create table "energy_tariff" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "kind" "meter_kind" not null, "effective_from" date not null, "name" varchar(60) not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "energy_tariff" add constraint "energy_tariff_park_id_kind_effective_from_unique" unique ("park_id", "kind", "effective_from");`,
    );

    this.addSql(
      `create table "energy_tariff_period" ("id" uuid not null, "created_at" timestamptz not null, "park_id" uuid not null, "tariff_id" uuid not null, "band" "tou_band" not null, "start_hour" smallint not null, "end_hour" smallint not null, "price" numeric(10,4) not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "energy_tariff_period" add constraint "energy_tariff_period_tariff_id_start_hour_unique" unique ("tariff_id", "start_hour");`,
    );

    this.addSql(
      `create table "emission_factor" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "kind" "meter_kind" not null, "effective_from" date not null, "kg_per_unit" numeric(10,6) not null, "source" varchar(120) not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "emission_factor" add constraint "emission_factor_park_id_kind_effective_from_unique" unique ("park_id", "kind", "effective_from");`,
    );

    this.addSql(
      `alter table "energy_tariff" add constraint "energy_tariff_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );

    this.addSql(
      `alter table "energy_tariff_period" add constraint "energy_tariff_period_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "energy_tariff_period" add constraint "energy_tariff_period_tariff_id_foreign" foreign key ("tariff_id") references "energy_tariff" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "emission_factor" add constraint "emission_factor_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `create index "energy_tariff_period_tariff_id_index" on "energy_tariff_period" ("tariff_id");`,
    );
    this.addSql(`alter table "energy_tariff_period" add constraint "energy_tariff_period_values_check" check (
      "start_hour" between 0 and 23 and "end_hour" between 1 and 24 and "start_hour" < "end_hour" and "price" >= 0);`);
    this.addSql(
      `alter table "emission_factor" add constraint "emission_factor_values_check" check ("kg_per_unit" >= 0);`,
    );
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    const reader = `(${staff}) or app_actor_kind() = 'system' or (app_actor_kind() = 'tenant' and app_park_visible(park_id))`;
    for (const table of ['energy_tariff', 'energy_tariff_period', 'emission_factor']) {
      this.addSql(
        `alter table "${table}" enable row level security; alter table "${table}" force row level security;`,
      );
      this.addSql(`create policy ${table}_read on "${table}" for select using (${reader});`);
      this.addSql(
        `create policy ${table}_write on "${table}" for all using (${staff}) with check (${staff});`,
      );
    }
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "energy_tariff_period" drop constraint "energy_tariff_period_tariff_id_foreign";`,
    );

    this.addSql(`drop table if exists "energy_tariff" cascade;`);
    this.addSql(`drop table if exists "energy_tariff_period" cascade;`);
    this.addSql(`drop table if exists "emission_factor" cascade;`);

    this.addSql(`drop type "tou_band";`);
  }
}
