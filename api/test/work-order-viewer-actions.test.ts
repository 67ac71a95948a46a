import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Order = {
  state: string;
  availableActions: string[];
  viewerActions: string[];
  assignee: { id: string } | null;
  requester: { id: string } | null;
};
const QUERY = `{ viewer { id } workOrders(first: 100) { nodes { state availableActions viewerActions
  assignee { id } requester { id } } } }`;
const WORK = new Set(['ACCEPT', 'DECLINE', 'START', 'HOLD', 'RESUME', 'COMPLETE']);

it('viewerActions: a technician works only their own orders and cancels only their own new requests', async () => {
  const engineer = await t.as('engineer');
  const data = await engineer.gqlOk<{ viewer: { id: string }; workOrders: { nodes: Order[] } }>(QUERY);
  const me = data.viewer.id;
  const orders = data.workOrders.nodes;
  expect(orders.some((o) => o.assignee?.id === me && o.viewerActions.length > 0)).toBe(true);
  for (const o of orders) {
    // engineering holds workOrder.work and workOrder.submit, not dispatch or verify.
    const expected = o.availableActions.filter((a) =>
      WORK.has(a)
        ? o.assignee?.id === me
        : a === 'CANCEL' && o.state === 'SUBMITTED' && o.requester?.id === me,
    );
    expect(o.viewerActions).toEqual(expected);
  }
});

it('viewerActions: the desk may take every step the state allows but the assignee’s', async () => {
  const data = await t.gqlOk<{ viewer: { id: string }; workOrders: { nodes: Order[] } }>(QUERY);
  for (const o of data.workOrders.nodes)
    expect(o.viewerActions).toEqual(
      o.availableActions.filter((a) => !WORK.has(a) || o.assignee?.id === data.viewer.id),
    );
});
