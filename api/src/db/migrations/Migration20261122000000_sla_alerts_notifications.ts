import { Migration } from '@mikro-orm/migrations';

/**
 * SLA alerts raised by the timers (one per order, kind and deadline, so a retried timer never
 * alerts twice) and notifications, which only their recipient reads.
 */
export class Migration20261122000000_sla_alerts_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "work_order_sla_alert" (
      "work_order_id" uuid not null references "work_order" ("id") on delete cascade,
      "park_id" uuid not null references "park" ("id"),
      "kind" varchar(24) not null check ("kind" in ('RESPONSE_WARNING', 'RESPONSE_BREACH', 'RESOLUTION_WARNING', 'RESOLUTION_BREACH')),
      "deadline" timestamptz not null, "raised_at" timestamptz not null,
      primary key ("work_order_id", "kind", "deadline"));`);
    this.addSql(
      `create type "notification_kind" as enum ('SLA_WARNING', 'SLA_ESCALATION', 'WORK_ORDER_ASSIGNED', 'QUOTE_WAITING', 'FOLLOW_UP');`,
    );
    this.addSql(`create table "notification" (
      "id" uuid not null primary key, "created_at" timestamptz not null,
      "park_id" uuid not null references "park" ("id"),
      "recipient_id" uuid not null references "app_user" ("id") on delete cascade,
      "kind" "notification_kind" not null, "title" varchar(200) not null, "body" varchar(1000) null,
      "work_order_id" uuid null references "work_order" ("id") on delete cascade,
      "read_at" timestamptz null);`);
    this.addSql(
      `create index "notification_recipient_id_created_at_index" on "notification" ("recipient_id", "created_at");`,
    );
    for (const table of ['work_order_sla_alert', 'notification'])
      this.addSql(
        `alter table "${table}" enable row level security; alter table "${table}" force row level security;`,
      );
    this.addSql(
      `create policy work_order_sla_alert_access on "work_order_sla_alert" for all using (work_order_id in (select id from work_order)) with check (work_order_id in (select id from work_order));`,
    );
    // Read and marked read by the recipient only; sent by whoever acts in the park.
    this.addSql(
      `create policy notification_own on "notification" for select using (recipient_id = app_actor_id());`,
    );
    this.addSql(
      `create policy notification_mark on "notification" for update using (recipient_id = app_actor_id()) with check (recipient_id = app_actor_id());`,
    );
    this.addSql(
      `create policy notification_send on "notification" for insert with check (app_actor_kind() in ('staff', 'tenant') and app_park_visible(park_id));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification", "work_order_sla_alert";`);
    this.addSql(`drop type if exists "notification_kind";`);
  }
}
