import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LOOKUPS_PER_IP,
  REPORTS_PER_EQUIPMENT,
  REPORTS_PER_IP,
} from '../src/modules/fault-report/fault-report.service.js';
import { createEquipment } from './factories.js';
import type { GqlResult, TestApp } from './test-app.js';
import { startTestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const LOOKUP = 'query ($token: String!) { publicEquipment(token: $token) { name buildingName floorName } }';
const REPORT = `mutation ($input: ReportEquipmentFaultInput!) {
  reportEquipmentFault(input: $input) { received photoUploadUrl } }`;
const ext = (r: Pick<GqlResult, 'errors'>) => r.errors?.[0]?.extensions;
/** A caller with no credential and an address of its own. */
const passerBy = () => t.withAuthorization(undefined);

/** A new lift on a site of its own, with no order yet, and its label token. */
async function freshEquipment() {
  const made = await createEquipment(t);
  const [row] = await t.sql<{ token: string }>('select public_token as token from equipment where id = $1', [
    made.equipment.id,
  ]);
  return { ...made, token: row!.token };
}

async function ordersOf(equipmentId: string) {
  return t.sql<{ id: string; source: string; title: string; state: string; reports: number }>(
    `select w.id, w.source, w.title, w.state,
            (select count(*)::int from fault_report r where r.work_order_id = w.id) as reports
       from work_order w where w.equipment_id = $1 order by w.submitted_at`,
    [equipmentId],
  );
}

describe('equipment QR labels: the public side', () => {
  it('gives each equipment a random token, not its code; the page shows name and place only', async () => {
    const { equipment, token, floor } = await freshEquipment();
    const [place] = await t.sql<{ floor: string }>('select name as floor from floor where id = $1', [
      floor.id,
    ]);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(token).not.toContain(equipment.code);
    const tokens = await t.sql<{ n: number; distinct: number }>(
      'select count(*)::int as n, count(distinct public_token)::int as distinct from equipment',
    );
    expect(tokens[0]!.distinct).toBe(tokens[0]!.n);

    const seen = await passerBy().gqlOk<{ publicEquipment: Record<string, unknown> }>(LOOKUP, { token });
    expect(seen.publicEquipment).toEqual({ name: '1#客梯', buildingName: '测试楼', floorName: place!.floor });
    // The console prints labels of chosen equipment: the ledger by ids gives their tokens.
    const chosen = await t.gqlOk<{ equipmentLedger: { nodes: { id: string; publicToken: string }[] } }>(
      'query ($ids: [ID!]) { equipmentLedger(filter: { ids: $ids }) { nodes { id publicToken } } }',
      { ids: [equipment.id, 'not-a-uuid'] },
    );
    expect(chosen.equipmentLedger.nodes).toEqual([{ id: equipment.id, publicToken: token }]);
    // The type has nothing else to give: no id, code, park, status or maker.
    const fields = await passerBy().gqlOk<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "PublicEquipment") { fields { name } } }',
    );
    expect(fields.__type.fields.map((f) => f.name).sort()).toEqual(['buildingName', 'floorName', 'name']);
    // A public caller reaches nothing else through it.
    const more = await passerBy().gql(
      `query ($token: String!) { publicEquipment(token: $token) { name } equipmentLedger(first: 1) { totalCount } }`,
      { token },
    );
    expect(more.data?.equipmentLedger ?? null).toBeNull();
  });

  it('answers a guessed, malformed or retired token exactly as an unknown one', async () => {
    const retired = await freshEquipment();
    await t.sql(`update equipment set status = 'RETIRED' where id = $1`, [retired.equipment.id]);
    const guesses = [
      '0'.repeat(32),
      retired.token,
      retired.equipment.code,
      "' or 1=1 --",
      `${retired.token.slice(0, 31)}0`,
    ];
    const caller = passerBy();
    const answers = [];
    for (const token of guesses) {
      const looked = await caller.gql(LOOKUP, { token });
      const reported = await passerBy().gql(REPORT, { input: { token, description: '灯不亮了' } });
      answers.push(
        JSON.stringify([looked.errors?.[0]?.message, ext(looked)]),
        JSON.stringify([reported.errors?.[0]?.message, { ...ext(reported), field: 'token' }]),
      );
      expect(looked.data?.publicEquipment ?? null).toBeNull();
    }
    expect(ext(await caller.gql(LOOKUP, { token: guesses[0] }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(new Set(answers).size).toBe(1);
    expect(await ordersOf(retired.equipment.id)).toEqual([]);
  });

  it('files a work order from a public report; the desk sees the unverified reporter, others do not', async () => {
    // An equipment of the demo park with nothing open on it, so the park's desk sees the order.
    const [eq] = await t.sql<{ id: string; token: string; park_id: string }>(
      `select e.id, e.public_token as token, e.park_id from equipment e join park p on p.id = e.park_id
        where p.name = '苏州星湖智造产业园' and e.status <> 'RETIRED' and e.category = 'LIGHTING'
          and not exists (select 1 from work_order w where w.equipment_id = e.id
                          and w.state in ('SUBMITTED','DISPATCHED','ACCEPTED','IN_PROGRESS','ON_HOLD'))
        limit 1`,
    );
    const receipt = await passerBy().gqlOk<{ reportEquipmentFault: Record<string, unknown> }>(REPORT, {
      input: {
        token: eq!.token,
        description: '走廊灯一直闪烁',
        reporterName: '王先生',
        reporterPhone: '13800001111',
      },
    });
    expect(receipt.reportEquipmentFault).toEqual({ received: true, photoUploadUrl: null });
    const [order] = await ordersOf(eq!.id);
    expect(order).toMatchObject({ source: 'PUBLIC_REPORT', title: '走廊灯一直闪烁', reports: 1 });

    const DETAIL = `query ($id: ID!) { workOrder(id: $id) { source category equipment { id }
      faultReports { description reporterName reporterPhone filedOrder }
      events { action actorLabel } } }`;
    const desk = await t.as('cs.agent');
    const seen = await desk.gqlOk<{ workOrder: Record<string, unknown> }>(DETAIL, { id: order!.id });
    expect(seen.workOrder).toMatchObject({
      source: 'PUBLIC_REPORT',
      category: 'LIGHTING',
      equipment: { id: eq!.id },
      faultReports: [
        {
          description: '走廊灯一直闪烁',
          reporterName: '王先生',
          reporterPhone: '13800001111',
          filedOrder: true,
        },
      ],
    });
    expect((seen.workOrder.events as { actorLabel: string }[])[0]!.actorLabel).toContain('未验证');
    // A technician reads the order but not who reported it.
    const engineer = await t.as('engineer');
    const tech = await engineer.gql<{ workOrder: { source: string } | null }>(
      `query ($id: ID!) { workOrder(id: $id) { source faultReports { reporterPhone } } }`,
      { id: order!.id },
    );
    expect(ext(tech)).toMatchObject({ code: 'FORBIDDEN' });
    // A tenant does not see the order at all.
    const tenant = await t.as('tenant.admin');
    const other = await tenant.gql(`query ($id: ID!) { workOrder(id: $id) { id } }`, { id: order!.id });
    expect(ext(other)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('joins repeated reports to the open order, and files a new one once it is closed', async () => {
    const { equipment, token } = await freshEquipment();
    await passerBy().gqlOk(REPORT, { input: { token, description: '电梯异响' } });
    await passerBy().gqlOk(REPORT, { input: { token, description: '电梯还在响', reporterName: '李' } });
    const orders = await ordersOf(equipment.id);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ reports: 2, title: '电梯异响' });
    const events = await t.sql<{ action: string; note: string | null }>(
      'select action, note from work_order_event where work_order_id = $1 order by created_at, action desc',
      [orders[0]!.id],
    );
    expect(events.map((e) => e.action)).toContain('PUBLIC_REPORT');
    expect(events.find((e) => e.action === 'PUBLIC_REPORT')?.note).toBe('电梯还在响');

    await t.gqlOk(
      'mutation ($id: ID!) { transitionWorkOrder(id: $id, input: { action: CANCEL, note: "误报" }) { state } }',
      { id: orders[0]!.id },
    );
    await passerBy().gqlOk(REPORT, { input: { token, description: '电梯又响了' } });
    expect((await ordersOf(equipment.id)).map((o) => o.reports)).toEqual([2, 1]);
  });

  it('files one order for 50 concurrent reports of one equipment, up to its limit', async () => {
    const { equipment, token } = await freshEquipment();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        passerBy().gql(REPORT, { input: { token, description: `同时报修 ${i}` } }),
      ),
    );
    const ok = results.filter((r) => !r.errors);
    const limited = results.filter((r) => ext(r)?.code === 'TOO_MANY_REQUESTS');
    expect(ok).toHaveLength(REPORTS_PER_EQUIPMENT);
    expect(limited).toHaveLength(50 - REPORTS_PER_EQUIPMENT);
    const orders = await ordersOf(equipment.id);
    expect(orders).toHaveLength(1);
    expect(orders[0]!.reports).toBe(REPORTS_PER_EQUIPMENT);
  });

  it('limits reports and lookups per address', async () => {
    const caller = passerBy();
    const targets = await Promise.all(Array.from({ length: REPORTS_PER_IP + 1 }, () => freshEquipment()));
    const answers = [];
    for (const target of targets)
      answers.push(await caller.gql(REPORT, { input: { token: target.token, description: '按钮坏了' } }));
    expect(answers.slice(0, REPORTS_PER_IP).every((r) => !r.errors)).toBe(true);
    expect(ext(answers[REPORTS_PER_IP]!)).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      domainCode: 'REPORT_RATE_LIMITED',
    });
    expect(ext(answers[REPORTS_PER_IP]!)?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await ordersOf(targets[REPORTS_PER_IP]!.equipment.id)).toEqual([]);

    // Guessing tokens from one address runs into the lookup limit, whatever the guesses.
    const guesser = passerBy();
    let codes: unknown[] = [];
    for (let i = 0; i <= LOOKUPS_PER_IP; i += 1)
      codes.push(ext(await guesser.gql(LOOKUP, { token: i.toString(16).padStart(32, '0') }))?.code);
    expect(codes.slice(0, LOOKUPS_PER_IP).every((c) => c === 'NOT_FOUND')).toBe(true);
    expect(codes[LOOKUPS_PER_IP]).toBe('TOO_MANY_REQUESTS');
    // ...even for a real token, until the window passes.
    expect(ext(await guesser.gql(LOOKUP, { token: targets[0]!.token }))?.code).toBe('TOO_MANY_REQUESTS');
    await t.advanceClock(11 * 60_000);
    codes = [ext(await guesser.gql(LOOKUP, { token: targets[0]!.token }))?.code];
    expect(codes).toEqual([undefined]);
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const { equipment, token } = await freshEquipment();
    const cases: [Record<string, unknown>, string][] = [
      [{ token, description: 'x' }, 'input.description'],
      [{ token, description: '灯坏了', reporterPhone: 'call me' }, 'input.reporterPhone'],
      [{ token, description: '灯坏了', reporterName: 'x'.repeat(51) }, 'input.reporterName'],
      [
        {
          token,
          description: '灯坏了',
          photo: { fileName: 'a.pdf', contentType: 'application/pdf', size: 10 },
        },
        'input.photo.contentType',
      ],
    ];
    for (const [input, field] of cases) {
      const r = await passerBy().gql(REPORT, { input });
      expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await ordersOf(equipment.id)).toEqual([]);
    // Staff cannot pass their own orders off as public reports.
    const staff = await t.gql(
      'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id } }',
      {
        input: {
          category: 'ELEVATOR',
          title: '电梯异响',
          equipmentId: equipment.id,
          source: 'PUBLIC_REPORT',
        },
      },
    );
    expect(ext(staff)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.source' });
  });

  it('takes an optional photo through a one-time signed upload, bytes checked', async () => {
    const { equipment, token } = await freshEquipment();
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60, 1)]);
    const receipt = await passerBy().gqlOk<{ reportEquipmentFault: { photoUploadUrl: string } }>(REPORT, {
      input: {
        token,
        description: '门禁读卡器不亮',
        photo: { fileName: 'reader.jpg', contentType: 'image/jpeg', size: jpeg.length },
      },
    });
    const url = `${t.url}${receipt.reportEquipmentFault.photoUploadUrl}`;
    const wrong = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': 'image/jpeg' },
      body: Buffer.from('%PDF-1.4 not a photo'),
    });
    expect(wrong.status).toBe(415);
    const put = await fetch(url, { method: 'PUT', headers: { 'content-type': 'image/jpeg' }, body: jpeg });
    expect(put.status).toBe(201);
    const again = await fetch(url, { method: 'PUT', headers: { 'content-type': 'image/jpeg' }, body: jpeg });
    expect(again.status).toBe(409);
    const [order] = await ordersOf(equipment.id);
    const seen = await t.gqlOk<{ workOrder: { attachments: { fileName: string; uploadedBy: string }[] } }>(
      'query ($id: ID!) { workOrder(id: $id) { attachments { fileName uploadedBy } } }',
      { id: order!.id },
    );
    expect(seen.workOrder.attachments).toEqual([
      { fileName: 'reader.jpg', uploadedBy: expect.stringContaining('未验证') },
    ]);
  });
});
