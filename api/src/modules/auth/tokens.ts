import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';
import { wallClock } from '../../kernel/clock.js';
import { UnauthenticatedError } from '../../kernel/errors.js';

const ISSUER = 'smart-park';
/** Access tokens are for this API only; a token minted for another audience is refused. */
export const AUDIENCE = 'park-api';
/** Longer than any token we sign; anything bigger is refused before hashing. */
const MAX_TOKEN_LENGTH = 2048;
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

export type AccessClaims = { userId: string; sessionId: string; expiresAt: Date };

/** The time-independent part of a verified token: who, which session, and its validity window. */
type VerifiedToken = { sub: string; sid: string; exp: number; nbf: unknown };

/** How many verified tokens a process remembers (a few per signed-in client). */
const VERIFIED_CACHE_SIZE = 10_000;

const invalid = () => new UnauthenticatedError('Access token is not valid', 'TOKEN_INVALID');

function decodeJson(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Short-lived HS256 access tokens (RFC 7519 JWS compact form). They carry only who and which
 * session: permissions, parks and tenant are read from the database at the start of every
 * request, so a revoked session, a disabled user or a changed role takes effect on the next
 * request.
 *
 * Signed and checked with `node:crypto`'s HMAC, synchronously: every request verifies a token,
 * and WebCrypto's asynchronous jobs cost several times the hash itself.
 */
export class TokenService {
  /** A key object made once: HMAC with a raw buffer re-imports the key on every call (5× slower). */
  private readonly key: KeyObject;

  constructor(
    secret: string,
    readonly accessTtlSeconds: number,
  ) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  private mac(signingInput: string): Buffer {
    return createHmac('sha256', this.key).update(signingInput).digest();
  }

  async sign(
    userId: string,
    sessionId: string,
    now = wallClock.now(),
  ): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.accessTtlSeconds;
    const claims = { sid: sessionId, sub: userId, iss: ISSUER, aud: AUDIENCE, iat, exp };
    const input = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    return { token: `${input}.${this.mac(input).toString('base64url')}`, expiresAt: new Date(exp * 1000) };
  }

  /**
   * Tokens whose signature, issuer and audience already checked out, with their claims (most
   * recent last). What they say cannot change, so a token seen again skips the HMAC and the JSON;
   * not-before and expiry depend on the time and are checked on every call.
   */
  private readonly verified = new Map<string, VerifiedToken>();

  /**
   * Verifies signature (HS256 only), issuer, audience, not-before and expiry; a failure names
   * which, for the client.
   */
  async verify(token: string, now = wallClock.now().getTime()): Promise<AccessClaims> {
    let claims = this.verified.get(token);
    if (!claims) {
      claims = this.check(token);
      if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, claims);
    }
    const { sub, sid, exp, nbf } = claims;
    const seconds = Math.floor(now / 1000);
    if (nbf !== undefined && (typeof nbf !== 'number' || nbf > seconds)) throw invalid();
    if (exp <= seconds)
      throw new UnauthenticatedError('Access token expired; refresh the session', 'TOKEN_EXPIRED');
    return { userId: sub, sessionId: sid, expiresAt: new Date(exp * 1000) };
  }

  /** The checks that do not depend on the time: form, signature, issuer, audience. */
  private check(token: string): VerifiedToken {
    if (token.length > MAX_TOKEN_LENGTH) throw invalid();
    const parts = token.split('.');
    if (parts.length !== 3) throw invalid();
    const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
    const header = decodeJson(headerPart);
    if (header?.alg !== 'HS256' || 'crit' in header) throw invalid();
    const expected = this.mac(`${headerPart}.${payloadPart}`);
    const given = Buffer.from(signaturePart, 'base64url');
    // base64url decoding skips stray characters; the re-encoding must match what was sent.
    if (
      given.length !== expected.length ||
      given.toString('base64url') !== signaturePart ||
      !timingSafeEqual(given, expected)
    )
      throw invalid();
    const claims = decodeJson(payloadPart);
    if (!claims) throw invalid();
    const { sub, sid, exp, nbf, iss, aud } = claims;
    if (typeof sub !== 'string' || typeof sid !== 'string' || typeof exp !== 'number' || iss !== ISSUER)
      throw invalid();
    if (aud !== AUDIENCE && !(Array.isArray(aud) && aud.includes(AUDIENCE)))
      throw new UnauthenticatedError('Access token is not for this API', 'TOKEN_WRONG_AUDIENCE');
    return { sub, sid, exp, nbf };
  }
}
