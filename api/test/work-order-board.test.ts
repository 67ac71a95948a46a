import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSite, createStaffUser } from './factories.js';
import type { TestApp } from './test-app.js';
import { startTestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const SUBMIT = 'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id number } }';
const LIST = `query ($filter: WorkOrderFilter) { workOrders(filter: $filter, first: 50) {
  totalCount nodes { id title priority building { id } } } }`;

describe('the dispatch board’s filters', () => {
  it('narrows a park’s orders by priority, building and a search of number, title or place', async () => {
    const site = await createSite(t);
    const parkId = site.park.id;
    const file = async (input: Record<string, unknown>) =>
      (
        await t.gqlOk<{ submitWorkOrder: { id: string; number: string } }>(SUBMIT, {
          input: { parkId, ...input },
        })
      ).submitWorkOrder;
    const leak = await file({
      category: 'WATER',
      priority: 'URGENT',
      title: '水管漏水',
      buildingId: site.building.id,
    });
    const lamp = await file({ category: 'LIGHTING', title: '走廊灯不亮', locationNote: '东侧楼梯间' });
    const door = await file({
      category: 'DOOR_ACCESS',
      priority: 'EMERGENCY',
      title: '门禁失灵',
      locationNote: '北门',
    });
    const ids = async (filter: Record<string, unknown>) => {
      const { result: data, statements } = await t.statements.measure(() =>
        t.gqlOk<{ workOrders: { nodes: { id: string }[] } }>(LIST, { filter: { parkId, ...filter } }),
      );
      // One page, its count and the buildings, whatever the filter.
      expect(statements).toBeLessThanOrEqual(6);
      return data.workOrders.nodes.map((n) => n.id).sort();
    };
    expect(await ids({})).toEqual([leak.id, lamp.id, door.id].sort());
    expect(await ids({ priorities: ['URGENT', 'EMERGENCY'] })).toEqual([leak.id, door.id].sort());
    expect(await ids({ buildingId: site.building.id })).toEqual([leak.id]);
    expect(await ids({ search: '灯' })).toEqual([lamp.id]);
    expect(await ids({ search: '东侧' })).toEqual([lamp.id]);
    expect(await ids({ search: door.number })).toEqual([door.id]);
    expect(await ids({ search: '100%_' })).toEqual([]);
    expect(await ids({ buildingId: 'not-a-uuid' })).toEqual([]);
    const bad = await t.gql(LIST, { filter: { search: 'x'.repeat(101) } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });
});

describe('where the console opens', () => {
  it('names, of the viewer’s parks, the one with most open orders', async () => {
    const quiet = await createSite(t);
    const busy = await createSite(t);
    for (const title of ['一号问题', '二号问题'])
      await t.gqlOk(SUBMIT, {
        input: { parkId: busy.park.id, category: 'CIVIL', title, locationNote: '大堂' },
      });
    await t.gqlOk(SUBMIT, {
      input: { parkId: quiet.park.id, category: 'CIVIL', title: '三号问题', locationNote: '大堂' },
    });
    // A manager of both small parks: the busier one, not the one that sorts first.
    const manager = await createStaffUser(t, quiet.park.id, 'park_manager', '两园经理');
    await t.sql('insert into user_park (user_id, park_id) values ($1, $2)', [manager.id, busy.park.id]);
    const session = await t.as(manager.login, manager.password);
    const seen = await session.gqlOk<{ viewer: { busiestParkId: string; parks: { id: string }[] } }>(
      '{ viewer { busiestParkId parks { id } } }',
    );
    expect(seen.viewer.parks.map((p) => p.id).sort()).toEqual([quiet.park.id, busy.park.id].sort());
    expect(seen.viewer.busiestParkId).toBe(busy.park.id);
    // The HQ admin sees every park: the one with most open orders of all.
    const hq = await t.gqlOk<{ viewer: { busiestParkId: string } }>('{ viewer { busiestParkId } }');
    const counts = await t.sql<{ park_id: string; n: number }>(
      `select park_id, count(*)::int as n from work_order
        where state not in ('VERIFIED', 'CLOSED', 'CANCELLED') group by park_id order by n desc`,
    );
    expect(counts.filter((c) => c.n === counts[0]!.n).map((c) => c.park_id)).toContain(
      hq.viewer.busiestParkId,
    );
    // A tenant has no console.
    const tenant = await t.as('tenant.admin');
    expect(
      (await tenant.gqlOk<{ viewer: { busiestParkId: null } }>('{ viewer { busiestParkId } }')).viewer,
    ).toEqual({
      busiestParkId: null,
    });
  });
});
