import { makeUscc } from '../../api/src/modules/tenant/uscc.ts';
import { api, signInApi } from './api.ts';

let sequence = 0;
/** A short value unique within the run (the server's data lives as long as the suite). */
export const unique = (prefix: string) =>
  `${prefix}${Date.now().toString(36).slice(-5)}${(++sequence).toString(36)}`;

/** What users made here sign in with, once their first password has been changed. */
export const FACTORY_PASSWORD = 'Own-site-2026';
const FIRST_PASSWORD = 'First-sign-in-2026';

/** A park of the test file's own: one building, one leased office unit, its tenant company. */
export type Site = {
  park: { id: string; name: string };
  building: { id: string; code: string };
  unit: { id: string; code: string };
  tenant: { id: string; name: string };
  /** hq.admin's token, which made the site (HQ manages every park). */
  hq: string;
};

/** A user a factory made, signed in with their own password (no forced change pending). */
export type OwnUser = { id: string; login: string; displayName: string; password: string; token: string };

/**
 * A new park with a building, an office unit leased to a new tenant company, all through the API
 * as hq.admin, as an operator would set up a park. Nothing another test file does reaches it:
 * no other file's orders, people or shifts are in it.
 */
export async function createSite(): Promise<Site> {
  const hq = (await signInApi('hq.admin')).token;
  const code = unique('E2E-').toUpperCase();
  const { createPark: park } = await api<{ createPark: { id: string; name: string } }>(
    'mutation ($input: CreateParkInput!) { createPark(input: $input) { id name } }',
    { input: { code, name: `测试园区 ${code}`, city: '苏州', address: '星湖街 1 号' } },
    hq,
  );
  const { createBuilding: building } = await api<{
    createBuilding: { id: string; code: string; floors: { id: string; level: number }[] };
  }>(
    'mutation ($input: CreateBuildingInput!) { createBuilding(input: $input) { id code floors { id level } } }',
    {
      input: { parkId: park.id, code: 'T1', name: '测试楼', floorsAbove: 3, floorsBelow: 0, grossArea: 9000 },
    },
    hq,
  );
  const { createTenantCompany: tenant } = await api<{ createTenantCompany: { id: string; name: string } }>(
    'mutation ($input: CreateTenantCompanyInput!) { createTenantCompany(input: $input) { id name } }',
    {
      input: {
        parkId: park.id,
        name: `苏州${unique('测试')}科技有限公司`,
        uscc: uniqueUscc(),
        industryCode: 'I65',
        status: 'ACTIVE',
        contacts: [{ name: '王敏', phone: '13812345678' }],
      },
    },
    hq,
  );
  const floor = building.floors.find((f) => f.level === 2)!;
  const { createUnit: unit } = await api<{ createUnit: { id: string; code: string } }>(
    'mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id code } }',
    {
      input: {
        floorId: floor.id,
        code: 'T1-0201',
        type: 'OFFICE',
        grossArea: 200,
        usableArea: 160,
        status: 'LEASED',
        tenantId: tenant.id,
      },
    },
    hq,
  );
  return { park, building: { id: building.id, code: building.code }, unit, tenant, hq };
}

/** A staff member of the site's park with one built-in role (by key): a desk, a technician. */
export function createStaff(site: Site, roleKey: string, displayName: string): Promise<OwnUser> {
  return createUser(site, 'STAFF', roleKey, displayName, { parkIds: [site.park.id] });
}

/** A staff member of several sites' parks at once (a regional manager), with one built-in role. */
export function createStaffOfParks(sites: Site[], roleKey: string, displayName: string): Promise<OwnUser> {
  return createUser(sites[0]!, 'STAFF', roleKey, displayName, { parkIds: sites.map((s) => s.park.id) });
}

/** An open repair in the site's park, filed at the desk by hq.admin. */
export async function fileRepair(site: Site, title: string): Promise<void> {
  await api(
    'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id } }',
    {
      input: {
        category: 'POWER',
        priority: 'NORMAL',
        title,
        locationNote: 'T1 配电间',
        parkId: site.park.id,
      },
    },
    site.hq,
  );
}

/** A user of the site's tenant company with one built-in tenant role (by key). */
export function createTenantUser(site: Site, roleKey: string, displayName: string): Promise<OwnUser> {
  return createUser(site, 'TENANT', roleKey, displayName, { tenantId: site.tenant.id });
}

/** Puts a staff member on duty in the site's park from an hour ago for the next day. */
export async function putOnShift(site: Site, userId: string): Promise<void> {
  const now = Date.now();
  await api(
    'mutation ($input: CreateStaffShiftInput!) { createStaffShift(input: $input) { id } }',
    {
      input: {
        parkId: site.park.id,
        userId,
        startsAt: new Date(now - 3600_000).toISOString(),
        endsAt: new Date(now + 23 * 3600_000).toISOString(),
      },
    },
    site.hq,
  );
}

const roleIds = new Map<string, Promise<Map<string, string>>>();

async function createUser(
  site: Site,
  kind: 'STAFF' | 'TENANT',
  roleKey: string,
  displayName: string,
  scope: { parkIds: string[] } | { tenantId: string },
): Promise<OwnUser> {
  if (!roleIds.has(site.hq))
    roleIds.set(
      site.hq,
      api<{ roles: { id: string; key: string }[] }>('{ roles { id key } }', {}, site.hq).then(
        ({ roles }) => new Map(roles.map((r) => [r.key, r.id])),
      ),
    );
  const roleId = (await roleIds.get(site.hq)!).get(roleKey);
  if (!roleId) throw new Error(`No built-in role ${roleKey}`);
  const login = unique('e2e.').toLowerCase();
  const { createUser: user } = await api<{ createUser: { id: string } }>(
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { kind, login, displayName, roleIds: [roleId], password: FIRST_PASSWORD, ...scope } },
    site.hq,
  );
  // A first password must be changed before anything else opens: do it as the user would.
  const first = await api<{ login: { accessToken: string } }>(
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { login, password: FIRST_PASSWORD } },
  );
  await api(
    'mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }',
    { current: FIRST_PASSWORD, next: FACTORY_PASSWORD },
    first.login.accessToken,
  );
  const { token } = await signInApi(login, FACTORY_PASSWORD);
  return { id: user.id, login, displayName, password: FACTORY_PASSWORD, token };
}

/** A valid credit code no other company of the run has (the API refuses duplicates). */
const uniqueUscc = () =>
  makeUscc(
    '91',
    '320594',
    `${Date.now().toString().slice(-6)}${(++sequence % 100).toString().padStart(2, '0')}`,
  );
