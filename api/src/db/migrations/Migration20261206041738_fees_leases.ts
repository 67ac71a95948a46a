import { Migration } from '@mikro-orm/migrations';

/**
 * Fee standards with dated rates, and lease contracts with their units (issue 19 §1–§2). By hand:
 * the exclusion constraint that keeps two signed leases of one unit from overlapping in time
 * (`btree_gist`, a trusted extension any database owner may create), the checks, and row-level
 * security: fee standards are public notices (收费公示) every actor of the park may read and
 * staff change; a lease and its units are the park's staff's, and a tenant reads its own.
 */
export class Migration20261206041738_fees_leases extends Migration {
  override name = 'Migration20261206041738_fees_leases';

  override up(): void | Promise<void> {
    this.addSql(
      `create type "fee_item" as enum ('RENT', 'PROPERTY_FEE', 'UTILITY', 'PARKING', 'ROOM_BOOKING', 'REPAIR', 'SERVICE', 'DEPOSIT');`,
    );
    this.addSql(
      `create type "fee_basis" as enum ('PER_M2_MONTH', 'PER_METER_UNIT', 'PER_MONTH', 'PER_USE');`,
    );
    this.addSql(`create type "money_rounding" as enum ('HALF_UP', 'DOWN', 'UP');`);
    this.addSql(`create type "lease_status" as enum ('DRAFT', 'SIGNED', 'ACTIVE', 'EXPIRED', 'TERMINATED');`);
    this.addSql(`create type "payment_cycle" as enum ('MONTHLY', 'QUARTERLY');`);
    this.addSql(`create type "escalation_kind" as enum ('NONE', 'FIXED_PERCENT', 'STEPPED');`);
    this.addSql(
      `create table "fee_standard" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "code" varchar(30) not null, "name" varchar(60) not null, "item" "fee_item" not null, "basis" "fee_basis" not null, "meter_kind" "meter_kind" null, "rounding" "money_rounding" not null, "description" varchar(500) null, "active" boolean not null default true, primary key ("id"));`,
    );
    this.addSql(
      `alter table "fee_standard" add constraint "fee_standard_park_id_code_unique" unique ("park_id", "code");`,
    );

    this.addSql(
      `create table "lease" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "tenant_id" uuid not null, "number" varchar(30) not null, "status" "lease_status" not null, "start_on" date not null, "end_on" date not null, "payment_cycle" "payment_cycle" not null, "rent_price" numeric(12,4) not null, "rent_rounding" "money_rounding" not null, "escalation" "escalation_kind" not null, "escalation_percent" numeric(5,2) null, "rent_steps" jsonb not null, "free_periods" jsonb not null, "property_fee_standard_id" uuid null, "deposit_fen" bigint not null default '0', "late_fee_permille" numeric(5,2) not null default '0', "due_days" smallint not null default 15, "notes" varchar(500) null, "signed_at" timestamptz null, "signed_by_id" uuid null, "terminated_on" date null, "termination_reason" varchar(200) null, "renewal_of_id" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "lease_tenant_id_index" on "lease" ("tenant_id");`);
    this.addSql(
      `create index "lease_park_id_status_end_on_index" on "lease" ("park_id", "status", "end_on");`,
    );
    this.addSql(
      `alter table "lease" add constraint "lease_park_id_number_unique" unique ("park_id", "number");`,
    );

    this.addSql(
      `create table "fee_rate" ("id" uuid not null, "created_at" timestamptz not null, "park_id" uuid not null, "standard_id" uuid not null, "effective_from" date not null, "price" numeric(12,4) not null, "created_by_id" uuid null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "fee_rate" add constraint "fee_rate_standard_id_effective_from_unique" unique ("standard_id", "effective_from");`,
    );

    this.addSql(
      `create table "lease_unit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "lease_id" uuid not null, "unit_id" uuid not null, "unit_code" varchar(32) not null, "area" numeric(10,2) not null, "term" daterange null, primary key ("id"));`,
    );
    this.addSql(`create index "lease_unit_unit_id_index" on "lease_unit" ("unit_id");`);
    this.addSql(
      `alter table "lease_unit" add constraint "lease_unit_lease_id_unit_id_unique" unique ("lease_id", "unit_id");`,
    );

    this.addSql(
      `alter table "fee_standard" add constraint "fee_standard_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );

    this.addSql(
      `alter table "lease" add constraint "lease_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "lease" add constraint "lease_tenant_id_foreign" foreign key ("tenant_id") references "tenant_company" ("id");`,
    );
    this.addSql(
      `alter table "lease" add constraint "lease_property_fee_standard_id_foreign" foreign key ("property_fee_standard_id") references "fee_standard" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "lease" add constraint "lease_signed_by_id_foreign" foreign key ("signed_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "lease" add constraint "lease_renewal_of_id_foreign" foreign key ("renewal_of_id") references "lease" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "fee_rate" add constraint "fee_rate_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "fee_rate" add constraint "fee_rate_standard_id_foreign" foreign key ("standard_id") references "fee_standard" ("id");`,
    );
    this.addSql(
      `alter table "fee_rate" add constraint "fee_rate_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "lease_unit" add constraint "lease_unit_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "lease_unit" add constraint "lease_unit_lease_id_foreign" foreign key ("lease_id") references "lease" ("id");`,
    );
    this.addSql(
      `alter table "lease_unit" add constraint "lease_unit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id");`,
    );

    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(
      `alter table "lease_unit" add constraint "lease_unit_term_excl" exclude using gist ("unit_id" with =, "term" with &&) where ("term" is not null);`,
    );
    this.addSql(`alter table "lease" add constraint "lease_term_check" check ("end_on" >= "start_on");`);
    this.addSql(`alter table "lease" add constraint "lease_deposit_check" check ("deposit_fen" >= 0);`);
    this.addSql(`alter table "lease" add constraint "lease_rent_check" check ("rent_price" >= 0);`);
    this.addSql(`alter table "fee_rate" add constraint "fee_rate_price_check" check ("price" >= 0);`);
    this.addSql(`alter table "lease_unit" add constraint "lease_unit_area_check" check ("area" > 0);`);
    this.addSql(`create index "lease_unit_lease_id_index" on "lease_unit" ("lease_id");`);

    const force = (table: string) =>
      this.addSql(
        `alter table "${table}" enable row level security; alter table "${table}" force row level security;`,
      );
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    for (const table of ['fee_standard', 'fee_rate']) {
      force(table);
      this.addSql(`create policy ${table}_read on "${table}" for select using (app_park_visible(park_id));`);
      this.addSql(
        `create policy ${table}_write on "${table}" for all using (${staff}) with check (${staff});`,
      );
    }
    const own = `app_park_visible(park_id) and app_actor_kind() = 'tenant' and tenant_id = app_tenant_id()`;
    force('lease');
    this.addSql(`create policy lease_read on "lease" for select using ((${staff}) or (${own}));`);
    this.addSql(`create policy lease_write on "lease" for all using (${staff}) with check (${staff});`);
    force('lease_unit');
    this.addSql(
      `create policy lease_unit_read on "lease_unit" for select using ((${staff}) or (app_actor_kind() = 'tenant' and exists (select 1 from lease l where l.id = lease_id)));`,
    );
    this.addSql(
      `create policy lease_unit_write on "lease_unit" for all using (${staff}) with check (${staff});`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "lease" drop constraint "lease_property_fee_standard_id_foreign";`);
    this.addSql(`alter table "fee_rate" drop constraint "fee_rate_standard_id_foreign";`);
    this.addSql(`alter table "lease" drop constraint "lease_renewal_of_id_foreign";`);
    this.addSql(`alter table "lease_unit" drop constraint "lease_unit_lease_id_foreign";`);

    this.addSql(`drop table if exists "fee_standard" cascade;`);
    this.addSql(`drop table if exists "lease" cascade;`);
    this.addSql(`drop table if exists "fee_rate" cascade;`);
    this.addSql(`drop table if exists "lease_unit" cascade;`);

    this.addSql(`drop type "fee_item";`);
    this.addSql(`drop type "fee_basis";`);
    this.addSql(`drop type "money_rounding";`);
    this.addSql(`drop type "lease_status";`);
    this.addSql(`drop type "payment_cycle";`);
    this.addSql(`drop type "escalation_kind";`);
  }
}
