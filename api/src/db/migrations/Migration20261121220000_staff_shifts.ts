import { Migration } from '@mikro-orm/migrations';

/**
 * Staff shifts, which automatic dispatch reads (who is on duty now), and the function that
 * lists a park's dispatch candidates. The function runs as the owner so a tenant's repair can be
 * dispatched although tenants cannot see staff; it returns ids and counts only.
 */
export class Migration20261121220000_staff_shifts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "staff_shift" (
      "id" uuid not null primary key, "created_at" timestamptz not null,
      "park_id" uuid not null references "park" ("id"),
      "user_id" uuid not null references "app_user" ("id") on delete cascade,
      "starts_at" timestamptz not null, "ends_at" timestamptz not null,
      constraint "staff_shift_span_check" check ("ends_at" > "starts_at"));`);
    this.addSql(
      `create index "staff_shift_park_id_starts_at_index" on "staff_shift" ("park_id", "starts_at");`,
    );
    this.addSql(`create index "staff_shift_user_id_index" on "staff_shift" ("user_id");`);
    this.addSql(
      `alter table "staff_shift" enable row level security; alter table "staff_shift" force row level security;`,
    );
    const staff = `app_actor_kind() = 'staff' and app_park_visible(park_id)`;
    this.addSql(
      `create policy staff_shift_access on "staff_shift" for all using (${staff}) with check (${staff});`,
    );
    this.addSql(`create function work_order_candidates(p_park uuid, p_building uuid)
      returns table (user_id uuid, departments text[], on_shift boolean, open_orders int, open_in_building int)
      language sql stable security definer set search_path = public, pg_catalog as $$
      select u.id, array_agg(distinct r.key order by r.key),
        exists (select 1 from staff_shift s where s.user_id = u.id and s.park_id = p_park
                and s.starts_at <= now() and s.ends_at > now()),
        (select count(*)::int from work_order w where w.assignee_id = u.id
           and w.state in ('DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD')),
        (select count(*)::int from work_order w where w.assignee_id = u.id and w.building_id = p_building
           and w.state in ('DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'))
      from app_user u
      join user_role ur on ur.user_id = u.id
      join role r on r.id = ur.role_id and r.audience = 'STAFF'
      join user_park up on up.user_id = u.id and up.park_id = p_park
      where u.kind = 'STAFF' and u.status = 'ACTIVE'
        and exists (select 1 from user_role ur2 join role r2 on r2.id = ur2.role_id
                    where ur2.user_id = u.id and 'workOrder.work' = any(r2.permissions))
      group by u.id
    $$;`);
    this.addSql(`revoke all on function work_order_candidates(uuid, uuid) from public;`);
    this.addSql(`grant execute on function work_order_candidates(uuid, uuid) to park_app;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists work_order_candidates(uuid, uuid);`);
    this.addSql(`drop table if exists "staff_shift";`);
  }
}
