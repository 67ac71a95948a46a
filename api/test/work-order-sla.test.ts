import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, startTestApp, type TestApp } from './test-app.js';

const MIN = 60_000;
let t: TestApp;
const s: Record<string, Session> = {};
const ids: Record<string, string> = {};
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
}

/** A power fault dispatched to the engineer: respond within 30 min, fixed within 2 h (IPARK 5.2.2.4). */
async function powerFault(title: string) {
  const { submitWorkOrder: o } = await s['tenant.staff']!.gqlOk<{
    submitWorkOrder: { id: string; number: string };
  }>(SUBMIT, { input: { category: 'POWER', priority: 'NORMAL', title, unitId } });
  await s['cs.agent']!.gqlOk(MOVE, { id: o.id, input: { action: 'DISPATCH', assigneeId: ids.engineer } });
  return o;
}

const notesOf = async (who: string) => (await s[who]!.gqlOk<Notes>(NOTES)).notifications.nodes;
const kindsFor = async (who: string, orderId: string) =>
  (await notesOf(who)).filter((n) => n.workOrderId === orderId).map((n) => n.kind);
const alerts = (orderId: string) =>
  t.sql<{ kind: string }>(
    'select kind from work_order_sla_alert where work_order_id = $1 order by raised_at, kind',
    [orderId],
  );

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
  await signIn();
  for (const r of await t.sql<{ login: string; id: string }>('select login, id from app_user'))
    ids[r.login] = r.id;
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
    const heard: { kind: string; workOrderId: string }[] = [];
    s['park.manager']!.wsClient().subscribe(
      { query: 'subscription { notificationReceived { kind workOrderId } }' },
      {
        next: (m) =>
          heard.push((m.data as { notificationReceived: (typeof heard)[number] }).notificationReceived),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    // The requester's company hears nothing of the escalation: notifications are per recipient.
    const tenantHeard: unknown[] = [];
    s['tenant.staff']!.wsClient().subscribe(
      { query: 'subscription { notificationReceived { kind workOrderId } }' },
      { next: (m) => tenantHeard.push(m.data), error: () => undefined, complete: () => undefined },
    );
    const board: string[] = [];
    s['cs.agent']!.wsClient().subscribe(
      {
        query: 'subscription ($p: ID!) { workOrderChanged(parkId: $p) { action } }',
        variables: { p: parkId },
      },
      {
        next: (m) => board.push((m.data as { workOrderChanged: { action: string } }).workOrderChanged.action),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await new Promise((r) => setTimeout(r, 300));
    const o = await powerFault('配电箱跳闸');
    expect(await kindsFor('engineer', o.id)).toEqual(['WORK_ORDER_ASSIGNED']);
    const [job] = await t.sql<{ key: string }>(
      `select key from graphile_worker.jobs where task_identifier = 'workOrder.slaCheck'`,
    );
    expect(job?.key).toBe(`sla:${o.id}`);

    await t.advanceClock(15 * MIN); // nothing due yet: the warning comes at minute 20
    await new Promise((r) => setTimeout(r, 500));
    expect(await alerts(o.id)).toEqual([]);

    await t.advanceClock(6 * MIN);
    await expect.poll(() => kindsFor('engineer', o.id), { timeout: 5000 }).toContain('SLA_WARNING');
    expect(await kindsFor('park.manager', o.id)).toEqual([]); // a warning does not escalate

    await t.advanceClock(10 * MIN); // minute 31: response breached
    await expect.poll(() => kindsFor('park.manager', o.id), { timeout: 5000 }).toEqual(['SLA_ESCALATION']);
    await expect
      .poll(() => heard.filter((h) => h.workOrderId === o.id).map((h) => h.kind))
      .toEqual(['SLA_ESCALATION']);
    expect((await kindsFor('engineer', o.id)).sort()).toEqual([
      'SLA_ESCALATION',
      'SLA_WARNING',
      'WORK_ORDER_ASSIGNED',
    ]);
    expect(tenantHeard).toEqual([]);
    expect(await kindsFor('tenant.staff', o.id)).toEqual([]);
    expect(await alerts(o.id)).toEqual([{ kind: 'RESPONSE_WARNING' }, { kind: 'RESPONSE_BREACH' }]);
    await expect.poll(() => board).toEqual(expect.arrayContaining(['RESPONSE_WARNING', 'RESPONSE_BREACH']));
    const note = (await notesOf('park.manager')).find((n) => n.workOrderId === o.id)!;
    expect(note.title).toBe(`工单 ${o.number} 已超过响应时限`);
    // The timer re-armed itself for the resolution window.
    const [next] = await t.sql<{ run_at: Date }>(`select run_at from graphile_worker.jobs where key = $1`, [
      `sla:${o.id}`,
    ]);
    expect(next).toBeTruthy();
  });

  it('stops warning about a window once it is met', async () => {
    const o = await powerFault('插座无电');
    await s.engineer!.gqlOk(MOVE, { id: o.id, input: { action: 'ACCEPT' } });
    await s.engineer!.gqlOk(MOVE, { id: o.id, input: { action: 'START' } });
    await t.advanceClock(40 * MIN); // response window over, but work started at minute 0
    await new Promise((r) => setTimeout(r, 600));
    expect(await alerts(o.id)).toEqual([]);
    await t.advanceClock(60 * MIN); // minute 100: resolution at risk
    await expect.poll(() => alerts(o.id), { timeout: 5000 }).toEqual([{ kind: 'RESOLUTION_WARNING' }]);
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
    for (const o of orders)
      await expect
        .poll(async () => (await alerts(o.id)).map((a) => a.kind).sort(), { timeout: 8000 })
        .toEqual(['RESOLUTION_BREACH', 'RESOLUTION_WARNING', 'RESPONSE_BREACH', 'RESPONSE_WARNING']);
    const escalations = (await notesOf('park.manager')).filter((n) => n.kind === 'SLA_ESCALATION');
    for (const o of orders) expect(escalations.filter((n) => n.workOrderId === o.id)).toHaveLength(2);
  });

  it('lets only the recipient read and mark notifications', async () => {
    const mine = await notesOf('engineer');
    expect(mine.length).toBeGreaterThan(0);
    for (const who of ['tenant.staff', 'tenant2.admin', 'cs.agent']) {
      const theirs = await notesOf(who);
      expect(theirs.every((n) => !mine.some((m) => m.title === n.title && m.kind === n.kind))).toBe(true);
    }
    // Marking all read as someone else changes nothing of the engineer's.
    await s['tenant2.admin']!.gqlOk('mutation { markNotificationsRead }');
    expect((await s.engineer!.gqlOk<Notes>(NOTES)).unreadNotificationCount).toBe(mine.length);
    const bogus = await s.engineer!.gqlOk<{ markNotificationsRead: number }>(
      'mutation { markNotificationsRead(ids: ["not-a-uuid", "00000000-0000-0000-0000-000000000000"]) }',
    );
    expect(bogus.markNotificationsRead).toBe(0);
    const marked = await s.engineer!.gqlOk<{ markNotificationsRead: number }>(
      'mutation { markNotificationsRead }',
    );
    expect(marked.markNotificationsRead).toBe(mine.length);
    expect((await s.engineer!.gqlOk<Notes>(NOTES)).unreadNotificationCount).toBe(0);
  });
});
