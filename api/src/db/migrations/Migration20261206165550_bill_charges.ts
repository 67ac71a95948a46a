import { Migration } from '@mikro-orm/migrations';

/**
 * One-off charges 其他收费 (issue 19 §1, §3) and the CHARGE bill line source. By hand: a charge
 * comes to more than nothing and a cancelled one carries its reason (checks); row-level security:
 * staff of the park read and write charges, a company reads its own (read only).
 */
export class Migration20261206165550_bill_charges extends Migration {
  override name = 'Migration20261206165550_bill_charges';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "bill_charge" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "tenant_id" uuid not null, "standard_id" uuid not null, "charged_on" date not null, "quantity" numeric(12,2) not null, "unit_price" numeric(12,4) not null, "amount_fen" bigint not null, "description" varchar(200) not null, "created_by_id" uuid null, "cancelled_at" timestamptz null, "cancelled_by_id" uuid null, "cancel_reason" varchar(200) null, primary key ("id"));`,
    );
    this.addSql(
      `create index "bill_charge_park_id_charged_on_index" on "bill_charge" ("park_id", "charged_on");`,
    );
    this.addSql(
      `create index "bill_charge_tenant_id_charged_on_index" on "bill_charge" ("tenant_id", "charged_on");`,
    );

    this.addSql(`alter type "bill_line_source" add value if not exists 'CHARGE' after 'LATE_FEE';`);

    this.addSql(
      `alter table "bill_charge" add constraint "bill_charge_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "bill_charge" add constraint "bill_charge_tenant_id_foreign" foreign key ("tenant_id") references "tenant_company" ("id");`,
    );
    this.addSql(
      `alter table "bill_charge" add constraint "bill_charge_standard_id_foreign" foreign key ("standard_id") references "fee_standard" ("id");`,
    );
    this.addSql(
      `alter table "bill_charge" add constraint "bill_charge_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "bill_charge" add constraint "bill_charge_cancelled_by_id_foreign" foreign key ("cancelled_by_id") references "app_user" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "bill_charge" add constraint "bill_charge_amount_positive" check ("amount_fen" > 0 and "quantity" > 0);`,
    );
    this.addSql(
      `alter table "bill_charge" add constraint "bill_charge_cancelled_reason" check (("cancelled_at" is null) = ("cancel_reason" is null));`,
    );
    this.addSql(
      `alter table "bill_charge" enable row level security; alter table "bill_charge" force row level security;`,
    );
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    const own = `app_park_visible(park_id) and app_actor_kind() = 'tenant' and tenant_id = app_tenant_id()`;
    this.addSql(`create policy bill_charge_read on "bill_charge" for select using ((${staff}) or (${own}));`);
    this.addSql(
      `create policy bill_charge_write on "bill_charge" for all using (${staff}) with check (${staff});`,
    );
  }

  override down(): void | Promise<void> {
    // The CHARGE value stays in bill_line_source: PostgreSQL cannot drop an enum value.
    this.addSql(`drop table if exists "bill_charge" cascade;`);
  }
}
