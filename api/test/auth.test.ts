import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-users.js';
import { LOGIN_FAILURES_PER_ACCOUNT } from '../src/modules/auth/auth-services.js';
import { TokenService } from '../src/modules/auth/tokens.js';
import { TEST_JWT_SECRET } from './templates.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const LOGIN =
  'mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { login } } }';
const REFRESH = 'mutation ($r: String!) { refreshSession(refreshToken: $r) { accessToken refreshToken } }';
const LOGOUT = 'mutation { logout }';
const VIEWER = '{ viewer { kind id name permissions allParks parks { code } tenant { id } } }';

const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.code;
const domainOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.domainCode;

describe('signing in', () => {
  it('signs in with a password and reads the viewer; nothing is readable without a credential', async () => {
    const anonymous = t.withAuthorization(undefined);
    const denied = await anonymous.gql('{ units(first: 1) { totalCount } }');
    expect(codeOf(denied)).toBe('UNAUTHENTICATED');
    expect(denied.data).toBeNull();

    const staff = await t.as('Park.Manager'); // logins are case-insensitive
    const { viewer } = await staff.gqlOk<{
      viewer: { kind: string; permissions: string[]; allParks: boolean; parks: { code: string }[] };
    }>(VIEWER);
    expect(viewer).toMatchObject({ kind: 'STAFF', allParks: false, parks: [{ code: 'SZ-XH' }] });
    expect(viewer.permissions).toContain('asset.write');
    expect(viewer.permissions).not.toContain('role.manage');

    // The login payload already resolves as the new user: their roles, parks and company.
    const payload = await t.withAuthorization(undefined).gqlOk<{
      login: { user: { roles: { key: string }[]; parks: { code: string }[]; tenant: { id: string } | null } };
    }>(
      'mutation ($input: LoginInput!) { login(input: $input) { user { roles { key } parks { code } tenant { id } } } }',
      {
        input: { login: 'tenant.staff', password: DEMO_PASSWORD },
      },
    );
    expect(payload.login.user.roles).toEqual([{ key: 'tenant_employee' }]);
    expect(payload.login.user.parks).toEqual([{ code: 'SZ-XH' }]);
    expect(payload.login.user.tenant).not.toBeNull();

    const tenant = await t.as('tenant.staff');
    const tv = await tenant.gqlOk<{ viewer: { kind: string; tenant: { id: string } } }>(VIEWER);
    expect(tv.viewer.kind).toBe('TENANT');
    expect(tv.viewer.tenant.id).toBeTruthy();
  });

  it('refuses a wrong password or unknown login with one message, and records the failure', async () => {
    const anonymous = t.withAuthorization(undefined);
    const wrong = await anonymous.gql(LOGIN, { input: { login: 'finance', password: 'not-the-password-1' } });
    const unknown = await anonymous.gql(LOGIN, { input: { login: 'nobody.here', password: 'whatever-123' } });
    expect(domainOf(wrong)).toBe('BAD_CREDENTIALS');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    const [row] = await t.sql<{ failed_logins: number }>(
      `select failed_logins from app_user where login = 'finance'`,
    );
    expect(row!.failed_logins).toBe(1);
    // A success resets the counter.
    await t.as('finance');
    const [after] = await t.sql<{ failed_logins: number }>(
      `select failed_logins from app_user where login = 'finance'`,
    );
    expect(after!.failed_logins).toBe(0);
  });

  it(`locks an account after ${LOGIN_FAILURES_PER_ACCOUNT} failures, even for the right password`, async () => {
    const anonymous = t.withAuthorization(undefined);
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT; i += 1) {
      const r = await anonymous.gql(LOGIN, { input: { login: 'gardener', password: `wrong-password-${i}` } });
      expect(domainOf(r)).toBe('BAD_CREDENTIALS');
    }
    const sessions = async () =>
      (
        await t.sql<{ n: number }>(
          `select count(*)::int n from auth_session s join app_user u on u.id = s.user_id where u.login = 'gardener'`,
        )
      )[0]!.n;
    const before = await sessions();
    const locked = await anonymous.gql(LOGIN, { input: { login: 'gardener', password: DEMO_PASSWORD } });
    // No hint that the account exists and is locked: see the enumeration test below.
    expect(locked.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      domainCode: 'BAD_CREDENTIALS',
    });
    expect(locked.data).toBeNull();
    expect(await sessions()).toBe(before);
    const [row] = await t.sql<{ locked: boolean }>(
      `select locked_until > now() + interval '14 minutes' as locked from app_user where login = 'gardener'`,
    );
    expect(row).toEqual({ locked: true });
  });

  it('answers a locked real account exactly as an unknown one, so sign-in reveals no accounts', async () => {
    const anonymous = t.withAuthorization(undefined);
    const answers = async (login: string) => {
      const out: unknown[] = [];
      for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT + 2; i += 1) {
        const started = performance.now();
        const r = await anonymous.gql(LOGIN, { input: { login, password: `wrong-password-${i}` } });
        out.push({
          status: r.status,
          data: r.data,
          errors: r.errors?.map(({ message, extensions }) => ({
            message,
            extensions: { ...extensions, requestId: undefined },
          })),
        });
        timings.push([login, performance.now() - started]);
      }
      return out;
    };
    const timings: [string, number][] = [];
    const real = await answers('quality');
    const unknown = await answers('no.such.person');
    await t.sql(`update app_user set failed_logins = 0, locked_until = null where login = 'quality'`);
    expect(real).toEqual(unknown);
    expect(new Set(real.map((r) => JSON.stringify(r))).size).toBe(1);
    // Locked or unknown, every answer costs one password hash, like a wrong password does.
    const slowest = (login: string) => Math.min(...timings.filter(([l]) => l === login).map(([, ms]) => ms));
    expect(slowest('no.such.person')).toBeGreaterThan(slowest('quality') / 4);
  });

  it('checks at most five passwords of 25 parallel wrong guesses before the lock engages', async () => {
    const anonymous = t.withAuthorization(undefined);
    const [{ id }] = (await t.sql<{ id: string }>(`select id from app_user where login = 'leasing'`)) as [
      { id: string },
    ];
    const [mark] = await t.sql<{ seq: string }>('select coalesce(max(seq), 0) seq from audit_log');
    const burst = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        anonymous.gql(LOGIN, { input: { login: 'leasing', password: `parallel-guess-${i}` } }),
      ),
    );
    const [row] = await t.sql<{ failed_logins: number; locked: boolean }>(
      `select failed_logins, locked_until > now() as locked from app_user where login = 'leasing'`,
    );
    // Reset first, so a failed expectation cannot leave the account locked for later tests.
    await t.sql(`update app_user set failed_logins = 0, locked_until = null where login = 'leasing'`);
    console.log(
      `parallel guesses: ${row!.failed_logins} passwords checked, answers ${[...new Set(burst.map(domainOf))].join(', ')}`,
    );
    expect(burst.map(domainOf)).toEqual(burst.map(() => 'BAD_CREDENTIALS'));
    // failed_logins counts the attempts that got as far as a password check.
    expect(row).toEqual({ failed_logins: LOGIN_FAILURES_PER_ACCOUNT, locked: true });
    const audit = await t.sql<{ outcome: string; target_id: string; n: number }>(
      `select outcome, target_id, count(*)::int n from audit_log where operation = 'login' and seq > $1 group by 1, 2`,
      [mark!.seq],
    );
    expect(audit).toEqual([{ outcome: 'FAILED', target_id: id, n: 25 }]);
  });

  it('gives back the reserved checks when the password is right: the count starts again', async () => {
    const anonymous = t.withAuthorization(undefined);
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT - 1; i += 1)
      await anonymous.gql(LOGIN, { input: { login: 'finance', password: `wrong-password-${i}` } });
    await t.as('finance');
    const [row] = await t.sql<{ failed_logins: number; locked_until: Date | null }>(
      `select failed_logins, locked_until from app_user where login = 'finance'`,
    );
    expect(row).toEqual({ failed_logins: 0, locked_until: null });
  });

  it('throttles an address after many failures across accounts', async () => {
    const anonymous = t.withAuthorization(undefined);
    let last: Awaited<ReturnType<typeof anonymous.gql>> | undefined;
    for (let i = 0; i < 32; i += 1) {
      last = await anonymous.gql(LOGIN, { input: { login: `ghost${i}`, password: 'wrong-password-1' } });
      if (codeOf(last) === 'TOO_MANY_REQUESTS') break;
    }
    expect(domainOf(last!)).toBe('LOGIN_RATE_LIMITED');
    // Another address is not affected.
    await t.as('cleaner');
  });

  it('refuses a disabled account, and ends its open sessions at once', async () => {
    const guard = await t.as('guard');
    await guard.gqlOk(VIEWER);
    const [user] = await t.sql<{ id: string }>(`select id from app_user where login = 'guard'`);
    await t.gqlOk('mutation ($id: ID!) { updateUser(id: $id, input: { status: DISABLED }) { status } }', {
      id: user!.id,
    });
    expect(domainOf(await guard.gql(VIEWER))).toBe('SESSION_REVOKED');
    const again = await t
      .withAuthorization(undefined)
      .gql(LOGIN, { input: { login: 'guard', password: DEMO_PASSWORD } });
    expect(domainOf(again)).toBe('ACCOUNT_DISABLED');
    await t.gqlOk('mutation ($id: ID!) { updateUser(id: $id, input: { status: ACTIVE }) { status } }', {
      id: user!.id,
    });
    await t.as('guard');
  });
});

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

describe('passwords', () => {
  it('changes one’s password: policy enforced, other sessions end, the new password works', async () => {
    const a = await t.as('tenant2.admin');
    const b = await t.as('tenant2.admin');
    const change =
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
    const weak = await a.gql(change, { c: DEMO_PASSWORD, n: 'short1' });
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0]?.extensions?.field).toBe('newPassword');
    expect(domainOf(await a.gql(change, { c: 'wrong-password-1', n: 'Another-pass-2026' }))).toBe(
      'BAD_CREDENTIALS',
    );
    await a.gqlOk(change, { c: DEMO_PASSWORD, n: 'Another-pass-2026' });
    expect(domainOf(await b.gql(VIEWER))).toBe('SESSION_REVOKED');
    await a.gqlOk(VIEWER); // the session that changed it stays
    await t.as('tenant2.admin', 'Another-pass-2026');
  });

  it('lets an admin reset a password: a temporary one that must be changed, sessions end', async () => {
    const victim = await t.as('tenant.staff');
    const reset = await t.gqlOk<{ resetUserPassword: { mustChangePassword: boolean } }>(
      'mutation ($id: ID!, $p: String!) { resetUserPassword(id: $id, password: $p) { mustChangePassword } }',
      { id: victim.userId, p: 'Temporary-2026' },
    );
    expect(reset.resetUserPassword.mustChangePassword).toBe(true);
    expect(domainOf(await victim.gql(VIEWER))).toBe('SESSION_REVOKED');
    const fresh = await t.as('tenant.staff', 'Temporary-2026');
    const me = await fresh.gqlOk<{ viewer: { user: { mustChangePassword: boolean } } }>(
      '{ viewer { user { mustChangePassword } } }',
    );
    expect(me.viewer.user.mustChangePassword).toBe(true);
    // Until then nothing else is allowed.
    const blocked = await fresh.gql('{ units(first: 1) { totalCount } }');
    expect(blocked.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      domainCode: 'PASSWORD_CHANGE_REQUIRED',
    });
    await fresh.gqlOk(
      'mutation { changePassword(currentPassword: "Temporary-2026", newPassword: "Chosen-by-me-2026") }',
    );
    expect(
      (await fresh.gqlOk<{ units: { totalCount: number } }>('{ units(first: 1) { totalCount } }')).units
        .totalCount,
    ).toBeGreaterThan(0);
  });

  it('resets many users at once without running the connection pool dry', async () => {
    // Each reset ends the user's sessions inside its own transaction; with a second connection
    // per request, more concurrent resets than pooled connections would wait on each other.
    const users = await t.sql<{ id: string }>(
      `select id from app_user where kind = 'STAFF' and login <> 'hq.admin' limit 8`,
    );
    const results = await Promise.all(
      users.map((u) =>
        t.gql('mutation ($id: ID!) { resetUserPassword(id: $id, password: "Parallel-reset-2026") { id } }', {
          id: u.id,
        }),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(users.map(() => undefined));
    await t.sql(`update app_user set must_change_password = false where kind = 'STAFF'`);
  });

  it('stores argon2id hashes only', async () => {
    const rows = await t.sql<{ password_hash: string }>('select password_hash from app_user');
    for (const r of rows) expect(r.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
