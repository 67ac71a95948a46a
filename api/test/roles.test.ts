import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '../src/db/seeders/demo-users.js';
import { ALL_PERMISSIONS, BUILTIN_ROLES, isPermission, type Permission } from '../src/modules/registry.js';
import { loadAccessCases } from './access-cases.js';
import { createPark } from './factories.js';
import { type GqlResult, type Session, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let parkId: string;
const sessions = new Map<string, Session>();
/** login → one mark per probe, printed as the matrix once every login has run. */
const matrix = new Map<string, string[]>();
const rolePermissions = (key: string) => sorted(BUILTIN_ROLES.find((r) => r.key === key)!.permissions);
const sorted = (values: readonly string[]) => [...values].sort();

/** Every feature's probes and the tables they could touch (`modules/<feature>/<feature>.access-cases.ts`). */
const CASES = (await loadAccessCases()).map((c) => c.cases);
const PROBES = new Map(CASES.flatMap((c) => Object.entries(c.probes ?? {})));
const UNPROBED = new Set(CASES.flatMap((c) => Object.keys(c.unprobed ?? {})));
const TABLES = [...new Set(CASES.flatMap((c) => c.tables ?? []))];

/**
 * One operation per permission that changes nothing, in catalogue order: reads, or writes aimed
 * at an id that does not exist. Allowed shows as data or NOT_FOUND (the check passed and the row
 * was looked up), denied as FORBIDDEN. Inputs are valid, so no other error can stand in for either.
 */
function probes(): [Permission, string][] {
  const env = { none: randomUUID(), parkId };
  return ALL_PERMISSIONS.flatMap((p): [Permission, string][] => {
    const probe = PROBES.get(p);
    return probe ? [[p, probe(env)]] : [];
  });
}

function outcome(res: GqlResult): string {
  const code = res.errors?.[0]?.extensions?.code;
  if (!res.errors?.length || code === 'NOT_FOUND') return 'allowed';
  return code === 'FORBIDDEN' ? 'denied' : `unexpected ${String(code)}: ${res.errors[0]!.message}`;
}

/** Every row the probes could touch, as one digest (owner connection, no RLS). */
async function fingerprint(): Promise<string> {
  const parts = TABLES.map((x) => `(select string_agg(r::text, ',' order by r.id) from ${x} r)`);
  const [row] = await t.sql<{ md5: string }>(`select md5(concat_ws('|', ${parts.join(', ')})) md5`);
  return row!.md5;
}

beforeAll(async () => {
  t = await startTestApp();
  const [park] = await t.sql<{ id: string }>(`select id from park where code = 'SZ-XH'`);
  parkId = park!.id;
  for (const d of DEMO_LOGINS) sessions.set(d.login, await t.as(d.login));
});

afterAll(async () => {
  const names = probes().map(([p]) => p);
  const width = Math.max(...DEMO_LOGINS.map((d) => d.login.length)) + 2;
  const lines = [''.padEnd(width) + names.join(' ')];
  for (const [login, marks] of matrix)
    lines.push((login.padEnd(width) + marks.map((m, i) => m.padEnd(names[i]!.length)).join(' ')).trimEnd());
  console.log(`role matrix (✓ allowed, ✗ FORBIDDEN):\n${lines.join('\n')}`);
  await t.close();
});

describe('the permission catalogue', () => {
  it('has a probe for every permission an operation can require', () => {
    // A feature names what no operation requires (park.all, workOrder.supervise) in `unprobed`.
    expect(sorted(probes().map(([p]) => p))).toEqual(sorted(ALL_PERMISSIONS.filter((p) => !UNPROBED.has(p))));
    // Each probe belongs to a declared permission, and no permission is both probed and not.
    expect([...PROBES.keys()].filter((p) => !isPermission(p) || UNPROBED.has(p))).toEqual([]);
    expect(TABLES.length).toBeGreaterThanOrEqual(9);
  });

  it('lets the HQ admin grant every built-in role: it holds every permission any of them holds', () => {
    // A grantor must hold what it grants (ROLE_BEYOND_OWN); a tenant-only permission would make
    // the tenant roles holding it ungrantable by anyone.
    const hq = new Set(BUILTIN_ROLES.find((r) => r.key === 'hq_admin')!.permissions);
    expect(
      BUILTIN_ROLES.flatMap((r) => r.permissions.filter((p) => !hq.has(p)).map((p) => `${r.key}: ${p}`)),
    ).toEqual([]);
  });

  it('is served by the API as in permissions.ts, with the built-in roles as in BUILTIN_ROLES', async () => {
    const data = await t.gqlOk<{
      permissions: { key: string }[];
      roles: { key: string; builtin: boolean; audience: string; permissions: string[] }[];
    }>('{ permissions { key } roles { key builtin audience permissions } }');
    expect(data.permissions.map((p) => p.key)).toEqual(ALL_PERMISSIONS);
    const builtin = data.roles
      .filter((r) => r.builtin)
      .map((r) => ({ ...r, permissions: sorted(r.permissions) }));
    expect(builtin).toEqual(
      expect.arrayContaining(
        BUILTIN_ROLES.map((r) => ({
          key: r.key,
          builtin: true,
          audience: r.audience,
          permissions: sorted(r.permissions),
        })),
      ),
    );
    expect(builtin).toHaveLength(BUILTIN_ROLES.length);
  });
});

describe.each(DEMO_LOGINS.map((d) => ({ ...d, tenant: 'tenant' in d })))('$login ($role)', (d) => {
  it('is shown by viewer with its kind, role and the role’s permissions', async () => {
    const { viewer } = await sessions.get(d.login)!.gqlOk<{
      viewer: {
        kind: string;
        allParks: boolean;
        permissions: string[];
        parks: { id: string }[];
        tenant: { id: string } | null;
        user: { login: string; roles: { key: string }[] };
      };
    }>('{ viewer { kind allParks permissions parks { id } tenant { id } user { login roles { key } } } }');
    const permissions = rolePermissions(d.role);
    // Every park for whoever holds park.all (tests here add parks); otherwise the demo park only.
    const parks = permissions.includes('park.all')
      ? (await t.sql<{ id: string }>('select id from park order by id')).map((p) => ({ id: p.id }))
      : [{ id: parkId }];
    expect({ ...viewer, parks: [...viewer.parks].sort((a, b) => a.id.localeCompare(b.id)) }).toMatchObject({
      kind: d.tenant ? 'TENANT' : 'STAFF',
      allParks: permissions.includes('park.all'),
      permissions,
      parks,
      user: { login: d.login, roles: [{ key: d.role }] },
    });
    expect(viewer.tenant === null).toBe(!d.tenant);
  });

  it('may call each probe exactly when its role holds the permission, and no probe changes a row', async () => {
    const session = sessions.get(d.login)!;
    const before = await fingerprint();
    const granted = new Set(
      (await session.gqlOk<{ viewer: { permissions: string[] } }>('{ viewer { permissions } }')).viewer
        .permissions,
    );
    // The API's view of the actor and the catalogue in code must agree before either is trusted.
    expect(sorted([...granted])).toEqual(rolePermissions(d.role));
    const results = await Promise.all(
      probes().map(async ([p, query]) => [p, outcome(await session.gql(query))]),
    );
    matrix.set(
      d.login,
      results.map(([, o]) => (o === 'allowed' ? '✓' : o === 'denied' ? '✗' : '?')),
    );
    expect(Object.fromEntries(results)).toEqual(
      Object.fromEntries(probes().map(([p]) => [p, granted.has(p) ? 'allowed' : 'denied'])),
    );
    expect(await fingerprint()).toBe(before);
  });
});

describe('without a credential', () => {
  it('every probe and viewer answer UNAUTHENTICATED, also for a token that is not one, and change nothing', async () => {
    const before = await fingerprint();
    for (const authorization of [undefined, 'Bearer not-a-token']) {
      const anonymous = t.withAuthorization(authorization);
      for (const [p, query] of [...probes(), ['viewer', '{ viewer { id } }'] as const]) {
        const res = await anonymous.gql(query);
        expect(res.errors?.[0]?.extensions?.code, `${authorization} ${p}`).toBe('UNAUTHENTICATED');
        expect(Object.values(res.data ?? {}).every((v) => v === null)).toBe(true);
      }
    }
    expect(await fingerprint()).toBe(before);
  });
});

const CREATE_ROLE =
  'mutation ($input: CreateRoleInput!) { createRole(input: $input) { id key permissions } }';
const UPDATE_ROLE =
  'mutation ($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { id permissions } }';
const CREATE_USER =
  'mutation ($input: CreateUserInput!) { createUser(input: $input) { id login parks { id } roles { key } } }';
const ESCALATION = ['park.all', 'user.manage', 'audit.verify'];
let roleSeq = 0;
const roleInput = (permissions: string[]) => {
  roleSeq += 1;
  return {
    key: `test_role_${roleSeq}_${Date.now().toString(36)}`,
    name: `测试角色${roleSeq}`,
    nameEn: `Test role ${roleSeq}`,
    audience: 'STAFF',
    permissions,
  };
};

/** A new staff user of the demo park holding exactly `roleIds`, signed in and past first sign-in. */
async function staffWith(roleIds: string[], by: Session = t): Promise<Session & { login: string }> {
  const login = `staff.${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
  await by.gqlOk(CREATE_USER, {
    input: {
      kind: 'STAFF',
      login,
      displayName: '测试员工',
      password: 'Initial-pass-2026',
      roleIds,
      parkIds: [parkId],
    },
  });
  await t.sql('update app_user set must_change_password = false where login = $1', [login]);
  return Object.assign(await t.as(login, 'Initial-pass-2026'), { login });
}

/** The newest audit sequence number: entries after it belong to the test that took it. */
async function auditMark(): Promise<string> {
  return (await t.sql<{ seq: string }>('select coalesce(max(seq), 0) seq from audit_log'))[0]!.seq;
}

/** The outcomes of `operation` by `actorId` audited after `since` (this test's own). */
async function failedAudit(operation: string, actorId: string, since: string) {
  return t.sql<{ outcome: string; error_code: string }>(
    'select outcome, error_code from audit_log where operation = $1 and actor_id = $2 and seq > $3 order by seq',
    [operation, actorId, since],
  );
}

const errorOf = (res: GqlResult) => res.errors?.[0]?.extensions;

describe('role managers stay within their own permissions', () => {
  let keeper: Session;
  let keeperRoleId: string;
  let keeperPermissions: string[];

  beforeAll(async () => {
    keeperPermissions = sorted(['role.manage', 'user.read', 'asset.read', 'workOrder.read']);
    const { createRole } = await t.gqlOk<{ createRole: { id: string } }>(CREATE_ROLE, {
      input: roleInput(keeperPermissions),
    });
    keeperRoleId = createRole.id;
    keeper = await staffWith([keeperRoleId]);
  });

  it('refuses to widen the role they hold: FORBIDDEN, unchanged, audited as failed', async () => {
    const since = await auditMark();
    const res = await keeper.gql(UPDATE_ROLE, {
      id: keeperRoleId,
      input: { permissions: [...keeperPermissions, ...ESCALATION] },
    });
    expect(errorOf(res)).toMatchObject({ code: 'FORBIDDEN', domainCode: 'OWN_ROLE_CHANGE' });
    // Even a harmless change: a role one holds is for someone else to edit.
    const rename = await keeper.gql(UPDATE_ROLE, { id: keeperRoleId, input: { name: '改名' } });
    expect(errorOf(rename)).toMatchObject({ code: 'FORBIDDEN', domainCode: 'OWN_ROLE_CHANGE' });
    const [row] = await t.sql<{ permissions: string[]; name: string }>(
      'select permissions, name from role where id = $1',
      [keeperRoleId],
    );
    expect({ ...row, permissions: sorted(row!.permissions) }).toEqual({
      permissions: keeperPermissions,
      name: expect.stringMatching(/^测试角色/),
    });
    const viewer = await keeper.gqlOk<{ viewer: { permissions: string[]; allParks: boolean } }>(
      '{ viewer { permissions allParks } }',
    );
    expect(viewer.viewer).toEqual({ permissions: keeperPermissions, allParks: false });
    expect(await failedAudit('updateRole', keeper.userId!, since)).toEqual([
      { outcome: 'FAILED', error_code: 'FORBIDDEN' },
      { outcome: 'FAILED', error_code: 'FORBIDDEN' },
    ]);
  });

  it('refuses to create a role with permissions they lack, and creates one within them', async () => {
    const since = await auditMark();
    const input = roleInput(['asset.read', ...ESCALATION]);
    const res = await keeper.gql(CREATE_ROLE, { input });
    expect(errorOf(res)).toMatchObject({ code: 'FORBIDDEN', domainCode: 'ROLE_BEYOND_OWN' });
    expect(res.errors?.[0]?.message).toContain('park.all');
    expect(await t.sql('select 1 from role where key = $1', [input.key])).toEqual([]);
    expect(await failedAudit('createRole', keeper.userId!, since)).toEqual([
      { outcome: 'FAILED', error_code: 'FORBIDDEN' },
    ]);

    const ok = await keeper.gqlOk<{ createRole: { id: string; permissions: string[] } }>(CREATE_ROLE, {
      input: roleInput(['asset.read', 'user.read']),
    });
    expect(ok.createRole.permissions).toEqual(['asset.read', 'user.read']);
    const narrowed = await keeper.gqlOk<{ updateRole: { permissions: string[] } }>(UPDATE_ROLE, {
      id: ok.createRole.id,
      input: { permissions: ['asset.read'] },
    });
    expect(narrowed.updateRole.permissions).toEqual(['asset.read']);
  });

  it('refuses to put permissions they lack into a role they do not hold, or to edit a role beyond them', async () => {
    const { createRole: plain } = await t.gqlOk<{ createRole: { id: string } }>(CREATE_ROLE, {
      input: roleInput(['asset.read']),
    });
    const widen = await keeper.gql(UPDATE_ROLE, {
      id: plain.id,
      input: { permissions: ['asset.read', 'user.manage'] },
    });
    expect(errorOf(widen)).toMatchObject({ code: 'FORBIDDEN', domainCode: 'ROLE_BEYOND_OWN' });

    const { createRole: strong } = await t.gqlOk<{ createRole: { id: string } }>(CREATE_ROLE, {
      input: roleInput(['asset.read', 'audit.verify']),
    });
    const trim = await keeper.gql(UPDATE_ROLE, { id: strong.id, input: { permissions: ['asset.read'] } });
    expect(errorOf(trim)).toMatchObject({ code: 'FORBIDDEN', domainCode: 'ROLE_BEYOND_OWN' });
    const rows = await t.sql<{ id: string; permissions: string[] }>(
      'select id, permissions from role where id = any($1) order by id',
      [[plain.id, strong.id]],
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, sorted(r.permissions)]))).toEqual({
      [plain.id]: ['asset.read'],
      [strong.id]: ['asset.read', 'audit.verify'],
    });
  });
});

describe('a park manager creating staff', () => {
  let manager: Session;
  let roleIdOf: Map<string, string>;

  beforeAll(async () => {
    manager = sessions.get('park.manager')!;
    const { roles } = await t.gqlOk<{ roles: { id: string; key: string }[] }>('{ roles { id key } }');
    roleIdOf = new Map(roles.map((r) => [r.key, r.id]));
  });

  it('creates a staff user of their own park, who can sign in and sees that park', async () => {
    const login = `guard.${Date.now().toString(36)}`;
    const created = await manager.gqlOk<{
      createUser: { id: string; login: string; parks: { id: string }[]; roles: { key: string }[] };
    }>(CREATE_USER, {
      input: {
        kind: 'STAFF',
        login,
        displayName: '新保安',
        password: 'Initial-pass-2026',
        roleIds: [roleIdOf.get('security')],
        parkIds: [parkId],
      },
    });
    expect(created.createUser).toMatchObject({
      login,
      parks: [{ id: parkId }],
      roles: [{ key: 'security' }],
    });
    const guard = await t.as(login, 'Initial-pass-2026');
    const { viewer } = await guard.gqlOk<{ viewer: { parks: { id: string }[] } }>(
      '{ viewer { parks { id } } }',
    );
    expect(viewer.parks).toEqual([{ id: parkId }]);
    // The manager still sees the user they made.
    const again = await manager.gqlOk<{ user: { id: string } }>('query ($id: ID!) { user(id: $id) { id } }', {
      id: created.createUser.id,
    });
    expect(again.user.id).toBe(created.createUser.id);
  });

  it('is FORBIDDEN (not INTERNAL) for another park or a role beyond their own, and nothing is created', async () => {
    const other = await createPark(t);
    const attempts = [
      { parkIds: [other!.id], roleIds: [roleIdOf.get('security')] },
      { parkIds: [parkId, other!.id], roleIds: [roleIdOf.get('security')] },
      { parkIds: [parkId], roleIds: [roleIdOf.get('hq_admin')] },
    ];
    for (const [i, a] of attempts.entries()) {
      const login = `denied.${i}.${Date.now().toString(36)}`;
      const res = await manager.gql(CREATE_USER, {
        input: { kind: 'STAFF', login, displayName: '越权', password: 'Initial-pass-2026', ...a },
      });
      expect(errorOf(res), JSON.stringify(a)).toMatchObject({ code: 'FORBIDDEN' });
      expect(await t.sql('select 1 from app_user where login = $1', [login])).toEqual([]);
    }
  });
});
