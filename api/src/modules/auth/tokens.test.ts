import { createHmac } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../kernel/errors.js';
import { AUDIENCE, TokenService } from './tokens.js';

const SECRET = 'a-test-secret-of-at-least-thirty-two-chars';
const tokens = new TokenService(SECRET, 600);
const key = new TextEncoder().encode(SECRET);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const hs256 = (input: string) => createHmac('sha256', SECRET).update(input).digest('base64url');
const now = Math.floor(Date.now() / 1000);
const good = { sub: 'u1', sid: 's1', iss: 'smart-park', aud: AUDIENCE, iat: now, exp: now + 60 };
/** A token with this header and these claims, signed with the right key. */
const signed = (claims: object, header: object = { alg: 'HS256', typ: 'JWT' }) => {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${hs256(input)}`;
};
const codeOf = async (token: string) => {
  try {
    await tokens.verify(token);
    return 'accepted';
  } catch (err) {
    return err instanceof DomainError ? err.domainCode : String(err);
  }
};

describe('TokenService', () => {
  it('signs tokens a standard JWT library verifies, and verifies tokens it signs', async () => {
    const { token, expiresAt } = await tokens.sign('user-1', 'session-1');
    const { payload, protectedHeader } = await jwtVerify(token, key, {
      issuer: 'smart-park',
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toMatchObject({ sub: 'user-1', sid: 'session-1', exp: expiresAt.getTime() / 1000 });

    const foreign = await new SignJWT({ sid: 'session-2' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('user-2')
      .setIssuer('smart-park')
      .setAudience([AUDIENCE, 'other'])
      .setExpirationTime('5m')
      .sign(key);
    expect(await tokens.verify(foreign)).toMatchObject({ userId: 'user-2', sessionId: 'session-2' });
  });

  it('names expiry and a foreign audience, and calls everything else invalid', async () => {
    expect(await codeOf(signed(good))).toBe('accepted');
    expect(await codeOf(signed({ ...good, exp: now }))).toBe('TOKEN_EXPIRED');
    expect(await codeOf(signed({ ...good, aud: 'another-api' }))).toBe('TOKEN_WRONG_AUDIENCE');
    const invalid = [
      signed({ ...good, iss: 'someone-else' }),
      signed({ ...good, nbf: now + 60 }),
      signed({ ...good, sid: undefined }),
      signed({ ...good, exp: String(now + 60) }),
      signed(good, { alg: 'HS512' }),
      signed(good, { alg: 'HS256', crit: ['b64'] }),
      `${b64({ alg: 'none' })}.${b64(good)}.`,
      signed(good).replace(/\.[^.]+$/, `.${hs256('something else')}`),
      `${signed(good)}x`,
      `${b64({ alg: 'HS256' })}.${b64(good)}`,
      `${b64({ alg: 'HS256' })}.not-json.${hs256(`${b64({ alg: 'HS256' })}.not-json`)}`,
      signed([good]),
      'a'.repeat(5000),
      '',
    ];
    for (const token of invalid)
      expect({ token, code: await codeOf(token) }).toEqual({ token, code: 'TOKEN_INVALID' });
  });

  it('refuses a token signed with another key', async () => {
    const other = new TokenService('another-secret-of-at-least-thirty-two-chars', 600);
    expect(await codeOf((await other.sign('u1', 's1')).token)).toBe('TOKEN_INVALID');
  });

  it('checks the time on every use of a token it verified before', async () => {
    const fresh = new TokenService(SECRET, 600);
    const token = signed({ ...good, nbf: now + 30, exp: now + 60 });
    const at = async (ms: number) => {
      try {
        return (await fresh.verify(token, ms)).userId;
      } catch (err) {
        return err instanceof DomainError ? err.domainCode : String(err);
      }
    };
    expect(await at((now + 40) * 1000)).toBe('u1');
    expect(await at((now + 10) * 1000)).toBe('TOKEN_INVALID');
    expect(await at((now + 60) * 1000)).toBe('TOKEN_EXPIRED');
    expect(await at((now + 45) * 1000)).toBe('u1');
    // A remembered token does not vouch for a variant of it.
    expect(await codeOf(`${token}x`)).toBe('TOKEN_INVALID');
    expect(await codeOf(token.replace(/\.[^.]+$/, `.${hs256('something else')}`))).toBe('TOKEN_INVALID');
  });
});
