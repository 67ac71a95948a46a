import { errors, jwtVerify, SignJWT } from 'jose';
import { UnauthenticatedError } from '../../graphql/errors.js';

const ISSUER = 'smart-park';
/** Access tokens are for this API only; a token minted for another audience is refused. */
export const AUDIENCE = 'park-api';

export type AccessClaims = { userId: string; sessionId: string; expiresAt: Date };

/**
 * Short-lived HS256 access tokens. They carry only who and which session: permissions, parks
 * and tenant are read from the database at the start of every request, so a revoked session,
 * a disabled user or a changed role takes effect on the next request.
 */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    readonly accessTtlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(
    userId: string,
    sessionId: string,
    now = new Date(),
  ): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.accessTtlSeconds;
    const token = await new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Verifies signature, issuer, audience and expiry; a failure names which, for the client. */
  async verify(token: string): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      if (
        typeof payload.sub !== 'string' ||
        typeof payload.sid !== 'string' ||
        typeof payload.exp !== 'number'
      )
        throw new errors.JWTClaimValidationFailed('missing claims', payload);
      return { userId: payload.sub, sessionId: payload.sid, expiresAt: new Date(payload.exp * 1000) };
    } catch (err) {
      if (err instanceof errors.JWTExpired)
        throw new UnauthenticatedError('Access token expired; refresh the session', 'TOKEN_EXPIRED');
      if (err instanceof errors.JWTClaimValidationFailed && err.claim === 'aud')
        throw new UnauthenticatedError('Access token is not for this API', 'TOKEN_WRONG_AUDIENCE');
      throw new UnauthenticatedError('Access token is not valid', 'TOKEN_INVALID');
    }
  }
}
