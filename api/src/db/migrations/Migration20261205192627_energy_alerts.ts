import { Migration } from '@mikro-orm/migrations';

/**
 * Energy alerts (issue 18 §6). By hand: the partial unique index that keeps one active alert per
 * rule and meter (the evaluation inserts with `on conflict do nothing` against it), and row-level
 * security: rules are staff's (their parks'); alerts are staff's and the job's, and a tenant reads
 * those of its own meters, like `meter`.
 */
export class Migration20261205192627_energy_alerts extends Migration {
  override name = 'Migration20261205192627_energy_alerts';

  override up(): void | Promise<void> {
    this.addSql(
      `create type "energy_alert_kind" as enum ('THRESHOLD', 'ABOVE_BASELINE', 'NIGHT_USE', 'NIGHT_WATER_FLOW', 'OFFLINE');`,
    );
    this.addSql(`create type "energy_alert_grain" as enum ('QUARTER', 'HOUR', 'DAY');`);
    this.addSql(`create type "energy_alert_status" as enum ('OPEN', 'ACKNOWLEDGED', 'CLEARED', 'CLOSED');`);
    this.addSql(
      `create table "energy_alert_rule" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "name" varchar(60) not null, "kind" "energy_alert_kind" not null, "meter_id" uuid null, "meter_kind" "meter_kind" null, "meter_level" "meter_level" null, "grain" "energy_alert_grain" null, "threshold" numeric(14,3) null, "factor" numeric(6,2) null, "weeks" smallint null, "night_start" smallint null, "night_end" smallint null, "weekends" boolean not null default false, "holidays" text[] not null default '{}', "intervals" smallint null, "open_work_order" boolean not null default false, "work_order_category" "work_order_category" null, "work_order_priority" "work_order_priority" null, "enabled" boolean not null default true, primary key ("id"));`,
    );
    this.addSql(`create index "energy_alert_rule_park_id_index" on "energy_alert_rule" ("park_id");`);

    this.addSql(
      `create table "energy_alert" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "rule_id" uuid not null, "meter_id" uuid not null, "tenant_id" uuid null, "kind" "energy_alert_kind" not null, "status" "energy_alert_status" not null, "rule_name" varchar(60) not null, "meter_code" varchar(30) not null, "meter_name" varchar(60) not null, "meter_kind" "meter_kind" not null, "opened_at" timestamptz not null, "observed_at" timestamptz not null, "value" numeric(14,3) not null, "peak_value" numeric(14,3) not null, "limit_value" numeric(14,3) not null, "acknowledged_at" timestamptz null, "acknowledged_by_id" uuid null, "cleared_at" timestamptz null, "closed_at" timestamptz null, "closed_by_id" uuid null, "work_order_id" uuid null, "work_order_number" varchar(24) null, primary key ("id"));`,
    );
    this.addSql(
      `create index "energy_alert_park_id_opened_at_index" on "energy_alert" ("park_id", "opened_at");`,
    );
    this.addSql(`create index "energy_alert_meter_id_index" on "energy_alert" ("meter_id");`);
    this.addSql(`create index "energy_alert_tenant_id_index" on "energy_alert" ("tenant_id");`);

    this.addSql(
      `alter table "energy_alert_rule" add constraint "energy_alert_rule_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "energy_alert_rule" add constraint "energy_alert_rule_meter_id_foreign" foreign key ("meter_id") references "meter" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "energy_alert" add constraint "energy_alert_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "energy_alert" add constraint "energy_alert_rule_id_foreign" foreign key ("rule_id") references "energy_alert_rule" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "energy_alert" add constraint "energy_alert_meter_id_foreign" foreign key ("meter_id") references "meter" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "energy_alert" add constraint "energy_alert_tenant_id_foreign" foreign key ("tenant_id") references "tenant_company" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "energy_alert" add constraint "energy_alert_acknowledged_by_id_foreign" foreign key ("acknowledged_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "energy_alert" add constraint "energy_alert_closed_by_id_foreign" foreign key ("closed_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "energy_alert" add constraint "energy_alert_work_order_id_foreign" foreign key ("work_order_id") references "work_order" ("id") on delete set null;`,
    );

    this.addSql(
      `create unique index "energy_alert_active_unique" on "energy_alert" ("rule_id", "meter_id") where "closed_at" is null;`,
    );
    const force = (table: string) =>
      this.addSql(
        `alter table "${table}" enable row level security; alter table "${table}" force row level security;`,
      );
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    const system = `app_actor_kind() = 'system'`;
    const ownMeter = `app_actor_kind() = 'tenant' and app_park_visible(park_id) and tenant_id = app_tenant_id()`;
    force('energy_alert_rule');
    this.addSql(
      `create policy energy_alert_rule_access on "energy_alert_rule" for all using ((${staff}) or ${system}) with check ((${staff}) or ${system});`,
    );
    force('energy_alert');
    this.addSql(
      `create policy energy_alert_read on "energy_alert" for select using ((${staff}) or ${system} or (${ownMeter}));`,
    );
    this.addSql(
      `create policy energy_alert_write on "energy_alert" for all using ((${staff}) or ${system}) with check ((${staff}) or ${system});`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "energy_alert" drop constraint "energy_alert_rule_id_foreign";`);

    this.addSql(`drop table if exists "energy_alert_rule" cascade;`);
    this.addSql(`drop table if exists "energy_alert" cascade;`);

    this.addSql(`drop type "energy_alert_kind";`);
    this.addSql(`drop type "energy_alert_grain";`);
    this.addSql(`drop type "energy_alert_status";`);
  }
}
