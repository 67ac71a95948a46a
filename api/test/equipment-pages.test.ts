import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEquipment } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('equipment ledger pages', () => {
  type Page = {
    totalCount: number | null;
    edges: {
      cursor: string;
      node: { id: string; building: { id: string } | null; floor: { id: string } | null };
    }[];
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
  const q = `query ($first: Int, $last: Int, $after: String, $before: String, $orderBy: EquipmentOrder, $filter: EquipmentFilter) {
    equipmentLedger(first: $first, last: $last, after: $after, before: $before, orderBy: $orderBy, filter: $filter) {
      totalCount edges { cursor node { id building { id } floor { id } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
  const ledger = async (vars: Record<string, unknown>) =>
    (await t.gqlOk<{ equipmentLedger: Page }>(q, vars)).equipmentLedger;

  it('walks every page forward and backward in each order, ties broken by id', async () => {
    await createEquipment(t); // at least one with a building and floor
    const orders: [Record<string, string>, string][] = [
      [{ field: 'CODE', direction: 'ASC' }, 'code asc, id asc'],
      [{ field: 'NAME', direction: 'DESC' }, 'name desc, id desc'],
      [{ field: 'STATUS', direction: 'ASC' }, 'status asc, id asc'],
      [{ field: 'UPDATED_AT', direction: 'DESC' }, 'updated_at desc, id desc'],
    ];
    for (const [orderBy, sql] of orders) {
      const all = await t.sql<{ id: string; building_id: string | null; floor_id: string | null }>(
        `select id, building_id, floor_id from equipment order by ${sql}`,
      );
      expect(all.length).toBeGreaterThan(10);
      const seen: Page['edges'][number]['node'][] = [];
      let after: string | null = null;
      for (;;) {
        const page: Page = await ledger({ first: 7, after, orderBy });
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...page.edges.map((e) => e.node));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(
        all.map((r) => ({
          id: r.id,
          building: r.building_id ? { id: r.building_id } : null,
          floor: r.floor_id ? { id: r.floor_id } : null,
        })),
      );
      const back: string[] = [];
      let before: string | null = null;
      for (;;) {
        const page: Page = await ledger({ last: 9, before, orderBy });
        back.unshift(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(back).toEqual(all.map((r) => r.id));
    }
  }, 120_000); // hundreds of pages: slow on a busy machine, whatever the order

  it('reads a page with its buildings and floors in one statement, and counts in one more', async () => {
    const page = await t.statements.measure(() => ledger({ first: 20 }).then((p) => p));
    const withoutCount = await t.statements.measure(() =>
      t.gqlOk(`{ equipmentLedger(first: 20) { nodes { id building { name } floor { level } } } }`),
    );
    // The actor statement, then the page with its joined buildings and floors.
    expect(withoutCount.statements).toBe(2);
    expect(page.statements).toBe(3); // and the count
    expect(page.result.totalCount).toBe(
      Number((await t.sql<{ n: string }>('select count(*) n from equipment'))[0]!.n),
    );
  });

  it('reads the detail columns only when a selected field needs them, and maps them exactly then', async () => {
    const { equipment } = await createEquipment(t);
    const filter = { search: equipment.code };
    const read = (fields: string, fragments = '') =>
      t.statements.measure(() =>
        t.gqlOk<{ equipmentLedger: { nodes: Record<string, unknown>[] } }>(
          `query ($filter: EquipmentFilter) { equipmentLedger(first: 5, filter: $filter) { nodes { ${fields} } } } ${fragments}`,
          { filter },
        ),
      );
    const pageSql = (sql: string[]) => sql.filter((s) => s.includes('from "equipment" as "t"'));

    // The bench's S2 selection: no detail column is read.
    const summary = await read(
      'id code name category status park { id } building { id code } floor { level }',
    );
    expect(summary.result.equipmentLedger.nodes).toEqual([
      expect.objectContaining({ id: equipment.id, code: equipment.code, category: 'ELEVATOR' }),
    ]);
    const [summarySql] = pageSql(summary.sql);
    const equipmentColumns = (sql: string | undefined) =>
      sql!.slice(0, sql!.indexOf(' from "equipment"')).match(/"t"\."\w+"/g);
    expect(equipmentColumns(summarySql)).toEqual(
      // The label token is a summary column: the ledger prints labels from a page.
      [
        'id',
        'park_id',
        'code',
        'name',
        'category',
        'status',
        'building_id',
        'floor_id',
        'unit_id',
        'public_token',
      ].map((c) => `"t"."${c}"`),
    );

    // One detail field (through a fragment) reads them all, and each comes back as written.
    const detail = await read(
      'id ...D inWarranty',
      'fragment D on Equipment { parameters manufacturer model installDate warrantyEnd createdAt }',
    );
    expect(equipmentColumns(pageSql(detail.sql)[0])).toContain('"t"."parameters"');
    expect(detail.result.equipmentLedger.nodes[0]).toMatchObject({
      id: equipment.id,
      parameters: { ratedLoadKg: 1000, speedMs: 1.75 },
      manufacturer: '通力',
      model: 'MonoSpace 500',
      installDate: '2023-05-01',
      warrantyEnd: '2026-04-30',
    });

    // Two select lists in all, whatever the selection: the summary and the whole row.
    const other = await read(
      'id name status unit { id } building { name } floor { id } history(first: 1) { totalCount }',
    );
    expect(pageSql(other.sql)[0]).toBe(summarySql);
  });

  it('joins only the summary columns of building and floor when nothing else is selected under them, with the same answers', async () => {
    const { equipment, building, floor } = await createEquipment(t);
    const read = (fields: string) =>
      t.statements.measure(() =>
        t.gqlOk<{ equipmentLedger: { nodes: Record<string, Record<string, unknown> | null>[] } }>(
          `query ($filter: EquipmentFilter) { equipmentLedger(first: 5, filter: $filter) { nodes { ${fields} } } }`,
          { filter: { search: equipment.code } },
        ),
      );
    const pageSql = (sql: string[]) => sql.find((s) => s.includes('from "equipment" as "t"'))!;
    // The bench's S2 selection under building and floor.
    const summary = await read('id building { id code name } floor { id level name }');
    const whole = await read(
      'id building { id code name grossArea floorsAbove createdAt } floor { id level name grossArea retiredAt }',
    );
    expect(summary.statements).toBe(2);
    expect(whole.statements).toBe(2);
    expect(pageSql(summary.sql)).toContain('"j0"."name"');
    expect(pageSql(summary.sql)).not.toContain('"j0"."created_at"');
    expect(pageSql(summary.sql)).not.toContain('"j1"."gross_area"');
    expect(pageSql(whole.sql)).toContain('"j0"."created_at"');
    expect(pageSql(whole.sql)).toContain('"j1"."gross_area"');
    const [s] = summary.result.equipmentLedger.nodes;
    const [w] = whole.result.equipmentLedger.nodes;
    expect(s!.building).toEqual({ id: building.id, code: expect.any(String), name: expect.any(String) });
    expect(s!.floor).toEqual({ id: floor.id, level: expect.any(Number), name: expect.any(String) });
    expect(w!.building).toMatchObject(s!.building!);
    expect(w!.floor).toMatchObject(s!.floor!);
    expect(w!.building!.createdAt).toEqual(expect.any(String));

    // Equipment without a place answers null either way.
    const bare = await createEquipment(t, { location: { note: '屋顶' } });
    const none = await t.gqlOk<{ equipmentLedger: { nodes: Record<string, unknown>[] } }>(
      `query ($filter: EquipmentFilter) { equipmentLedger(first: 5, filter: $filter) {
        nodes { building { id name } floor { level } } } }`,
      { filter: { search: bare.equipment.code } },
    );
    expect(none.equipmentLedger.nodes).toEqual([{ building: null, floor: null }]);
  });

  it('filters in SQL: a search with LIKE wildcards matches them literally, unknown ids match nothing', async () => {
    const { equipment } = await createEquipment(t, { name: '100%_风机' });
    const literal = await ledger({ first: 50, filter: { search: '100%_' } });
    expect(literal.edges.map((e) => e.node.id)).toEqual([equipment.id]);
    expect(literal.totalCount).toBe(1);
    for (const buildingId of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      const none = await ledger({ first: 5, filter: { buildingId } });
      expect({ edges: none.edges, totalCount: none.totalCount }).toEqual({ edges: [], totalCount: 0 });
    }
    const forged = Buffer.from(JSON.stringify(['A', 'not-a-uuid'])).toString('base64url');
    const refused = await t.gql(q, { first: 5, after: forged });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
