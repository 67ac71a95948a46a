import { Migration } from '@mikro-orm/migrations';

/**
 * Photos and documents on work orders, comments (staff-internal ones hidden from tenants),
 * paid-repair quotes the tenant accepts or declines, the requester's rating, and follow-up
 * rules (an engineering repair verified → a customer-service return-visit job).
 */
export class Migration20261122010000_work_order_files_quotes extends Migration {
  override async up(): Promise<void> {
    const ofVisibleOrder = `work_order_id in (select id from work_order)`;
    const rls = (table: string) =>
      this.addSql(
        `alter table "${table}" enable row level security; alter table "${table}" force row level security;`,
      );

    this.addSql(`create table "attachment" (
      "id" uuid not null primary key, "created_at" timestamptz not null,
      "park_id" uuid not null references "park" ("id"),
      "work_order_id" uuid not null references "work_order" ("id") on delete cascade,
      "uploader_id" uuid null, "uploader_label" varchar(100) null,
      "file_name" varchar(200) not null, "content_type" varchar(100) not null,
      "declared_size" int not null check ("declared_size" > 0),
      "size" int null, "sha256" char(64) null, "storage_key" varchar(200) not null unique,
      "uploaded_at" timestamptz null);`);
    this.addSql(`create index "attachment_work_order_id_index" on "attachment" ("work_order_id");`);
    rls('attachment');
    this.addSql(
      `create policy attachment_access on "attachment" for all using (${ofVisibleOrder}) with check (${ofVisibleOrder});`,
    );

    this.addSql(`create table "work_order_comment" (
      "id" uuid not null primary key, "created_at" timestamptz not null,
      "park_id" uuid not null references "park" ("id"),
      "work_order_id" uuid not null references "work_order" ("id") on delete cascade,
      "author_id" uuid null, "author_label" varchar(100) null,
      "body" varchar(1000) not null, "internal" boolean not null default false);`);
    this.addSql(
      `create index "work_order_comment_work_order_id_created_at_index" on "work_order_comment" ("work_order_id", "created_at");`,
    );
    rls('work_order_comment');
    const comment = `${ofVisibleOrder} and (not internal or app_actor_kind() = 'staff')`;
    this.addSql(
      `create policy work_order_comment_access on "work_order_comment" for all using (${comment}) with check (${comment});`,
    );

    this.addSql(`create type "quote_state" as enum ('PENDING', 'ACCEPTED', 'DECLINED');`);
    this.addSql(`alter table "work_order"
      add column "quote_labour_fen" int null check ("quote_labour_fen" >= 0),
      add column "quote_materials_fen" int null check ("quote_materials_fen" >= 0),
      add column "quote_note" varchar(500) null,
      add column "quote_state" "quote_state" null,
      add column "quoted_at" timestamptz null, add column "quoted_by_label" varchar(100) null,
      add column "quote_decided_at" timestamptz null,
      add column "quote_decided_by_label" varchar(100) null,
      add column "billable_fen" int null,
      add column "rating" smallint null check ("rating" between 1 and 5),
      add column "rating_comment" varchar(500) null,
      add column "follow_up_of_id" uuid null references "work_order" ("id") on delete set null;`);

    this.addSql(`alter type "work_order_category" add value if not exists 'SERVICE';`);
    this.addSql(`create table "work_order_follow_up_rule" (
      "id" uuid not null primary key, "created_at" timestamptz not null,
      "park_id" uuid not null references "park" ("id"),
      "from_department" varchar(32) not null, "to_department" varchar(32) not null,
      "title_prefix" varchar(20) not null,
      unique ("park_id", "from_department", "to_department"));`);
    rls('work_order_follow_up_rule');
    // Read by whoever verifies in the park (tenants too: their confirmation triggers the rule).
    this.addSql(
      `create policy work_order_follow_up_rule_read on "work_order_follow_up_rule" for select using (app_park_visible(park_id));`,
    );
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    this.addSql(
      `create policy work_order_follow_up_rule_write on "work_order_follow_up_rule" for all using (${staff}) with check (${staff});`,
    );
    // Who to tell about a follow-up: ids only, for callers (tenants) who cannot see staff.
    this.addSql(`create function park_department_members(p_park uuid, p_department text) returns setof uuid
      language sql stable security definer set search_path = public, pg_catalog as $$
      select distinct u.id from app_user u
        join user_park up on up.user_id = u.id and up.park_id = p_park
        join user_role ur on ur.user_id = u.id
        join role r on r.id = ur.role_id and r.key = p_department
      where u.kind = 'STAFF' and u.status = 'ACTIVE'
    $$;`);
    this.addSql(`revoke all on function park_department_members(uuid, text) from public;`);
    this.addSql(`grant execute on function park_department_members(uuid, text) to park_app;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists park_department_members(uuid, text);`);
    this.addSql(`drop table if exists "work_order_follow_up_rule", "work_order_comment", "attachment";`);
    this.addSql(`alter table "work_order" drop column "quote_labour_fen", drop column "quote_materials_fen",
      drop column "quote_note", drop column "quote_state", drop column "quoted_at", drop column "quoted_by_label",
      drop column "quote_decided_at", drop column "quote_decided_by_label", drop column "billable_fen",
      drop column "rating", drop column "rating_comment", drop column "follow_up_of_id";`);
    this.addSql(`drop type if exists "quote_state";`);
  }
}
