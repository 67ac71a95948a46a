import { Migration } from '@mikro-orm/migrations';

export class Migration20261206080740_payment_reconciliation extends Migration {
  override name = 'Migration20261206080740_payment_reconciliation';

  override up(): void | Promise<void> {
    this.addSql(`create type "reconciliation_status" as enum ('RUNNING', 'DONE', 'FAILED');`);
    this.addSql(
      `create type "payment_difference_kind" as enum ('MISSING_LOCALLY', 'MISSING_AT_PROVIDER', 'AMOUNT_MISMATCH', 'STATUS_MISMATCH');`,
    );
    this.addSql(`create type "payment_difference_resolution" as enum ('BOOKED', 'ACCEPTED');`);
    this.addSql(
      `create table "payment_reconciliation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "provider" "payment_provider" not null, "bill_date" date not null, "status" "reconciliation_status" not null, "started_by" uuid not null, "statement_rows" int not null default 0, "matched" int not null default 0, "differences" int not null default 0, "error" varchar(300) null, "finished_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "payment_reconciliation_provider_bill_date_index" on "payment_reconciliation" ("provider", "bill_date");`,
    );

    this.addSql(
      `create table "payment_difference" ("id" uuid not null, "created_at" timestamptz not null, "reconciliation_id" uuid not null, "park_id" uuid null, "kind" "payment_difference_kind" not null, "entry" varchar(10) not null, "out_trade_no" varchar(64) not null, "provider_ref" varchar(64) not null, "provider_fen" bigint null, "local_fen" bigint null, "provider_status" varchar(20) null, "local_status" varchar(20) null, "resolution" "payment_difference_resolution" null, "note" varchar(200) null, "resolved_by" uuid null, "resolved_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "payment_difference_reconciliation_id_index" on "payment_difference" ("reconciliation_id");`,
    );

    this.addSql(
      `alter table "payment_difference" add constraint "payment_difference_reconciliation_id_foreign" foreign key ("reconciliation_id") references "payment_reconciliation" ("id");`,
    );
    this.addSql(
      `alter table "payment_difference" add constraint "payment_difference_park_id_foreign" foreign key ("park_id") references "park" ("id") on delete set null;`,
    );

    const force = (table: string) =>
      this.addSql(
        `alter table "${table}" enable row level security; alter table "${table}" force row level security;`,
      );
    // A statement is the merchant's, across parks: staff read the runs (counts only); the job writes them.
    force('payment_reconciliation');
    this.addSql(
      `create policy payment_reconciliation_access on "payment_reconciliation" for all using (app_actor_kind() = 'staff') with check (app_actor_kind() = 'staff');`,
    );
    // A difference belongs to its order's park; one naming no order of ours is HQ's (every park).
    force('payment_difference');
    const diff = `app_actor_kind() = 'staff' and (app_park_visible(park_id) or (park_id is null and app_all_parks()))`;
    this.addSql(
      `create policy payment_difference_access on "payment_difference" for all using (${diff}) with check (${diff});`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "payment_difference" drop constraint "payment_difference_reconciliation_id_foreign";`,
    );

    this.addSql(`drop table if exists "payment_reconciliation" cascade;`);
    this.addSql(`drop table if exists "payment_difference" cascade;`);

    this.addSql(`drop type "reconciliation_status";`);
    this.addSql(`drop type "payment_difference_kind";`);
    this.addSql(`drop type "payment_difference_resolution";`);
  }
}
