import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-users.js';
import { TokenService } from '../src/modules/auth/tokens.js';
import { codeOf, domainOf, LOGIN, LOGOUT, REFRESH, VIEWER } from './auth-helpers.js';
import { TEST_JWT_SECRET } from './templates.js';
import { startTestApp, type TestApp } from './test-app.js';

/** Access and refresh tokens and signing out, for seeded people this file never changes. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('access tokens', () => {
  const tokens = new TokenService(TEST_JWT_SECRET, 600);

  it('refuses expired, tampered, foreign-audience and malformed tokens with distinct codes', async () => {
    const s = await t.as('quality');
    const claims = JSON.parse(Buffer.from(s.accessToken!.split('.')[1]!, 'base64url').toString()) as {
      sub: string;
      sid: string;
    };
    const expired = await tokens.sign(claims.sub, claims.sid, new Date(Date.now() - 3600_000));
    const wrongAudience = await new SignJWT({ sid: claims.sid })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setIssuer('smart-park')
      .setAudience('another-api')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const [header, payload, signature] = s.accessToken!.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...claims, sub: '00000000-0000-7000-8000-000000000000' }),
    ).toString('base64url');
    const cases: [string, string][] = [
      [`Bearer ${expired.token}`, 'TOKEN_EXPIRED'],
      [`Bearer ${wrongAudience}`, 'TOKEN_WRONG_AUDIENCE'],
      [`Bearer ${header}.${forged}.${signature}`, 'TOKEN_INVALID'],
      [`Bearer ${header}.${payload}.${signature!.slice(0, -4)}AAAA`, 'TOKEN_INVALID'],
      ['Bearer', 'CREDENTIAL_MALFORMED'],
      ['Basic dXNlcjpwYXNz', 'CREDENTIAL_MALFORMED'],
    ];
    for (const [authorization, domainCode] of cases) {
      const r = await t.withAuthorization(authorization).gql(VIEWER);
      expect({ authorization, code: codeOf(r), domainCode: domainOf(r) }).toEqual({
        authorization,
        code: 'UNAUTHENTICATED',
        domainCode,
      });
    }
    // Public operations still work with a stale token attached, so a client can sign in again.
    const relogin = await t.withAuthorization(`Bearer ${expired.token}`).gql(LOGIN, {
      input: { login: 'quality', password: DEMO_PASSWORD },
    });
    expect(relogin.errors).toBeUndefined();
  });
});

describe('signing out', () => {
  // The documents the console and the portal send, as they send them: no variables.
  const appLogout = (app: string) =>
    readFileSync(new URL(`../../${app}/src/features/auth/logout.graphql`, import.meta.url), 'utf8');

  it.each([
    ['admin-web', 'park.manager'],
    ['tenant-web', 'tenant.admin'],
  ])(
    '%s ends the server session from the access token alone: both tokens stop working',
    async (app, login) => {
      const s = await t.as(login);
      const other = await t.as(login);
      const out = await s.gql(appLogout(app));
      expect(out).toMatchObject({ data: { logout: true } });
      expect(out.errors).toBeUndefined();
      expect(await s.gql(VIEWER)).toMatchObject({
        errors: [{ extensions: { code: 'UNAUTHENTICATED', domainCode: 'SESSION_REVOKED' } }],
      });
      const refreshed = await t.withAuthorization(undefined).gql(REFRESH, { r: s.refreshToken });
      expect(refreshed.errors?.[0]?.extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        domainCode: 'REFRESH_TOKEN_REVOKED',
      });
      const [row] = await t.sql<{ revoke_reason: string }>(
        'select revoke_reason from auth_session where id = $1',
        [s.refreshToken!.split('.')[0]],
      );
      expect(row).toEqual({ revoke_reason: 'LOGOUT' });
      const audit = await t.sql<{ outcome: string; target_id: string }>(
        `select outcome, target_id from audit_log where operation = 'logout' and actor_id = $1 order by seq desc limit 1`,
        [s.userId],
      );
      expect(audit).toEqual([{ outcome: 'OK', target_id: s.refreshToken!.split('.')[0] }]);
      // Only that session: the same user signed in elsewhere stays signed in.
      await other.gqlOk(VIEWER);
      // Signing out again, or without a credential, has nothing to end.
      expect(codeOf(await s.gql(LOGOUT))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.withAuthorization(undefined).gql(LOGOUT))).toBe('UNAUTHENTICATED');
    },
  );
});

describe('refresh tokens', () => {
  it('rotates: each refresh token works once and yields a working pair', async () => {
    const s = await t.as('leasing');
    const first = await t
      .withAuthorization(undefined)
      .gqlOk<{ refreshSession: { accessToken: string; refreshToken: string } }>(REFRESH, {
        r: s.refreshToken,
      });
    expect(first.refreshSession.refreshToken).not.toBe(s.refreshToken);
    const next = t.withAuthorization(`Bearer ${first.refreshSession.accessToken}`);
    expect((await next.gqlOk<{ viewer: { name: string } }>(VIEWER)).viewer.name).toBe('郑佳怡');
  });

  it('refreshes the same with a current access token attached, many at once', async () => {
    // Public operations run as anonymous whatever credential is attached: no transaction is held
    // while sign-in work takes its own connection, so a burst cannot starve the pool.
    // Signed in one after another: sign-ins in flight count toward the account's lock (at most
    // five password checks at once), so eight parallel ones would be refused as a guessing burst.
    const sessions: Awaited<ReturnType<typeof t.as>>[] = [];
    for (let i = 0; i < 8; i += 1) sessions.push(await t.as('finance'));
    const results = await Promise.all(sessions.map((s) => s.gql(REFRESH, { r: s.refreshToken })));
    expect(results.map((r) => r.errors)).toEqual(sessions.map(() => undefined));
    const fresh = (results[0]!.data as { refreshSession: { accessToken: string } }).refreshSession;
    const out = await t.withAuthorization(`Bearer ${fresh.accessToken}`).gql(LOGOUT);
    expect(out.data).toEqual({ logout: true });
  });

  it('treats reuse of an old refresh token as theft: the whole session ends', async () => {
    const s = await t.as('engineer');
    const anonymous = t.withAuthorization(undefined);
    const rotated = await anonymous.gqlOk<{ refreshSession: { accessToken: string; refreshToken: string } }>(
      REFRESH,
      {
        r: s.refreshToken,
      },
    );
    // A reuse moments after the rotation is a race of the holder's own tabs or retries; later it is theft.
    await t.sql(`update auth_session set last_used_at = last_used_at - interval '1 minute' where id = $1`, [
      s.refreshToken!.split('.')[0],
    ]);
    const reuse = await anonymous.gql(REFRESH, { r: s.refreshToken });
    expect(domainOf(reuse)).toBe('REFRESH_TOKEN_REUSED');
    // The legitimate holder's newer tokens are dead too.
    expect(domainOf(await anonymous.gql(REFRESH, { r: rotated.refreshSession.refreshToken }))).toBe(
      'REFRESH_TOKEN_REVOKED',
    );
    expect(
      domainOf(await t.withAuthorization(`Bearer ${rotated.refreshSession.accessToken}`).gql(VIEWER)),
    ).toBe('SESSION_REVOKED');
  });

  it('lets exactly one of two concurrent refreshes with the same token win', async () => {
    const s = await t.as('cs.agent');
    const anonymous = t.withAuthorization(undefined);
    const results = await Promise.all([
      anonymous.gql(REFRESH, { r: s.refreshToken }),
      anonymous.gql(REFRESH, { r: s.refreshToken }),
    ]);
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });

  it('lets exactly one of 10 parallel refreshes with one token win with a working pair; the rest are REUSED', async () => {
    const s = await t.as('quality');
    const sessionId = s.refreshToken!.split('.')[0];
    const anonymous = t.withAuthorization(undefined);
    const FULL =
      'mutation ($r: String!) { refreshSession(refreshToken: $r) { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id login } } }';
    const [mark] = await t.sql<{ seq: string }>('select coalesce(max(seq), 0) seq from audit_log');
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        anonymous.gql<{
          refreshSession: { accessToken: string; refreshToken: string; user: { login: string } };
        }>(FULL, { r: s.refreshToken }),
      ),
    );
    const won = results.filter((r) => !r.errors);
    console.log(
      `parallel refreshes: ${won.length} won; others ${JSON.stringify(results.filter((r) => r.errors).map(domainOf))}`,
    );
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(domainOf)).toEqual(Array(9).fill('REFRESH_TOKEN_REUSED'));
    const pair = won[0]!.data!.refreshSession;
    expect(pair).toMatchObject({
      user: { login: 'quality' },
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
    });
    // The winner's pair works: the concurrent losers did not end the session.
    await t.withAuthorization(`Bearer ${pair.accessToken}`).gqlOk(VIEWER);
    await anonymous.gqlOk(REFRESH, { r: pair.refreshToken });
    const [row] = await t.sql<{ generation: number; revoked_at: Date | null }>(
      'select generation, revoked_at from auth_session where id = $1',
      [sessionId],
    );
    expect(row).toEqual({ generation: 2, revoked_at: null });
    const audit = await t.sql<{ outcome: string; n: number }>(
      `select outcome, count(*)::int n from audit_log where operation = 'refreshSession' and target_id = $1 and seq > $2
       group by 1 order by 1`,
      [sessionId, mark!.seq],
    );
    expect(audit).toEqual([
      { outcome: 'FAILED', n: 9 },
      { outcome: 'OK', n: 2 },
    ]);
  });

  it('refuses revoked, garbage and expired refresh tokens', async () => {
    const s = await t.as('finance');
    const anonymous = t.withAuthorization(undefined);
    expect((await s.gqlOk<{ logout: boolean }>(LOGOUT)).logout).toBe(true);
    expect(domainOf(await anonymous.gql(REFRESH, { r: s.refreshToken }))).toBe('REFRESH_TOKEN_REVOKED');
    expect(domainOf(await s.gql(VIEWER))).toBe('SESSION_REVOKED');
    expect(domainOf(await anonymous.gql(REFRESH, { r: 'not-a-token' }))).toBe('REFRESH_TOKEN_INVALID');

    const other = await t.as('finance');
    await t.sql(`update auth_session set expires_at = now() - interval '1 second' where id = $1`, [
      other.refreshToken!.split('.')[0],
    ]);
    expect(domainOf(await anonymous.gql(REFRESH, { r: other.refreshToken }))).toBe('REFRESH_TOKEN_EXPIRED');
  });
});
