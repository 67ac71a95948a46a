import { Migration } from '@mikro-orm/migrations';

/**
 * Invoice requests 开票申请 (issue 19 §4) and their issued files (an attachment owned by a request).
 * By hand: one request waiting or issued per bill and unique 20-digit invoice numbers (partial
 * unique indexes; an older 8-digit number is unique only with its invoice code, which is not kept); an issued request carries its number, date and file, a refused one its reason
 * (checks); the attachment's owner check and its foreign key; row-level security: staff of the
 * park and the company itself read and write requests; an invoice's file is read by both and
 * written by staff. The new enum values are compared as text: a value added to an enum cannot be
 * used in the transaction that adds it.
 */
export class Migration20261206104514_invoices extends Migration {
  override name = 'Migration20261206104514_invoices';

  override up(): void | Promise<void> {
    this.addSql(`create type "invoice_kind" as enum ('NORMAL', 'SPECIAL');`);
    this.addSql(
      `create type "invoice_request_status" as enum ('REQUESTED', 'ISSUED', 'REJECTED', 'CANCELLED');`,
    );
    this.addSql(
      `create table "invoice_request" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "tenant_id" uuid not null, "bill_id" uuid not null, "kind" "invoice_kind" not null, "status" "invoice_request_status" not null, "amount_fen" bigint not null, "title" varchar(100) not null, "tax_number" varchar(20) not null, "address" varchar(200) null, "phone" varchar(30) null, "bank_name" varchar(100) null, "bank_account" varchar(40) null, "email" varchar(100) null, "note" varchar(200) null, "requested_by" uuid not null, "requested_by_label" varchar(100) not null, "invoice_number" varchar(20) null, "issued_on" date null, "file_id" uuid null, "handled_by" uuid null, "handled_by_label" varchar(100) null, "handled_at" timestamptz null, "reject_reason" varchar(200) null, primary key ("id"));`,
    );
    this.addSql(
      `create index "invoice_request_park_id_status_created_at_index" on "invoice_request" ("park_id", "status", "created_at");`,
    );
    this.addSql(
      `create index "invoice_request_tenant_id_created_at_index" on "invoice_request" ("tenant_id", "created_at");`,
    );

    this.addSql(
      `alter type "notification_kind" add value if not exists 'INVOICE_REQUESTED' after 'BILL_OVERDUE';`,
    );
    this.addSql(
      `alter type "notification_kind" add value if not exists 'INVOICE_ISSUED' after 'INVOICE_REQUESTED';`,
    );
    this.addSql(
      `alter type "notification_kind" add value if not exists 'INVOICE_REJECTED' after 'INVOICE_ISSUED';`,
    );

    this.addSql(`alter type "attachment_owner_kind" add value if not exists 'INVOICE' after 'METER';`);
    this.addSql(`alter table "attachment" add "invoice_request_id" uuid null;`);
    this.addSql(`create index "attachment_invoice_request_id_index" on "attachment" ("invoice_request_id");`);

    this.addSql(
      `alter table "invoice_request" add constraint "invoice_request_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "invoice_request" add constraint "invoice_request_tenant_id_foreign" foreign key ("tenant_id") references "tenant_company" ("id");`,
    );
    this.addSql(
      `alter table "invoice_request" add constraint "invoice_request_bill_id_foreign" foreign key ("bill_id") references "bill" ("id");`,
    );

    this.addSql(
      `create unique index "invoice_request_bill_live" on "invoice_request" ("bill_id") where "status" in ('REQUESTED', 'ISSUED');`,
    );
    this.addSql(
      `create unique index "invoice_request_number_unique" on "invoice_request" ("invoice_number") where length("invoice_number") = 20;`,
    );
    this.addSql(`create index "invoice_request_bill_id_index" on "invoice_request" ("bill_id");`);
    this.addSql(`alter table "invoice_request" add constraint "invoice_request_issued_whole" check (
      "status" <> 'ISSUED' or ("invoice_number" is not null and "issued_on" is not null and "file_id" is not null));`);
    this.addSql(
      `alter table "invoice_request" add constraint "invoice_request_rejected_reason" check ("status" <> 'REJECTED' or "reject_reason" is not null);`,
    );
    this.addSql(
      `alter table "invoice_request" add constraint "invoice_request_amount_positive" check ("amount_fen" > 0);`,
    );
    this.addSql(
      `alter table "invoice_request" add constraint "invoice_request_file_id_foreign" foreign key ("file_id") references "attachment" ("id");`,
    );
    this.addSql(
      `alter table "attachment" add constraint "attachment_invoice_request_id_foreign" foreign key ("invoice_request_id") references "invoice_request" ("id") on delete cascade;`,
    );
    this.addSql(`alter table "attachment" drop constraint "attachment_one_owner";`);
    this.addSql(`alter table "attachment" add constraint "attachment_one_owner" check (
      ("owner_kind"::text = 'WORK_ORDER' and "work_order_id" is not null and "meter_id" is null and "invoice_request_id" is null)
      or ("owner_kind"::text = 'METER' and "meter_id" is not null and "work_order_id" is null and "invoice_request_id" is null)
      or ("owner_kind"::text = 'INVOICE' and "invoice_request_id" is not null and "work_order_id" is null and "meter_id" is null));`);
    this.addSql(`alter table "attachment" drop constraint "attachment_used_by_meter";`);
    this.addSql(
      `alter table "attachment" add constraint "attachment_used_by_owner" check ("used_at" is null or "owner_kind"::text in ('METER', 'INVOICE'));`,
    );

    this.addSql(
      `alter table "invoice_request" enable row level security; alter table "invoice_request" force row level security;`,
    );
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    const own = `app_park_visible(park_id) and app_actor_kind() = 'tenant' and tenant_id = app_tenant_id()`;
    this.addSql(
      `create policy invoice_request_access on "invoice_request" for all using ((${staff}) or (${own})) with check ((${staff}) or (${own}));`,
    );
    const invoiceFile = `owner_kind::text = 'INVOICE'`;
    const ownRequest = `app_actor_kind() = 'tenant' and app_park_visible(park_id) and invoice_request_id in (select r.id from invoice_request r where r.tenant_id = app_tenant_id())`;
    const sameParkRequest = `(invoice_request_id, park_id) in (select r.id, r.park_id from invoice_request r)`;
    this.addSql(
      `create policy attachment_invoice_read on "attachment" for select using (${invoiceFile} and ((${staff}) or (${ownRequest})));`,
    );
    this.addSql(
      `create policy attachment_invoice_write on "attachment" for all using (${invoiceFile} and ${staff}) with check (${invoiceFile} and ${staff} and ${sameParkRequest});`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop policy if exists attachment_invoice_write on "attachment";`);
    this.addSql(`drop policy if exists attachment_invoice_read on "attachment";`);
    this.addSql(`delete from "attachment" where "owner_kind"::text = 'INVOICE';`);
    this.addSql(`alter table "attachment" drop constraint if exists "attachment_used_by_owner";`);
    this.addSql(
      `alter table "attachment" add constraint "attachment_used_by_meter" check ("used_at" is null or "owner_kind" = 'METER');`,
    );
    this.addSql(`alter table "attachment" drop constraint if exists "attachment_one_owner";`);
    this.addSql(`alter table "attachment" add constraint "attachment_one_owner" check (
      ("owner_kind" = 'WORK_ORDER' and "work_order_id" is not null and "meter_id" is null)
      or ("owner_kind" = 'METER' and "meter_id" is not null and "work_order_id" is null));`);
    this.addSql(
      `alter table "attachment" drop constraint if exists "attachment_invoice_request_id_foreign";`,
    );
    this.addSql(`drop table if exists "invoice_request" cascade;`);

    this.addSql(`drop index "attachment_invoice_request_id_index";`);
    this.addSql(`alter table "attachment" drop column "invoice_request_id";`);

    this.addSql(`drop type "invoice_kind";`);
    this.addSql(`drop type "invoice_request_status";`);
  }
}
