import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Session, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
const s: Record<string, Session> = {};
const ids: Record<string, string> = {};
let unitId: string;
let parkId: string;
const from = new Date(Date.now() - 86_400_000).toISOString();
const to = new Date(Date.now() + 86_400_000).toISOString();

beforeAll(async () => {
  t = await startTestApp();
  for (const login of ['tenant.staff', 'cs.agent', 'engineer']) s[login] = await t.as(login);
  for (const r of await t.sql<{ login: string; id: string }>('select login, id from app_user'))
    ids[r.login] = r.id;
  const [u] = await t.sql<{ id: string; park_id: string }>(
    `select u.id, u.park_id from unit u join app_user a on a.tenant_id = u.tenant_id where a.login = 'tenant.staff' limit 1`,
  );
  unitId = u!.id;
  parkId = u!.park_id;
  await t.sql('delete from staff_shift'); // dispatch by hand, for exact numbers
  await t.sql('delete from work_order'); // and count only this test's orders, not the demo year
});
afterAll(() => t.close());

const MOVE =
  'mutation ($id: ID!, $input: TransitionWorkOrderInput!) { transitionWorkOrder(id: $id, input: $input) { state } }';
const VISIT =
  'mutation ($id: ID!, $input: ReturnVisitInput!) { recordReturnVisit(id: $id, input: $input) { visitScore } }';
const KPIS = `query ($f: WorkOrderKpiFilter!) { workOrderKpis(filter: $f) {
  filed completed timeliness returnVisitRate satisfaction firstTimePass meanResponseMinutes meanResolutionMinutes slaBreaches } }`;

async function file(category: string, who = 'tenant.staff') {
  const input =
    who === 'tenant.staff'
      ? { category, title: '报修', unitId }
      : { category, title: '巡检发现', parkId, locationNote: '东门' };
  return (
    await s[who]!.gqlOk<{ submitWorkOrder: { id: string } }>(
      'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id } }',
      { input },
    )
  ).submitWorkOrder.id;
}
const act = (who: string, id: string, input: Record<string, unknown>) => s[who]!.gqlOk(MOVE, { id, input });
/** Moves the dispatch back in time, as if the order had waited (the deadline counts from dispatch). */
const dispatchedHoursAgo = (id: string, hours: number) =>
  t.sql(`update work_order set dispatched_at = now() - make_interval(hours => $2) where id = $1`, [
    id,
    hours,
  ]);

it('computes timeliness, return visits, satisfaction, first-time pass, times and breaches in one statement', async () => {
  const quick = await file('HVAC');
  await act('cs.agent', quick, { action: 'DISPATCH', assigneeId: ids.engineer });
  for (const action of ['ACCEPT', 'START', 'COMPLETE']) await act('engineer', quick, { action });
  await act('tenant.staff', quick, { action: 'VERIFY' });

  const late = await file('POWER');
  await act('cs.agent', late, { action: 'DISPATCH', assigneeId: ids.engineer });
  await dispatchedHoursAgo(late, 3); // power faults are due within 2 h
  for (const action of ['ACCEPT', 'START', 'COMPLETE']) await act('engineer', late, { action });
  await act('tenant.staff', late, { action: 'REWORK', note: '还是跳闸' });
  await act('engineer', late, { action: 'COMPLETE' });
  await act('tenant.staff', late, { action: 'VERIFY' });

  await file('WATER'); // waiting: no clock yet
  const overdue = await file('LIGHTING', 'cs.agent');
  await act('cs.agent', overdue, { action: 'DISPATCH', assigneeId: ids.engineer });
  await dispatchedHoursAgo(overdue, 24); // lighting, normal: 8 h

  // Return visits: only after verification, once, by the desk.
  expect(
    (await s['cs.agent']!.gql(VISIT, { id: overdue, input: { score: 5 } })).errors?.[0]?.extensions
      ?.domainCode,
  ).toBe('VISIT_TOO_EARLY');
  expect(
    (await s['tenant.staff']!.gql(VISIT, { id: quick, input: { score: 5 } })).errors?.[0]?.extensions?.code,
  ).toBe('FORBIDDEN');
  expect(
    (await s['cs.agent']!.gql(VISIT, { id: quick, input: { score: 6 } })).errors?.[0]?.extensions?.code,
  ).toBe('BAD_USER_INPUT');
  await s['cs.agent']!.gqlOk(VISIT, { id: quick, input: { score: 5, comment: '很快' } });
  await s['cs.agent']!.gqlOk(VISIT, { id: late, input: { score: 2, comment: '修了两次' } });
  expect(
    (await s['cs.agent']!.gql(VISIT, { id: quick, input: { score: 4 } })).errors?.[0]?.extensions?.domainCode,
  ).toBe('ALREADY_VISITED');

  const { result, statements } = await t.statements.measure(() =>
    s['cs.agent']!.gqlOk<{ workOrderKpis: Record<string, number | null> }>(KPIS, { f: { parkId, from, to } }),
  );
  const k = result.workOrderKpis;
  expect(k).toMatchObject({
    filed: 4,
    completed: 2,
    timeliness: 0.5,
    returnVisitRate: 1,
    satisfaction: 0.5,
    firstTimePass: 0.5,
    slaBreaches: 2,
  });
  expect(k.meanResolutionMinutes).toBeGreaterThan(85); // about 0 and 180 minutes
  expect(k.meanResolutionMinutes).toBeLessThan(95);
  expect(statements).toBeLessThanOrEqual(3); // the actor, the park, the KPIs

  const power = await s['cs.agent']!.gqlOk<{ workOrderKpis: Record<string, number | null> }>(KPIS, {
    f: { parkId, from, to, category: 'POWER' },
  });
  expect(power.workOrderKpis).toMatchObject({ filed: 1, completed: 1, timeliness: 0, firstTimePass: 0 });
  // A tenant's KPIs count only its own company's orders.
  const tenant = await s['tenant.staff']!.gqlOk<{ workOrderKpis: { filed: number } }>(KPIS, {
    f: { parkId, from, to },
  });
  expect(tenant.workOrderKpis.filed).toBe(3);
  const empty = await s['cs.agent']!.gqlOk<{ workOrderKpis: Record<string, unknown> }>(KPIS, {
    f: { parkId, from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' },
  });
  expect(empty.workOrderKpis).toMatchObject({
    filed: 0,
    timeliness: null,
    satisfaction: null,
    slaBreaches: 0,
  });
});
