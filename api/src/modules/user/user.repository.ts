import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';

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

  /**
   * Lets this transaction write and read back the one staff user `id` it is creating, before
   * their park links exist (row-level security sees staff through those links).
   */
  async beginUserCreation(em: EntityManager, id: string): Promise<void> {
    await query(em, 'select app_begin_user_creation(?)', [id]);
  },
};
