import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '../src/db/seeders/demo-users.js';
import { ALL_PERMISSIONS, BUILTIN_ROLES, type Permission } from '../src/modules/auth/permissions.js';
import { type GqlResult, type Session, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let parkId: string;
let before: string;
const sessions = new Map<string, Session>();
/** login → one mark per probe, printed as the matrix once every login has run. */
const matrix = new Map<string, string[]>();
const rolePermissions = (key: string) => sorted(BUILTIN_ROLES.find((r) => r.key === key)!.permissions);
const sorted = (values: readonly string[]) => [...values].sort();

/**
 * One operation per permission that changes nothing: reads, or writes aimed at an id that does not
 * exist. Allowed shows as data or NOT_FOUND (the check passed and the row was looked up), denied
 * as FORBIDDEN. Inputs are valid, so no other error can stand in for either.
 */
function probes(): [Permission, string][] {
  const none = randomUUID();
  return [
    ['asset.read', '{ units(first: 1) { totalCount } }'],
    ['asset.write', `mutation { updateFloor(id: "${none}", input: { name: "3F" }) { id } }`],
    ['park.manage', `mutation { updatePark(id: "${none}", input: { name: "星湖园区" }) { id } }`],
    ['equipment.read', '{ equipmentLedger(first: 1) { totalCount } }'],
    ['equipment.write', `mutation { updateEquipment(id: "${none}", input: { name: "水泵" }) { id } }`],
    ['tenant.read', '{ tenantCompanies(first: 1) { totalCount } }'],
    ['tenant.write', `mutation { updateTenantCompany(id: "${none}", input: { shortName: "星湖" }) { id } }`],
    ['user.read', '{ users(first: 1) { totalCount } }'],
    ['user.manage', `mutation { resetUserPassword(id: "${none}", password: "Abcdefgh12345") { id } }`],
    ['role.manage', `mutation { updateRole(id: "${none}", input: { name: "测试" }) { id } }`],
    ['kiosk.manage', `{ kioskDevices(parkId: "${parkId}") { id } }`],
    ['apiKey.manage', '{ apiKeys { id } }'],
    ['audit.read', '{ auditLog(first: 1) { hasMore } }'],
    ['audit.verify', '{ verifyAuditChain { ok } }'],
    ['workOrder.read', '{ workOrders(first: 1) { totalCount } }'],
    [
      'workOrder.submit',
      `mutation { submitWorkOrder(input: { category: POWER, title: "跳闸", unitId: "${none}" }) { id } }`,
    ],
    [
      'workOrder.dispatch',
      `mutation { transitionWorkOrder(id: "${none}", input: { action: DISPATCH }) { id } }`,
    ],
    ['workOrder.work', `mutation { transitionWorkOrder(id: "${none}", input: { action: START }) { id } }`],
    ['workOrder.verify', `mutation { transitionWorkOrder(id: "${none}", input: { action: VERIFY }) { id } }`],
    ['maintenance.manage', `mutation { setMaintenancePlanActive(id: "${none}", active: false) { id } }`],
  ];
}

function outcome(res: GqlResult): string {
  const code = res.errors?.[0]?.extensions?.code;
  if (!res.errors?.length || code === 'NOT_FOUND') return 'allowed';
  return code === 'FORBIDDEN' ? 'denied' : `unexpected ${String(code)}: ${res.errors[0]!.message}`;
}

/** Every row the probes could touch, as one digest (owner connection, no RLS). */
async function fingerprint(): Promise<string> {
  const tables = [
    'park',
    'building',
    'floor',
    'unit',
    'tenant_company',
    'equipment',
    'role',
    'app_user',
    'work_order',
  ];
  const parts = tables.map((x) => `(select string_agg(r::text, ',' order by r.id) from ${x} r)`);
  const [row] = await t.sql<{ md5: string }>(`select md5(concat_ws('|', ${parts.join(', ')})) md5`);
  return row!.md5;
}

beforeAll(async () => {
  t = await startTestApp();
  const [park] = await t.sql<{ id: string }>(`select id from park where code = 'SZ-XH'`);
  parkId = park!.id;
  for (const d of DEMO_LOGINS) sessions.set(d.login, await t.as(d.login));
  before = await fingerprint();
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
    // park.all widens reach to every park and workOrder.supervise picks who receives SLA
    // escalations (work-order-sla.test.ts); no operation requires either, so they have no probe.
    const unprobed = new Set(['park.all', 'workOrder.supervise']);
    expect(sorted(probes().map(([p]) => p))).toEqual(sorted(ALL_PERMISSIONS.filter((p) => !unprobed.has(p))));
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
    expect(viewer).toMatchObject({
      kind: d.tenant ? 'TENANT' : 'STAFF',
      allParks: permissions.includes('park.all'),
      permissions,
      parks: [{ id: parkId }],
      user: { login: d.login, roles: [{ key: d.role }] },
    });
    expect(viewer.tenant === null).toBe(!d.tenant);
  });

  it('may call each probe exactly when its role holds the permission', async () => {
    const session = sessions.get(d.login)!;
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
  });
});

describe('without a credential', () => {
  it('every probe and viewer answer UNAUTHENTICATED, also for a token that is not one', async () => {
    for (const authorization of [undefined, 'Bearer not-a-token']) {
      const anonymous = t.withAuthorization(authorization);
      for (const [p, query] of [...probes(), ['viewer', '{ viewer { id } }'] as const]) {
        const res = await anonymous.gql(query);
        expect(res.errors?.[0]?.extensions?.code, `${authorization} ${p}`).toBe('UNAUTHENTICATED');
        expect(Object.values(res.data ?? {}).every((v) => v === null)).toBe(true);
      }
    }
  });
});

describe('afterwards', () => {
  it('no probe, allowed or not, changed a row', async () => {
    expect(await fingerprint()).toBe(before);
  });
});
