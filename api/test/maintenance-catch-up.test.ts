import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../src/modules/maintenance/recurrence.js';
import { startTestApp, type TestApp } from './test-app.js';

/** Plans whose periods were missed (the server was down, the clock jumped), and plans of a category. */
const DAY = 86_400_000;
let t: TestApp;
let parkId: string;

const CREATE = `mutation ($input: CreateMaintenancePlanInput!) { createMaintenancePlan(input: $input) { id nextDueOn } }`;
const MOVE = `mutation ($id: ID!, $input: TransitionWorkOrderInput!) { transitionWorkOrder(id: $id, input: $input) { state } }`;
const today = () => todayIn('Asia/Shanghai', t.clock.now());
const shift = (date: string, days: number) =>
  new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);
const ordersOf = (planId: string) =>
  t.sql<{ id: string; due: string; state: string; assignee: string | null }>(
    `select id, plan_due_on::text due, state, assignee_id assignee from work_order
     where maintenance_plan_id = $1 order by plan_due_on, id`,
    [planId],
  );

async function createPlan(input: Record<string, unknown>) {
  const engineer = await t.as('engineer');
  const { createMaintenancePlan } = await engineer.gqlOk<{ createMaintenancePlan: { id: string } }>(CREATE, {
    input: {
      parkId,
      workCategory: 'ELEVATOR',
      recurrenceUnit: 'DAY',
      recurrenceInterval: 1,
      checklist: ['运行检查'],
      firstDueOn: today(),
      ...input,
    },
  });
  return createMaintenancePlan.id;
}

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
  [{ id: parkId }] = (await t.sql<{ id: string }>(`select id from park where code = 'SZ-XH'`)) as [
    { id: string },
  ];
});
afterAll(() => t?.close());

describe('maintenance catch-up', () => {
  it('files one order for each missed period when the clock jumps several periods, and none twice', async () => {
    const [elevator] = await t.sql<{ id: string }>(
      `select id from equipment where category = 'ELEVATOR' and status <> 'RETIRED' order by code limit 1`,
    );
    const start = today();
    const planId = await createPlan({ name: '电梯日检（补做）', equipmentId: elevator!.id });
    await t.drainJobs();
    expect((await ordersOf(planId)).map((o) => o.due)).toEqual([start]);

    await t.advanceClock(3 * DAY); // three periods missed at once
    await t.drainJobs();
    const caughtUp = await ordersOf(planId);
    expect(caughtUp.map((o) => o.due)).toEqual([0, 1, 2, 3].map((d) => shift(start, d)));
    const [plan] = await t.sql<{ next: string }>(
      'select next_due_on::text next from maintenance_plan where id = $1',
      [planId],
    );
    expect(plan!.next).toBe(shift(start, 4));

    // The plan is set back over dates already filed (a restore, a retried job): nothing is filed twice.
    await t.sql('update maintenance_plan set next_due_on = $2 where id = $1', [planId, start]);
    await t.sql(
      `select graphile_worker.add_job('maintenance.generate', json_build_object('planId', $1::text), job_key => 'plan:' || $1)`,
      [planId],
    );
    await t.drainJobs();
    expect(await ordersOf(planId)).toEqual(caughtUp);
  });

  it('writes the completion of a category plan into the history of every piece of that category', async () => {
    const pieces = await t.sql<{ id: string }>(
      `select id from equipment where park_id = $1 and category = 'ELEVATOR' and status <> 'RETIRED' order by id`,
      [parkId],
    );
    const retired = await t.sql<{ id: string }>(
      `update equipment set status = 'RETIRED' where id = $1 returning id`,
      [pieces.pop()!.id],
    );
    expect(pieces.length).toBeGreaterThan(1);
    const planId = await createPlan({ name: '电梯全面检查', equipmentCategory: 'ELEVATOR' });
    await t.drainJobs();
    const [order] = await ordersOf(planId);
    expect(order).toBeDefined();
    const [engineer] = await t.sql<{ id: string }>(`select id from app_user where login = 'engineer'`);
    if (order!.assignee !== engineer!.id)
      await (await t.as('cs.agent')).gqlOk(MOVE, {
        id: order!.id,
        input: { action: 'DISPATCH', assigneeId: engineer!.id },
      });
    const session = await t.as('engineer');
    for (const action of ['ACCEPT', 'START', 'COMPLETE'])
      await session.gqlOk(MOVE, { id: order!.id, input: { action, note: '全部正常' } });

    const history = await t.sql<{ equipment_id: string; kind: string }>(
      `select equipment_id, kind from equipment_event where data->>'workOrderId' = $1 order by equipment_id`,
      [order!.id],
    );
    expect(history).toEqual(pieces.map((p) => ({ equipment_id: p.id, kind: 'MAINTAINED' })));
    expect(history.map((h) => h.equipment_id)).not.toContain(retired[0]!.id);
  });
});
