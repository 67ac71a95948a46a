import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unique } from './factories.js';
import { type Session, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let staff: Session;
let admin: Session;
let unitId: string;
beforeAll(async () => {
  t = await startTestApp();
  staff = await t.as('tenant.staff');
  admin = await t.as('tenant.admin');
  const [unit] = await t.sql<{ id: string }>(
    `select u.id from unit u join app_user a on a.tenant_id = u.tenant_id where a.login = 'tenant.staff' limit 1`,
  );
  unitId = unit!.id;
});
afterAll(() => t.close());

const SUBMIT = 'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id } }';
const LIST = `query ($filter: WorkOrderFilter) { workOrders(first: 100, filter: $filter) {  nodes { id title } } }`;
type Listed = { workOrders: { nodes: { id: string; title: string }[] } };

async function file(session: Session, title: string) {
  return (
    await session.gqlOk<{ submitWorkOrder: { id: string } }>(SUBMIT, {
      input: { category: 'HVAC', priority: 'NORMAL', title, unitId },
    })
  ).submitWorkOrder.id;
}

describe('"my requests" in the portal (issue 16: an employee saw colleagues’ requests)', () => {
  it('lists only what the caller filed with requestedByMe; a tenant admin sees the company’s without it', async () => {
    const mine = await file(staff, unique('员工报修-'));
    const colleague = await file(admin, unique('管理员报修-'));

    const own = (await staff.gqlOk<Listed>(LIST, { filter: { requestedByMe: true } })).workOrders.nodes;
    expect(own.map((o) => o.id)).toContain(mine);
    expect(own.map((o) => o.id)).not.toContain(colleague);
    const [other] = await t.sql<{ n: string }>(
      `select count(*) as n from work_order w join app_user a on a.id = w.requester_id
       where w.id = any($1::uuid[]) and a.login <> 'tenant.staff'`,
      [own.map((o) => o.id)],
    );
    expect(Number(other!.n)).toBe(0);

    const adminOwn = (await admin.gqlOk<Listed>(LIST, { filter: { requestedByMe: true } })).workOrders.nodes;
    expect(adminOwn.map((o) => o.id)).toEqual(expect.arrayContaining([colleague]));
    expect(adminOwn.map((o) => o.id)).not.toContain(mine);

    const company = (await admin.gqlOk<Listed>(LIST, {})).workOrders.nodes.map((o) => o.id);
    expect(company).toEqual(expect.arrayContaining([mine, colleague]));
  });
});
