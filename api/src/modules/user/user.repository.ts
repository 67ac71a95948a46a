import type { EntityManager } from '@mikro-orm/postgresql';
import { Conditions } from '../../db/conditions.js';
import { cursorBatches, query } from '../../db/sql.js';
import type { RequestContext } from '../../graphql/context.js';
import { isUuid, likePattern } from '../../graphql/validate.js';
import type { UserFilter } from './user.inputs.js';

/** One link of a user to a role or a park, as the loaders group them. */
export type UserLink = { user_id: string; value: string };

/** User reads in SQL (STYLE rule 15): role and park links for many users at once. */
export const userRepository = {
  /** Role ids of `userIds`, one row per link, ordered by role. */
  roleLinks(em: EntityManager, userIds: readonly string[]): Promise<UserLink[]> {
    return query<UserLink>(
      em,
      'select user_id, role_id as value from user_role where user_id = any(?::uuid[]) order by role_id',
      [userIds],
    );
  },

  /** Park ids `userIds` are bound to, one row per link, ordered by park. */
  parkLinks(em: EntityManager, userIds: readonly string[]): Promise<UserLink[]> {
    return query<UserLink>(
      em,
      'select user_id, park_id as value from user_park where user_id = any(?::uuid[]) order by park_id',
      [userIds],
    );
  },

  /** Active staff bound to the park whose roles grant `permission`: who to notify for it. */
  async staffWithPermission(em: EntityManager, parkId: string, permission: string): Promise<string[]> {
    const rows = await query<{ id: string }>(
      em,
      `select distinct u.id from app_user u
         join user_park up on up.user_id = u.id and up.park_id = ?
         join user_role ur on ur.user_id = u.id
         join role r on r.id = ur.role_id and ? = any(r.permissions)
       where u.kind = 'STAFF' and u.status = 'ACTIVE'`,
      [parkId, permission],
    );
    return rows.map((r) => r.id);
  },

  /**
   * Lets this transaction write and read back the one staff user `id` it is creating, before
   * their park links exist (row-level security sees staff through those links).
   */
  async beginUserCreation(em: EntityManager, id: string): Promise<void> {
    await query(em, 'select app_begin_user_creation(?)', [id]);
  },
};

/** A user as the users export reads them: no contact details (personal data stays on screen). */
export type UserExportRow = {
  login: string;
  display_name: string;
  kind: string;
  status: string;
  tenant_name: string | null;
  parks: string | null;
  roles: string | null;
  roles_en: string | null;
  last_login_at: Date | null;
  created_at: Date;
};

/** The list filter (`users(filter:)`) as SQL over `app_user` aliased `a`. */
function userSql(f: UserFilter | undefined): Conditions {
  const c = new Conditions('a');
  if (!f) return c;
  if (f.kind) c.add('"a"."kind"::text = ?', f.kind);
  if (f.status) c.add('"a"."status"::text = ?', f.status);
  if (f.tenantId !== undefined) c.id('tenant_id', f.tenantId);
  if (f.parkId !== undefined)
    isUuid(f.parkId)
      ? c.add(
          '"a"."park_id" = ? or exists (select 1 from "user_park" as "up" where "up"."user_id" = "a"."id" and "up"."park_id" = ?)',
          f.parkId,
          f.parkId,
        )
      : c.add('false');
  if (f.search) {
    const s = likePattern(f.search);
    c.add('"a"."login" ilike ? or "a"."display_name" ilike ?', s, s);
  }
  return c;
}

/** The rows of a users export with the list's filter, by login as the list sorts. */
export function userExportSource(ctx: RequestContext, filter: UserFilter | undefined) {
  const { where, params } = userSql(filter);
  return {
    async count() {
      const [row] = await query<{ n: string }>(
        ctx.em,
        `select count(*) as n from "app_user" as "a" where ${where}`,
        params,
      );
      return Number(row?.n ?? 0);
    },
    batches: () =>
      cursorBatches<UserExportRow>(
        ctx.em,
        `select "a"."login", "a"."display_name", "a"."kind", "a"."status", "c"."name" as tenant_name,
           (select string_agg("p"."name", '、' order by "p"."name") from "park" as "p"
             where "p"."id" = "a"."park_id"
                or "p"."id" in (select "up"."park_id" from "user_park" as "up" where "up"."user_id" = "a"."id")) as parks,
           (select string_agg("r"."name", '、' order by "r"."name") from "role" as "r"
             join "user_role" as "ur" on "ur"."role_id" = "r"."id" where "ur"."user_id" = "a"."id") as roles,
           (select string_agg("r"."name_en", ', ' order by "r"."name") from "role" as "r"
             join "user_role" as "ur" on "ur"."role_id" = "r"."id" where "ur"."user_id" = "a"."id") as roles_en,
           "a"."last_login_at", "a"."created_at"
         from "app_user" as "a"
         left join "tenant_company" as "c" on "c"."id" = "a"."tenant_id"
         where ${where}
         order by "a"."login", "a"."id"`,
        params,
      ),
  };
}
