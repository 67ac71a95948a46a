import { Migration } from '@mikro-orm/migrations';

export class Migration20261206072538_payments extends Migration {
  override name = 'Migration20261206072538_payments';

  override up(): void | Promise<void> {
    this.addSql(`create type "payment_provider" as enum ('SANDBOX', 'WECHAT', 'ALIPAY');`);
    this.addSql(`create type "payment_callback_outcome" as enum ('APPLIED', 'DUPLICATE', 'REFUSED');`);
    this.addSql(
      `create type "payment_callback_refusal" as enum ('MALFORMED', 'BAD_SIGNATURE', 'UNKNOWN_SERIAL', 'WRONG_MERCHANT', 'STALE', 'REPLAYED_NONCE', 'UNKNOWN_ORDER', 'AMOUNT_MISMATCH', 'DECRYPT_FAILED');`,
    );
    this.addSql(`create type "payment_channel" as enum ('KIOSK', 'PORTAL');`);
    this.addSql(`create type "payment_intent_status" as enum ('PENDING', 'SUCCEEDED', 'FAILED', 'CLOSED');`);
    this.addSql(`create type "refund_reason" as enum ('REQUESTED', 'OVERPAID');`);
    this.addSql(`create type "refund_status" as enum ('PROCESSING', 'SUCCEEDED', 'FAILED');`);
    this.addSql(`create type "payment_entry_kind" as enum ('PAYMENT', 'REFUND');`);
    this.addSql(
      `create table "payment_callback" ("id" uuid not null, "created_at" timestamptz not null, "park_id" uuid null, "provider" "payment_provider" not null, "received_at" timestamptz not null, "outcome" "payment_callback_outcome" not null, "refusal" "payment_callback_refusal" null, "verified_nonce" varchar(64) null, "event_type" varchar(40) null, "out_trade_no" varchar(64) null, "ip" varchar(45) null, "detail" varchar(300) null, primary key ("id"));`,
    );
    this.addSql(`create index "payment_callback_received_at_index" on "payment_callback" ("received_at");`);

    this.addSql(
      `create table "sandbox_pay_order" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "mch_id" varchar(32) not null, "app_id" varchar(32) not null, "out_trade_no" varchar(32) not null, "description" varchar(127) not null, "amount_fen" bigint not null, "currency" varchar(3) not null, "notify_url" varchar(500) not null, "expires_at" timestamptz not null, "state" varchar(12) not null, "transaction_id" varchar(32) not null, "success_at" timestamptz null, "refunded_fen" bigint not null default '0', primary key ("id"));`,
    );
    this.addSql(
      `alter table "sandbox_pay_order" add constraint "sandbox_pay_order_mch_id_out_trade_no_unique" unique ("mch_id", "out_trade_no");`,
    );
    this.addSql(
      `alter table "sandbox_pay_order" add constraint "sandbox_pay_order_transaction_id_unique" unique ("transaction_id");`,
    );

    this.addSql(
      `create table "sandbox_pay_refund" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "mch_id" varchar(32) not null, "order_id" uuid not null, "out_refund_no" varchar(64) not null, "refund_id" varchar(32) not null, "amount_fen" bigint not null, "notify_url" varchar(500) null, "status" varchar(12) not null, "success_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "sandbox_pay_refund" add constraint "sandbox_pay_refund_mch_id_out_refund_no_unique" unique ("mch_id", "out_refund_no");`,
    );

    this.addSql(
      `create table "payment_intent" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "tenant_id" uuid not null, "bill_id" uuid not null, "provider" "payment_provider" not null, "channel" "payment_channel" not null, "idempotency_key" varchar(64) not null, "request_hash" varchar(64) not null, "amount_fen" bigint not null, "currency" varchar(3) not null, "out_trade_no" varchar(32) not null, "status" "payment_intent_status" not null, "pay_url" varchar(500) not null, "expires_at" timestamptz not null, "provider_trade_no" varchar(64) null, "paid_at" timestamptz null, "refunded_fen" bigint not null default '0', "created_by" uuid not null, "failure" varchar(200) null, primary key ("id"));`,
    );
    this.addSql(`create index "payment_intent_bill_id_index" on "payment_intent" ("bill_id");`);
    this.addSql(
      `create index "payment_intent_status_expires_at_index" on "payment_intent" ("status", "expires_at");`,
    );
    this.addSql(
      `alter table "payment_intent" add constraint "payment_intent_park_id_idempotency_key_unique" unique ("park_id", "idempotency_key");`,
    );
    this.addSql(
      `alter table "payment_intent" add constraint "payment_intent_out_trade_no_unique" unique ("out_trade_no");`,
    );

    this.addSql(
      `create table "refund" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "tenant_id" uuid not null, "bill_id" uuid not null, "intent_id" uuid not null, "amount_fen" bigint not null, "reason" "refund_reason" not null, "note" varchar(200) null, "status" "refund_status" not null, "out_refund_no" varchar(64) not null, "provider_refund_id" varchar(64) null, "requested_by" uuid not null, "finished_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "refund_intent_id_index" on "refund" ("intent_id");`);
    this.addSql(
      `alter table "refund" add constraint "refund_out_refund_no_unique" unique ("out_refund_no");`,
    );

    this.addSql(
      `create table "payment_entry" ("id" uuid not null, "created_at" timestamptz not null, "park_id" uuid not null, "tenant_id" uuid not null, "bill_id" uuid not null, "intent_id" uuid not null, "kind" "payment_entry_kind" not null, "provider" "payment_provider" not null, "provider_ref" varchar(64) not null, "amount_fen" bigint not null, "booked_at" timestamptz not null, "receipt_no" varchar(30) null, primary key ("id"));`,
    );
    this.addSql(`create index "payment_entry_bill_id_index" on "payment_entry" ("bill_id");`);
    this.addSql(
      `create index "payment_entry_park_id_booked_at_index" on "payment_entry" ("park_id", "booked_at");`,
    );
    this.addSql(
      `alter table "payment_entry" add constraint "payment_entry_provider_kind_provider_ref_unique" unique ("provider", "kind", "provider_ref");`,
    );

    this.addSql(
      `alter table "payment_callback" add constraint "payment_callback_park_id_foreign" foreign key ("park_id") references "park" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "sandbox_pay_refund" add constraint "sandbox_pay_refund_order_id_foreign" foreign key ("order_id") references "sandbox_pay_order" ("id");`,
    );

    this.addSql(
      `alter table "payment_intent" add constraint "payment_intent_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "payment_intent" add constraint "payment_intent_tenant_id_foreign" foreign key ("tenant_id") references "tenant_company" ("id");`,
    );
    this.addSql(
      `alter table "payment_intent" add constraint "payment_intent_bill_id_foreign" foreign key ("bill_id") references "bill" ("id");`,
    );

    this.addSql(
      `alter table "refund" add constraint "refund_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "refund" add constraint "refund_tenant_id_foreign" foreign key ("tenant_id") references "tenant_company" ("id");`,
    );
    this.addSql(
      `alter table "refund" add constraint "refund_bill_id_foreign" foreign key ("bill_id") references "bill" ("id");`,
    );
    this.addSql(
      `alter table "refund" add constraint "refund_intent_id_foreign" foreign key ("intent_id") references "payment_intent" ("id");`,
    );

    this.addSql(
      `alter table "payment_entry" add constraint "payment_entry_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "payment_entry" add constraint "payment_entry_tenant_id_foreign" foreign key ("tenant_id") references "tenant_company" ("id");`,
    );
    this.addSql(
      `alter table "payment_entry" add constraint "payment_entry_bill_id_foreign" foreign key ("bill_id") references "bill" ("id");`,
    );
    this.addSql(
      `alter table "payment_entry" add constraint "payment_entry_intent_id_foreign" foreign key ("intent_id") references "payment_intent" ("id");`,
    );

    this.addSql(
      `alter table "payment_intent" add constraint "payment_intent_amount_check" check ("amount_fen" > 0 and "refunded_fen" >= 0 and "refunded_fen" <= "amount_fen" and "currency" = 'CNY');`,
    );
    this.addSql(`alter table "refund" add constraint "refund_amount_check" check ("amount_fen" > 0);`);
    this.addSql(
      `alter table "payment_entry" add constraint "payment_entry_amount_check" check (("kind" = 'PAYMENT') = ("amount_fen" > 0) and "amount_fen" <> 0);`,
    );
    this.addSql(
      `alter table "sandbox_pay_order" add constraint "sandbox_pay_order_refund_check" check ("refunded_fen" >= 0 and "refunded_fen" <= "amount_fen");`,
    );
    // A verified callback's nonce, once per provider: the replay guard.
    this.addSql(
      `create unique index "payment_callback_nonce_unique" on "payment_callback" ("provider", "verified_nonce") where "verified_nonce" is not null;`,
    );
    this.addSql(
      `create unique index "payment_entry_receipt_unique" on "payment_entry" ("park_id", "receipt_no") where "receipt_no" is not null;`,
    );
    this.addSql(`create index "payment_intent_tenant_index" on "payment_intent" ("tenant_id");`);

    const force = (table: string) =>
      this.addSql(
        `alter table "${table}" enable row level security; alter table "${table}" force row level security;`,
      );
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    const own = `app_park_visible(park_id) and app_actor_kind() = 'tenant' and tenant_id = app_tenant_id()`;
    const kiosk = `app_park_visible(park_id) and app_actor_kind() = 'device' and created_by = app_actor_id()`;
    // Intents: staff of the park; a company its own; a kiosk the ones it opened. Each opens its own.
    force('payment_intent');
    this.addSql(
      `create policy payment_intent_access on "payment_intent" for all using ((${staff}) or (${own}) or (${kiosk})) with check ((${staff}) or (${own}) or (${kiosk}));`,
    );
    // The ledger and refunds: read by staff and the company; written only as staff (the callback runs as the job actor).
    // A kiosk reads the ledger entries of the payments it opened (the receipt it prints).
    const kioskEntry = `app_park_visible(park_id) and app_actor_kind() = 'device' and exists (select 1 from payment_intent i where i.id = intent_id and i.created_by = app_actor_id())`;
    for (const table of ['payment_entry', 'refund']) {
      force(table);
      const reader =
        table === 'payment_entry' ? `(${staff}) or (${own}) or (${kioskEntry})` : `(${staff}) or (${own})`;
      this.addSql(`create policy ${table}_read on "${table}" for select using (${reader});`);
      this.addSql(
        `create policy ${table}_write on "${table}" for all using (${staff}) with check (${staff});`,
      );
    }
    // Callbacks: staff; one naming no order of ours belongs to no park: HQ (every park) sees it.
    force('payment_callback');
    const callbacks = `app_actor_kind() = 'staff' and (app_park_visible(park_id) or (park_id is null and app_all_parks()))`;
    this.addSql(
      `create policy payment_callback_access on "payment_callback" for all using (${callbacks}) with check (${callbacks});`,
    );
    // The sandbox provider's own books: only the job actor (staff of every park) reaches them.
    for (const table of ['sandbox_pay_order', 'sandbox_pay_refund']) {
      force(table);
      this.addSql(
        `create policy ${table}_access on "${table}" for all using (app_actor_kind() = 'staff' and app_all_parks()) with check (app_actor_kind() = 'staff' and app_all_parks());`,
      );
    }

    // The kiosk finds one bill by its number and the check code printed on it, nothing else.
    this.addSql(`create function payment_kiosk_bill(p_number text, p_check text)
      returns table (id uuid, park_id uuid, tenant_id uuid, tenant_name text, number text, period text, status text,
        issued_on date, due_on date, total_fen bigint, paid_fen bigint)
      language sql stable security definer set search_path = public, pg_catalog as $$
      select b.id, b.park_id, b.tenant_id, t.name::text, b.number::text, b.period::text, b.status::text, b.issued_on,
             b.due_on, b.total_fen, b.paid_fen
        from bill b join tenant_company t on t.id = b.tenant_id
       where app_actor_kind() = 'device' and b.park_id = any(app_park_ids()) and b.number = p_number
         and b.check_code = p_check and b.status <> 'VOID' $$;`);
    this.addSql(`create function payment_kiosk_bill_lines(p_bill uuid, p_check text)
      returns table (id uuid, source text, source_id uuid, description text, period_from date, period_to date,
        quantity numeric, unit text, unit_price numeric, amount_fen bigint, evidence jsonb)
      language sql stable security definer set search_path = public, pg_catalog as $$
      select l.id, l.source::text, l.source_id, l.description::text, l.period_from, l.period_to, l.quantity, l.unit::text,
             l.unit_price, l.amount_fen, l.evidence
        from bill_line l join bill b on b.id = l.bill_id
       where app_actor_kind() = 'device' and b.park_id = any(app_park_ids()) and b.id = p_bill
         and b.check_code = p_check and b.status <> 'VOID'
       order by l.source, l.period_from, l.id $$;`);
    for (const fn of ['payment_kiosk_bill(text, text)', 'payment_kiosk_bill_lines(uuid, text)']) {
      this.addSql(`revoke all on function ${fn} from public;`);
      this.addSql(`grant execute on function ${fn} to park_app;`);
    }
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function if exists payment_kiosk_bill(text, text);`);
    this.addSql(`drop function if exists payment_kiosk_bill_lines(uuid, text);`);
    this.addSql(`alter table "sandbox_pay_refund" drop constraint "sandbox_pay_refund_order_id_foreign";`);
    this.addSql(`alter table "refund" drop constraint "refund_intent_id_foreign";`);
    this.addSql(`alter table "payment_entry" drop constraint "payment_entry_intent_id_foreign";`);

    this.addSql(`drop table if exists "payment_callback" cascade;`);
    this.addSql(`drop table if exists "sandbox_pay_order" cascade;`);
    this.addSql(`drop table if exists "sandbox_pay_refund" cascade;`);
    this.addSql(`drop table if exists "payment_intent" cascade;`);
    this.addSql(`drop table if exists "refund" cascade;`);
    this.addSql(`drop table if exists "payment_entry" cascade;`);

    this.addSql(`drop type "payment_provider";`);
    this.addSql(`drop type "payment_callback_outcome";`);
    this.addSql(`drop type "payment_callback_refusal";`);
    this.addSql(`drop type "payment_channel";`);
    this.addSql(`drop type "payment_intent_status";`);
    this.addSql(`drop type "refund_reason";`);
    this.addSql(`drop type "refund_status";`);
    this.addSql(`drop type "payment_entry_kind";`);
  }
}
