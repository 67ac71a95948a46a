import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';
import type { UserStatus } from '../user/user.entity.js';

/** What `app_begin_user` confirms about a signed-in user's session. */
export type BegunUser = {
  kind: 'staff' | 'tenant';
  tenant_id: string | null;
  park_ids: string[];
  all_parks: boolean;
  permissions: string[];
  label: string;
  must_change_password: boolean;
};

/** What `app_begin_device` confirms about a paired kiosk. */
export type BegunDevice = { park_id: string; building_id: string | null; label: string };

/** What `app_begin_api_key` confirms about a partner key. */
export type BegunApiKey = {
  scopes: string[];
  park_ids: string[];
  rate_limit_per_minute: number;
  label: string;
};

/** A reserved password check: the account the login names, before its password is verified. */
export type ReservedLogin = { id: string; password_hash: string; status: UserStatus };

/**
 * Authentication's SQL (STYLE rule 15): the actor statements that open every transaction, the
 * sign-in counters and session revocation, and the last-use bookkeeping of kiosks and keys.
 *
 * **The actor statements are the one exception to bind parameters.** Each is the first statement
 * of its transaction, and the driver (`db/driver.ts`) sends the held-back BEGIN in the same
 * message only with a statement that has no parameters (the simple protocol). `em.execute`
 * writes the values into the text (escaped by MikroORM), so BEGIN and the session re-check cost
 * one round trip; as a prepared statement they would cost two. Everything else here is a
 * prepared statement through `query()`.
 */
export const authRepository = {
  /** Sets a user as the transaction's actor, if their session still holds. */
  async beginUser(em: EntityManager, sessionId: string, userId: string): Promise<BegunUser | undefined> {
    const [row] = await em.execute<BegunUser[]>('select * from app_begin_user(?, ?)', [sessionId, userId]);
    return row;
  },

  /** Sets a kiosk as the transaction's actor, if its credential still holds (literal text: see above). */
  async beginDevice(
    em: EntityManager,
    deviceId: string,
    secretHash: Buffer,
  ): Promise<BegunDevice | undefined> {
    const [row] = await em.execute<BegunDevice[]>("select * from app_begin_device(?, decode(?, 'hex'))", [
      deviceId,
      secretHash.toString('hex'),
    ]);
    return row;
  },

  /** Sets a partner key as the transaction's actor, if it still holds (literal text: see above). */
  async beginApiKey(em: EntityManager, keyId: string, secretHash: Buffer): Promise<BegunApiKey | undefined> {
    const [row] = await em.execute<BegunApiKey[]>("select * from app_begin_api_key(?, decode(?, 'hex'))", [
      keyId,
      secretHash.toString('hex'),
    ]);
    return row;
  },

  /** The `system` actor: the credential tables only (literal text: see above). */
  async beginSystem(em: EntityManager): Promise<void> {
    await em.execute(`select app_set_actor('system', null, null, '{}', false)`);
  },

  /** Background jobs: staff of every park, no user of their own (literal text: see above). */
  async beginJob(em: EntityManager): Promise<void> {
    await em.execute(`select app_set_actor('staff', null, null, '{}', true)`);
  },

  /**
   * Counts one failed sign-in up front for the unlocked account `login` (lower case), locking it
   * for `lockMinutes` at every `failuresToLock`-th; undefined when no unlocked account has it.
   */
  async reservePasswordCheck(
    em: EntityManager,
    login: string,
    failuresToLock: number,
    lockMinutes: number,
  ): Promise<ReservedLogin | undefined> {
    const [row] = await query<ReservedLogin>(
      em,
      `update app_user set failed_logins = failed_logins + 1,
         locked_until = case when (failed_logins + 1) % ?::int = 0 then now() + make_interval(mins => ?::int) end
       where lower(login) = ? and (locked_until is null or locked_until <= now())
       returning id, password_hash, status`,
      [failuresToLock, lockMinutes, login],
    );
    return row;
  },

  /** The id of the account whose login is `login` (lower case), whatever its state. */
  async userIdByLogin(em: EntityManager, login: string): Promise<string | undefined> {
    const [row] = await query<{ id: string }>(em, 'select id from app_user where lower(login) = ?', [login]);
    return row?.id;
  },

  /** Ends every open session of a user; how many it ended. */
  async revokeSessions(em: EntityManager, userId: string, reason: string): Promise<number> {
    const [row] = await query<{ revoked: number }>(em, 'select app_revoke_sessions(?, ?) as revoked', [
      userId,
      reason,
    ]);
    return row?.revoked ?? 0;
  },

  /** Notes that a kiosk or a partner key was just used. */
  async recordUse(em: EntityManager, kind: 'device' | 'partner', id: string): Promise<void> {
    await query(
      em,
      kind === 'device'
        ? 'update kiosk_device set last_seen_at = now() where id = ?'
        : 'update api_key set last_used_at = now() where id = ?',
      [id],
    );
  },
};
