import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, domainOf, LOGIN, VIEWER } from './auth-helpers.js';
import { createStaffUser } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let parkId: string;
beforeAll(async () => {
  t = await startTestApp();
  [{ id: parkId }] = (await t.sql<{ id: string }>(`select id from park where code = 'SZ-XH'`)) as [
    { id: string },
  ];
});
afterAll(() => t?.close());

/** Someone whose password this file alone changes. */
const ownUser = () => createStaffUser(t, parkId, 'investment');

describe('passwords', () => {
  it('changes one’s password: policy enforced, other sessions end, the new password works', async () => {
    const user = await ownUser();
    const a = await t.as(user.login, user.password);
    const b = await t.as(user.login, user.password);
    const change =
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
    const weak = await a.gql(change, { c: user.password, n: 'short1' });
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0]?.extensions?.field).toBe('newPassword');
    expect(domainOf(await a.gql(change, { c: 'wrong-password-1', n: 'Another-pass-2026' }))).toBe(
      'BAD_CREDENTIALS',
    );
    await a.gqlOk(change, { c: user.password, n: 'Another-pass-2026' });
    expect(domainOf(await b.gql(VIEWER))).toBe('SESSION_REVOKED');
    await a.gqlOk(VIEWER); // the session that changed it stays
    await t.as(user.login, 'Another-pass-2026');
    const old = await t
      .withAuthorization(undefined)
      .gql(LOGIN, { input: { login: user.login, password: user.password } });
    expect(domainOf(old)).toBe('BAD_CREDENTIALS');
  });

  it('lets an admin reset a password: a temporary one that must be changed, sessions end', async () => {
    const user = await ownUser();
    const victim = await t.as(user.login, user.password);
    const reset = await t.gqlOk<{ resetUserPassword: { mustChangePassword: boolean } }>(
      'mutation ($id: ID!, $p: String!) { resetUserPassword(id: $id, password: $p) { mustChangePassword } }',
      { id: victim.userId, p: 'Temporary-2026' },
    );
    expect(reset.resetUserPassword.mustChangePassword).toBe(true);
    expect(domainOf(await victim.gql(VIEWER))).toBe('SESSION_REVOKED');
    const fresh = await t.as(user.login, 'Temporary-2026');
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
    const users = await Promise.all(Array.from({ length: 8 }, () => ownUser()));
    const results = await Promise.all(
      users.map((u) =>
        t.gql('mutation ($id: ID!) { resetUserPassword(id: $id, password: "Parallel-reset-2026") { id } }', {
          id: u.id,
        }),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(users.map(() => undefined));
    const reset = await t.sql<{ n: number }>(
      'select count(*)::int n from app_user where id = any($1) and must_change_password',
      [users.map((u) => u.id)],
    );
    expect(reset).toEqual([{ n: 8 }]);
  });

  it('stores argon2id hashes only', async () => {
    const rows = await t.sql<{ password_hash: string }>('select password_hash from app_user');
    for (const r of rows) expect(r.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
