import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_EQUIPMENT, createEquipment, createSite, createUnit, demoSite, unique } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';
import { overWs } from './ws.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('equipment ledger', () => {
  it('creates equipment with its location derived from the unit, and records INSTALLED', async () => {
    const site = await createSite(t);
    const unit = await createUnit(t, site.floor.id, { type: 'PUBLIC', status: 'SELF_USE' });
    const data = await t.gqlOk<{
      createEquipment: {
        code: string;
        building: { id: string };
        floor: { id: string };
        unit: { id: string };
        history: { edges: { node: { kind: string } }[] };
      };
    }>(CREATE_EQUIPMENT, {
      input: {
        parkId: site.park.id,
        code: unique('eq-').toUpperCase(),
        name: '1#变压器',
        category: 'POWER_DISTRIBUTION',
        location: { unitId: unit.id },
      },
    });
    expect(data.createEquipment.building.id).toBe(site.building.id);
    expect(data.createEquipment.floor.id).toBe(site.floor.id);
    expect(data.createEquipment.unit.id).toBe(unit.id);
    expect(data.createEquipment.history.edges.map((e) => e.node.kind)).toEqual(['INSTALLED']);
  });

  it('finds equipment by the code on its QR label', async () => {
    const { equipment } = await createEquipment(t);
    const data = await t.gqlOk<{ equipmentByCode: { id: string } }>(
      'query ($c: String!) { equipmentByCode(code: $c) { id } }',
      { c: equipment.code.toLowerCase() },
    );
    expect(data.equipmentByCode.id).toBe(equipment.id);
  });

  it('refuses bad equipment input naming the field, and writes nothing', async () => {
    const site = await createSite(t);
    const other = await createSite(t);
    const base = {
      parkId: site.park.id,
      code: unique('EQ-'),
      name: '水泵',
      category: 'WATER_SUPPLY_DRAINAGE',
      location: { buildingId: site.building.id },
    };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ installDate: '2999-01-01' }, 'input.installDate', 'BAD_USER_INPUT'],
      [{ installDate: '2024-01-10', warrantyEnd: '2023-01-01' }, 'input.warrantyEnd', 'BAD_USER_INPUT'],
      [{ location: {} }, 'input.location', 'BAD_USER_INPUT'],
      [{ location: { floorId: other.floor.id } }, 'input.location.floorId', 'NOT_FOUND'],
      [
        { location: { buildingId: other.building.id, floorId: site.floor.id } },
        'input.location.buildingId',
        'BAD_USER_INPUT',
      ],
      [{ code: 'x' }, 'input.code', 'BAD_USER_INPUT'],
      [{ parameters: { blob: 'x'.repeat(9000) } }, 'input.parameters', 'BAD_USER_INPUT'],
      [{ status: 'RETIRED' }, 'input.status', 'BAD_USER_INPUT'],
      [{ installDate: '2024-02-30' }, 'input.installDate', 'BAD_USER_INPUT'],
    ];
    for (const [overrides, field, code] of cases) {
      const res = await t.gql(CREATE_EQUIPMENT, { input: { ...base, ...overrides } });
      expect(res.errors?.[0]?.extensions, JSON.stringify(overrides).slice(0, 80)).toMatchObject({
        code,
        field,
      });
    }
    expect(await t.sql('select 1 from equipment where park_id = $1', [site.park.id])).toEqual([]);
  });

  it('keeps a life-cycle history: updates, moves, maintenance, retirement', async () => {
    const { equipment, building, park } = await createEquipment(t);
    await t.gqlOk(
      'mutation ($id: ID!) { updateEquipment(id: $id, input: { model: "MonoSpace 700" }) { id } }',
      { id: equipment.id },
    );
    await t.gqlOk(
      'mutation ($id: ID!, $b: ID!) { updateEquipment(id: $id, input: { location: { buildingId: $b, note: "东侧井道" } }) { id } }',
      { id: equipment.id, b: building.id },
    );
    await t.gqlOk(
      'mutation ($id: ID!) { recordEquipmentEvent(equipmentId: $id, input: { kind: MAINTAINED, note: "半月保养" }) { id } }',
      { id: equipment.id },
    );
    await t.gqlOk(
      'mutation ($id: ID!) { changeEquipmentStatus(id: $id, status: FAULT, note: "困人") { status } }',
      { id: equipment.id },
    );
    await t.gqlOk('mutation ($id: ID!) { changeEquipmentStatus(id: $id, status: RETIRED) { status } }', {
      id: equipment.id,
    });
    const data = await t.gqlOk<{
      equipment: {
        status: string;
        history: { edges: { node: { kind: string; data: Record<string, unknown> | null } }[] };
      };
    }>(
      'query ($id: ID!) { equipment(id: $id) { status history(first: 10) { edges { node { kind data } } } } }',
      { id: equipment.id },
    );
    expect(data.equipment.status).toBe('RETIRED');
    expect(data.equipment.history.edges.map((e) => e.node.kind)).toEqual([
      'RETIRED',
      'STATUS_CHANGED',
      'MAINTAINED',
      'MOVED',
      'UPDATED',
      'INSTALLED',
    ]);
    expect(data.equipment.history.edges[4]!.node.data).toEqual({
      model: { from: 'MonoSpace 500', to: 'MonoSpace 700' },
    });

    const again = await t.gql(
      'mutation ($id: ID!) { changeEquipmentStatus(id: $id, status: RUNNING) { status } }',
      { id: equipment.id },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      domainCode: 'EQUIPMENT_RETIRED',
    });
    const record = await t.gql(
      'mutation ($id: ID!) { recordEquipmentEvent(equipmentId: $id, input: { kind: INSPECTED }) { id } }',
      { id: equipment.id },
    );
    expect(record.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [{ n }] = (await t.sql<{ n: string }>(
      'select count(*) n from equipment_event where equipment_id = $1',
      [equipment.id],
    )) as [{ n: string }];
    expect(Number(n)).toBe(6);
    expect(park.id).toBeTruthy();
  });

  it('only lets people record inspections, maintenance and repairs by hand', async () => {
    const { equipment } = await createEquipment(t);
    const res = await t.gql(
      'mutation ($id: ID!) { recordEquipmentEvent(equipmentId: $id, input: { kind: RETIRED }) { id } }',
      { id: equipment.id },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
  });

  it('filters the seeded ledger by category, status and warranty', async () => {
    type Ledger = {
      equipmentLedger: {
        totalCount: number;
        nodes: { id: string; inWarranty: boolean; warrantyEnd: string | null }[];
      };
    };
    const ledger = (filter: Record<string, unknown>) =>
      t.gqlOk<Ledger>(
        'query ($f: EquipmentFilter) { equipmentLedger(first: 100, filter: $f) { totalCount nodes { id inWarranty warrantyEnd } } }',
        { f: filter },
      );
    const today = new Date().toISOString().slice(0, 10);
    /** The ids the database holds for the same filter, read as the owner. */
    const expected = async (categories: string[], statuses: string[], endsBefore: string) =>
      (
        await t.sql<{ id: string }>(
          `select id from equipment where category::text = any($1) and status::text = any($2)
             and warranty_end <= $3::date order by id`,
          [categories, statuses, endsBefore],
        )
      ).map((r) => r.id);
    const sorted = (l: Ledger) => l.equipmentLedger.nodes.map((n) => n.id).sort();
    // The seeded warranties have all run out by now; one new lift is still covered.
    const demo = await demoSite(t);
    await createEquipment(t, {
      parkId: demo.parkId,
      location: { floorId: demo.floorId },
      warrantyEnd: '2099-12-31',
    });

    const filter = {
      categories: ['ELEVATOR', 'HVAC'],
      statuses: ['RUNNING', 'FAULT'],
      warrantyEndsBefore: '2100-01-01',
    };
    const wide = await ledger(filter);
    const ids = await expected(filter.categories, filter.statuses, filter.warrantyEndsBefore);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(100);
    expect(wide.equipmentLedger.totalCount).toBe(ids.length);
    expect(sorted(wide)).toEqual(ids);
    // inWarranty says whether the warranty runs until today; both kinds are listed.
    for (const n of wide.equipmentLedger.nodes) expect(n.inWarranty).toBe(n.warrantyEnd! >= today);
    expect(new Set(wide.equipmentLedger.nodes.map((n) => n.inWarranty))).toEqual(new Set([true, false]));

    // A status narrows it, and a warranty that ended before today leaves only expired ones.
    const lapsed = await ledger({ ...filter, statuses: ['RUNNING'], warrantyEndsBefore: addDays(today, -1) });
    const lapsedIds = await expected(filter.categories, ['RUNNING'], addDays(today, -1));
    expect(lapsedIds.length).toBeGreaterThan(0);
    expect(sorted(lapsed)).toEqual(lapsedIds);
    expect(lapsed.equipmentLedger.nodes.every((n) => !n.inWarranty)).toBe(true);
  });

  it('pushes changes to subscribers of the park over WebSocket, and not to other parks', async () => {
    const { equipment, park } = await createEquipment(t);
    const other = await createSite(t);
    const client = t.wsClient();
    const received: { kind: string; equipment: { id: string; status: string } }[] = [];
    const foreign: unknown[] = [];
    const sub = (parkId: string, sink: unknown[]) =>
      new Promise<void>((resolve) => {
        client.subscribe(
          {
            query: 'subscription ($p: ID!) { equipmentChanged(parkId: $p) { kind equipment { id status } } }',
            variables: { p: parkId },
          },
          {
            next: (msg) => sink.push((msg.data as { equipmentChanged: unknown }).equipmentChanged),
            error: () => undefined,
            complete: () => undefined,
          },
        );
        setTimeout(resolve, 300); // the subscription is registered once the server acknowledges it
      });
    await Promise.all([sub(park.id, received), sub(other.park.id, foreign)]);
    await t.gqlOk(
      'mutation ($id: ID!) { changeEquipmentStatus(id: $id, status: UNDER_MAINTENANCE) { status } }',
      { id: equipment.id },
    );
    await expect.poll(() => received.length, { timeout: 5000 }).toBe(1);
    expect(received[0]).toEqual({
      kind: 'STATUS_CHANGED',
      equipment: { id: equipment.id, status: 'UNDER_MAINTENANCE' },
    });
    expect(foreign).toEqual([]);
  });

  it('runs queries and reports validation errors over WebSocket too', async () => {
    const client = t.wsClient();
    const run = (query: string) => overWs(client, query);
    const ok = await run('{ parks(first: 1, filter: { search: "SZ-XH" }) { nodes { code } } }');
    expect(ok.data).toEqual({ parks: { nodes: [{ code: 'SZ-XH' }] } });
    const bad = await run('{ unit(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const invalid = await run('{ units(first: 500) { totalCount } }');
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

/** The ISO date `days` after `date`. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
