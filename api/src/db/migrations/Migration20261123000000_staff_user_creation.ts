import { Migration } from '@mikro-orm/migrations';

const USER_VISIBLE = `id = app_actor_id() or app_actor_kind() = 'system'
      or (app_actor_kind() = 'tenant' and tenant_id = app_tenant_id())
      or (app_actor_kind() = 'staff' and (app_all_parks()
          or (tenant_id is not null and park_id = any(app_park_ids()))
          or exists (select 1 from user_park up where up.user_id = app_user.id and up.park_id = any(app_park_ids()))))`;

/**
 * A park manager creating a staff user of their park hit the `app_user` policy: a staff user is
 * visible through their `user_park` rows, and those can only be inserted after the user row, so
 * the new row failed its own check (and its RETURNING, and the `user_role` check after it).
 * The user service now names, transaction-locally, the one staff user it is creating after its
 * own checks; that row is writable and visible to staff for the rest of that transaction, while
 * its park links still pass the `user_park` policy (the actor's parks only).
 */
export class Migration20261123000000_staff_user_creation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create function app_creating_user() returns uuid language sql stable as $$ select nullif(current_setting('app.creating_user', true), '')::uuid $$;`,
    );
    this.addSql(`create function app_begin_user_creation(p_user uuid) returns void language sql volatile as $$
      select set_config('app.creating_user', p_user::text, true) $$;`);
    this.addSql(`drop policy app_user_access on "app_user";`);
    const visible = `${USER_VISIBLE}
      or (app_actor_kind() = 'staff' and kind = 'STAFF' and id = app_creating_user())`;
    this.addSql(
      `create policy app_user_access on "app_user" for all using (${visible}) with check (${visible});`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop policy app_user_access on "app_user";`);
    this.addSql(
      `create policy app_user_access on "app_user" for all using (${USER_VISIBLE}) with check (${USER_VISIBLE});`,
    );
    this.addSql(`drop function app_begin_user_creation(uuid);`);
    this.addSql(`drop function app_creating_user();`);
  }
}
