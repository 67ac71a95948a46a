import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_ROLES } from '../src/modules/registry.js';
import { loadAccessCases } from './access-cases.js';
import { uniqueUscc } from './factories.js';
import { type GqlResult, type Session, startTestApp, type TestApp } from './test-app.js';

/** A tenant company and the ids of everything it owns, read as the owner (no RLS). */
type Company = Record<'id' | 'name' | 'floor', string> & Record<'units' | 'contacts' | 'users', string[]>;
type Page = { totalCount: number; nodes: { id: string }[] };

let t: TestApp;
let parkId: string;
let A: Company; // tenant.admin's and tenant.staff's company
let B: Company; // tenant2.admin's company
let C: Company; // another company leasing on A's floor, so shared floors and buildings are exercised
const sessions = new Map<string, Session>();
const as = (login: string) => sessions.get(login)!;
const roleOf = (key: string) => BUILTIN_ROLES.find((r) => r.key === key)!;

async function company(id: string): Promise<Company> {
  const [row] = await t.sql<Company>(
    `select c.id, c.name, (select floor_id from unit where tenant_id = c.id order by code limit 1) as floor,
       array(select id::text from unit where tenant_id = c.id order by id) as units,
       array(select id::text from tenant_contact where tenant_id = c.id order by id) as contacts,
       array(select id::text from app_user where tenant_id = c.id order by id) as users
     from tenant_company c where c.id = $1`,
    [id],
  );
  return row!;
}

/** One digest of every row the companies own, sessions included, to prove nothing changed. */
async function fingerprint(ids: string[]): Promise<string> {
  const rows = (table: string, where: string) =>
    `(select string_agg(r::text, ',' order by r.id) from ${table} r where ${where})`;
  const [row] = await t.sql<{ md5: string }>(
    `select md5(concat_ws('|', ${rows('tenant_company', 'r.id = any($1)')}, ${rows('tenant_contact', 'r.tenant_id = any($1)')},
       ${rows('unit', 'r.tenant_id = any($1)')}, ${rows('app_user', 'r.tenant_id = any($1)')},
       ${rows('auth_session', 'r.user_id in (select id from app_user where tenant_id = any($1))')})) md5`,
    [ids],
  );
  return row!.md5;
}

const byIds =
  'query ($id: ID!) { c: tenantCompany(id: $id) { id } u: unit(id: $id) { id } p: user(id: $id) { id } }';
const code = (res: GqlResult) => res.errors?.[0]?.extensions?.code;
const codes = (res: GqlResult) =>
  Object.fromEntries(res.errors!.map((e) => [e.path![0], e.extensions!.code]));
const sorted = (ids: string[]) => [...ids].sort();
const page = (p: Page | undefined) => p && { count: p.totalCount, ids: sorted(p.nodes.map((n) => n.id)) };
/** Every id owned by B or C: none may appear anywhere in what A receives. */
const foreignIds = () => [B, C].flatMap((c) => [c.id, ...c.units, ...c.contacts, ...c.users]);
const leaked = (data: unknown) => foreignIds().filter((id) => JSON.stringify(data).includes(id));

/** Ids of every object listed under a `units` array, at any depth. */
function unitIds(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) unitIds(v, out);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === 'units' && Array.isArray(v)) for (const u of v) out.add((u as { id: string }).id);
      unitIds(v, out);
    }
  return out;
}

beforeAll(async () => {
  t = await startTestApp();
  const [ids] = await t.sql<{ a: string; b: string; park: string }>(
    `select (select tenant_id from app_user where login = 'tenant.admin') a,
            (select tenant_id from app_user where login = 'tenant2.admin') b,
            (select park_id from app_user where login = 'tenant.admin') park`,
  );
  parkId = ids!.park;
  A = await company(ids!.a);
  const [other] = await t.sql<{ id: string }>(
    `select tenant_id id from unit where floor_id = $1 and tenant_id not in ($2, $3) order by code limit 1`,
    [A.floor, ids!.a, ids!.b],
  );
  // The seed gives C no user: add one, so every tenant-owned kind exists for both B and C.
  await t.gqlOk(
    'mutation ($t: ID!, $l: String!, $r: ID!) { createUser(input: { kind: TENANT, tenantId: $t, login: $l, displayName: "丙员工", password: "Tenant12345x", roleIds: [$r] }) { id } }',
    { t: other!.id, l: `c.${randomUUID().slice(0, 8)}`, r: roleOf('tenant_employee').id },
  );
  [B, C] = await Promise.all([company(ids!.b), company(other!.id)]);
  for (const login of ['tenant.admin', 'tenant.staff', 'tenant2.admin', 'park.manager'])
    sessions.set(login, await t.as(login));
  // Guard against a vacuous matrix: each side owns units, contacts and users.
  for (const c of [A, B, C]) expect([c.units.length, c.contacts.length, c.users.length]).not.toContain(0);
});
afterAll(() => t.close());

describe.each([
  ['tenant.admin', 'tenant_admin'],
  ['tenant.staff', 'tenant_employee'],
])('%s of company A', (login, role) => {
  const perms = new Set<string>(roleOf(role).permissions);
  const userCode = perms.has('user.read') ? 'NOT_FOUND' : 'FORBIDDEN';
  /** users(...) lists exactly `expected` for a tenant admin; an employee lacks user.read. */
  const expectUsers = (res: GqlResult<Record<string, Page>>, expected: { count: number; ids: string[] }) =>
    userCode === 'NOT_FOUND'
      ? expect(page(res.data!.users)).toEqual(expected)
      : expect(code(res)).toBe('FORBIDDEN');

  it('lists and counts only its own company, units and users', async () => {
    const res = await as(login).gql<Record<string, Page>>(
      '{ tenantCompanies(first: 100) { totalCount nodes { id } } units(first: 100) { totalCount nodes { id tenant { id } } } }',
    );
    expect(page(res.data!.tenantCompanies)).toEqual({ count: 1, ids: [A.id] });
    expect(page(res.data!.units)).toEqual({ count: A.units.length, ids: A.units });
    expect(leaked(res)).toEqual([]); // Unit.tenant of each of its units is A
    const users = await as(login).gql<Record<string, Page>>(
      '{ users(first: 100) { totalCount nodes { id } } }',
    );
    expectUsers(users, { count: A.users.length, ids: A.users });
  });

  it('gets NOT_FOUND for other companies’ rows by id, exactly as for an unknown id', async () => {
    for (const other of [B, C]) {
      for (const id of [other.id, other.units[0]!, other.users[0]!]) {
        const res = await as(login).gql(byIds, { id });
        expect(res.data, id).toEqual({ c: null, u: null, p: null });
        expect(codes(res)).toEqual({ c: 'NOT_FOUND', u: 'NOT_FOUND', p: userCode });
        // Not even the message tells a foreign row from a row that does not exist.
        expect(res.errors).toEqual((await as(login).gql(byIds, { id: randomUUID() })).errors);
      }
    }
  });

  it('reaches none of the others’ rows through nested edges', async () => {
    // Separate documents keep each under the cost limit; A owns fewer than 10 units.
    const documents = [
      '{ units(first: 10) { nodes { id tenant { id } floor { units { id tenant { id } } } } } }',
      '{ units(first: 10) { nodes { building { floors { units { id tenant { id } } } } } } }',
      '{ units(first: 1) { nodes { park { buildings { floors { units { id tenant { id } } } } } } } }',
      'query ($a: ID!) { tenantCompany(id: $a) { units { id tenant { id } } contacts { id } } }',
      '{ viewer { tenant { id units { id } contacts { id } } } }',
    ];
    const results = await Promise.all(documents.map((d) => as(login).gqlOk(d, { a: A.id })));
    expect(leaked(results)).toEqual([]);
    expect(sorted([...unitIds(results)])).toEqual(A.units);
    const tenants = JSON.stringify(results).match(/"tenant":\{"id":"[^"]+"\}/g)!;
    expect(new Set(tenants)).toEqual(new Set([`"tenant":{"id":"${A.id}"}`]));
    const mine = results[3] as { tenantCompany: { contacts: { id: string }[] } };
    expect(sorted(mine.tenantCompany.contacts.map((c) => c.id))).toEqual(A.contacts);
  });

  it('gets empty pages when filtering by another company, but finds its own', async () => {
    const filtered = (c: Company) =>
      as(login).gql<Record<string, Page>>(
        `query ($t: ID!, $s: String!) { units(first: 100, filter: { tenantId: $t }) { totalCount nodes { id } }
          tenantCompanies(first: 100, filter: { search: $s }) { totalCount nodes { id } } }`,
        { t: c.id, s: c.name },
      );
    const empty = { count: 0, ids: [] };
    for (const other of [B, C]) {
      const res = await filtered(other);
      expect([page(res.data!.units), page(res.data!.tenantCompanies)]).toEqual([empty, empty]);
      const usersDoc =
        'query ($t: ID!) { users(first: 100, filter: { tenantId: $t }) { totalCount nodes { id } } }';
      expectUsers(await as(login).gql(usersDoc, { t: other.id }), empty);
    }
    const own = await filtered(A);
    expect(page(own.data!.units)).toEqual({ count: A.units.length, ids: A.units });
    expect(page(own.data!.tenantCompanies)).toEqual({ count: 1, ids: [A.id] });
  });

  it('sees occupancy and occupied area computed over its own units only', async () => {
    const occupancy = 'occupancy { units leasedUnits vacantUnits leasableArea leasedArea }';
    const res = await as(login).gqlOk<Record<string, Record<string, unknown>>>(
      `query ($p: ID!, $f: ID!, $a: ID!) { park(id: $p) { ${occupancy} }
        floor(id: $f) { ${occupancy} building { ${occupancy} } } tenantCompany(id: $a) { occupiedArea } }`,
      { p: parkId, f: A.floor, a: A.id },
    );
    const sql = async (where: string, param: string) =>
      (
        await t.sql(
          `select count(*)::int units, (count(*) filter (where status = 'LEASED'))::int "leasedUnits",
             (count(*) filter (where status = 'VACANT'))::int "vacantUnits", sum(gross_area)::float8 "leasableArea",
             coalesce(sum(gross_area) filter (where status = 'LEASED'), 0)::float8 "leasedArea"
           from unit where tenant_id = $1 and type <> 'PUBLIC' and ${where}`,
          [A.id, param],
        )
      )[0];
    expect(res.park!.occupancy).toEqual(await sql('park_id = $2', parkId));
    expect(res.floor!.occupancy).toEqual(await sql('floor_id = $2', A.floor));
    expect((res.floor!.building as Record<string, unknown>).occupancy).toEqual(
      await sql('building_id = (select building_id from floor where id = $2)', A.floor),
    );
    const [area] = await t.sql(
      `select sum(gross_area)::float8 "occupiedArea" from unit where tenant_id = $1 and status = 'LEASED'`,
      [A.id],
    );
    expect(res.tenantCompany).toEqual(area);
  });

  it('is refused every mutation of other companies’ rows, which stay unchanged', async () => {
    const before = await fingerprint([B.id, C.id]);
    for (const X of [B, C]) {
      const vars = { c: X.id, unit: X.units[0], floor: X.floor, user: X.users[0], park: parkId, a: A.id };
      Object.assign(vars, { role: roleOf(role).id, uscc: uniqueUscc(), name: `x.${X.id.slice(0, 8)}` });
      const attempts = [
        'tenant.write updateTenantCompany(id: $c, input: { name: "苏州篡改科技有限公司", contacts: [] })',
        'asset.write updateUnit(id: $unit, input: { tenantId: $a })',
        'asset.write updateUnit(id: $unit, input: { status: VACANT, clearTenant: true })',
        'asset.write createUnit(input: { floorId: $floor, code: "X-9901", type: OFFICE, grossArea: 90, usableArea: 80, status: LEASED, tenantId: $c })',
        'tenant.write createTenantCompany(input: { parkId: $park, name: "苏州冒名科技有限公司", uscc: $uscc, industryCode: "I65" })',
        'user.manage createUser(input: { kind: TENANT, tenantId: $c, login: $name, displayName: "冒名", password: "Abcdefgh12345", roleIds: [$role] })',
        'user.manage updateUser(id: $user, input: { displayName: "篡改", status: DISABLED })',
        'user.manage resetUserPassword(id: $user, password: "Abcdefgh12345")',
      ];
      for (const attempt of attempts) {
        const [permission, call] = attempt.split(/ (.+)/) as [string, string];
        const used = [...new Set(call.match(/\$\w+/g))];
        const decl = used.map((v) => `${v}: ${/uscc|name/.test(v) ? 'String' : 'ID'}!`).join(', ');
        const res = await as(login).gql(`mutation (${decl}) { r: ${call} { id } }`, vars);
        expect(res.data?.r ?? null, call).toBeNull();
        // Without the permission the check stops it; with it, the row is simply not visible.
        expect(code(res), call).toBe(perms.has(permission) ? 'NOT_FOUND' : 'FORBIDDEN');
      }
    }
    expect(await fingerprint([B.id, C.id])).toBe(before);
  });

  it('cannot subscribe to the park’s equipment changes over WebSocket', async () => {
    const query = 'subscription ($p: ID!) { equipmentChanged(parkId: $p) { kind equipment { id } } }';
    const subscribe = (s: Session, sink: GqlResult[]) =>
      new Promise<void>((resolve) => {
        s.wsClient().subscribe(
          { query, variables: { p: parkId } },
          {
            next: (m) => sink.push(m as GqlResult),
            error: (e) => sink.push({ status: 0, errors: Array.isArray(e) ? e : [{ message: String(e) }] }),
            complete: resolve,
          },
        );
        setTimeout(resolve, 1000); // a live subscription never completes: give it time to register
      });
    const tenant: GqlResult[] = [];
    const staff: GqlResult[] = [];
    await Promise.all([subscribe(as(login), tenant), subscribe(as('park.manager'), staff)]);
    const [equipment] = await t.sql('select id from equipment where park_id = $1 limit 1', [parkId]);
    const update = 'mutation ($id: ID!) { updateEquipment(id: $id, input: { manufacturer: "隔离" }) { id } }';
    await t.gqlOk(update, equipment);
    // The staff subscriber proves the event was published; the tenant got its refusal and nothing else.
    await expect.poll(() => staff.length, { timeout: 5000 }).toBe(1);
    expect(tenant).toHaveLength(1);
    expect(tenant[0]!.data ?? null).toBeNull();
    expect(code(tenant[0]!)).toBe('FORBIDDEN');
  });

  it('gets NOT_FOUND, never data, for generated and foreign uuids', async () => {
    const id = fc.oneof(fc.uuid(), fc.constantFrom(...foreignIds()));
    await fc.assert(
      fc.asyncProperty(id, async (id) => {
        const res = await as(login).gql(byIds, { id });
        expect(res.data).toEqual({ c: null, u: null, p: null });
        expect(codes(res)).toEqual({ c: 'NOT_FOUND', u: 'NOT_FOUND', p: userCode });
      }),
      { numRuns: 25 },
    );
  });

  it('gets NOT_FOUND or BAD_USER_INPUT, never INTERNAL, for arbitrary strings as ids', async () => {
    const allowed = ['NOT_FOUND', 'BAD_USER_INPUT', userCode];
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 60 }), async (id) => {
        const res = await as(login).gql(byIds, { id });
        expect(res.data ?? { c: null, u: null, p: null }).toEqual({ c: null, u: null, p: null });
        expect(res.errors!.length).toBeGreaterThan(0);
        for (const e of res.errors!) expect(allowed).toContain(e.extensions?.code);
      }),
      { numRuns: 25 },
    );
  });
});

describe('the other direction, and the control', () => {
  it('tenant2.admin of company B sees only B and gets NOT_FOUND for A', async () => {
    const s = as('tenant2.admin');
    const lists = await s.gqlOk<Record<string, Page>>(
      '{ tenantCompanies(first: 100) { totalCount nodes { id } } units(first: 100) { totalCount nodes { id } } users(first: 100) { totalCount nodes { id } } }',
    );
    expect([page(lists.tenantCompanies), page(lists.units), page(lists.users)]).toEqual([
      { count: 1, ids: [B.id] },
      { count: B.units.length, ids: B.units },
      { count: B.users.length, ids: B.users },
    ]);
    for (const id of [A.id, A.units[0]!, A.users[0]!, A.contacts[0]!]) {
      const res = await s.gql(byIds, { id });
      expect(res.data, id).toEqual({ c: null, u: null, p: null });
      expect(res.errors!.map((e) => e.extensions!.code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    }
  });

  it('park staff see A, B and C alike, so the isolation above is not vacuous', async () => {
    const s = as('park.manager');
    for (const c of [A, B, C]) {
      const res = await s.gqlOk<Record<string, { id?: string; totalCount?: number }>>(
        `query ($id: ID!) { tenantCompany(id: $id) { id }
          units(first: 1, filter: { tenantId: $id }) { totalCount } users(first: 1, filter: { tenantId: $id }) { totalCount } }`,
        { id: c.id },
      );
      expect(res).toEqual({
        tenantCompany: { id: c.id },
        units: { totalCount: c.units.length },
        users: { totalCount: c.users.length },
      });
    }
    // A's floor holds C's units too: the tenant's smaller lists and numbers come from RLS.
    const floor = await s.gqlOk<{ floor: { units: { id: string }[]; occupancy: { units: number } } }>(
      'query ($f: ID!) { floor(id: $f) { units { id } occupancy { units } } }',
      { f: A.floor },
    );
    const [n] = await t.sql<{ all: number; leasable: number }>(
      `select count(*)::int "all", (count(*) filter (where type <> 'PUBLIC'))::int leasable from unit where floor_id = $1`,
      [A.floor],
    );
    expect([floor.floor.units.length, floor.floor.occupancy.units]).toEqual([n!.all, n!.leasable]);
    expect(floor.floor.units.some((u) => C.units.includes(u.id))).toBe(true);
  });
});

/** Every feature's isolation cases (`modules/<feature>/<feature>.access-cases.ts`). */
const FEATURES = await loadAccessCases();
const CASES = FEATURES.flatMap((f) => (f.cases.isolation ?? []).map((c) => ({ ...c, feature: f.feature })));

describe('every feature’s tenant-owned records', () => {
  it('each table with a tenant_id column has an isolation case, or says where it is checked', async () => {
    const tables = await t.sql<{ table_name: string }>(
      `select table_name from information_schema.columns
        where table_schema = 'public' and column_name = 'tenant_id' order by table_name`,
    );
    const covered = new Set([
      ...CASES.map((c) => c.table),
      ...FEATURES.flatMap((f) => Object.keys(f.cases.isolatedElsewhere ?? {})),
    ]);
    expect(tables.length).toBeGreaterThan(3);
    expect(tables.map((r) => r.table_name).filter((name) => !covered.has(name))).toEqual([]);
  });

  describe.each(['tenant.admin', 'tenant.staff'])('read as %s of company A', (login) => {
    it.each(CASES.map((c) => [`${c.feature}: ${c.table}`, c] as const))(
      '%s: other companies’ rows are NOT_FOUND by id like unknown ids, and absent from the list',
      async (_, c) => {
        const owned = async (company: Company) =>
          (
            await t.sql<{ id: string }>(
              `select id::text from ${c.table} where ${c.ownerColumn ?? 'tenant_id'} = $1 order by id`,
              [company.id],
            )
          ).map((r) => r.id);
        const mine = await owned(A);
        const foreign = [...(await owned(B)), ...(await owned(C))];
        // Guard against a vacuous case: the other companies own rows of this table.
        expect(foreign.length, c.table).toBeGreaterThan(0);
        const unknown = await as(login).gql(c.byId, { id: randomUUID() });
        expect(unknown.data?.r ?? null).toBeNull();
        for (const id of foreign.slice(0, 5)) {
          const res = await as(login).gql(c.byId, { id });
          expect(res.data?.r ?? null, id).toBeNull();
          expect(res.errors, id).toEqual(unknown.errors);
        }
        if (!c.list) return;
        const list = await as(login).gql<{ r: { nodes: { id: string }[] } | null }>(c.list);
        if (list.errors?.length) {
          // Without the permission the list is refused as a whole, which leaks nothing either.
          expect(code(list)).toBe('FORBIDDEN');
          return;
        }
        const ids = list.data!.r!.nodes.map((n) => n.id);
        expect(ids.filter((id) => foreign.includes(id))).toEqual([]);
        expect(sorted(ids)).toEqual(
          mine.length <= 100 ? mine : sorted(ids.filter((id) => mine.includes(id))),
        );
      },
    );
  });
});
