import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../src/modules/maintenance/recurrence.js';
import { createPark, createStaffUser } from './factories.js';
import { type GqlResult, type Session, startTestApp, type TestApp } from './test-app.js';

/**
 * A maintenance plan names who receives its orders: checked when set, honoured when an order is
 * filed (dispatched to them, the plan signing the dispatch), and dropped for automatic dispatch
 * when they can no longer take the park's jobs. Park-wide orders carry their category as a code.
 */
let t: TestApp;
const s: Record<string, Session> = {};
let parkId: string;

const CREATE = `mutation ($input: CreateMaintenancePlanInput!) { createMaintenancePlan(input: $input) {
  id assignee { id displayName } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateMaintenancePlanInput!) { updateMaintenancePlan(id: $id, input: $input) {
  id assignee { id } } }`;
const ASSIGNEES = `query ($parkId: ID!) { maintenancePlanAssignees(parkId: $parkId) { id displayName } }`;
const ORDER = `query ($id: ID!) { workOrder(id: $id) { state locationNote equipmentCategory assignee { id }
  events { action toState systemActor actorLabel } } }`;
const ext = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions;
const today = () => todayIn('Asia/Shanghai', t.clock.now());
const userId = async (login: string) =>
  (await t.sql<{ id: string }>('select id from app_user where login = $1', [login]))[0]!.id;
const planInput = (overrides: Record<string, unknown> = {}) => ({
  parkId,
  name: '电梯月度保养',
  equipmentCategory: 'ELEVATOR',
  workCategory: 'ELEVATOR',
  recurrenceUnit: 'MONTH',
  recurrenceInterval: 1,
  checklist: ['检查曳引机', '检查门锁'],
  firstDueOn: today(),
  ...overrides,
});
const planOrders = (planId: string) =>
  t.sql<{ id: string }>('select id from work_order where maintenance_plan_id = $1', [planId]);

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
  for (const login of ['engineer', 'cleaner', 'finance']) s[login] = await t.as(login);
  [{ id: parkId }] = (await t.sql<{ id: string }>(`select id from park where code = 'SZ-XH'`)) as [
    { id: string },
  ];
});
afterAll(() => t?.close());

describe('maintenancePlanAssignees', () => {
  it('lists the park’s active staff who work orders, by name, in a constant number of statements', async () => {
    const extra = await createStaffUser(t, parkId, 'engineering', '林工');
    const { result, statements } = await t.statements.measure(() =>
      s.engineer!.gqlOk<{ maintenancePlanAssignees: { id: string; displayName: string }[] }>(ASSIGNEES, {
        parkId,
      }),
    );
    const ids = result.maintenancePlanAssignees.map((u) => u.id);
    expect(ids).toContain(await userId('engineer'));
    expect(ids).toContain(extra.id);
    expect(ids).not.toContain(await userId('finance')); // finance does not work orders
    expect(ids).not.toContain(await userId('tenant.admin'));
    const names = result.maintenancePlanAssignees.map((u) => u.displayName);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // the actor, the park, the list
    expect(statements).toBeLessThanOrEqual(3);
  });

  it('is for those who manage plans', async () => {
    expect(ext(await s.finance!.gql(ASSIGNEES, { parkId }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('a plan’s assignee', () => {
  it('refuses anyone who cannot take the park’s jobs as BAD_USER_INPUT on the field, writing nothing', async () => {
    const other = await createPark(t);
    const elsewhere = await createStaffUser(t, other.id, 'engineering', '外园工程师');
    const disabled = await createStaffUser(t, parkId, 'engineering', '离职工程师');
    await t.gqlOk(`mutation ($id: ID!) { updateUser(id: $id, input: { status: DISABLED }) { id } }`, {
      id: disabled.id,
    });
    const [{ n: before }] = (await t.sql<{ n: string }>('select count(*) as n from maintenance_plan')) as [
      { n: string },
    ];
    for (const bad of [
      await userId('finance'),
      await userId('tenant.admin'),
      elsewhere.id,
      disabled.id,
      '0190a0a0-0000-7000-8000-000000000000',
      'not-an-id',
    ]) {
      const res = await s.engineer!.gql(CREATE, { input: planInput({ assigneeId: bad }) });
      expect(ext(res), bad).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.assigneeId',
        domainCode: 'NOT_A_TECHNICIAN',
      });
    }
    const [{ n: after }] = (await t.sql<{ n: string }>('select count(*) as n from maintenance_plan')) as [
      { n: string },
    ];
    expect(after).toBe(before);
  });

  it('sends the plan’s orders to them, the plan signing the assignment in the order’s history', async () => {
    // Not on shift: automatic dispatch would never pick them.
    const tech = await createStaffUser(t, parkId, 'engineering', '周师傅');
    const { createMaintenancePlan: plan } = await s.engineer!.gqlOk<{
      createMaintenancePlan: { id: string; assignee: { id: string; displayName: string } };
    }>(CREATE, { input: planInput({ assigneeId: tech.id }) });
    expect(plan.assignee).toEqual({ id: tech.id, displayName: '周师傅' });

    await expect.poll(async () => (await planOrders(plan.id)).length, { timeout: 8000 }).toBe(1);
    const [{ id }] = (await planOrders(plan.id)) as [{ id: string }];
    const { workOrder } = await s.engineer!.gqlOk<{ workOrder: Record<string, unknown> }>(ORDER, { id });
    expect(workOrder).toMatchObject({
      state: 'DISPATCHED',
      assignee: { id: tech.id },
      // Park-wide: the category as a code each app words, no note in one language.
      locationNote: null,
      equipmentCategory: 'ELEVATOR',
      events: [
        { action: 'SUBMIT', toState: 'SUBMITTED', systemActor: 'MAINTENANCE_PLAN' },
        { action: 'DISPATCH', toState: 'DISPATCHED', systemActor: 'MAINTENANCE_PLAN' },
      ],
    });
    const [note] = await t.sql<{ kind: string }>(
      `select kind from notification where recipient_id = $1 and work_order_id = $2`,
      [tech.id, id],
    );
    expect(note).toEqual({ kind: 'WORK_ORDER_ASSIGNED' });
  });

  it('is changed and cleared by updateMaintenancePlan, which refuses a bad one and keeps the old', async () => {
    const created = await s.engineer!.gqlOk<{ createMaintenancePlan: { id: string; assignee: null } }>(
      CREATE,
      {
        input: planInput({ name: '电梯季度保养', firstDueOn: '2099-01-01' }),
      },
    );
    const id = created.createMaintenancePlan.id;
    expect(created.createMaintenancePlan.assignee).toBeNull();
    const engineer = await userId('engineer');
    const set = await s.engineer!.gqlOk<{ updateMaintenancePlan: { assignee: { id: string } } }>(UPDATE, {
      id,
      input: { assigneeId: engineer },
    });
    expect(set.updateMaintenancePlan.assignee).toEqual({ id: engineer });

    const bad = await s.engineer!.gql(UPDATE, {
      id,
      input: { assigneeId: await userId('finance'), name: '改名' },
    });
    expect(ext(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.assigneeId' });
    const [row] = await t.sql<{ name: string; assignee_id: string }>(
      'select name, assignee_id from maintenance_plan where id = $1',
      [id],
    );
    expect(row).toEqual({ name: '电梯季度保养', assignee_id: engineer });

    const cleared = await s.engineer!.gqlOk<{ updateMaintenancePlan: { assignee: null } }>(UPDATE, {
      id,
      input: { assigneeId: null },
    });
    expect(cleared.updateMaintenancePlan.assignee).toBeNull();
    const [audit] = await t.sql<{ before: { assigneeId: string }; after: { assigneeId: string | null } }>(
      `select before, after from audit_log where operation = 'updateMaintenancePlan' and target_id = $1
       order by seq desc limit 1`,
      [id],
    );
    expect(audit).toMatchObject({ before: { assigneeId: engineer }, after: { assigneeId: null } });
  });

  it('falls back to automatic dispatch when the named person can no longer take the park’s jobs', async () => {
    const tech = await createStaffUser(t, parkId, 'engineering', '韩师傅');
    const { createMaintenancePlan: plan } = await s.engineer!.gqlOk<{
      createMaintenancePlan: { id: string };
    }>(CREATE, { input: planInput({ name: '电梯周检', assigneeId: tech.id, firstDueOn: '2099-01-01' }) });
    await t.gqlOk(`mutation ($id: ID!) { updateUser(id: $id, input: { status: DISABLED }) { id } }`, {
      id: tech.id,
    });
    // Due today now: the timer files the order.
    await s.engineer!.gqlOk(UPDATE, { id: plan.id, input: { nextDueOn: today() } });
    await expect.poll(async () => (await planOrders(plan.id)).length, { timeout: 8000 }).toBe(1);
    const [{ id }] = (await planOrders(plan.id)) as [{ id: string }];
    const { workOrder } = await s.engineer!.gqlOk<{
      workOrder: { assignee: { id: string } | null; events: { action: string; systemActor: string }[] };
    }>(ORDER, { id });
    expect(workOrder.assignee?.id).not.toBe(tech.id);
    const dispatch = workOrder.events.find((e) => e.action === 'DISPATCH');
    if (dispatch) expect(dispatch.systemActor).toBe('AUTO_DISPATCH');
  });
});
