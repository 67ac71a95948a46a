import { makeUscc } from '../src/modules/tenant/uscc.js';
import type { TestApp } from './test-app.js';

let sequence = 0;
/** A short value unique within the test run. */
export const unique = (prefix: string) =>
  `${prefix}${(++sequence).toString(36).toUpperCase()}${Date.now().toString(36).slice(-3).toUpperCase()}`;

/** A valid credit code that no other fixture uses. */
export function uniqueUscc(): string {
  const body = `${(++sequence).toString().padStart(4, '0')}${Date.now().toString(36).toUpperCase().slice(-4)}`
    .replace(/[IOSVZ]/g, '7')
    .slice(0, 8);
  return makeUscc('91', '320594', body);
}

export async function createPark(t: TestApp, overrides: Record<string, unknown> = {}) {
  const data = await t.gqlOk<{ createPark: { id: string; code: string } }>(
    `mutation ($input: CreateParkInput!) { createPark(input: $input) { id code } }`,
    { input: { code: unique('P-'), name: '测试园区', city: '苏州', address: '星湖街 1 号', ...overrides } },
  );
  return data.createPark;
}

export async function createBuilding(t: TestApp, parkId: string, overrides: Record<string, unknown> = {}) {
  const data = await t.gqlOk<{ createBuilding: { id: string; floors: { id: string; level: number }[] } }>(
    `mutation ($input: CreateBuildingInput!) { createBuilding(input: $input) { id floors { id level } } }`,
    {
      input: {
        parkId,
        code: unique('B'),
        name: '测试楼',
        floorsAbove: 3,
        floorsBelow: 1,
        grossArea: 12000,
        ...overrides,
      },
    },
  );
  return data.createBuilding;
}

export async function createTenant(t: TestApp, parkId: string, overrides: Record<string, unknown> = {}) {
  const data = await t.gqlOk<{ createTenantCompany: { id: string; uscc: string } }>(
    `mutation ($input: CreateTenantCompanyInput!) { createTenantCompany(input: $input) { id uscc } }`,
    {
      input: {
        parkId,
        name: `苏州${unique('测试')}科技有限公司`,
        uscc: uniqueUscc(),
        industryCode: 'I65',
        status: 'ACTIVE',
        contacts: [{ name: '王敏', phone: '13812345678' }],
        ...overrides,
      },
    },
  );
  return data.createTenantCompany;
}

export async function createUnit(t: TestApp, floorId: string, overrides: Record<string, unknown> = {}) {
  const data = await t.gqlOk<{ createUnit: { id: string; code: string } }>(
    `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id code } }`,
    { input: { floorId, code: unique('U-'), type: 'OFFICE', grossArea: 200, usableArea: 160, ...overrides } },
  );
  return data.createUnit;
}

/** A park with one building (B1 + 3 floors) and a tenant: the usual fixture. */
export async function createSite(t: TestApp) {
  const park = await createPark(t);
  const building = await createBuilding(t, park.id);
  const tenant = await createTenant(t, park.id);
  const floor = building.floors.find((f) => f.level === 2)!;
  return { park, building, floor, tenant };
}

/** The seeded demo park (SZ-XH), one of its buildings and that building's first floor. */
export async function demoSite(t: TestApp): Promise<{ parkId: string; buildingId: string; floorId: string }> {
  const data = await t.gqlOk<{
    parks: { nodes: { id: string; buildings: { id: string; floors: { id: string }[] }[] }[] };
  }>('{ parks(first: 1, filter: { search: "SZ-XH" }) { nodes { id buildings { id floors { id } } } } }');
  const park = data.parks.nodes[0]!;
  const building = park.buildings.find((b) => b.floors.length > 0)!;
  return { parkId: park.id, buildingId: building.id, floorId: building.floors[0]!.id };
}

/** Registers a kiosk in a building as the app's admin and pairs it anonymously; its session. */
export async function pairedKiosk(t: TestApp, site: { parkId: string; buildingId: string }) {
  const created = await t.gqlOk<{ createKioskDevice: { pairingCode: string } }>(
    'mutation ($input: CreateKioskDeviceInput!) { createKioskDevice(input: $input) { pairingCode } }',
    { input: { parkId: site.parkId, buildingId: site.buildingId, name: unique('大堂机-') } },
  );
  const paired = await t
    .withAuthorization(undefined)
    .gqlOk<{ pairKioskDevice: { credential: string } }>(
      'mutation ($code: String!) { pairKioskDevice(input: { pairingCode: $code }) { credential } }',
      { code: created.createKioskDevice.pairingCode },
    );
  return t.withAuthorization(`Device ${paired.pairKioskDevice.credential}`);
}

/** The password users made by the factories sign in with. */
export const FACTORY_PASSWORD = 'Factory-pass-2026';

/**
 * A staff user of `parkId` with one built-in role (by key), created through the API as the app's
 * admin, so a test can change, lock or disable it without touching the seeded people.
 */
export async function createStaffUser(t: TestApp, parkId: string, roleKey: string, displayName = '测试员工') {
  const [role] = await t.sql<{ id: string }>('select id from role where key = $1', [roleKey]);
  if (!role) throw new Error(`No role ${roleKey}`);
  const login = unique('staff.').toLowerCase();
  const data = await t.gqlOk<{ createUser: { id: string } }>(
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    {
      input: {
        kind: 'STAFF',
        login,
        displayName,
        parkIds: [parkId],
        roleIds: [role.id],
        password: FACTORY_PASSWORD,
      },
    },
  );
  return { id: data.createUser.id, login, password: FACTORY_PASSWORD };
}

export const CREATE_EQUIPMENT = `mutation ($input: CreateEquipmentInput!) { createEquipment(input: $input) {
  id code status building { id } floor { id } unit { id } history { edges { node { kind } } } } }`;

/** A lift on a new site of its own, created through the API; the site and its id and code. */
export async function createEquipment(t: TestApp, overrides: Record<string, unknown> = {}) {
  const site = await createSite(t);
  const data = await t.gqlOk<{ createEquipment: { id: string; code: string } }>(CREATE_EQUIPMENT, {
    input: {
      parkId: site.park.id,
      code: unique('EQ-'),
      name: '1#客梯',
      category: 'ELEVATOR',
      location: { floorId: site.floor.id },
      manufacturer: '通力',
      model: 'MonoSpace 500',
      installDate: '2023-05-01',
      warrantyEnd: '2026-04-30',
      parameters: { ratedLoadKg: 1000, speedMs: 1.75 },
      ...overrides,
    },
  });
  return { ...site, equipment: data.createEquipment };
}
