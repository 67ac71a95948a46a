import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await tenantRepairForTheEngineer();
});

/**
 * A tenant's repair dispatched to the engineer, so the rules below have an order between dispatch
 * and start to act on whenever the test runs: the seed's still-open orders are the day's last ones,
 * and early in the day (UTC) none of them has been filed yet.
 */
async function tenantRepairForTheEngineer(): Promise<void> {
  const tenant = await t.as('tenant.admin');
  const { submitWorkOrder: order } = await tenant.gqlOk<{
    submitWorkOrder: { id: string; state: string; assignee: { id: string } | null };
  }>(
    'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id state assignee { id } } }',
    { input: { category: 'POWER', title: '办公区插座没电', locationNote: '前台左侧墙插' } },
  );
  const [engineer] = await t.sql<{ id: string }>(`select id from app_user where login = 'engineer'`);
  if (order.state === 'SUBMITTED')
    await (await t.as('cs.agent')).gqlOk(
      'mutation ($id: ID!, $input: TransitionWorkOrderInput!) { transitionWorkOrder(id: $id, input: $input) { id } }',
      { id: order.id, input: { action: 'DISPATCH', assigneeId: engineer!.id } },
    );
  const [now] = await t.sql<{ state: string; assignee_id: string }>(
    'select state, assignee_id from work_order where id = $1',
    [order.id],
  );
  expect(now).toEqual({ state: 'DISPATCHED', assignee_id: engineer!.id });
}
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

type Extra = {
  id: string;
  state: string;
  viewerExtraActions: string[];
  tenant: { id: string } | null;
  assignee: { id: string } | null;
  quote: { state: string } | null;
  visitedAt: string | null;
};
const NODE =
  '{ nodes { id state viewerExtraActions tenant { id } assignee { id } quote { state } visitedAt } }';
// The latest orders, and those of the states the rules turn on (the latest alone may hold too few).
const FILTERS = [
  '',
  ', filter: { states: [DISPATCHED, ACCEPTED] }',
  ', filter: { states: [VERIFIED, CLOSED] }',
];
const quotable = (o: Extra) =>
  ['DISPATCHED', 'ACCEPTED'].includes(o.state) && !!o.tenant && o.quote?.state !== 'ACCEPTED';
const visitable = (o: Extra) => ['VERIFIED', 'CLOSED'].includes(o.state) && !o.visitedAt;
async function extraOf(login: string) {
  const session = await t.as(login);
  const pages = await Promise.all(
    FILTERS.map((f) =>
      session.gqlOk<{ viewer: { id: string }; workOrders: { nodes: Extra[] } }>(
        `{ viewer { id } workOrders(first: 100${f}) ${NODE} }`,
      ),
    ),
  );
  return { viewer: pages[0]!.viewer, workOrders: { nodes: pages.flatMap((p) => p.workOrders.nodes) } };
}

it('viewerExtraActions: the desk quotes any tenant order between dispatch and start, and records each verified job’s visit once', async () => {
  const data = await extraOf('cs.agent');
  const orders = data.workOrders.nodes;
  expect(orders.some((o) => o.viewerExtraActions.includes('QUOTE'))).toBe(true);
  expect(orders.some((o) => o.viewerExtraActions.includes('RECORD_VISIT'))).toBe(true);
  for (const o of orders)
    expect(o.viewerExtraActions, o.id).toEqual([
      ...(quotable(o) ? ['QUOTE'] : []),
      ...(visitable(o) ? ['RECORD_VISIT'] : []),
    ]);
});

it('viewerExtraActions: a technician quotes only the tenant orders assigned to them, and records no visit', async () => {
  const data = await extraOf('engineer');
  const me = data.viewer.id;
  const orders = data.workOrders.nodes;
  expect(orders.some((o) => o.viewerExtraActions.includes('QUOTE'))).toBe(true);
  for (const o of orders)
    expect(o.viewerExtraActions, o.id).toEqual(quotable(o) && o.assignee?.id === me ? ['QUOTE'] : []);
});

it('viewerExtraActions: tenants and staff who only read orders get none', async () => {
  for (const login of ['tenant.admin', 'tenant.staff', 'quality']) {
    const { workOrders } = await extraOf(login);
    expect(workOrders.nodes.length, login).toBeGreaterThan(0);
    for (const o of workOrders.nodes) expect(o.viewerExtraActions, `${login} ${o.id}`).toEqual([]);
  }
});

it('viewerExtraActions follow the mutations: what is listed succeeds, what is not is refused', async () => {
  const desk = await t.as('cs.agent');
  const { workOrders } = await extraOf('cs.agent');
  const toQuote = workOrders.nodes.find((o) => o.viewerExtraActions.includes('QUOTE'))!;
  const notQuotable = workOrders.nodes.find((o) => !o.viewerExtraActions.includes('QUOTE'))!;
  const toVisit = workOrders.nodes.find((o) => o.viewerExtraActions.includes('RECORD_VISIT'))!;
  const QUOTE = `mutation ($id: ID!) { quoteWorkOrder(id: $id, input: { labourFen: 5000, materialsFen: 0 }) {
    viewerExtraActions } }`;
  const VISIT = `mutation ($id: ID!) { recordReturnVisit(id: $id, input: { score: 5 }) { viewerExtraActions } }`;
  const quoted = await desk.gqlOk<{ quoteWorkOrder: { viewerExtraActions: string[] } }>(QUOTE, {
    id: toQuote.id,
  });
  // A pending quote may be replaced until the tenant accepts one.
  expect(quoted.quoteWorkOrder.viewerExtraActions).toEqual(['QUOTE']);
  expect((await desk.gql(QUOTE, { id: notQuotable.id })).errors?.[0]?.extensions?.code).toMatch(
    /CONFLICT|BAD_USER_INPUT/,
  );
  const visited = await desk.gqlOk<{ recordReturnVisit: { viewerExtraActions: string[] } }>(VISIT, {
    id: toVisit.id,
  });
  expect(visited.recordReturnVisit.viewerExtraActions).not.toContain('RECORD_VISIT');
  expect((await desk.gql(VISIT, { id: toVisit.id })).errors?.[0]?.extensions).toMatchObject({
    code: 'CONFLICT',
    domainCode: 'ALREADY_VISITED',
  });
});
