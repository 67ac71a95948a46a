import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuilding, createPark, createSite, createStaffUser, createUnit } from './factories.js';
import { type GqlResult, type Session, startTestApp, type TestApp } from './test-app.js';

/**
 * Retiring (停用) parks, buildings, floors and units, and adding floors: refused with a typed
 * CONFLICT while something in use depends on the record, once only under a burst, closed to new
 * records afterwards, audited, and out of reach of other parks and of tenants.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const RETIRE = {
  park: 'mutation ($id: ID!) { retirePark(id: $id) { id retiredAt } }',
  building: 'mutation ($id: ID!) { retireBuilding(id: $id) { id retiredAt } }',
  floor: 'mutation ($id: ID!) { retireFloor(id: $id) { id retiredAt } }',
  unit: 'mutation ($id: ID!) { retireUnit(id: $id) { id retiredAt } }',
};
const CREATE_FLOOR =
  'mutation ($input: CreateFloorInput!) { createFloor(input: $input) { id level name grossArea retiredAt } }';

/** A signed-in staff user of `parkId` with one built-in role, past the first-sign-in password change. */
async function staff(parkId: string, role: string): Promise<Session> {
  const user = await createStaffUser(t, parkId, role);
  await t.sql('update app_user set must_change_password = false where id = $1', [user.id]);
  return t.as(user.login, user.password);
}

const ext = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions;
const retiredAt = async (table: string, id: string) =>
  (await t.sql<{ retired_at: Date | null }>(`select retired_at from "${table}" where id = $1`, [id]))[0]
    ?.retired_at ?? null;

describe('units', () => {
  it('refuses to retire a leased unit, retires a vacant one, then refuses changes to it', async () => {
    const site = await createSite(t);
    const leased = await createUnit(t, site.floor.id, { status: 'LEASED', tenantId: site.tenant.id });
    const refused = await t.gql(RETIRE.unit, { id: leased.id });
    expect(ext(refused)).toMatchObject({ code: 'CONFLICT', domainCode: 'UNIT_OCCUPIED' });
    expect(await retiredAt('unit', leased.id)).toBeNull();

    const vacant = await createUnit(t, site.floor.id, { grossArea: 300, usableArea: 250 });
    const before = await t.gqlOk<{ floor: { occupancy: { units: number } } }>(
      'query ($id: ID!) { floor(id: $id) { occupancy { units } } }',
      { id: site.floor.id },
    );
    const done = await t.gqlOk<{ retireUnit: { retiredAt: string } }>(RETIRE.unit, { id: vacant.id });
    expect(new Date(done.retireUnit.retiredAt).getTime()).toBeGreaterThan(0);
    const after = await t.gqlOk<{ floor: { occupancy: { units: number } } }>(
      'query ($id: ID!) { floor(id: $id) { occupancy { units } } }',
      { id: site.floor.id },
    );
    expect(after.floor.occupancy.units).toBe(before.floor.occupancy.units - 1);

    const again = await t.gql(RETIRE.unit, { id: vacant.id });
    expect(ext(again)).toMatchObject({ code: 'CONFLICT', domainCode: 'ALREADY_RETIRED' });
    const edit = await t.gql(
      'mutation ($id: ID!) { updateUnit(id: $id, input: { grossArea: 310 }) { id } }',
      {
        id: vacant.id,
      },
    );
    expect(ext(edit)).toMatchObject({ code: 'CONFLICT', domainCode: 'RETIRED' });
    const [audit] = await t.sql<{ outcome: string }>(
      `select outcome from audit_log where operation = 'retireUnit' and target_id = $1`,
      [vacant.id],
    );
    expect(audit?.outcome).toBe('OK');
  });

  it('retires a unit once when fifty requests arrive together', async () => {
    const site = await createSite(t);
    const unit = await createUnit(t, site.floor.id);
    const results = await Promise.all(Array.from({ length: 50 }, () => t.gql(RETIRE.unit, { id: unit.id })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(new Set(results.filter((r) => r.errors).map((r) => ext(r)?.domainCode))).toEqual(
      new Set(['ALREADY_RETIRED']),
    );
    const audits = await t.sql(
      `select 1 from audit_log where operation = 'retireUnit' and target_id = $1 and outcome = 'OK'`,
      [unit.id],
    );
    expect(audits).toHaveLength(1);
  });
});

describe('floors', () => {
  it('adds a floor named from its level and widens the building', async () => {
    const park = await createPark(t);
    const building = await createBuilding(t, park.id, { floorsAbove: 3, floorsBelow: 1 });
    const data = await t.gqlOk<{ createFloor: { level: number; name: string; retiredAt: null } }>(
      CREATE_FLOOR,
      {
        input: { buildingId: building.id, level: 4, grossArea: 800 },
      },
    );
    expect(data.createFloor).toMatchObject({ level: 4, name: '4F', retiredAt: null });
    const [row] = await t.sql<{ floors_above: number }>('select floors_above from building where id = $1', [
      building.id,
    ]);
    expect(row?.floors_above).toBe(4);
  });

  it('refuses level 0 and out-of-range values naming the field, and writes nothing', async () => {
    const park = await createPark(t);
    const building = await createBuilding(t, park.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ level: 0 }, 'input.level'],
      [{ level: 201 }, 'input.level'],
      [{ level: 5, name: '' }, 'input.name'],
      [{ level: 5, grossArea: -1 }, 'input.grossArea'],
    ];
    for (const [fields, field] of cases) {
      const res = await t.gql(CREATE_FLOOR, { input: { buildingId: building.id, ...fields } });
      expect(ext(res), JSON.stringify(fields)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const floors = await t.sql('select 1 from floor where building_id = $1', [building.id]);
    expect(floors).toHaveLength(4); // B1 and 1F–3F from the factory
  });

  it('adds a level once when fifty requests for it arrive together', async () => {
    const park = await createPark(t);
    const building = await createBuilding(t, park.id);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => t.gql(CREATE_FLOOR, { input: { buildingId: building.id, level: 9 } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) {
      expect(ext(r)).toMatchObject({ code: 'CONFLICT', domainCode: 'DUPLICATE', field: 'input.level' });
    }
    expect(
      await t.sql('select 1 from floor where building_id = $1 and level = 9', [building.id]),
    ).toHaveLength(1);
  });

  it('refuses to retire a floor with a unit in use, then retires it and closes it to new units', async () => {
    const site = await createSite(t);
    const unit = await createUnit(t, site.floor.id);
    expect(ext(await t.gql(RETIRE.floor, { id: site.floor.id }))).toMatchObject({
      code: 'CONFLICT',
      domainCode: 'FLOOR_HAS_UNITS',
    });
    expect(await retiredAt('floor', site.floor.id)).toBeNull();
    await t.gqlOk(RETIRE.unit, { id: unit.id });
    await t.gqlOk(RETIRE.floor, { id: site.floor.id });
    const late = await t.gql('mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }', {
      input: { floorId: site.floor.id, code: 'LATE-1', type: 'OFFICE', grossArea: 100, usableArea: 80 },
    });
    expect(ext(late)).toMatchObject({ code: 'CONFLICT', domainCode: 'RETIRED', field: 'input.floorId' });
  });
});

describe('buildings and parks', () => {
  it('retires a building with its floors once its units are retired, and then the park', async () => {
    const site = await createSite(t);
    const unit = await createUnit(t, site.floor.id);
    expect(ext(await t.gql(RETIRE.building, { id: site.building.id }))).toMatchObject({
      code: 'CONFLICT',
      domainCode: 'BUILDING_HAS_UNITS',
    });
    expect(ext(await t.gql(RETIRE.park, { id: site.park.id }))).toMatchObject({
      code: 'CONFLICT',
      domainCode: 'PARK_HAS_BUILDINGS',
    });
    await t.gqlOk(RETIRE.unit, { id: unit.id });
    const results = await Promise.all(
      Array.from({ length: 50 }, () => t.gql(RETIRE.building, { id: site.building.id })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const floors = await t.sql<{ retired_at: Date | null }>(
      'select retired_at from floor where building_id = $1',
      [site.building.id],
    );
    expect(floors.every((f) => f.retired_at !== null)).toBe(true);

    // The site's company is still in the park.
    expect(ext(await t.gql(RETIRE.park, { id: site.park.id }))).toMatchObject({
      code: 'CONFLICT',
      domainCode: 'PARK_HAS_TENANTS',
    });
    await t.gqlOk(
      'mutation ($id: ID!) { updateTenantCompany(id: $id, input: { status: MOVED_OUT }) { id } }',
      {
        id: site.tenant.id,
      },
    );
    await t.gqlOk(RETIRE.park, { id: site.park.id });
    const late = await t.gql(
      'mutation ($input: CreateBuildingInput!) { createBuilding(input: $input) { id } }',
      { input: { parkId: site.park.id, code: 'Z9', name: '新楼', floorsAbove: 1, grossArea: 100 } },
    );
    expect(ext(late)).toMatchObject({ code: 'CONFLICT', domainCode: 'RETIRED', field: 'input.parkId' });
    const parks = await t.gqlOk<{ park: { retiredAt: string | null } }>(
      'query ($id: ID!) { park(id: $id) { retiredAt } }',
      {
        id: site.park.id,
      },
    );
    expect(parks.park.retiredAt).not.toBeNull();
  });

  it('refuses to retire a building with equipment installed', async () => {
    const site = await createSite(t);
    await t.gqlOk('mutation ($input: CreateEquipmentInput!) { createEquipment(input: $input) { id } }', {
      input: {
        parkId: site.park.id,
        code: `EQ-R${Date.now().toString(36).toUpperCase()}`,
        name: '配电柜',
        category: 'POWER_DISTRIBUTION',
        location: { buildingId: site.building.id, note: '屋顶' },
      },
    });
    expect(ext(await t.gql(RETIRE.building, { id: site.building.id }))).toMatchObject({
      code: 'CONFLICT',
      domainCode: 'BUILDING_HAS_EQUIPMENT',
    });
  });
});

describe('who may retire', () => {
  let other: Awaited<ReturnType<typeof createSite>>;
  beforeAll(async () => {
    other = await createSite(t);
  });

  it('answers NOT_FOUND for another park’s records and FORBIDDEN without asset.write, changing nothing', async () => {
    const mine = await createSite(t);
    const manager = await staff(mine.park.id, 'park_manager');
    const unit = await createUnit(t, other.floor.id);
    for (const [query, id] of [
      [RETIRE.unit, unit.id],
      [RETIRE.floor, other.floor.id],
      [RETIRE.building, other.building.id],
    ] as const) {
      expect(ext(await manager.gql(query, { id })), query).toMatchObject({ code: 'NOT_FOUND' });
    }
    const floor = await manager.gql(CREATE_FLOOR, { input: { buildingId: other.building.id, level: 7 } });
    expect(ext(floor)).toMatchObject({ code: 'NOT_FOUND', field: 'input.buildingId' });

    const cleaner = await staff(mine.park.id, 'cleaning');
    const own = await createUnit(t, mine.floor.id);
    expect(ext(await cleaner.gql(RETIRE.unit, { id: own.id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ext(await manager.gql(RETIRE.park, { id: mine.park.id }))).toMatchObject({ code: 'FORBIDDEN' });

    const tenant = await t.as('tenant.admin', 'Demo@2026!');
    expect(ext(await tenant.gql(RETIRE.unit, { id: own.id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await retiredAt('unit', unit.id)).toBeNull();
    expect(await retiredAt('unit', own.id)).toBeNull();
    expect(
      await t.sql('select 1 from floor where building_id = $1 and level = 7', [other.building.id]),
    ).toEqual([]);
  });

  it('lets a park manager retire a unit of their park', async () => {
    const mine = await createSite(t);
    const session = await staff(mine.park.id, 'park_manager');
    const unit = await createUnit(t, mine.floor.id);
    await session.gqlOk(RETIRE.unit, { id: unit.id });
    expect(await retiredAt('unit', unit.id)).not.toBeNull();
  });
});
