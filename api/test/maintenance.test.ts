import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../src/modules/maintenance/recurrence.js';
import { type Session, startTestApp, type TestApp } from './test-app.js';

const DAY = 86_400_000;
let t: TestApp;
const s: Record<string, Session> = {};
let parkId: string;
let elevatorId: string;

const PLANS = `query ($p: ID!) { maintenancePlans(parkId: $p) { id name nextDueOn statutory basis recurrenceUnit recurrenceInterval graceDays active } }`;
const CREATE = `mutation ($input: CreateMaintenancePlanInput!) { createMaintenancePlan(input: $input) { id nextDueOn graceDays active } }`;
const ACTIVE = `mutation ($id: ID!, $active: Boolean!) { setMaintenancePlanActive(id: $id, active: $active) { id active nextDueOn } }`;
const COMPLIANCE = `query ($p: ID!, $from: String!, $to: String!) { maintenanceCompliance(parkId: $p, from: $from, to: $to) {
  onTime late missed due upcoming onTimeRate items { planName dueOn status workOrderNumber completedAt } } }`;
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.domainCode ?? r.errors?.[0]?.extensions?.code;
const today = () => todayIn('Asia/Shanghai', t.clock.now());
const shift = (date: string, days: number) =>
  new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
  for (const login of ['engineer', 'cs.agent', 'tenant.admin', 'park.manager']) s[login] = await t.as(login);
  [{ id: parkId }] = (await t.sql<{ id: string }>(`select id from park where code = 'SZ-XH'`)) as [
    { id: string },
  ];
  [{ id: elevatorId }] = (await t.sql<{ id: string }>(
    `select id from equipment where category = 'ELEVATOR' and status <> 'RETIRED' order by code limit 1`,
  )) as [{ id: string }];
});
afterAll(() => t?.close());

describe('maintenance plans', () => {
  it('seeds the statutory plans of SPEC §3.1, each with its timer on the queue', async () => {
    const { maintenancePlans } = await s['park.manager']!.gqlOk<{
      maintenancePlans: {
        id: string;
        name: string;
        statutory: boolean;
        basis: string | null;
        recurrenceUnit: string;
        recurrenceInterval: number;
        active: boolean;
      }[];
    }>(PLANS, { p: parkId });
    const byName = Object.fromEntries(maintenancePlans.map((p) => [p.name, p]));
    expect(byName['电梯半月维保']).toMatchObject({
      recurrenceUnit: 'DAY',
      recurrenceInterval: 15,
      statutory: true,
    });
    expect(byName['二次供水水箱清洗消毒']).toMatchObject({ recurrenceUnit: 'MONTH', recurrenceInterval: 6 });
    expect(byName['消防设施月度检查']).toMatchObject({ recurrenceUnit: 'MONTH', recurrenceInterval: 1 });
    expect(byName['消防系统年度联动测试']).toMatchObject({ recurrenceUnit: 'YEAR', recurrenceInterval: 1 });
    expect(byName['空调风管清洗']).toMatchObject({ recurrenceUnit: 'YEAR', recurrenceInterval: 2 });
    expect(maintenancePlans.filter((p) => p.basis?.startsWith('IPARK 4.3.2.5'))).toHaveLength(5);
    const timers = await t.sql<{ key: string }>(
      `select key from graphile_worker.jobs where task_identifier = 'maintenance.generate'`,
    );
    // One timer per active plan (other tests here add plans, and pause one for a while).
    expect(timers.map((j) => j.key).sort()).toEqual(
      maintenancePlans
        .filter((p) => p.active)
        .map((p) => `plan:${p.id}`)
        .sort(),
    );
  });

  it('reports compliance: the past half year done on time, late or missed, and what is upcoming', async () => {
    const { maintenanceCompliance: c } = await s['park.manager']!.gqlOk<{
      maintenanceCompliance: {
        onTime: number;
        late: number;
        missed: number;
        upcoming: number;
        onTimeRate: number;
        items: {
          planName: string;
          dueOn: string;
          status: string;
          workOrderNumber: string | null;
          completedAt: string | null;
        }[];
      };
    }>(COMPLIANCE, { p: parkId, from: shift(today(), -200), to: shift(today(), 60) });
    expect(c.onTime).toBeGreaterThan(10);
    expect(c.late).toBeGreaterThanOrEqual(1);
    expect(c.missed).toBeGreaterThanOrEqual(1);
    expect(c.upcoming).toBeGreaterThanOrEqual(4); // elevator ×4, fire monthly ×2, duct… in 60 days
    expect(c.onTimeRate).toBeCloseTo(c.onTime / (c.onTime + c.late + c.missed), 4);
    const late = c.items.find((i) => i.status === 'LATE')!;
    expect(late.planName).toBe('电梯半月维保');
    expect(Date.parse(late.completedAt!)).toBeGreaterThan(Date.parse(late.dueOn));
    expect(
      c.items.filter((i) => i.status === 'UPCOMING').every((i) => i.dueOn >= today() && !i.workOrderNumber),
    ).toBe(true);
    const dates = c.items.map((i) => i.dueOn);
    expect(dates).toEqual([...dates].sort());
    expect(
      code(await s['park.manager']!.gql(COMPLIANCE, { p: parkId, from: '2026-01-01', to: '2027-12-31' })),
    ).toBe('RANGE_TOO_LONG');
    expect(code(await s['tenant.admin']!.gql(COMPLIANCE, { p: parkId, from: today(), to: today() }))).toBe(
      'FORBIDDEN',
    );
  });

  it('files the order on its due date through the queue, again each period, and writes equipment history on completion', async () => {
    const { createMaintenancePlan: plan } = await s.engineer!.gqlOk<{
      createMaintenancePlan: { id: string; nextDueOn: string; graceDays: number };
    }>(CREATE, {
      input: {
        parkId,
        name: '1号电梯日检',
        equipmentId: elevatorId,
        workCategory: 'ELEVATOR',
        recurrenceUnit: 'DAY',
        recurrenceInterval: 1,
        checklist: ['运行异响', '平层精度'],
        firstDueOn: today(),
      },
    });
    expect(plan).toMatchObject({ nextDueOn: today(), graceDays: 0 });
    const orders = () =>
      t.sql<{ id: string; plan_due_on: string; source: string; state: string; assignee_id: string | null }>(
        `select id, plan_due_on::text, source, state, assignee_id from work_order where maintenance_plan_id = $1 order by plan_due_on`,
        [plan.id],
      );
    await expect.poll(async () => (await orders()).length, { timeout: 8000 }).toBe(1);
    const [first] = await orders();
    expect(first).toMatchObject({ plan_due_on: today(), source: 'MAINTENANCE_PLAN', state: 'DISPATCHED' });
    const [row] = await t.sql<{ next_due_on: string }>(
      'select next_due_on::text from maintenance_plan where id = $1',
      [plan.id],
    );
    expect(row!.next_due_on).toBe(shift(today(), 1));

    await t.advanceClock(DAY);
    await expect
      .poll(async () => (await orders()).map((o) => o.plan_due_on), { timeout: 8000 })
      .toEqual([shift(today(), -1), today()]);

    const MOVE = `mutation ($id: ID!, $input: TransitionWorkOrderInput!) { transitionWorkOrder(id: $id, input: $input) { state } }`;
    const engineer = await t.as('engineer'); // the clock moved a day; a fresh token
    for (const action of ['ACCEPT', 'START', 'COMPLETE'])
      await engineer.gqlOk(MOVE, {
        id: first!.id,
        input: { action, ...(action === 'COMPLETE' && { note: '正常' }) },
      });
    const history = await t.sql<{ kind: string; note: string }>(
      `select kind, note from equipment_event where equipment_id = $1 and data->>'workOrderId' = $2`,
      [elevatorId, first!.id],
    );
    expect(history).toEqual([{ kind: 'MAINTAINED', note: expect.stringContaining('1号电梯日检') }]);
  });

  it('pauses and resumes a plan, and refuses bad plans', async () => {
    const input = {
      parkId,
      name: '水泵周检',
      equipmentCategory: 'WATER_SUPPLY_DRAINAGE',
      workCategory: 'WATER',
      recurrenceUnit: 'WEEK',
      recurrenceInterval: 1,
      checklist: ['泵体振动', '压力表读数'],
      firstDueOn: shift(today(), 5),
    };
    const { createMaintenancePlan: plan } = await s.engineer!.gqlOk<{
      createMaintenancePlan: { id: string };
    }>(CREATE, { input });
    const timer = () => t.sql('select 1 from graphile_worker.jobs where key = $1', [`plan:${plan.id}`]);
    expect(await timer()).toHaveLength(1);
    await s['park.manager']!.gqlOk(ACTIVE, { id: plan.id, active: false });
    expect(await timer()).toHaveLength(0);
    await s['park.manager']!.gqlOk(ACTIVE, { id: plan.id, active: true });
    expect(await timer()).toHaveLength(1);

    const count = async () =>
      (await t.sql<{ n: string }>('select count(*) as n from maintenance_plan'))[0]!.n;
    const before = await count();
    expect(code(await s.engineer!.gql(CREATE, { input: { ...input, equipmentId: elevatorId } }))).toBe(
      'PLAN_TARGET_REQUIRED',
    );
    expect(code(await s.engineer!.gql(CREATE, { input: { ...input, equipmentCategory: undefined } }))).toBe(
      'PLAN_TARGET_REQUIRED',
    );
    expect(code(await s.engineer!.gql(CREATE, { input: { ...input, firstDueOn: '2020-01-01' } }))).toBe(
      'DUE_DATE_IN_PAST',
    );
    expect(code(await s.engineer!.gql(CREATE, { input: { ...input, firstDueOn: 'tomorrow' } }))).toBe(
      'INVALID_INPUT',
    );
    expect(code(await s.engineer!.gql(CREATE, { input: { ...input, recurrenceInterval: 0 } }))).toBe(
      'INVALID_INPUT',
    );
    expect(code(await s['cs.agent']!.gql(CREATE, { input }))).toBe('FORBIDDEN');
    expect(code(await s['tenant.admin']!.gql(PLANS, { p: parkId }))).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });
});
