import { Migration } from '@mikro-orm/migrations';

/** Tables every request may only see through its actor's settings (SPEC §1, §4). */
const PARK_TABLES = ['park', 'building', 'floor', 'unit', 'tenant_company', 'tenant_contact'];
const STAFF_ONLY_TABLES = ['equipment', 'equipment_event'];

/**
 * Identity, roles, kiosk devices, partner keys, the hash-chained audit log, and row-level
 * security on every park- and tenant-owned table.
 *
 * The application connects as `park_app`: not the owner of any table and without BYPASSRLS,
 * so FORCE ROW LEVEL SECURITY applies to it. Each request sets its actor with transaction-local
 * `set_config(..., true)` through the `app_begin_*` functions below; with no settings a query
 * sees no park or tenant rows at all. Migrations and the seed run as the owner, which must be a
 * superuser or hold BYPASSRLS (the embedded server's `postgres` is).
 */
export class Migration20261121200000_identity_rls_audit extends Migration {
  override async up(): Promise<void> {
    // The role is cluster-wide; boot (db/app-role.ts) gives it LOGIN and its password.
    this.addSql(`do $$ begin
      if not exists (select from pg_roles where rolname = 'park_app') then
        create role park_app nologin nosuperuser nobypassrls noinherit;
      end if;
    end $$;`);

    this.addSql(`create type "user_kind" as enum ('STAFF', 'TENANT');`);
    this.addSql(`create type "user_status" as enum ('ACTIVE', 'DISABLED');`);

    this.addSql(`create table "role" (
      "id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "key" varchar(40) not null unique, "name" varchar(60) not null, "name_en" varchar(60) not null,
      "description" varchar(300) null, "audience" "user_kind" not null,
      "permissions" text[] not null default '{}', "builtin" boolean not null default false);`);

    this.addSql(`create table "app_user" (
      "id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "kind" "user_kind" not null, "login" varchar(64) not null, "display_name" varchar(50) not null,
      "phone" varchar(20) null, "email" varchar(120) null,
      "tenant_id" uuid null references "tenant_company" ("id"),
      "park_id" uuid null references "park" ("id"),
      "password_hash" varchar(200) not null, "status" "user_status" not null default 'ACTIVE',
      "must_change_password" boolean not null default false,
      "password_changed_at" timestamptz not null,
      "failed_logins" int not null default 0, "locked_until" timestamptz null,
      "last_login_at" timestamptz null,
      constraint "app_user_tenant_check" check (("kind" = 'TENANT') = ("tenant_id" is not null)),
      constraint "app_user_tenant_park_check" check ("tenant_id" is null or "park_id" is not null));`);
    this.addSql(`create unique index "app_user_login_unique" on "app_user" (lower("login"));`);
    this.addSql(`create index "app_user_tenant_id_index" on "app_user" ("tenant_id");`);

    this.addSql(`create table "user_role" (
      "user_id" uuid not null references "app_user" ("id") on delete cascade,
      "role_id" uuid not null references "role" ("id"),
      primary key ("user_id", "role_id"));`);
    this.addSql(`create index "user_role_role_id_index" on "user_role" ("role_id");`);
    this.addSql(`create table "user_park" (
      "user_id" uuid not null references "app_user" ("id") on delete cascade,
      "park_id" uuid not null references "park" ("id"),
      primary key ("user_id", "park_id"));`);
    this.addSql(`create index "user_park_park_id_index" on "user_park" ("park_id");`);

    this.addSql(`create table "auth_session" (
      "id" uuid not null primary key, "user_id" uuid not null references "app_user" ("id") on delete cascade,
      "generation" int not null default 0, "refresh_hash" bytea not null,
      "created_at" timestamptz not null, "last_used_at" timestamptz not null, "expires_at" timestamptz not null,
      "revoked_at" timestamptz null, "revoke_reason" varchar(40) null,
      "ip" varchar(64) null, "user_agent" varchar(200) null);`);
    this.addSql(`create index "auth_session_user_id_index" on "auth_session" ("user_id");`);

    this.addSql(`create table "kiosk_device" (
      "id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "park_id" uuid not null references "park" ("id"), "building_id" uuid null references "building" ("id"),
      "name" varchar(60) not null, "location" varchar(100) null,
      "pairing_code_hash" bytea null unique, "pairing_expires_at" timestamptz null,
      "credential_hash" bytea null, "paired_at" timestamptz null, "revoked_at" timestamptz null,
      "last_seen_at" timestamptz null, "created_by" uuid null references "app_user" ("id") on delete set null);`);
    this.addSql(`create index "kiosk_device_park_id_index" on "kiosk_device" ("park_id");`);

    this.addSql(`create table "api_key" (
      "id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "name" varchar(80) not null, "partner" varchar(100) not null, "prefix" varchar(16) not null unique,
      "secret_hash" bytea not null, "scopes" text[] not null, "park_ids" uuid[] not null,
      "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null,
      "rate_limit_per_minute" int not null default 600,
      "created_by" uuid null references "app_user" ("id") on delete set null,
      constraint "api_key_parks_check" check (cardinality("park_ids") > 0));`);

    this.auditLog();
    this.actorFunctions();
    this.policies();
    this.grants();
  }

  /** Append-only, hash-chained log (SPEC §4; SMART 7.2.1.3; OM 6.4.4d). */
  private auditLog() {
    this.addSql(`create table "audit_log" (
      "seq" bigint not null primary key, "occurred_at" timestamptz not null,
      "actor_kind" varchar(16) not null, "actor_id" uuid null, "actor_label" varchar(100) null,
      "park_id" uuid null, "tenant_id" uuid null,
      "operation" varchar(80) not null, "target_type" varchar(40) null, "target_id" varchar(64) null,
      "before" jsonb null, "after" jsonb null,
      "ip" varchar(64) null, "request_id" varchar(64) null,
      "outcome" varchar(16) not null, "error_code" varchar(60) null,
      "prev_hash" bytea not null, "hash" bytea not null);`);
    this.addSql(`create index "audit_log_park_id_seq_index" on "audit_log" ("park_id", "seq");`);
    this.addSql(`create index "audit_log_actor_id_seq_index" on "audit_log" ("actor_id", "seq");`);
    this.addSql(`create index "audit_log_occurred_at_index" on "audit_log" ("occurred_at");`);
    // The head of the chain: one row, locked by each insert so links form one sequence.
    this.addSql(`create table "audit_chain_head" ("id" smallint primary key check ("id" = 1),
      "seq" bigint not null, "hash" bytea not null);`);
    this.addSql(`insert into "audit_chain_head" values (1, 0, sha256(''::bytea));`);
    // What a row's hash covers: every column but the hash itself, in one canonical text.
    this.addSql(`create function audit_canonical(a audit_log) returns text language sql immutable
      set search_path = public, pg_catalog as $$
      select jsonb_build_object(
        'seq', a.seq, 'occurredAt', to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'actorKind', a.actor_kind, 'actorId', a.actor_id, 'actorLabel', a.actor_label,
        'parkId', a.park_id, 'tenantId', a.tenant_id, 'operation', a.operation,
        'targetType', a.target_type, 'targetId', a.target_id, 'before', a.before, 'after', a.after,
        'ip', a.ip, 'requestId', a.request_id, 'outcome', a.outcome, 'errorCode', a.error_code,
        'prevHash', encode(a.prev_hash, 'hex'))::text
    $$;`);
    this.addSql(`create function audit_log_chain() returns trigger language plpgsql security definer
      set search_path = public, pg_catalog as $$
      declare head audit_chain_head;
      begin
        select * into head from audit_chain_head where id = 1 for update;
        new.seq := head.seq + 1;
        new.prev_hash := head.hash;
        new.occurred_at := coalesce(new.occurred_at, clock_timestamp());
        new.hash := sha256(convert_to(audit_canonical(new), 'UTF8'));
        update audit_chain_head set seq = new.seq, hash = new.hash where id = 1;
        return new;
      end $$;`);
    this.addSql(`create trigger audit_log_chain before insert on "audit_log"
      for each row execute function audit_log_chain();`);
    // Walks the whole chain; the first row whose hash, link or sequence does not hold is named.
    this.addSql(`create function audit_verify_chain()
      returns table (checked bigint, last_seq bigint, broken_seq bigint, problem text)
      language sql stable security definer set search_path = public, pg_catalog as $$
      with rows as (
        select a.seq, a.hash, a.prev_hash,
               sha256(convert_to(audit_canonical(a), 'UTF8')) as expected,
               lag(a.hash) over (order by a.seq) as previous_hash,
               lag(a.seq) over (order by a.seq) as previous_seq
        from audit_log a
      ), problems as (
        select seq, case
          when hash <> expected then 'row content does not match its hash'
          when previous_seq is null and (seq <> 1 or prev_hash <> sha256(''::bytea)) then 'chain does not start at the genesis link'
          when previous_seq is not null and seq <> previous_seq + 1 then 'rows are missing before this one'
          when previous_seq is not null and prev_hash <> previous_hash then 'link to the previous row is broken'
        end as problem
        from rows
      ), head as (select seq, hash from audit_chain_head where id = 1)
      select (select count(*) from rows),
             (select max(seq) from rows),
             coalesce((select min(p.seq) from problems p where p.problem is not null),
                      case when (select seq from head) <> coalesce((select max(seq) from rows), 0)
                           then coalesce((select max(seq) from rows), 0) + 1 end),
             coalesce((select p.problem from problems p where p.problem is not null order by p.seq limit 1),
                      case when (select seq from head) <> coalesce((select max(seq) from rows), 0)
                           then 'rows are missing at the end of the chain'
                           when (select hash from head) <> coalesce((select hash from rows order by seq desc limit 1), sha256(''::bytea))
                           then 'the last row does not match the chain head' end)
    $$;`);
  }

  /**
   * How a request tells the database who it is. Each function checks the credential against
   * the tables (session not revoked, user active, device paired, key unexpired), then sets the
   * actor transaction-locally; nothing survives the transaction on a pooled connection.
   */
  private actorFunctions() {
    const setting = (name: string, type: string) =>
      `create function app_${name}() returns ${type} language sql stable as $$ select nullif(current_setting('app.${name}', true), '')::${type} $$;`;
    this.addSql(setting('actor_id', 'uuid'));
    this.addSql(setting('actor_kind', 'text'));
    this.addSql(setting('tenant_id', 'uuid'));
    this.addSql(
      `create function app_park_ids() returns uuid[] language sql stable as $$ select coalesce(nullif(current_setting('app.park_ids', true), '')::uuid[], '{}') $$;`,
    );
    this.addSql(
      `create function app_all_parks() returns boolean language sql stable as $$ select coalesce(current_setting('app.all_parks', true) = 'on', false) $$;`,
    );
    this.addSql(
      `create function app_park_visible(p uuid) returns boolean language sql stable as $$ select app_all_parks() or p = any(app_park_ids()) $$;`,
    );
    this.addSql(`create function app_set_actor(kind text, actor uuid, tenant uuid, parks uuid[], all_parks boolean)
      returns void language sql volatile as $$
      select set_config('app.actor_kind', kind, true), set_config('app.actor_id', coalesce(actor::text, ''), true),
             set_config('app.tenant_id', coalesce(tenant::text, ''), true),
             set_config('app.park_ids', coalesce(parks, '{}')::text, true),
             set_config('app.all_parks', case when all_parks then 'on' else 'off' end, true)
    $$;`);
    this.addSql(`create function app_begin_user(p_session uuid, p_user uuid)
      returns table (kind text, tenant_id uuid, park_ids uuid[], all_parks boolean, permissions text[], label text,
                     must_change_password boolean)
      language plpgsql volatile security definer set search_path = public, pg_catalog as $$
      declare u app_user; perms text[]; parks uuid[]; every_park boolean;
      begin
        select au.* into u from auth_session s join app_user au on au.id = s.user_id
          where s.id = p_session and s.user_id = p_user and s.revoked_at is null
            and s.expires_at > now() and au.status = 'ACTIVE';
        if not found then return; end if;
        select coalesce(array_agg(distinct perm order by perm), '{}') into perms
          from user_role ur join role r on r.id = ur.role_id cross join unnest(r.permissions) perm
          where ur.user_id = u.id and r.audience = u.kind;
        every_park := u.kind = 'STAFF' and 'park.all' = any(perms);
        if u.kind = 'TENANT' then parks := array[u.park_id];
        else select coalesce(array_agg(up.park_id order by up.park_id), '{}') into parks from user_park up where up.user_id = u.id;
        end if;
        perform app_set_actor(lower(u.kind::text), u.id, u.tenant_id, parks, every_park);
        return query select lower(u.kind::text), u.tenant_id, parks, every_park, perms, u.display_name::text,
          u.must_change_password;
      end $$;`);
    this.addSql(`create function app_begin_device(p_device uuid, p_secret_hash bytea)
      returns table (park_id uuid, building_id uuid, label text)
      language plpgsql volatile security definer set search_path = public, pg_catalog as $$
      declare d kiosk_device;
      begin
        select * into d from kiosk_device k where k.id = p_device and k.credential_hash = p_secret_hash and k.revoked_at is null;
        if not found then return; end if;
        perform app_set_actor('device', d.id, null, array[d.park_id], false);
        return query select d.park_id, d.building_id, d.name::text;
      end $$;`);
    this.addSql(`create function app_begin_api_key(p_key uuid, p_secret_hash bytea)
      returns table (scopes text[], park_ids uuid[], rate_limit_per_minute int, label text)
      language plpgsql volatile security definer set search_path = public, pg_catalog as $$
      declare k api_key;
      begin
        select * into k from api_key a where a.id = p_key and a.secret_hash = p_secret_hash
          and a.revoked_at is null and (a.expires_at is null or a.expires_at > now());
        if not found then return; end if;
        perform app_set_actor('partner', k.id, null, k.park_ids, false);
        return query select k.scopes, k.park_ids, k.rate_limit_per_minute, (k.partner || ' / ' || k.name)::text;
      end $$;`);
    // Ends a user's sessions inside the caller's transaction (an admin disabling a user or
    // resetting a password), who cannot see those sessions; the service has checked the caller
    // may manage the user. Revocation only ever signs someone out.
    this.addSql(`create function app_revoke_sessions(p_user uuid, p_reason text) returns int
      language sql volatile security definer set search_path = public, pg_catalog as $$
      with revoked as (
        update auth_session set revoked_at = now(), revoke_reason = p_reason
        where user_id = p_user and revoked_at is null returning 1)
      select count(*)::int from revoked
    $$;`);
    // Login, refresh and pairing look credentials up before any actor exists: the `system`
    // actor sees the credential tables and nothing else.
    for (const fn of [
      'app_begin_user(uuid, uuid)',
      'app_begin_device(uuid, bytea)',
      'app_begin_api_key(uuid, bytea)',
      'app_revoke_sessions(uuid, text)',
    ]) {
      this.addSql(`revoke all on function ${fn} from public;`);
      this.addSql(`grant execute on function ${fn} to park_app;`);
    }
  }

  private policies() {
    const force = (table: string) =>
      this.addSql(
        `alter table "${table}" enable row level security; alter table "${table}" force row level security;`,
      );
    const staffWrite = `app_actor_kind() in ('staff', 'partner') and app_park_visible(park_id)`;

    for (const table of PARK_TABLES) force(table);
    this.addSql(`create policy park_read on "park" for select using (app_park_visible(id));`);
    this.addSql(
      `create policy park_write on "park" for all using (app_actor_kind() = 'staff' and app_park_visible(id)) with check (app_actor_kind() = 'staff' and app_park_visible(id));`,
    );
    for (const table of ['building', 'floor']) {
      this.addSql(`create policy ${table}_read on "${table}" for select using (app_park_visible(park_id));`);
    }
    // Tenants see their own company, contacts and leased units; staff see their parks.
    const own = (column: string) =>
      `app_park_visible(park_id) and (app_actor_kind() is distinct from 'tenant' or ${column} = app_tenant_id())`;
    this.addSql(`create policy unit_read on "unit" for select using (${own('tenant_id')});`);
    this.addSql(`create policy tenant_company_read on "tenant_company" for select using (${own('id')});`);
    // Contacts carry phone numbers: not for kiosks, whatever the park.
    this.addSql(
      `create policy tenant_contact_read on "tenant_contact" for select using (app_park_visible(park_id) and (app_actor_kind() in ('staff', 'partner') or (app_actor_kind() = 'tenant' and tenant_id = app_tenant_id())));`,
    );
    for (const table of STAFF_ONLY_TABLES) {
      force(table);
      this.addSql(
        `create policy ${table}_read on "${table}" for select using (app_actor_kind() in ('staff', 'partner') and app_park_visible(park_id));`,
      );
    }
    for (const table of [...PARK_TABLES.filter((t) => t !== 'park'), ...STAFF_ONLY_TABLES]) {
      this.addSql(
        `create policy ${table}_write on "${table}" for all using (${staffWrite}) with check (${staffWrite});`,
      );
    }

    // People: yourself; a tenant's own company's users; staff: users of their parks.
    force('app_user');
    const userVisible = `id = app_actor_id() or app_actor_kind() = 'system'
      or (app_actor_kind() = 'tenant' and tenant_id = app_tenant_id())
      or (app_actor_kind() = 'staff' and (app_all_parks()
          or (tenant_id is not null and park_id = any(app_park_ids()))
          or exists (select 1 from user_park up where up.user_id = app_user.id and up.park_id = any(app_park_ids()))))`;
    this.addSql(
      `create policy app_user_access on "app_user" for all using (${userVisible}) with check (${userVisible});`,
    );
    force('user_park');
    const parkLink = `app_actor_kind() = 'system' or user_id = app_actor_id()
      or (app_actor_kind() = 'staff' and (app_all_parks() or park_id = any(app_park_ids())))`;
    this.addSql(
      `create policy user_park_access on "user_park" for all using (${parkLink}) with check (${parkLink});`,
    );
    force('user_role');
    const roleLink = `user_id in (select id from app_user)`;
    this.addSql(
      `create policy user_role_access on "user_role" for all using (${roleLink}) with check (${roleLink});`,
    );
    force('auth_session');
    const ownSession = `app_actor_kind() = 'system' or user_id = app_actor_id()`;
    this.addSql(
      `create policy auth_session_access on "auth_session" for all using (${ownSession}) with check (${ownSession});`,
    );

    force('kiosk_device');
    const device = `app_actor_kind() = 'system' or (app_actor_kind() = 'staff' and app_park_visible(park_id))
      or (app_actor_kind() = 'device' and id = app_actor_id())`;
    this.addSql(
      `create policy kiosk_device_access on "kiosk_device" for all using (${device}) with check (${device});`,
    );
    force('api_key');
    const key = `app_actor_kind() = 'system' or (app_actor_kind() = 'staff' and (app_all_parks() or park_ids <@ app_park_ids()))
      or (app_actor_kind() = 'partner' and id = app_actor_id())`;
    this.addSql(`create policy api_key_access on "api_key" for all using (${key}) with check (${key});`);

    // Anyone may append (the trigger fixes seq and hashes); staff read their parks' entries.
    force('audit_log');
    this.addSql(`create policy audit_log_append on "audit_log" for insert with check (true);`);
    this.addSql(
      `create policy audit_log_read on "audit_log" for select using (app_actor_kind() = 'staff' and (app_all_parks() or park_id = any(app_park_ids())));`,
    );
  }

  private grants() {
    this.addSql(`grant usage on schema public to park_app;`);
    this.addSql(`grant select, insert, update, delete on all tables in schema public to park_app;`);
    this.addSql(`revoke all on "mikro_orm_migrations", "audit_chain_head" from park_app;`);
    this.addSql(`revoke update, delete, truncate on "audit_log" from park_app;`);
    // Tables of later migrations get the same grants; each must still enable RLS itself.
    this.addSql(
      `alter default privileges in schema public grant select, insert, update, delete on tables to park_app;`,
    );
  }

  override async down(): Promise<void> {
    for (const table of [...PARK_TABLES, ...STAFF_ONLY_TABLES]) {
      this.addSql(`drop policy if exists ${table}_read on "${table}";`);
      this.addSql(`drop policy if exists ${table}_write on "${table}";`);
      this.addSql(
        `alter table "${table}" no force row level security; alter table "${table}" disable row level security;`,
      );
    }
    this.addSql(
      `drop table if exists "audit_log", "audit_chain_head", "api_key", "kiosk_device", "auth_session", "user_park", "user_role", "app_user", "role" cascade;`,
    );
    this.addSql(`drop function if exists audit_verify_chain, audit_log_chain, audit_canonical, app_begin_user, app_begin_device,
      app_begin_api_key, app_revoke_sessions, app_set_actor, app_park_visible, app_all_parks, app_park_ids, app_tenant_id, app_actor_kind, app_actor_id;`);
    this.addSql(`drop type if exists "user_kind", "user_status";`);
  }
}
