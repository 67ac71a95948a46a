import { Migration } from '@mikro-orm/migrations';

/**
 * Visitors (SPEC §3.3, IPARK 7.2.1): each host company's visitor records, their visits
 * (invitations and kiosk walk-ins, approval, pass nonce, check-in and check-out) and the park's
 * watchlist. Row-level security, by hand:
 * - staff (and jobs, which the database sees as staff of every park) read and write their parks';
 * - a tenant user, their own company's visitors and visits only;
 * - a kiosk, only the visitors and visits it registered itself;
 * - the watchlist, staff only.
 * Three functions run as the owner for callers that may not read the rows: the scan of a pass
 * (kiosks and gates; a conditional update, so a pass checks in once however many scan it at
 * once), the kiosk's host list (names only), and the watchlist match at registration (an id,
 * nothing of the entry).
 */
export class Migration20261205125157_visitors extends Migration {
  override name = 'Migration20261205125157_visitors';

  override up(): void | Promise<void> {
    this.addSql(`create type "visit_source" as enum ('INVITATION', 'WALK_IN');`);
    this.addSql(
      `create type "visit_state" as enum ('AWAITING_SECURITY', 'AWAITING_HOST', 'AWAITING_FRONT_DESK', 'APPROVED', 'REJECTED', 'REVOKED');`,
    );
    this.addSql(
      `create table "visitor" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "tenant_id" uuid not null, "name" varchar(50) not null, "phone" varchar(20) null, "email" varchar(120) null, "company" varchar(100) null, "id_number_data" bytea null, "id_number_key_id" varchar(20) null, "id_number_masked" varchar(18) null, "id_number_digest" bytea null, "kiosk_device_id" uuid null, "anonymized_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "visitor_tenant_id_index" on "visitor" ("tenant_id");`);

    this.addSql(
      `create table "visitor_watchlist" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "name" varchar(50) not null, "phone" varchar(20) null, "id_number_data" bytea null, "id_number_key_id" varchar(20) null, "id_number_masked" varchar(18) null, "id_number_digest" bytea null, "reason" varchar(200) not null, "active" boolean not null default true, "created_by" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "visitor_watchlist_park_id_index" on "visitor_watchlist" ("park_id");`);

    this.addSql(
      `create table "visit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "park_id" uuid not null, "tenant_id" uuid not null, "visitor_id" uuid not null, "host_user_id" uuid null, "host_name" varchar(50) not null, "source" "visit_source" not null, "state" "visit_state" not null, "purpose" varchar(200) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "plate" varchar(10) null, "companions" smallint not null default 0, "building_ids" uuid[] not null default '{}', "floor_ids" uuid[] not null default '{}', "pass_nonce" bytea null, "kiosk_device_id" uuid null, "watchlist_entry_id" uuid null, "host_deadline" timestamptz null, "decided_by" varchar(100) null, "decided_at" timestamptz null, "decision_note" varchar(200) null, "checked_in_at" timestamptz null, "checked_in_via" varchar(100) null, "checked_out_at" timestamptz null, "checked_out_via" varchar(100) null, "anonymized_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "visit_tenant_id_index" on "visit" ("tenant_id");`);
    this.addSql(`create index "visit_visitor_id_index" on "visit" ("visitor_id");`);

    this.addSql(
      `alter table "visitor" add constraint "visitor_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "visitor" add constraint "visitor_tenant_id_foreign" foreign key ("tenant_id") references "tenant_company" ("id");`,
    );
    this.addSql(
      `alter table "visitor" add constraint "visitor_kiosk_device_id_foreign" foreign key ("kiosk_device_id") references "kiosk_device" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "visitor_watchlist" add constraint "visitor_watchlist_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "visitor_watchlist" add constraint "visitor_watchlist_created_by_foreign" foreign key ("created_by") references "app_user" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "visit" add constraint "visit_park_id_foreign" foreign key ("park_id") references "park" ("id");`,
    );
    this.addSql(
      `alter table "visit" add constraint "visit_tenant_id_foreign" foreign key ("tenant_id") references "tenant_company" ("id");`,
    );
    this.addSql(
      `alter table "visit" add constraint "visit_visitor_id_foreign" foreign key ("visitor_id") references "visitor" ("id");`,
    );
    this.addSql(
      `alter table "visit" add constraint "visit_host_user_id_foreign" foreign key ("host_user_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "visit" add constraint "visit_kiosk_device_id_foreign" foreign key ("kiosk_device_id") references "kiosk_device" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "visit" add constraint "visit_watchlist_entry_id_foreign" foreign key ("watchlist_entry_id") references "visitor_watchlist" ("id") on delete set null;`,
    );

    this.addSql(`alter table "visit" add constraint "visit_window_check" check ("ends_at" > "starts_at");`);
    this.addSql(
      `alter table "visit" add constraint "visit_companions_check" check ("companions" between 0 and 50);`,
    );
    this.addSql(
      `create index "visit_park_id_starts_at_index" on "visit" ("park_id", "starts_at" desc, "id");`,
    );
    this.addSql(
      `create index "visit_on_site_index" on "visit" ("park_id") where "checked_in_at" is not null and "checked_out_at" is null;`,
    );
    this.addSql(`create index "visit_ends_at_index" on "visit" ("ends_at") where "anonymized_at" is null;`);
    this.addSql(`create index "visitor_watchlist_digest_index" on "visitor_watchlist" ("id_number_digest");`);

    const force = (table: string) =>
      this.addSql(
        `alter table "${table}" enable row level security; alter table "${table}" force row level security;`,
      );
    const owned = `(app_actor_kind() = 'staff' and app_park_visible(park_id))
      or (app_actor_kind() = 'tenant' and app_park_visible(park_id) and tenant_id = app_tenant_id())
      or (app_actor_kind() = 'device' and app_park_visible(park_id) and kiosk_device_id = app_actor_id())`;
    for (const table of ['visitor', 'visit']) {
      force(table);
      this.addSql(
        `create policy ${table}_access on "${table}" for all using (${owned}) with check (${owned});`,
      );
    }
    force('visitor_watchlist');
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    this.addSql(
      `create policy visitor_watchlist_access on "visitor_watchlist" for all using (${staff}) with check (${staff});`,
    );

    // A scanned pass, whose signature and window the API has checked: in or out, once.
    this.addSql(`create function visitor_pass_scan(p_visit uuid, p_nonce bytea, p_direction text, p_at timestamptz,
        p_via text, p_min_stay_seconds int)
      returns table (outcome text, visit_id uuid, park_id uuid, tenant_id uuid, visitor_name text, tenant_name text,
        host_name text, starts_at timestamptz, ends_at timestamptz, companions int, checked_in_at timestamptz,
        checked_out_at timestamptz)
      language plpgsql volatile security definer set search_path = public, pg_catalog as $$
      #variable_conflict use_column
      declare v visit; u visit; dir text := p_direction; result text;
      begin
        if app_actor_kind() is null or app_actor_kind() not in ('device', 'partner', 'staff') then return; end if;
        select * into v from visit where id = p_visit;
        if not found then return query select 'UNKNOWN_PASS', null::uuid, null::uuid, null::uuid, null, null, null,
          null::timestamptz, null::timestamptz, null::int, null::timestamptz, null::timestamptz; return; end if;
        if not app_park_visible(v.park_id) then result := 'WRONG_PARK';
        elsif v.pass_nonce is null or v.pass_nonce <> p_nonce then
          result := case when v.state in ('REVOKED', 'REJECTED') then 'REVOKED' else 'SUPERSEDED' end;
        elsif v.state in ('REVOKED', 'REJECTED') then result := 'REVOKED';
        elsif v.state <> 'APPROVED' then result := 'NOT_APPROVED';
        else
          if dir = 'AUTO' then
            dir := case when v.checked_in_at is not null and v.checked_out_at is null
              and v.checked_in_at <= p_at - make_interval(secs => p_min_stay_seconds) then 'OUT' else 'IN' end;
          end if;
          if dir = 'IN' then
            update visit set checked_in_at = p_at, checked_in_via = p_via, updated_at = now()
              where id = v.id and state = 'APPROVED' and pass_nonce = p_nonce and checked_in_at is null
              returning * into u;
            if found then v := u; result := 'CHECKED_IN'; else result := 'ALREADY_USED'; end if;
          else
            update visit set checked_out_at = p_at, checked_out_via = p_via, updated_at = now()
              where id = v.id and state = 'APPROVED' and pass_nonce = p_nonce and checked_in_at is not null
                and checked_out_at is null
              returning * into u;
            if found then v := u; result := 'CHECKED_OUT';
            else
              -- Re-read: a concurrent scan may have checked it in or out meanwhile.
              select * into v from visit where id = p_visit;
              result := case when v.checked_in_at is null then 'NOT_CHECKED_IN' else 'ALREADY_USED' end;
            end if;
          end if;
        end if;
        return query select result, v.id, v.park_id, v.tenant_id, r.name::text, t.name::text, v.host_name::text,
          v.starts_at, v.ends_at, v.companions::int, v.checked_in_at, v.checked_out_at
          from visitor r join tenant_company t on t.id = v.tenant_id where r.id = v.visitor_id;
      end $$;`);
    // The people of a company a kiosk's visitor may name as host: names, nothing else.
    this.addSql(`create function visitor_kiosk_hosts(p_tenant uuid) returns table (id uuid, display_name text)
      language sql stable security definer set search_path = public, pg_catalog as $$
      select u.id, u.display_name::text from app_user u join tenant_company t on t.id = u.tenant_id
       where app_actor_kind() = 'device' and u.tenant_id = p_tenant and t.park_id = any(app_park_ids())
         and t.status in ('ACTIVE', 'ONBOARDING') and u.kind = 'TENANT' and u.status = 'ACTIVE'
         and exists (select 1 from user_role ur join role r on r.id = ur.role_id
                      where ur.user_id = u.id and 'visitor.invite' = any(r.permissions))
       order by u.display_name, u.id $$;`);
    // Whether the park's watchlist names this person: the entry's id, nothing of it.
    this.addSql(`create function visitor_watchlist_match(p_park uuid, p_name text, p_phone text, p_digest bytea)
      returns uuid language sql stable security definer set search_path = public, pg_catalog as $$
      select w.id from visitor_watchlist w
       where app_park_visible(p_park) and w.park_id = p_park and w.active
         and ((p_digest is not null and w.id_number_digest = p_digest)
              or (p_phone is not null and w.phone = p_phone and w.name = p_name))
       order by w.created_at limit 1 $$;`);
    // Parking asks whether a plate has a live visitor pass (any caller who sees the park).
    this.addSql(`create function visitor_plate_windows(p_park uuid, p_plate text, p_at timestamptz)
      returns table (visit_id uuid, starts_at timestamptz, ends_at timestamptz)
      language sql stable security definer set search_path = public, pg_catalog as $$
      select v.id, v.starts_at, v.ends_at from visit v
       where app_park_visible(p_park) and v.park_id = p_park and v.plate = p_plate and v.state = 'APPROVED'
         and v.checked_out_at is null and p_at >= v.starts_at - interval '30 minutes' and p_at < v.ends_at
       order by v.ends_at desc, v.id $$;`);
    this.addSql(
      `create index "visit_plate_index" on "visit" ("park_id", "plate") where "plate" is not null;`,
    );
    for (const fn of [
      'visitor_plate_windows(uuid, text, timestamptz)',
      'visitor_pass_scan(uuid, bytea, text, timestamptz, text, int)',
      'visitor_kiosk_hosts(uuid)',
      'visitor_watchlist_match(uuid, text, text, bytea)',
    ]) {
      this.addSql(`revoke all on function ${fn} from public;`);
      this.addSql(`grant execute on function ${fn} to park_app;`);
    }
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function if exists visitor_pass_scan(uuid, bytea, text, timestamptz, text, int);`);
    this.addSql(`drop function if exists visitor_kiosk_hosts(uuid);`);
    this.addSql(`drop function if exists visitor_plate_windows(uuid, text, timestamptz);`);
    this.addSql(`drop function if exists visitor_watchlist_match(uuid, text, text, bytea);`);
    this.addSql(`alter table "visit" drop constraint "visit_visitor_id_foreign";`);
    this.addSql(`alter table "visit" drop constraint "visit_watchlist_entry_id_foreign";`);

    this.addSql(`drop table if exists "visitor" cascade;`);
    this.addSql(`drop table if exists "visitor_watchlist" cascade;`);
    this.addSql(`drop table if exists "visit" cascade;`);

    this.addSql(`drop type "visit_source";`);
    this.addSql(`drop type "visit_state";`);
  }
}
