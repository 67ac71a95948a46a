import { Migration } from '@mikro-orm/migrations';

/**
 * Access control 门禁 (SPEC §3.3): access points, credentials bound to people, access groups with
 * their points and members, device events (one per point and vendor event id) and the security
 * events they raise. Row-level security by hand at the end of `up()`.
 */
export class Migration20261205125921_access_control extends Migration {
  override name = 'Migration20261205125921_access_control';

  override up(): void | Promise<void> {
    this.addSql(`create type "access_point_kind" as enum ('GATE', 'DOOR', 'BARRIER', 'ELEVATOR');`);
    this.addSql(`create type "credential_kind" as enum ('CARD', 'QR', 'PLATE');`);
    this.addSql(`create type "credential_status" as enum ('ACTIVE', 'SUSPENDED', 'REVOKED');`);
    this.addSql(
      `create type "access_event_type" as enum ('PASS', 'TAILGATING', 'FORCED_OPEN', 'HELD_OPEN');`,
    );
    this.addSql(`create type "access_decision" as enum ('GRANTED', 'DENIED');`);
    this.addSql(
      `create type "access_reason" as enum ('GRANTED', 'UNKNOWN_CREDENTIAL', 'CREDENTIAL_SUSPENDED', 'CREDENTIAL_REVOKED', 'NOT_YET_VALID', 'EXPIRED', 'POINT_DISABLED', 'NO_ACCESS_TO_POINT', 'OUTSIDE_SCHEDULE', 'OTHER');`,
    );
    this.addSql(`create type "access_direction" as enum ('IN', 'OUT');`);
    this.addSql(
      `create type "security_event_kind" as enum ('DENIED', 'TAILGATING', 'FORCED_OPEN', 'HELD_OPEN');`,
    );
    this.addSql(`create type "security_event_status" as enum ('OPEN', 'ACKNOWLEDGED', 'CLOSED');`);
    this.addSql(
      `create table "access_point" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "building_id" uuid null, "floor_id" uuid null, "code" varchar(32) not null, "name" varchar(100) not null, "kind" "access_point_kind" not null, "vendor_device_id" varchar(64) not null, "active" boolean not null default true, primary key ("id"));`,
    );
    this.addSql(`create index "access_point_park_id_index" on "access_point" ("park_id");`);
    this.addSql(
      `alter table "access_point" add constraint "access_point_park_id_code_unique" unique ("park_id", "code");`,
    );
    this.addSql(
      `alter table "access_point" add constraint "access_point_park_id_vendor_device_id_unique" unique ("park_id", "vendor_device_id");`,
    );

    this.addSql(
      `create table "access_group" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "tenant_id" uuid null, "name" varchar(100) not null, "schedule" jsonb not null, primary key ("id"));`,
    );
    this.addSql(`create index "access_group_tenant_id_index" on "access_group" ("tenant_id");`);
    this.addSql(
      `alter table "access_group" add constraint "access_group_park_id_name_unique" unique ("park_id", "name");`,
    );

    this.addSql(
      `create table "access_group_member" ("id" uuid not null, "created_at" timestamptz not null, "group_id" uuid not null, "user_id" uuid not null, primary key ("id"));`,
    );
    this.addSql(`create index "access_group_member_user_id_index" on "access_group_member" ("user_id");`);
    this.addSql(
      `alter table "access_group_member" add constraint "access_group_member_group_id_user_id_unique" unique ("group_id", "user_id");`,
    );

    this.addSql(
      `create table "access_group_point" ("group_id" uuid not null, "point_id" uuid not null, primary key ("group_id", "point_id"));`,
    );

    this.addSql(
      `create table "access_credential" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "tenant_id" uuid null, "holder_id" uuid not null, "kind" "credential_kind" not null, "identifier" varchar(64) not null, "status" "credential_status" not null default 'ACTIVE', "valid_from" timestamptz not null, "valid_until" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "access_credential_tenant_id_index" on "access_credential" ("tenant_id");`);
    this.addSql(`create index "access_credential_holder_id_index" on "access_credential" ("holder_id");`);
    this.addSql(
      `alter table "access_credential" add constraint "access_credential_park_id_kind_identifier_unique" unique ("park_id", "kind", "identifier");`,
    );

    this.addSql(
      `create table "access_event" ("id" uuid not null, "park_id" uuid not null, "point_id" uuid not null, "vendor_event_id" varchar(64) not null, "vendor_device_id" varchar(64) not null, "occurred_at" timestamptz not null, "received_at" timestamptz not null, "type" "access_event_type" not null, "decision" "access_decision" not null, "reason" "access_reason" not null, "direction" "access_direction" not null, "credential_kind" "credential_kind" null, "credential_ref" varchar(64) null, "credential_id" uuid null, "holder_id" uuid null, "tenant_id" uuid null, primary key ("id"));`,
    );
    this.addSql(
      `create index "access_event_park_id_occurred_at_index" on "access_event" ("park_id", "occurred_at");`,
    );
    this.addSql(
      `create index "access_event_tenant_id_occurred_at_index" on "access_event" ("tenant_id", "occurred_at");`,
    );
    this.addSql(
      `alter table "access_event" add constraint "access_event_point_id_vendor_event_id_unique" unique ("point_id", "vendor_event_id");`,
    );

    this.addSql(
      `create table "security_event" ("id" uuid not null, "park_id" uuid not null, "point_id" uuid not null, "access_event_id" uuid not null, "kind" "security_event_kind" not null, "occurred_at" timestamptz not null, "status" "security_event_status" not null default 'OPEN', "acknowledged_at" timestamptz null, "acknowledged_by_id" uuid null, "closed_at" timestamptz null, "closed_by_id" uuid null, "note" varchar(500) null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "security_event" add constraint "security_event_access_event_id_unique" unique ("access_event_id");`,
    );
    this.addSql(
      `create index "security_event_park_id_status_occurred_at_index" on "security_event" ("park_id", "status", "occurred_at");`,
    );

    this.addSql(
      `alter table "access_point" add constraint "access_point_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "access_point" add constraint "access_point_building_id_foreign" foreign key ("building_id") references "building" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "access_point" add constraint "access_point_floor_id_foreign" foreign key ("floor_id") references "floor" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "access_group" add constraint "access_group_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "access_group" add constraint "access_group_tenant_id_foreign" foreign key ("tenant_id") references "tenant_company" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "access_group_member" add constraint "access_group_member_group_id_foreign" foreign key ("group_id") references "access_group" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "access_group_member" add constraint "access_group_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id");`,
    );

    this.addSql(
      `alter table "access_group_point" add constraint "access_group_point_group_id_foreign" foreign key ("group_id") references "access_group" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "access_group_point" add constraint "access_group_point_point_id_foreign" foreign key ("point_id") references "access_point" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "access_credential" add constraint "access_credential_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "access_credential" add constraint "access_credential_tenant_id_foreign" foreign key ("tenant_id") references "tenant_company" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "access_credential" add constraint "access_credential_holder_id_foreign" foreign key ("holder_id") references "app_user" ("id");`,
    );

    this.addSql(
      `alter table "access_event" add constraint "access_event_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "access_event" add constraint "access_event_point_id_foreign" foreign key ("point_id") references "access_point" ("id");`,
    );
    this.addSql(
      `alter table "access_event" add constraint "access_event_credential_id_foreign" foreign key ("credential_id") references "access_credential" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "access_event" add constraint "access_event_holder_id_foreign" foreign key ("holder_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "access_event" add constraint "access_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant_company" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "security_event" add constraint "security_event_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "security_event" add constraint "security_event_point_id_foreign" foreign key ("point_id") references "access_point" ("id");`,
    );
    this.addSql(
      `alter table "security_event" add constraint "security_event_access_event_id_foreign" foreign key ("access_event_id") references "access_event" ("id");`,
    );
    this.addSql(
      `alter table "security_event" add constraint "security_event_acknowledged_by_id_foreign" foreign key ("acknowledged_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "security_event" add constraint "security_event_closed_by_id_foreign" foreign key ("closed_by_id") references "app_user" ("id") on delete set null;`,
    );

    for (const table of [
      'access_point',
      'access_group',
      'access_group_point',
      'access_group_member',
      'access_credential',
      'access_event',
      'security_event',
    ])
      this.addSql(
        `alter table "${table}" enable row level security; alter table "${table}" force row level security;`,
      );
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    // Staff and partner keys see their parks' rows; a tenant sees its own company's.
    const ownOrPark = `app_park_visible(park_id) and (app_actor_kind() in ('staff', 'partner')
      or (app_actor_kind() = 'tenant' and tenant_id = app_tenant_id()))`;
    // Points: everyone of the park (tenants read them in their groups); staff change them.
    this.addSql(
      `create policy access_point_read on "access_point" for select using (app_park_visible(park_id) and app_actor_kind() in ('staff', 'partner', 'tenant'));`,
    );
    this.addSql(
      `create policy access_point_write on "access_point" for all using (${staff}) with check (${staff});`,
    );
    for (const table of ['access_group', 'access_credential']) {
      this.addSql(`create policy ${table}_read on "${table}" for select using (${ownOrPark});`);
      this.addSql(
        `create policy ${table}_write on "${table}" for all using (${staff}) with check (${staff});`,
      );
    }
    // Through their group: what the caller sees of the group; points set by staff, members also by
    // the group's company (a tenant sees only its own groups and its own people).
    const ofGroup = `group_id in (select id from access_group)`;
    this.addSql(
      `create policy access_group_point_read on "access_group_point" for select using (${ofGroup});`,
    );
    this.addSql(
      `create policy access_group_point_write on "access_group_point" for all using (app_actor_kind() = 'staff' and ${ofGroup}) with check (app_actor_kind() = 'staff' and ${ofGroup});`,
    );
    const member = `${ofGroup} and (app_actor_kind() = 'staff'
      or (app_actor_kind() = 'tenant' and user_id in (select id from app_user where tenant_id = app_tenant_id())))`;
    this.addSql(
      `create policy access_group_member_read on "access_group_member" for select using (${ofGroup});`,
    );
    this.addSql(
      `create policy access_group_member_write on "access_group_member" for all using (${member}) with check (${member});`,
    );
    // Events are only ever added (by partner keys, or staff), never changed.
    const recorder = `app_actor_kind() in ('staff', 'partner') and app_park_visible(park_id)`;
    this.addSql(`create policy access_event_read on "access_event" for select using (${ownOrPark});`);
    this.addSql(`create policy access_event_insert on "access_event" for insert with check (${recorder});`);
    // Security events: the park's staff (and the key that raised them, for its own insert).
    this.addSql(`create policy security_event_read on "security_event" for select using (${recorder});`);
    this.addSql(
      `create policy security_event_insert on "security_event" for insert with check (${recorder});`,
    );
    this.addSql(
      `create policy security_event_update on "security_event" for update using (${staff}) with check (${staff});`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "access_group_point" drop constraint "access_group_point_point_id_foreign";`);
    this.addSql(`alter table "access_event" drop constraint "access_event_point_id_foreign";`);
    this.addSql(`alter table "security_event" drop constraint "security_event_point_id_foreign";`);
    this.addSql(`alter table "access_group_member" drop constraint "access_group_member_group_id_foreign";`);
    this.addSql(`alter table "access_group_point" drop constraint "access_group_point_group_id_foreign";`);
    this.addSql(`alter table "access_event" drop constraint "access_event_credential_id_foreign";`);
    this.addSql(`alter table "security_event" drop constraint "security_event_access_event_id_foreign";`);

    this.addSql(`drop table if exists "access_point" cascade;`);
    this.addSql(`drop table if exists "access_group" cascade;`);
    this.addSql(`drop table if exists "access_group_member" cascade;`);
    this.addSql(`drop table if exists "access_group_point" cascade;`);
    this.addSql(`drop table if exists "access_credential" cascade;`);
    this.addSql(`drop table if exists "access_event" cascade;`);
    this.addSql(`drop table if exists "security_event" cascade;`);

    this.addSql(`drop type "access_point_kind";`);
    this.addSql(`drop type "credential_kind";`);
    this.addSql(`drop type "credential_status";`);
    this.addSql(`drop type "access_event_type";`);
    this.addSql(`drop type "access_decision";`);
    this.addSql(`drop type "access_reason";`);
    this.addSql(`drop type "access_direction";`);
    this.addSql(`drop type "security_event_kind";`);
    this.addSql(`drop type "security_event_status";`);
  }
}
