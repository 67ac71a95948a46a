import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-users.js';
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_IP } from '../src/modules/auth/auth-services.js';
import { codeOf, domainOf, LOGIN, VIEWER } from './auth-helpers.js';
import { createStaffUser, unique } from './factories.js';
import { type Session, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let parkId: string;
beforeAll(async () => {
  t = await startTestApp();
  [{ id: parkId }] = (await t.sql<{ id: string }>(`select id from park where code = 'SZ-XH'`)) as [
    { id: string },
  ];
});
afterAll(() => t?.close());

/** A person of the demo park this test alone signs in as, locks or disables. */
const ownUser = () => createStaffUser(t, parkId, 'investment');

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
    const user = await ownUser();
    const wrong = await anonymous.gql(LOGIN, {
      input: { login: user.login, password: 'not-the-password-1' },
    });
    const unknown = await anonymous.gql(LOGIN, { input: { login: 'nobody.here', password: 'whatever-123' } });
    expect(domainOf(wrong)).toBe('BAD_CREDENTIALS');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    const [row] = await t.sql<{ failed_logins: number }>('select failed_logins from app_user where id = $1', [
      user.id,
    ]);
    expect(row!.failed_logins).toBe(1);
    // A success resets the counter.
    await t.as(user.login, user.password);
    const [after] = await t.sql<{ failed_logins: number }>(
      'select failed_logins from app_user where id = $1',
      [user.id],
    );
    expect(after!.failed_logins).toBe(0);
  });

  it(`locks an account after ${LOGIN_FAILURES_PER_ACCOUNT} failures, even for the right password`, async () => {
    const anonymous = t.withAuthorization(undefined);
    const user = await ownUser();
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT; i += 1) {
      const r = await anonymous.gql(LOGIN, { input: { login: user.login, password: `wrong-password-${i}` } });
      expect(domainOf(r)).toBe('BAD_CREDENTIALS');
    }
    const sessions = async () =>
      (
        await t.sql<{ n: number }>('select count(*)::int n from auth_session where user_id = $1', [user.id])
      )[0]!.n;
    const before = await sessions();
    const locked = await anonymous.gql(LOGIN, { input: { login: user.login, password: user.password } });
    // No hint that the account exists and is locked: see the enumeration test below.
    expect(locked.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      domainCode: 'BAD_CREDENTIALS',
    });
    expect(locked.data).toBeNull();
    expect(await sessions()).toBe(before);
    const [row] = await t.sql<{ locked: boolean }>(
      `select locked_until > now() + interval '14 minutes' as locked from app_user where id = $1`,
      [user.id],
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
    const user = await ownUser();
    const real = await answers(user.login);
    const unknown = await answers('no.such.person');
    expect(real).toEqual(unknown);
    expect(new Set(real.map((r) => JSON.stringify(r))).size).toBe(1);
    // Locked or unknown, every answer costs one password hash, like a wrong password does.
    const slowest = (login: string) => Math.min(...timings.filter(([l]) => l === login).map(([, ms]) => ms));
    expect(slowest('no.such.person')).toBeGreaterThan(slowest(user.login) / 4);
  });

  it('checks at most five passwords of 25 parallel wrong guesses before the lock engages', async () => {
    const anonymous = t.withAuthorization(undefined);
    const { id, login } = await ownUser();
    const [mark] = await t.sql<{ seq: string }>('select coalesce(max(seq), 0) seq from audit_log');
    const burst = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        anonymous.gql(LOGIN, { input: { login, password: `parallel-guess-${i}` } }),
      ),
    );
    const [row] = await t.sql<{ failed_logins: number; locked: boolean }>(
      'select failed_logins, locked_until > now() as locked from app_user where id = $1',
      [id],
    );
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
    const user = await ownUser();
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT - 1; i += 1)
      await anonymous.gql(LOGIN, { input: { login: user.login, password: `wrong-password-${i}` } });
    await t.as(user.login, user.password);
    const [row] = await t.sql<{ failed_logins: number; locked_until: Date | null }>(
      'select failed_logins, locked_until from app_user where id = $1',
      [user.id],
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
    const user = await ownUser();
    const guard = await t.as(user.login, user.password);
    await guard.gqlOk(VIEWER);
    await t.gqlOk('mutation ($id: ID!) { updateUser(id: $id, input: { status: DISABLED }) { status } }', {
      id: user!.id,
    });
    expect(domainOf(await guard.gql(VIEWER))).toBe('SESSION_REVOKED');
    const again = await t
      .withAuthorization(undefined)
      .gql(LOGIN, { input: { login: user.login, password: user.password } });
    expect(domainOf(again)).toBe('ACCOUNT_DISABLED');
    await t.gqlOk('mutation ($id: ID!) { updateUser(id: $id, input: { status: ACTIVE }) { status } }', {
      id: user!.id,
    });
    await t.as(user.login, user.password);
  });
});

describe('limits that wear off', () => {
  /** Fails sign-ins from one address (unknown logins, so no account locks) until refused. */
  const failFrom = async (session: Session, times: number) => {
    const answers: unknown[] = [];
    for (let i = 0; i < times; i += 1)
      answers.push(
        domainOf(
          await session.gql(LOGIN, { input: { login: unique('ghost'), password: 'wrong-password-1' } }),
        ),
      );
    return answers;
  };

  it(`lets an address try again once its ${LOGIN_FAILURES_PER_IP}-failure window of 15 minutes has passed`, async () => {
    const address = t.withAuthorization(undefined);
    expect(await failFrom(address, LOGIN_FAILURES_PER_IP)).toEqual(
      Array.from({ length: LOGIN_FAILURES_PER_IP }, () => 'BAD_CREDENTIALS'),
    );
    expect(await failFrom(address, 1)).toEqual(['LOGIN_RATE_LIMITED']);
    await t.advanceClock(14 * 60_000);
    expect(await failFrom(address, 1)).toEqual(['LOGIN_RATE_LIMITED']);
    await t.advanceClock(60_000 + 1_000);
    expect(await failFrom(address, 1)).toEqual(['BAD_CREDENTIALS']);
  });

  it('gives an address its attempt back after a good sign-in', async () => {
    const address = t.withAuthorization(undefined);
    const user = await ownUser();
    await failFrom(address, LOGIN_FAILURES_PER_IP - 1);
    // The good sign-in is counted up front and given back, so one more failure is still allowed.
    const ok = await address.gql(LOGIN, { input: { login: user.login, password: user.password } });
    expect(ok.errors).toBeUndefined();
    expect(await failFrom(address, 2)).toEqual(['BAD_CREDENTIALS', 'LOGIN_RATE_LIMITED']);
  });

  it('unlocks a locked account once its 15 minutes have passed', async () => {
    const anonymous = t.withAuthorization(undefined);
    const user = await ownUser();
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT; i += 1)
      await anonymous.gql(LOGIN, { input: { login: user.login, password: `wrong-password-${i}` } });
    const right = { input: { login: user.login, password: user.password } };
    expect(domainOf(await anonymous.gql(LOGIN, right))).toBe('BAD_CREDENTIALS');
    // The lock is kept in the database, against its clock: wind the lock back by 14, then 15 minutes.
    await t.sql(`update app_user set locked_until = locked_until - interval '14 minutes' where id = $1`, [
      user.id,
    ]);
    expect(domainOf(await anonymous.gql(LOGIN, right))).toBe('BAD_CREDENTIALS');
    await t.sql(`update app_user set locked_until = locked_until - interval '1 minute' where id = $1`, [
      user.id,
    ]);
    expect((await anonymous.gql(LOGIN, right)).errors).toBeUndefined();
    const [row] = await t.sql('select failed_logins, locked_until from app_user where id = $1', [user.id]);
    expect(row).toEqual({ failed_logins: 0, locked_until: null });
  });
});
