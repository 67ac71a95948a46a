import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realTimeOf } from '../src/kernel/clock.js';
import { createStaffUser } from './factories.js';
import { type Session, startTestApp, type TestApp } from './test-app.js';

const MIN = 60_000;
let t: TestApp;
const s: Record<string, Session> = {};
const ids: Record<string, string> = {};
let engineer2: { id: string; login: string; password: string };
let parkId: string;
let unitId: string;

const SUBMIT = `mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id number } }`;
const MOVE = `mutation ($id: ID!, $input: TransitionWorkOrderInput!) { transitionWorkOrder(id: $id, input: $input) { id state } }`;
const NOTES = `{ notifications(first: 50) { nodes { kind title workOrderId readAt } } unreadNotificationCount }`;
type Notes = {
  notifications: {
    nodes: { kind: string; title: string; workOrderId: string | null; readAt: string | null }[];
  };
  unreadNotificationCount: number;
};

async function signIn() {
  for (const login of ['tenant.staff', 'tenant2.admin', 'cs.agent', 'engineer', 'park.manager'])
    s[login] = await t.as(login);
  s.engineer2 = await t.as(engineer2.login, engineer2.password);
}

/** A power fault dispatched to the engineer: respond within 30 min, fixed within 2 h (IPARK 5.2.2.4). */
async function powerFault(title: string) {
  const { submitWorkOrder: o } = await s['tenant.staff']!.gqlOk<{
    submitWorkOrder: { id: string; number: string };
  }>(SUBMIT, { input: { category: 'POWER', priority: 'NORMAL', title, unitId } });
  await move('cs.agent', o.id, { action: 'DISPATCH', assigneeId: ids.engineer });
  return o;
}
const move = (who: string, id: string, input: Record<string, unknown>) => s[who]!.gqlOk(MOVE, { id, input });

const notesOf = async (who: string) => (await s[who]!.gqlOk<Notes>(NOTES)).notifications.nodes;
const kindsFor = async (who: string, orderId: string) =>
  (await notesOf(who)).filter((n) => n.workOrderId === orderId).map((n) => n.kind);
const alerts = (orderId: string) =>
  t.sql<{ kind: string }>(
    'select kind from work_order_sla_alert where work_order_id = $1 order by raised_at, kind',
    [orderId],
  );
/** When the order's SLA timer will next run, in real time; undefined without one. */
const timerOf = async (orderId: string) =>
  (
    await t.sql<{ run_at: Date }>('select run_at from graphile_worker.jobs where key = $1', [
      `sla:${orderId}`,
    ])
  )[0]?.run_at;
/** The real instant the timer must run at for `minutes` after the order's (last) dispatch. */
const expectedRun = async (orderId: string, minutes: number) => {
  const [o] = await t.sql<{ dispatched_at: Date }>('select dispatched_at from work_order where id = $1', [
    orderId,
  ]);
  return realTimeOf(t.clock, new Date(o!.dispatched_at.getTime() + minutes * MIN));
};

/** A live subscription whose messages are kept; any error or early end is kept too, to fail on. */
function listen<T>(who: string, query: string, variables?: Record<string, unknown>) {
  const heard: T[] = [];
  const failures: unknown[] = [];
  s[who]!.wsClient().subscribe(
    { query, variables },
    {
      next: (m) => (m.errors ? failures.push(m.errors) : heard.push(m.data as T)),
      error: (err) => failures.push(err),
      complete: () => failures.push('the server ended the subscription'),
    },
  );
  return { heard, failures };
}

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
  const [park] = await t.sql<{ id: string }>(`select id from park where code = 'SZ-XH'`);
  engineer2 = await createStaffUser(t, park!.id, 'engineering', '钱工');
  await signIn();
  for (const r of await t.sql<{ login: string; id: string }>('select login, id from app_user'))
    ids[r.login] = r.id;
  ids.engineer2 = engineer2.id;
  [{ id: parkId }] = (await t.sql<{ id: string }>(`select id from park where code = 'SZ-XH'`)) as [
    { id: string },
  ];
  [{ id: unitId }] = (await t.sql<{ id: string }>(
    `select u.id from unit u join app_user a on a.tenant_id = u.tenant_id where a.login = 'tenant.staff' limit 1`,
  )) as [{ id: string }];
  await t.sql('delete from staff_shift'); // dispatch by hand
});
afterAll(() => t?.close());

describe('SLA timers on the durable queue', () => {
  it('warns the technician before the response deadline and escalates to the park manager on breach, live', async () => {
    type Heard = { notificationReceived: { kind: string; workOrderId: string } };
    const NOTIFIED = 'subscription { notificationReceived { kind workOrderId } }';
    const manager = listen<Heard>('park.manager', NOTIFIED);
    // The requester's company hears nothing of the escalation: notifications are per recipient.
    const tenant = listen<Heard>('tenant.staff', NOTIFIED);
    const board = listen<{ workOrderChanged: { action: string } }>(
      'cs.agent',
      'subscription ($p: ID!) { workOrderChanged(parkId: $p) { action } }',
      { p: parkId },
    );
    await new Promise((r) => setTimeout(r, 300)); // the subscriptions reach the server
    const o = await powerFault('配电箱跳闸');
    expect(await kindsFor('engineer', o.id)).toEqual(['WORK_ORDER_ASSIGNED']);
    expect(await timerOf(o.id)).toEqual(await expectedRun(o.id, 20));

    await t.advanceClock(15 * MIN); // nothing due yet: the warning comes at minute 20
    await t.drainJobs();
    expect(await alerts(o.id)).toEqual([]);

    await t.advanceClock(6 * MIN);
    await t.drainJobs();
    expect(await kindsFor('engineer', o.id)).toContain('SLA_WARNING');
    expect(await kindsFor('park.manager', o.id)).toEqual([]); // a warning does not escalate

    await t.advanceClock(10 * MIN); // minute 31: response breached
    await t.drainJobs();
    expect(await kindsFor('park.manager', o.id)).toEqual(['SLA_ESCALATION']);
    await expect
      .poll(() => manager.heard.filter((h) => h.notificationReceived.workOrderId === o.id))
      .toEqual([{ notificationReceived: { kind: 'SLA_ESCALATION', workOrderId: o.id } }]);
    expect((await kindsFor('engineer', o.id)).sort()).toEqual([
      'SLA_ESCALATION',
      'SLA_WARNING',
      'WORK_ORDER_ASSIGNED',
    ]);
    expect(await kindsFor('tenant.staff', o.id)).toEqual([]);
    expect(await alerts(o.id)).toEqual([{ kind: 'RESPONSE_WARNING' }, { kind: 'RESPONSE_BREACH' }]);
    await expect
      .poll(() => board.heard.map((b) => b.workOrderChanged.action))
      .toEqual(expect.arrayContaining(['RESPONSE_WARNING', 'RESPONSE_BREACH']));
    const note = (await notesOf('park.manager')).find((n) => n.workOrderId === o.id)!;
    expect(note.title).toBe(`工单 ${o.number} 已超过响应时限`);

    // The timer re-armed itself for the resolution window: at risk from minute 96 of 120.
    expect(await timerOf(o.id)).toEqual(await expectedRun(o.id, 96));
    await t.advanceClock(64 * MIN); // minute 95
    await t.drainJobs();
    expect(await alerts(o.id)).toHaveLength(2);
    await t.advanceClock(2 * MIN);
    await t.drainJobs();
    expect((await alerts(o.id)).map((a) => a.kind)).toContain('RESOLUTION_WARNING');

    // The tenant's subscription works: it hears the quote that waits for it, and only that.
    await s.engineer!.gqlOk(
      'mutation ($id: ID!) { quoteWorkOrder(id: $id, input: { labourFen: 5000, materialsFen: 0 }) { id } }',
      { id: o.id },
    );
    await expect
      .poll(() => tenant.heard.map((h) => h.notificationReceived))
      .toEqual([{ kind: 'QUOTE_WAITING', workOrderId: o.id }]);
    expect([...manager.failures, ...tenant.failures, ...board.failures]).toEqual([]);
  });

  it('stops warning about a window once it is met', async () => {
    const o = await powerFault('插座无电');
    await s.engineer!.gqlOk(MOVE, { id: o.id, input: { action: 'ACCEPT' } });
    await s.engineer!.gqlOk(MOVE, { id: o.id, input: { action: 'START' } });
    await t.advanceClock(40 * MIN); // response window over, but work started at minute 0
    await t.drainJobs();
    expect(await alerts(o.id)).toEqual([]);
    await t.advanceClock(60 * MIN); // minute 100: resolution at risk
    await t.drainJobs();
    expect(await alerts(o.id)).toEqual([{ kind: 'RESOLUTION_WARNING' }]);
  });

  it('raises nothing for a cancelled or closed order, and leaves no timer behind', async () => {
    const cancelled = await powerFault('开关跳闸（已取消）');
    await move('cs.agent', cancelled.id, { action: 'CANCEL', note: '租户自行处理' });
    const closed = await powerFault('插座松动（已关闭）');
    for (const action of ['ACCEPT', 'START', 'COMPLETE']) await move('engineer', closed.id, { action });
    await move('tenant.staff', closed.id, { action: 'VERIFY' });
    await move('cs.agent', closed.id, { action: 'CLOSE' });
    // Both still had a timer set at dispatch; past every deadline it runs and finds nothing to say.
    expect(await timerOf(cancelled.id)).toBeDefined();
    await t.advanceClock(125 * MIN);
    await t.drainJobs();
    for (const o of [cancelled, closed]) {
      expect(await alerts(o.id)).toEqual([]);
      expect(await timerOf(o.id)).toBeUndefined();
      expect(await kindsFor('engineer', o.id)).toEqual(['WORK_ORDER_ASSIGNED']);
      expect(await kindsFor('park.manager', o.id)).toEqual([]);
    }
  });

  it('restarts the clock on re-dispatch: the new technician is warned, counted from the new dispatch', async () => {
    const o = await powerFault('配电柜异响');
    await t.advanceClock(15 * MIN);
    await move('cs.agent', o.id, { action: 'DISPATCH', assigneeId: ids.engineer2 });
    expect(await timerOf(o.id)).toEqual(await expectedRun(o.id, 20));
    await t.advanceClock(6 * MIN); // minute 21 of the first dispatch, 6 of the second
    await t.drainJobs();
    expect(await alerts(o.id)).toEqual([]);
    await t.advanceClock(15 * MIN); // minute 21 of the second
    await t.drainJobs();
    expect(await alerts(o.id)).toEqual([{ kind: 'RESPONSE_WARNING' }]);
    expect((await kindsFor('engineer2', o.id)).sort()).toEqual(['SLA_WARNING', 'WORK_ORDER_ASSIGNED']);
    expect(await kindsFor('engineer', o.id)).toEqual(['WORK_ORDER_ASSIGNED']);
  });

  it('keeps every pending deadline across a restart', async () => {
    const orders = [await powerFault('照明回路故障'), await powerFault('电表无显示')];
    const pending = await t.sql<{ key: string }>(
      `select key from graphile_worker.jobs where key = any($1) order by key`,
      [orders.map((o) => `sla:${o.id}`)],
    );
    expect(pending).toHaveLength(2);
    const { database, clock } = t;
    await t.close({ keepDatabase: true });

    t = await startTestApp({ database, clock, jobs: true });
    await signIn();
    await t.advanceClock(125 * MIN); // past both windows of both orders
    await t.drainJobs();
    for (const o of orders)
      expect((await alerts(o.id)).map((a) => a.kind).sort()).toEqual([
        'RESOLUTION_BREACH',
        'RESOLUTION_WARNING',
        'RESPONSE_BREACH',
        'RESPONSE_WARNING',
      ]);
    const escalations = (await notesOf('park.manager')).filter((n) => n.kind === 'SLA_ESCALATION');
    for (const o of orders) expect(escalations.filter((n) => n.workOrderId === o.id)).toHaveLength(2);
  });
});
