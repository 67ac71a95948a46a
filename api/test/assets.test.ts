import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuilding, createPark, createSite, createUnit, unique } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Page = {
  edges: { cursor: string; node: { id: string; code: string } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    endCursor: string | null;
    startCursor: string | null;
  };
  totalCount: number | null;
};

describe('the seeded park', () => {
  it('answers parks with their buildings', async () => {
    const data = await t.gqlOk<{
      parks: { edges: { node: { name: string; buildings: { name: string; code: string }[] } }[] };
    }>('{ parks(filter: { search: "SZ-XH" }) { edges { node { name buildings { name code } } } } }');
    expect(data.parks.edges).toHaveLength(1); // other tests of this file add parks of their own
    const park = data.parks.edges[0]!.node;
    expect(park.name).toBe('苏州星湖智造产业园');
    expect(park.buildings).toHaveLength(6);
  });

  it('has the scale of SPEC §5: ~200 units, ~60 tenants, equipment of every category', async () => {
    const [demo] = await t.sql<{ id: string }>(`select id from park where code = 'SZ-XH'`);
    // The demo park's own figures: other tests of this file add units and tenants elsewhere.
    const data = await t.gqlOk<{ units: { totalCount: number }; tenantCompanies: { totalCount: number } }>(
      'query ($p: ID) { units(filter: { parkId: $p }) { totalCount } tenantCompanies(filter: { parkId: $p }) { totalCount } }',
      { p: demo!.id },
    );
    expect(data.units.totalCount).toBeGreaterThanOrEqual(180);
    expect(data.units.totalCount).toBeLessThanOrEqual(220);
    expect(data.tenantCompanies.totalCount).toBeGreaterThanOrEqual(55);
    const categories = await t.sql<{ category: string }>('select distinct category from equipment');
    expect(categories).toHaveLength(9);
  });

  it('reports occupancy that agrees with the unit statuses', async () => {
    const data = await t.gqlOk<{
      parks: { nodes: { id: string; occupancy: { units: number; leasedUnits: number; rate: number } }[] };
    }>('{ parks(filter: { search: "SZ-XH" }) { nodes { id occupancy { units leasedUnits rate } } } }');
    expect(data.parks.nodes).toHaveLength(1);
    const park = data.parks.nodes[0]!;
    const [row] = await t.sql<{ units: string; leased: string }>(
      `select count(*) units, count(*) filter (where status = 'LEASED') leased from unit where park_id = $1 and type <> 'PUBLIC'`,
      [park.id],
    );
    expect(park.occupancy.units).toBe(Number(row!.units));
    expect(park.occupancy.leasedUnits).toBe(Number(row!.leased));
    expect(park.occupancy.rate).toBeGreaterThan(0.5);
    expect(park.occupancy.rate).toBeLessThanOrEqual(1);
  });
});

describe('unit connection', () => {
  const q = `query ($first: Int, $after: String, $last: Int, $before: String, $filter: UnitFilter, $orderBy: UnitOrder) {
    units(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      edges { cursor node { id code } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }`;

  it('walks every page forward and backward with stable cursors, sorted with ties broken by id', async () => {
    const orderBy = { field: 'GROSS_AREA', direction: 'DESC' };
    const all = await t.sql<{ id: string }>('select id from unit order by gross_area desc, id desc');
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { units }: { units: Page } = await t.gqlOk<{ units: Page }>(q, { first: 17, after, orderBy });
      seen.push(...units.edges.map((e) => e.node.id));
      if (!units.pageInfo.hasNextPage) break;
      after = units.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((r) => r.id));

    const back: string[] = [];
    let before: string | null = null;
    for (;;) {
      const { units }: { units: Page } = await t.gqlOk<{ units: Page }>(q, { last: 23, before, orderBy });
      back.unshift(...units.edges.map((e) => e.node.id));
      if (!units.pageInfo.hasPreviousPage) break;
      before = units.pageInfo.startCursor;
    }
    expect(back).toEqual(seen);
  });

  it('filters by building, status, type and area, and counts only what matches', async () => {
    const [b] = await t.sql<{ id: string }>(`select id from building where code = 'B1'`);
    const filter = { buildingId: b!.id, statuses: ['LEASED'], types: ['FACTORY'], minArea: 500 };
    const { units } = await t.gqlOk<{ units: Page }>(q, { first: 100, filter });
    const [expected] = await t.sql<{ n: string }>(
      `select count(*) n from unit where building_id = $1 and status = 'LEASED' and type = 'FACTORY' and gross_area >= 500`,
      [b!.id],
    );
    expect(units.totalCount).toBe(Number(expected!.n));
    expect(units.edges).toHaveLength(Number(expected!.n));
  });

  it('gives an empty page for a malformed or unknown id in a filter', async () => {
    for (const buildingId of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      const { units } = await t.gqlOk<{ units: Page }>(q, { first: 5, filter: { buildingId } });
      expect(units.edges).toEqual([]);
      expect(units.totalCount).toBe(0);
    }
  });

  it('refuses a forged cursor, a page over 100 and first with last, naming the argument', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ first: 5, after: 'bm90IGEgY3Vyc29y' }, 'after'],
      [{ first: 101 }, 'first'],
      [{ first: 5, last: 5 }, 'first'],
    ];
    for (const [vars, field] of cases) {
      const res = await t.gql(q, vars);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

describe('loading relations', () => {
  it('issues a constant number of statements for units with building, floor and tenant, whatever first is', async () => {
    const query = `query ($n: Int) { units(first: $n, filter: { statuses: [LEASED] }) { edges { node { code building { name } floor { level } tenant { name } } } } }`;
    const counts: Record<number, number> = {};
    for (const n of [5, 20, 100]) {
      const { statements, result } = await t.statements.measure(() =>
        t.gqlOk<{ units: { edges: unknown[] } }>(query, { n }),
      );
      expect(result.units.edges).toHaveLength(n);
      counts[n] = statements;
    }
    console.log('statements for units(first: 5 / 20 / 100) with 3 relations:', counts);
    expect(new Set(Object.values(counts)).size).toBe(1);
    // the statement that sets the actor, one page query, one batched query per relation
    expect(counts[100]).toBeLessThanOrEqual(1 + 4);
  });

  it('loads a tree (park → buildings → floors → units) in one query per level', async () => {
    const query =
      '{ parks { nodes { buildings { floors { units { code tenant { name } } occupancy { rate } } } } } }';
    const { statements } = await t.statements.measure(() => t.gqlOk(query));
    expect(statements).toBeLessThanOrEqual(1 + 6); // the actor, then one query per level
  });
});

describe('creating and changing assets', () => {
  it('creates a building with its floors and a unit on one of them', async () => {
    const park = await createPark(t);
    const building = await createBuilding(t, park.id, { floorsAbove: 5, floorsBelow: 2 });
    expect(building.floors.map((f) => f.level)).toEqual([-2, -1, 1, 2, 3, 4, 5]);
    const unit = await createUnit(t, building.floors[3]!.id);
    const data = await t.gqlOk<{
      unit: { floor: { name: string }; building: { id: string }; park: { id: string }; status: string };
    }>('query ($id: ID!) { unit(id: $id) { status floor { name } building { id } park { id } } }', {
      id: unit.id,
    });
    expect(data.unit).toEqual({
      status: 'VACANT',
      floor: { name: '2F' },
      building: { id: building.id },
      park: { id: park.id },
    });
  });

  it('leases a unit to a tenant and releases it again', async () => {
    const { floor, tenant } = await createSite(t);
    const unit = await createUnit(t, floor.id);
    const lease = await t.gqlOk<{ updateUnit: { status: string; tenant: { id: string } } }>(
      `mutation ($id: ID!, $input: UpdateUnitInput!) { updateUnit(id: $id, input: $input) { status tenant { id } } }`,
      { id: unit.id, input: { status: 'LEASED', tenantId: tenant.id } },
    );
    expect(lease.updateUnit).toEqual({ status: 'LEASED', tenant: { id: tenant.id } });
    const release = await t.gqlOk<{ updateUnit: { status: string; tenant: null } }>(
      `mutation ($id: ID!) { updateUnit(id: $id, input: { status: VACANT, clearTenant: true }) { status tenant { id } } }`,
      { id: unit.id },
    );
    expect(release.updateUnit).toEqual({ status: 'VACANT', tenant: null });
  });

  it('refuses inconsistent units with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const { floor, tenant } = await createSite(t);
    const before = await t.sql<{ n: string }>('select count(*) n from unit');
    const cases: [Record<string, unknown>, string][] = [
      [{ usableArea: 250 }, 'input.usableArea'],
      [{ status: 'LEASED' }, 'input.tenantId'],
      [{ status: 'VACANT', tenantId: tenant.id }, 'input.tenantId'],
      [{ type: 'PUBLIC', status: 'RESERVED' }, 'input.status'],
      [{ grossArea: -5 }, 'input.grossArea'],
      [{ code: 'bad code!' }, 'input.code'],
    ];
    for (const [overrides, field] of cases) {
      const res = await t.gql(`mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }`, {
        input: {
          floorId: floor.id,
          code: unique('U-'),
          type: 'OFFICE',
          grossArea: 200,
          usableArea: 160,
          ...overrides,
        },
      });
      expect(res.errors?.[0]?.extensions, JSON.stringify(overrides)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
      expect(res.data?.createUnit ?? null).toBeNull();
    }
    expect(await t.sql('select count(*) n from unit')).toEqual(before);
  });

  it('refuses a tenant of another park as NOT_FOUND', async () => {
    const a = await createSite(t);
    const b = await createSite(t);
    const res = await t.gql(`mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }`, {
      input: {
        floorId: a.floor.id,
        code: unique('U-'),
        type: 'OFFICE',
        grossArea: 100,
        usableArea: 90,
        status: 'LEASED',
        tenantId: b.tenant.id,
      },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.tenantId' });
  });

  it('lets exactly one of two concurrent duplicates win; the other gets CONFLICT', async () => {
    const { floor } = await createSite(t);
    const code = unique('DUP-');
    const results = await Promise.all(
      [1, 2].map(() =>
        t.gql(`mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }`, {
          input: { floorId: floor.id, code, type: 'OFFICE', grossArea: 100, usableArea: 90 },
        }),
      ),
    );
    const codes = results.map((r) => (r.errors ? r.errors[0]!.extensions!.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(results.find((r) => r.errors)!.errors![0]!.extensions!.field).toBe('input.code');
    expect(await t.sql('select 1 from unit where code = $1', [code])).toHaveLength(1);
  });

  it('answers NOT_FOUND for unknown and malformed ids, on queries and mutations', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      for (const query of [
        'query ($id: ID!) { unit(id: $id) { id } }',
        'query ($id: ID!) { building(id: $id) { id } }',
        'query ($id: ID!) { park(id: $id) { id } }',
        'query ($id: ID!) { floor(id: $id) { id } }',
      ]) {
        const res = await t.gql(query, { id });
        expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
      const res = await t.gql(
        'mutation ($id: ID!) { updateUnit(id: $id, input: { grossArea: 10 }) { id } }',
        { id },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('updates parks, buildings and floors and validates them', async () => {
    const park = await createPark(t);
    const ok = await t.gqlOk<{ updatePark: { name: string; timeZone: string } }>(
      'mutation ($id: ID!) { updatePark(id: $id, input: { name: "新名称", timeZone: "Asia/Urumqi" }) { name timeZone } }',
      { id: park.id },
    );
    expect(ok.updatePark).toEqual({ name: '新名称', timeZone: 'Asia/Urumqi' });
    const bad = await t.gql(
      'mutation ($id: ID!) { updatePark(id: $id, input: { timeZone: "Mars/Olympus" }) { name } }',
      { id: park.id },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.timeZone' });
    const dup = await t.gql(
      'mutation ($id: ID!, $code: String!) { updatePark(id: $id, input: { code: $code }) { code } }',
      { id: park.id, code: 'SZ-XH' },
    );
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
    const building = await createBuilding(t, park.id);
    const floor = await t.gqlOk<{ updateFloor: { name: string; grossArea: number } }>(
      'mutation ($id: ID!) { updateFloor(id: $id, input: { name: "夹层", grossArea: 950.5 }) { name grossArea } }',
      { id: building.floors[0]!.id },
    );
    expect(floor.updateFloor).toEqual({ name: '夹层', grossArea: 950.5 });
  });
});
