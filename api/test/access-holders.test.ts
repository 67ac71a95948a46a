import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPark, createStaffUser } from './factories.js';
import type { Session, TestApp } from './test-app.js';
import { startTestApp } from './test-app.js';

/**
 * The people the console offers when issuing a credential or adding a group member, over HTTP:
 * guards (who hold access.assign but not user.read) find the park's employees and staff by name;
 * a tenant admin finds only their own company's employees; another park's staff find no one here.
 */
const HOLDERS = `query ($f: AccessHolderFilter!) { accessHolderOptions(filter: $f) { id name tenantId tenantName } }`;
type Holder = { id: string; name: string; tenantId: string | null; tenantName: string | null };

let t: TestApp;
let parkId: string;
let people: { login: string; id: string; display_name: string; tenant_id: string | null }[];
const s: Record<string, Session> = {};

beforeAll(async () => {
  t = await startTestApp();
  [{ id: parkId }] = (await t.sql<{ id: string }>("select id from park where code = 'SZ-XH'")) as [
    { id: string },
  ];
  people = await t.sql(
    `select login, id, display_name, tenant_id from app_user where login in ('tenant.admin', 'tenant.staff', 'tenant2.admin', 'guard')`,
  );
  for (const login of ['guard', 'tenant.admin', 'tenant.staff']) s[login] = await t.as(login);
});
afterAll(() => t.close());

const holders = async (who: Session, f: Record<string, unknown>) =>
  (await who.gqlOk<{ accessHolderOptions: Holder[] }>(HOLDERS, { f: { parkId, ...f } })).accessHolderOptions;
const person = (login: string) => people.find((p) => p.login === login)!;

describe('accessHolderOptions (access.assign)', () => {
  it('a guard finds employees and staff of the park by name, narrowed to a company or to staff', async () => {
    const all = await holders(s.guard!, {});
    const [{ n }] = (await t.sql<{ n: number }>(
      `select count(*)::int n from app_user u where u.status = 'ACTIVE' and (u.park_id = $1
         or (u.tenant_id is null and exists (select 1 from user_park p where p.user_id = u.id and p.park_id = $1)))`,
      [parkId],
    )) as [{ n: number }];
    expect(all.length).toBe(Math.min(20, n));
    expect(all.some((h) => h.tenantId === null)).toBe(true);
    expect(all.some((h) => h.tenantId !== null && h.tenantName)).toBe(true);

    const employee = person('tenant.staff');
    const found = await holders(s.guard!, { search: employee.display_name });
    expect(found.map((h) => h.id)).toContain(employee.id);
    expect(found.every((h) => h.name.includes(employee.display_name))).toBe(true);
    // By login too.
    expect((await holders(s.guard!, { search: 'tenant.staff' })).map((h) => h.id)).toEqual([employee.id]);

    const company = await holders(s.guard!, { tenantId: employee.tenant_id });
    expect(company.length).toBeGreaterThan(0);
    expect(company.every((h) => h.tenantId === employee.tenant_id)).toBe(true);
    const staff = await holders(s.guard!, { staff: true });
    expect(staff.map((h) => h.id)).toContain(person('guard').id);
    expect(staff.every((h) => h.tenantId === null)).toBe(true);
    expect((await holders(s.guard!, { staff: false })).every((h) => h.tenantId !== null)).toBe(true);
  });

  it('a tenant admin finds only their own company’s employees, whatever they ask for', async () => {
    const own = person('tenant.admin').tenant_id;
    const other = person('tenant2.admin');
    expect(other.tenant_id).not.toBe(own);
    const mine = await holders(s['tenant.admin']!, {});
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((h) => h.tenantId === own)).toBe(true);
    expect(await holders(s['tenant.admin']!, { tenantId: other.tenant_id })).toEqual([]);
    expect(await holders(s['tenant.admin']!, { staff: true })).toEqual([]);
    expect(await holders(s['tenant.admin']!, { search: other.display_name })).not.toContainEqual(
      expect.objectContaining({ id: other.id }),
    );
  });

  it('another park’s staff find no one of this park; an employee without access.assign is refused', async () => {
    const park = await createPark(t);
    const user = await createStaffUser(t, park.id, 'security');
    const first = await t.as(user.login, user.password);
    await first.gqlOk(
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
      { c: user.password, n: 'Holders-words-2026' },
    );
    const stranger = await t.as(user.login, 'Holders-words-2026');
    const res = await stranger.gql(HOLDERS, { f: { parkId } });
    expect(res.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const ownPark = await stranger.gqlOk<{ accessHolderOptions: Holder[] }>(HOLDERS, {
      f: { parkId: park.id },
    });
    expect(ownPark.accessHolderOptions.map((h) => h.id)).toEqual([user.id]);

    const refused = await s['tenant.staff']!.gql(HOLDERS, { f: { parkId } });
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('answers in a constant number of statements', async () => {
    const measured = await t.statements.measure(() => holders(s.guard!, { search: '王' }));
    expect(measured.statements).toBe(3); // actor, park, people
  });
});
