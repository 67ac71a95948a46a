import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/context.js';
import { wallClock } from '../../kernel/clock.js';
import { BadInputError, TooManyRequestsError, UnauthenticatedError } from '../../kernel/errors.js';
import { AppUser, UserStatus } from '../user/user.entity.js';
import { withSystem } from './actor.js';
import { authRepository } from './auth.repository.js';
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_IP } from './auth-services.js';
import { newSecret, sha256 } from './credentials.js';
import { burnPasswordCheck, checkPasswordPolicy, hashPassword, verifyPassword } from './password.js';
import { AuthSession } from './session.entity.js';

export type SessionTokens = {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  userId: string;
};

const LOCK_MINUTES = 15;
/** How long after a rotation the replaced refresh token counts as a race, not as theft. */
const REUSE_GRACE_MS = 10_000;

const refreshToken = (s: { id: string; generation: number }, secret: string) =>
  `${s.id}.${s.generation}.${secret}`;

function parseRefreshToken(token: string) {
  const m = /^([0-9a-f-]{36})\.(\d{1,9})\.([A-Za-z0-9_-]{20,})$/.exec(token);
  if (!m) throw new UnauthenticatedError('Refresh token is not valid', 'REFRESH_TOKEN_INVALID');
  return { sessionId: m[1]!, generation: Number(m[2]), secretHash: sha256(m[3]!) };
}

async function issue(
  ctx: RequestContext,
  session: AuthSession,
  secret: string,
  userId: string,
): Promise<SessionTokens> {
  const access = await ctx.services.auth.tokens.sign(userId, session.id);
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken: refreshToken(session, secret),
    refreshTokenExpiresAt: session.expiresAt,
    userId,
  };
}

/** Password sign-in, refresh-token rotation with reuse detection, sign-out (SPEC §1, §4). */
export const authService = {
  async login(ctx: RequestContext, login: string, password: string): Promise<SessionTokens> {
    const { auth, orm } = ctx.services;
    const ip = ctx.caller.ip ?? 'unknown';
    // Counted as a failure up front and given back on success, so a burst of parallel guesses
    // cannot all slip past the check before the first failure is counted.
    const ipWait = auth.loginFailuresByIp.hit(ip, LOGIN_FAILURES_PER_IP);
    if (ipWait > 0)
      throw new TooManyRequestsError(
        'Too many failed sign-ins from this address',
        'LOGIN_RATE_LIMITED',
        ipWait,
      );

    const name = login.trim().toLowerCase();
    // Reserve one password check before making it, in its own short transaction: the counter
    // rises at once and the fifth reservation locks the account, so however many guesses arrive
    // together at most five passwords are checked. A success gives the reservations back.
    const reserved = await withSystem(orm, async (em) => {
      const row = await authRepository.reservePasswordCheck(
        em,
        name,
        LOGIN_FAILURES_PER_ACCOUNT,
        LOCK_MINUTES,
      );
      if (row) return row;
      const lockedId = await authRepository.userIdByLogin(em, name);
      return lockedId ? { lockedId } : undefined;
    });
    if (reserved && 'lockedId' in reserved)
      ctx.recordChange({ targetType: 'AppUser', targetId: reserved.lockedId, after: { login: name } });
    else if (reserved)
      ctx.recordChange({ targetType: 'AppUser', targetId: reserved.id, after: { login: name } });

    // Unknown, locked or wrong: one answer, each after one password hash's worth of work, so
    // neither the message nor the time tells whether an account exists or is locked.
    const refuse = () => new UnauthenticatedError('Wrong login name or password', 'BAD_CREDENTIALS');
    if (!reserved || 'lockedId' in reserved) {
      await burnPasswordCheck(password);
      throw refuse();
    }
    if (!(await verifyPassword(reserved.password_hash, password))) throw refuse();
    auth.loginFailuresByIp.release(ip);
    // Checked after the password, so guessing does not reveal which accounts are disabled.
    if (reserved.status !== UserStatus.ACTIVE)
      throw new UnauthenticatedError('This account is disabled', 'ACCOUNT_DISABLED');

    const now = wallClock.now();
    const secret = newSecret();
    const session = await withSystem(orm, async (em) => {
      await em.nativeUpdate(
        AppUser,
        { id: reserved.id },
        { failedLogins: 0, lockedUntil: null, lastLoginAt: now },
      );
      const created = em.create(AuthSession, {
        user: em.getReference(AppUser, reserved.id),
        generation: 0,
        refreshHash: sha256(secret),
        lastUsedAt: now,
        expiresAt: new Date(now.getTime() + auth.settings.refreshTokenTtlDays * 86_400_000),
        ip: ctx.caller.ip,
        userAgent: ctx.caller.userAgent?.slice(0, 200) ?? null,
      });
      await em.flush();
      return created;
    });
    return issue(ctx, session, secret, reserved.id);
  },

  /**
   * Trades a refresh token for a new pair. Each token works once: presenting an older one means
   * it was copied, so the whole session is revoked and both holders must sign in again.
   */
  async refresh(ctx: RequestContext, token: string): Promise<SessionTokens> {
    const { auth, orm } = ctx.services;
    const presented = parseRefreshToken(token);
    const now = wallClock.now();
    const outcome = await withSystem(orm, async (em) => {
      const session = await em.findOne(AuthSession, { id: presented.sessionId }, { populate: ['user'] });
      if (!session) return { failure: 'REFRESH_TOKEN_INVALID' as const };
      ctx.recordChange({ targetType: 'AuthSession', targetId: session.id });
      if (session.revokedAt) return { failure: 'REFRESH_TOKEN_REVOKED' as const };
      if (session.expiresAt <= now) return { failure: 'REFRESH_TOKEN_EXPIRED' as const };
      if (presented.generation < session.generation) {
        // The token just replaced, presented within moments of its rotation, is the holder's own
        // requests racing (two tabs, a retry): refused, but the session lives on, or the winner's
        // fresh pair would die with it. Anything older, or later, is a copy in someone else's
        // hands: the session ends. A thief racing the holder inside that window gets nothing
        // either; the window only spares the session.
        const racing =
          presented.generation === session.generation - 1 &&
          now.getTime() - session.lastUsedAt.getTime() < REUSE_GRACE_MS;
        if (racing) return { failure: 'REFRESH_TOKEN_RACED' as const };
        await em.nativeUpdate(
          AuthSession,
          { id: session.id, revokedAt: null },
          { revokedAt: now, revokeReason: 'REFRESH_TOKEN_REUSED' },
        );
        return { failure: 'REFRESH_TOKEN_REUSED' as const };
      }
      if (presented.generation !== session.generation || !presented.secretHash.equals(session.refreshHash))
        return { failure: 'REFRESH_TOKEN_INVALID' as const };
      if (session.user.status !== UserStatus.ACTIVE) return { failure: 'ACCOUNT_DISABLED' as const };
      const secret = newSecret();
      // Conditional on the generation read: of two concurrent refreshes with one token, one wins.
      const updated = await em.nativeUpdate(
        AuthSession,
        { id: session.id, generation: session.generation, revokedAt: null },
        {
          generation: session.generation + 1,
          refreshHash: sha256(secret),
          lastUsedAt: now,
          expiresAt: new Date(now.getTime() + auth.settings.refreshTokenTtlDays * 86_400_000),
        },
      );
      if (updated === 0) return { failure: 'REFRESH_TOKEN_RACED' as const };
      await em.refresh(session);
      return { session, secret, userId: session.user.id };
    });
    if ('failure' in outcome) {
      const messages = {
        REFRESH_TOKEN_INVALID: 'Refresh token is not valid',
        REFRESH_TOKEN_REVOKED: 'This session has been signed out',
        REFRESH_TOKEN_EXPIRED: 'This session has expired; sign in again',
        REFRESH_TOKEN_REUSED: 'Refresh token was already used; the session is closed for safety',
        REFRESH_TOKEN_RACED: 'Refresh token was just used by another request; use the pair it returned',
        ACCOUNT_DISABLED: 'This account is disabled',
      } as const;
      const failure = outcome.failure as keyof typeof messages;
      // Both reuse cases carry one code: either way this token is spent.
      throw new UnauthenticatedError(
        messages[failure],
        failure === 'REFRESH_TOKEN_RACED' ? 'REFRESH_TOKEN_REUSED' : failure,
      );
    }
    return issue(ctx, outcome.session, outcome.secret, outcome.userId);
  },

  /**
   * Ends the caller's current session, named by the access token alone: sign-out must work for
   * a client that sends only its credential, and nobody ends a session that is not theirs. The
   * session's refresh tokens die with it. Kiosks and partner keys are revoked by an admin.
   */
  async logout(ctx: RequestContext): Promise<boolean> {
    const actor = ctx.signedIn;
    if (actor.kind !== 'staff' && actor.kind !== 'tenant')
      throw new BadInputError('logout', 'Kiosks and API keys are revoked by an admin', 'NOT_A_USER');
    ctx.recordChange({ targetType: 'AuthSession', targetId: actor.sessionId });
    await ctx.em.nativeUpdate(
      AuthSession,
      { id: actor.sessionId, revokedAt: null },
      { revokedAt: wallClock.now(), revokeReason: 'LOGOUT' },
    );
    return true;
  },

  /** Signs the caller out everywhere. */
  async logoutEverywhere(ctx: RequestContext): Promise<number> {
    const actor = ctx.signedIn;
    if (actor.kind !== 'staff' && actor.kind !== 'tenant') return 0;
    ctx.recordChange({ targetType: 'AppUser', targetId: actor.id });
    return revokeSessions(ctx.em, actor.id, 'LOGOUT_EVERYWHERE');
  },

  /** The caller changes their own password; their other sessions end. */
  async changePassword(ctx: RequestContext, current: string, next: string): Promise<boolean> {
    const actor = ctx.signedIn;
    if (actor.kind !== 'staff' && actor.kind !== 'tenant')
      throw new BadInputError('currentPassword', 'Only people have passwords', 'NOT_A_USER');
    const user = await ctx.em.findOneOrFail(AppUser, { id: actor.id });
    if (!(await verifyPassword(user.passwordHash, current)))
      throw new BadInputError('currentPassword', 'Current password is wrong', 'BAD_CREDENTIALS');
    checkPasswordPolicy(next, user.login, 'newPassword');
    if (next === current)
      throw new BadInputError('newPassword', 'Choose a new password', 'PASSWORD_UNCHANGED');
    user.passwordHash = await hashPassword(next);
    user.passwordChangedAt = wallClock.now();
    user.mustChangePassword = false;
    ctx.recordChange({
      targetType: 'AppUser',
      targetId: user.id,
      after: { passwordChangedAt: user.passwordChangedAt },
    });
    await ctx.em.flush();
    await ctx.em.nativeUpdate(
      AuthSession,
      { user: user.id, revokedAt: null, id: { $ne: actor.sessionId } },
      { revokedAt: wallClock.now(), revokeReason: 'PASSWORD_CHANGED' },
    );
    return true;
  },
};

/**
 * Ends every open session of a user (disable, password reset, sign out everywhere) in the
 * caller's transaction, so it happens exactly when the change around it commits. The caller
 * has already checked it may manage that user.
 */
export async function revokeSessions(em: EntityManager, userId: string, reason: string): Promise<number> {
  return authRepository.revokeSessions(em, userId, reason);
}
