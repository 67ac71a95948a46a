import { Migration } from '@mikro-orm/migrations';

/**
 * Bills, their lines and bill runs (issue 19 §3). By hand: one run at a time per park and month,
 * one live regular bill per company and month (the run's own checks, made constraints so two
 * runs or a retried batch cannot double a bill), and row-level security: runs are staff's; a bill
 * and its lines are the park's staff's, and a company reads its own.
 */
export class Migration20261206044117_bills extends Migration {
  override name = 'Migration20261206044117_bills';

  override up(): void | Promise<void> {
    this.addSql(`create type "bill_run_status" as enum ('RUNNING', 'DONE', 'FAILED');`);
    this.addSql(`create type "bill_kind" as enum ('REGULAR', 'ADJUSTMENT');`);
    this.addSql(`create type "bill_status" as enum ('ISSUED', 'PARTLY_PAID', 'PAID', 'OVERDUE', 'VOID');`);
    this.addSql(
      `create type "bill_line_source" as enum ('LEASE_RENT', 'LEASE_PROPERTY_FEE', 'LEASE_DEPOSIT', 'UTILITY', 'REPAIR');`,
    );
    this.addSql(
      `create table "bill_run" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "period" varchar(7) not null, "status" "bill_run_status" not null, "started_by_id" uuid null, "cursor" uuid null, "tenants_total" int not null, "tenants_done" int not null default 0, "bills_issued" int not null default 0, "adjustments" int not null default 0, "finished_at" timestamptz null, "error" varchar(500) null, primary key ("id"));`,
    );

    this.addSql(
      `create table "bill" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "tenant_id" uuid not null, "run_id" uuid null, "number" varchar(30) not null, "period" varchar(7) not null, "kind" "bill_kind" not null, "status" "bill_status" not null, "issued_on" date not null, "due_on" date not null, "total_fen" bigint not null, "paid_fen" bigint not null default '0', "check_code" varchar(8) not null, "voided_at" timestamptz null, "void_reason" varchar(200) null, primary key ("id"));`,
    );
    this.addSql(`create index "bill_tenant_id_period_index" on "bill" ("tenant_id", "period");`);
    this.addSql(`create index "bill_park_id_status_due_on_index" on "bill" ("park_id", "status", "due_on");`);
    this.addSql(
      `alter table "bill" add constraint "bill_park_id_number_unique" unique ("park_id", "number");`,
    );

    this.addSql(
      `create table "bill_line" ("id" uuid not null, "created_at" timestamptz not null, "park_id" uuid not null, "bill_id" uuid not null, "source" "bill_line_source" not null, "source_key" varchar(120) not null, "source_id" uuid not null, "description" varchar(200) not null, "period_from" date not null, "period_to" date not null, "quantity" numeric(16,3) null, "unit" varchar(10) null, "unit_price" numeric(12,4) null, "amount_fen" bigint not null, "evidence" jsonb not null, primary key ("id"));`,
    );
    this.addSql(`create index "bill_line_bill_id_index" on "bill_line" ("bill_id");`);

    this.addSql(
      `alter table "bill_run" add constraint "bill_run_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "bill_run" add constraint "bill_run_started_by_id_foreign" foreign key ("started_by_id") references "app_user" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "bill" add constraint "bill_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "bill" add constraint "bill_tenant_id_foreign" foreign key ("tenant_id") references "tenant_company" ("id");`,
    );
    this.addSql(
      `alter table "bill" add constraint "bill_run_id_foreign" foreign key ("run_id") references "bill_run" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "bill_line" add constraint "bill_line_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "bill_line" add constraint "bill_line_bill_id_foreign" foreign key ("bill_id") references "bill" ("id");`,
    );

    this.addSql(
      `create unique index "bill_run_one_running" on "bill_run" ("park_id", "period") where "status" = 'RUNNING';`,
    );
    this.addSql(
      `create unique index "bill_one_regular" on "bill" ("tenant_id", "period") where "kind" = 'REGULAR' and "status" <> 'VOID';`,
    );
    this.addSql(`alter table "bill" add constraint "bill_paid_check" check ("paid_fen" >= 0);`);
    this.addSql(
      `alter table "bill_run" add constraint "bill_run_period_check" check ("period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');`,
    );

    const force = (table: string) =>
      this.addSql(
        `alter table "${table}" enable row level security; alter table "${table}" force row level security;`,
      );
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    const own = `app_park_visible(park_id) and app_actor_kind() = 'tenant' and tenant_id = app_tenant_id()`;
    force('bill_run');
    this.addSql(
      `create policy bill_run_access on "bill_run" for all using (${staff}) with check (${staff});`,
    );
    force('bill');
    this.addSql(`create policy bill_read on "bill" for select using ((${staff}) or (${own}));`);
    this.addSql(`create policy bill_write on "bill" for all using (${staff}) with check (${staff});`);
    force('bill_line');
    this.addSql(
      `create policy bill_line_read on "bill_line" for select using ((${staff}) or (app_actor_kind() = 'tenant' and exists (select 1 from bill b where b.id = bill_id)));`,
    );
    this.addSql(
      `create policy bill_line_write on "bill_line" for all using (${staff}) with check (${staff});`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "bill" drop constraint "bill_run_id_foreign";`);
    this.addSql(`alter table "bill_line" drop constraint "bill_line_bill_id_foreign";`);

    this.addSql(`drop table if exists "bill_run" cascade;`);
    this.addSql(`drop table if exists "bill" cascade;`);
    this.addSql(`drop table if exists "bill_line" cascade;`);

    this.addSql(`drop type "bill_run_status";`);
    this.addSql(`drop type "bill_kind";`);
    this.addSql(`drop type "bill_status";`);
    this.addSql(`drop type "bill_line_source";`);
  }
}
