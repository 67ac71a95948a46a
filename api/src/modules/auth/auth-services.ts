import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Caller } from '../../graphql/context.js';
import type { Actor, VerifiedCredential } from '../../kernel/actor.js';
import { type Clock, systemClock, wallClock } from '../../kernel/clock.js';
import { DomainError, UnauthenticatedError } from '../../kernel/errors.js';
import { withSystem } from './actor.js';
import { authRepository } from './auth.repository.js';
import { parseAuthorization } from './credentials.js';
import { RateLimiter } from './rate-limiter.js';
import { TokenService } from './tokens.js';

export type AuthSettings = {
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
};

/** Failed sign-ins allowed per client address in 15 minutes. */
export const LOGIN_FAILURES_PER_IP = 30;
/** Consecutive failed sign-ins before an account is locked for a while. */
export const LOGIN_FAILURES_PER_ACCOUNT = 5;
/** Pairing attempts allowed per client address per 10 minutes. */
export const PAIRING_ATTEMPTS_PER_IP = 10;

/** Process-wide parts of authentication: token keys, rate limiters, last-seen bookkeeping. */
export class AuthServices {
  readonly tokens: TokenService;
  readonly loginFailuresByIp: RateLimiter;
  readonly pairingByIp: RateLimiter;
  readonly keyLimiter: RateLimiter;
  private readonly lastTouched = new Map<string, number>();

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    readonly settings: AuthSettings,
    /** The app's clock: limiter windows end when it says so (tests move it forward). */
    clock: Clock = systemClock,
  ) {
    this.tokens = new TokenService(settings.jwtSecret, settings.accessTokenTtlSeconds);
    const now = () => clock.now().getTime();
    this.loginFailuresByIp = new RateLimiter(15 * 60_000, now);
    this.pairingByIp = new RateLimiter(10 * 60_000, now);
    this.keyLimiter = new RateLimiter(60_000, now);
  }

  /**
   * Notes that a kiosk or partner key was used, at most once a minute per credential and
   * outside the request's (read-only) transaction.
   */
  touch(actor: Extract<Actor, { kind: 'device' | 'partner' }>): void {
    const now = wallClock.now().getTime();
    if (now - (this.lastTouched.get(actor.id) ?? 0) < 60_000) return;
    this.lastTouched.set(actor.id, now);
    void withSystem(this.orm, (em) => authRepository.recordUse(em, actor.kind, actor.id)).catch(
      (err: unknown) => this.logger.warn({ err }, 'could not record last use'),
    );
  }

  /**
   * Reads the caller from an `Authorization` value. Access tokens are verified here (signature,
   * issuer, audience, expiry: no database); the database confirms the session when the
   * operation's transaction opens. A bad credential is kept as the error protected fields raise.
   */
  async readCaller(
    authorization: string | undefined,
    ip: string | null,
    userAgent?: string,
  ): Promise<Caller> {
    const parsed = parseAuthorization(authorization);
    if (parsed === undefined) return { ip, userAgent };
    if (parsed === 'malformed')
      return {
        ip,
        userAgent,
        credentialError: new UnauthenticatedError(
          'Authorization header is not understood',
          'CREDENTIAL_MALFORMED',
        ),
      };
    if (parsed.type !== 'token') return { ip, userAgent, credential: parsed };
    try {
      const claims = await this.tokens.verify(parsed.token);
      const credential: VerifiedCredential = { type: 'user', ...claims };
      return { ip, userAgent, credential };
    } catch (err) {
      if (err instanceof DomainError) return { ip, userAgent, credentialError: err };
      throw err;
    }
  }
}
