import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../src/modules/maintenance/recurrence.js';
import { createPark } from './factories.js';
import { type GqlResult, type Session, startTestApp, type TestApp } from './test-app.js';

/** Changing a maintenance plan: recurrence, checklist, trade and next due date. */
const DAY = 86_400_000;
let t: TestApp;
const s: Record<string, Session> = {};
let parkId: string;

const CREATE = `mutation ($input: CreateMaintenancePlanInput!) { createMaintenancePlan(input: $input) { id nextDueOn } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateMaintenancePlanInput!) { updateMaintenancePlan(id: $id, input: $input) {
  id name workCategory recurrenceUnit recurrenceInterval checklist graceDays nextDueOn active } }`;
const ext = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions;
const shift = (days: number) =>
  new Date(Date.parse(todayIn('Asia/Shanghai', t.clock.now())) + days * DAY).toISOString().slice(0, 10);

async function newPlan(park = parkId) {
  const data = await t.gqlOk<{ createMaintenancePlan: { id: string } }>(CREATE, {
    input: {
      parkId: park,
      name: '水泵月度保养',
      equipmentCategory: 'WATER_SUPPLY_DRAINAGE',
      workCategory: 'WATER',
      recurrenceUnit: 'MONTH',
      recurrenceInterval: 1,
      checklist: ['检查泵体', '检查阀门'],
      firstDueOn: shift(3),
    },
  });
  return data.createMaintenancePlan.id;
}
const planRow = async (id: string) =>
  (
    await t.sql<{ name: string; recurrence_interval: number; checklist: string[]; next_due_on: string }>(
      `select name, recurrence_interval, checklist, next_due_on::text from maintenance_plan where id = $1`,
      [id],
    )
  )[0]!;

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
  for (const login of ['engineer', 'cleaner', 'tenant.admin']) s[login] = await t.as(login);
  [{ id: parkId }] = (await t.sql<{ id: string }>(`select id from park where code = 'SZ-XH'`)) as [
    { id: string },
  ];
});
afterAll(() => t?.close());

describe('updateMaintenancePlan', () => {
  it('lets an engineer change recurrence, checklist and trade, and moves the timer with the due date', async () => {
    const id = await newPlan();
    const data = await s.engineer!.gqlOk<{ updateMaintenancePlan: Record<string, unknown> }>(UPDATE, {
      id,
      input: {
        name: '水泵双月保养',
        recurrenceInterval: 2,
        checklist: ['检查泵体', '紧固螺栓', '记录电流'],
        workCategory: 'POWER',
        nextDueOn: shift(10),
      },
    });
    expect(data.updateMaintenancePlan).toMatchObject({
      name: '水泵双月保养',
      recurrenceUnit: 'MONTH',
      recurrenceInterval: 2,
      checklist: ['检查泵体', '紧固螺栓', '记录电流'],
      workCategory: 'POWER',
      nextDueOn: shift(10),
      active: true,
    });
    const [job] = await t.sql<{ run_at: Date }>(`select run_at from graphile_worker.jobs where key = $1`, [
      `plan:${id}`,
    ]);
    expect(job!.run_at.getTime()).toBeGreaterThan(Date.parse(shift(9)));
    const [audit] = await t.sql<{ outcome: string }>(
      `select outcome from audit_log where operation = 'updateMaintenancePlan' and target_id = $1`,
      [id],
    );
    expect(audit?.outcome).toBe('OK');
  });

  it('names the field of bad input and changes nothing', async () => {
    const id = await newPlan();
    const before = await planRow(id);
    const cases: [Record<string, unknown>, string][] = [
      [{ checklist: [] }, 'input.checklist'],
      [{ checklist: [''] }, 'input.checklist'],
      [{ recurrenceInterval: 0 }, 'input.recurrenceInterval'],
      [{ name: '' }, 'input.name'],
      [{ nextDueOn: shift(-1) }, 'input.nextDueOn'],
      [{ nextDueOn: '2026-02-30' }, 'input.nextDueOn'],
      [{ graceDays: 61 }, 'input.graceDays'],
    ];
    for (const [input, field] of cases) {
      const res = await t.gql(UPDATE, { id, input: { name: '改了名', ...input } });
      expect(ext(res), JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(String(ext(res)?.field), JSON.stringify(input)).toMatch(
        new RegExp(`^${field.replace('.', '\\.')}`),
      );
    }
    expect(await planRow(id)).toEqual(before);
  });

  it('is FORBIDDEN without maintenance.manage, NOT_FOUND for another park’s plan', async () => {
    const id = await newPlan();
    const before = await planRow(id);
    for (const login of ['cleaner', 'tenant.admin']) {
      expect(ext(await s[login]!.gql(UPDATE, { id, input: { name: '偷改' } })), login).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    const other = await createPark(t);
    const foreign = await newPlan(other.id);
    // The engineer works in the demo park only.
    expect(ext(await s.engineer!.gql(UPDATE, { id: foreign, input: { name: '偷改' } }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await planRow(id)).toEqual(before);
    expect((await planRow(foreign)).name).toBe('水泵月度保养');
  });
});
