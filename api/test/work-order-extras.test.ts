import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
const s: Record<string, Session> = {};
const ids: Record<string, string> = {};
let ownUnit: string;

const FIELDS = `id state version billableFen rating ratingComment
  quote { labourFen materialsFen totalFen note state quotedBy decidedBy }
  comments { body author internal } attachments { id fileName contentType size url }
  events { action note }`;
type Order = {
  id: string;
  state: string;
  version: number;
  billableFen: number | null;
  rating: number | null;
  ratingComment: string | null;
  quote: {
    labourFen: number;
    materialsFen: number;
    totalFen: number;
    state: string;
    quotedBy: string;
    decidedBy: string | null;
  } | null;
  comments: { body: string; author: string; internal: boolean }[];
  attachments: { id: string; fileName: string; contentType: string; size: number; url: string }[];
  events: { action: string; note: string | null }[];
};
const GET = `query ($id: ID!) { workOrder(id: $id) { ${FIELDS} } }`;
const SUBMIT = `mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id } }`;
const MOVE = `mutation ($id: ID!, $input: TransitionWorkOrderInput!) { transitionWorkOrder(id: $id, input: $input) { ${FIELDS} } }`;
const QUOTE = `mutation ($id: ID!, $input: QuoteWorkOrderInput!) { quoteWorkOrder(id: $id, input: $input) { ${FIELDS} } }`;
const DECIDE = `mutation ($id: ID!, $accept: Boolean!, $note: String) { decideWorkOrderQuote(id: $id, accept: $accept, note: $note) { ${FIELDS} } }`;
const COMMENT = `mutation ($id: ID!, $body: String!, $internal: Boolean) { addWorkOrderComment(workOrderId: $id, body: $body, internal: $internal) { body internal author } }`;
const UPLOAD = `mutation ($input: CreateAttachmentUploadInput!) { createAttachmentUpload(input: $input) { attachmentId uploadUrl expiresAt } }`;
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.domainCode;

const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.from('JFIF photo of a leaking pipe'),
]);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(20, 1),
]);

async function fileRepair(category = 'WATER') {
  const { submitWorkOrder } = await s['tenant.staff']!.gqlOk<{ submitWorkOrder: { id: string } }>(SUBMIT, {
    input: { category, priority: 'NORMAL', title: '卫生间漏水', unitId: ownUnit },
  });
  return submitWorkOrder.id;
}
const get = async (who: string, id: string) =>
  (await s[who]!.gqlOk<{ workOrder: Order }>(GET, { id })).workOrder;
/** Takes an action that must succeed; its order. */
const move = async (who: string, id: string, input: Record<string, unknown>) =>
  (await s[who]!.gqlOk<{ transitionWorkOrder: Order }>(MOVE, { id, input })).transitionWorkOrder;
/** Tries an action the test expects to be refused; the raw result. */
const tryMove = (who: string, id: string, input: Record<string, unknown>) =>
  s[who]!.gql<{ transitionWorkOrder: Order }>(MOVE, { id, input });
const put = (url: string, body: Buffer, type: string) =>
  fetch(`${t.url}${url}`, { method: 'PUT', headers: { 'content-type': type }, body });
async function upload(who: string, id: string, bytes: Buffer, contentType: string, fileName = 'leak.jpg') {
  const r = await s[who]!.gqlOk<{ createAttachmentUpload: { attachmentId: string; uploadUrl: string } }>(
    UPLOAD,
    {
      input: { workOrderId: id, fileName, contentType, size: bytes.length },
    },
  );
  return {
    ...r.createAttachmentUpload,
    response: await put(r.createAttachmentUpload.uploadUrl, bytes, contentType),
  };
}

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
  for (const login of [
    'tenant.staff',
    'tenant.admin',
    'tenant2.admin',
    'cs.agent',
    'engineer',
    'park.manager',
  ])
    s[login] = await t.as(login);
  for (const r of await t.sql<{ login: string; id: string }>('select login, id from app_user'))
    ids[r.login] = r.id;
  const [own] = await t.sql<{ id: string }>(
    `select u.id from unit u join app_user a on a.tenant_id = u.tenant_id where a.login = 'tenant.staff' limit 1`,
  );
  ownUnit = own!.id;
  await t.sql('delete from staff_shift');
});
afterAll(() => t?.close());

describe('paid repairs', () => {
  it('quotes before work, waits for the tenant, and records the accepted amount for billing', async () => {
    const id = await fileRepair();
    await move('cs.agent', id, { action: 'DISPATCH', assigneeId: ids.engineer });
    const quoted = (
      await s.engineer!.gqlOk<{ quoteWorkOrder: Order }>(QUOTE, {
        id,
        input: { labourFen: 8000, materialsFen: 12550, note: '更换角阀' },
      })
    ).quoteWorkOrder;
    expect(quoted.quote).toMatchObject({ totalFen: 20550, state: 'PENDING' });
    await move('engineer', id, { action: 'ACCEPT' });
    const early = await tryMove('engineer', id, { action: 'START' });
    expect(code(early)).toBe('QUOTE_NOT_ACCEPTED');

    // Staff cannot accept for the tenant; another company cannot even see the order.
    expect(code(await s['cs.agent']!.gql(DECIDE, { id, accept: true }))).toBe('TENANT_DECIDES');
    expect(code(await s['tenant2.admin']!.gql(DECIDE, { id, accept: true }))).toBe('WORK_ORDER_NOT_FOUND');

    const accepted = (
      await s['tenant.admin']!.gqlOk<{ decideWorkOrderQuote: Order }>(DECIDE, { id, accept: true })
    ).decideWorkOrderQuote;
    expect(accepted).toMatchObject({ billableFen: 20550, quote: { state: 'ACCEPTED' } });
    expect(code(await s['tenant.admin']!.gql(DECIDE, { id, accept: false }))).toBe('NO_PENDING_QUOTE');
    expect(code(await s.engineer!.gql(QUOTE, { id, input: { labourFen: 1, materialsFen: 0 } }))).toBe(
      'QUOTE_ALREADY_ACCEPTED',
    );
    const started = await move('engineer', id, { action: 'START' });
    expect(started.state).toBe('IN_PROGRESS');
    expect(started.events.map((e) => e.action)).toEqual([
      'SUBMIT',
      'DISPATCH',
      'QUOTE',
      'ACCEPT',
      'QUOTE_ACCEPTED',
      'START',
    ]);
  });

  it('refuses quotes from other technicians, of nothing, or after work started; a declined quote can be redone', async () => {
    const id = await fileRepair();
    await move('cs.agent', id, { action: 'DISPATCH', assigneeId: ids.engineer });
    const other = await t.as('guard');
    expect(code(await other.gql(QUOTE, { id, input: { labourFen: 100, materialsFen: 0 } }))).toBe(
      'NOT_ASSIGNEE',
    );
    expect(code(await s.engineer!.gql(QUOTE, { id, input: { labourFen: 0, materialsFen: 0 } }))).toBe(
      'EMPTY_QUOTE',
    );
    expect(
      (await s.engineer!.gql(QUOTE, { id, input: { labourFen: -1, materialsFen: 0 } })).errors?.[0]
        ?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    await s.engineer!.gqlOk(QUOTE, { id, input: { labourFen: 5000, materialsFen: 0 } });
    const declined = (
      await s['tenant.staff']!.gqlOk<{ decideWorkOrderQuote: Order }>(DECIDE, {
        id,
        accept: false,
        note: '太贵',
      })
    ).decideWorkOrderQuote;
    expect(declined).toMatchObject({ billableFen: null, quote: { state: 'DECLINED' } });
    const again = (
      await s['cs.agent']!.gqlOk<{ quoteWorkOrder: Order }>(QUOTE, {
        id,
        input: { labourFen: 3000, materialsFen: 0 },
      })
    ).quoteWorkOrder;
    expect(again.quote).toMatchObject({ totalFen: 3000, state: 'PENDING' });
    await s['tenant.staff']!.gqlOk(DECIDE, { id, accept: true });
    await move('engineer', id, { action: 'ACCEPT' });
    await move('engineer', id, { action: 'START' });
    expect(code(await s['cs.agent']!.gql(QUOTE, { id, input: { labourFen: 1, materialsFen: 0 } }))).toBe(
      'NOT_QUOTABLE',
    );
  });
});

describe('comments', () => {
  it('shows public comments to the tenant and internal ones to staff only', async () => {
    const id = await fileRepair();
    await s['tenant.staff']!.gqlOk(COMMENT, { id, body: '下午两点后有人在' });
    await s['cs.agent']!.gqlOk(COMMENT, { id, body: '该租户上月同样问题', internal: true });
    expect(code(await s['tenant.staff']!.gql(COMMENT, { id, body: 'x', internal: true }))).toBe(
      'INTERNAL_FOR_STAFF',
    );
    expect(code(await s['tenant2.admin']!.gql(COMMENT, { id, body: '看看' }))).toBe('WORK_ORDER_NOT_FOUND');
    expect(code(await s['tenant.staff']!.gql(COMMENT, { id, body: '   ' }))).toBe('BAD_LENGTH');
    expect((await get('tenant.staff', id)).comments.map((c) => c.body)).toEqual(['下午两点后有人在']);
    expect((await get('cs.agent', id)).comments.map((c) => [c.body, c.internal])).toEqual([
      ['下午两点后有人在', false],
      ['该租户上月同样问题', true],
    ]);
    const [row] = await t.sql<{ n: string }>(
      'select count(*) as n from work_order_comment where work_order_id = $1',
      [id],
    );
    expect(row!.n).toBe('2');
  });
});

describe('attachments', () => {
  it('takes a photo through a signed upload link and serves it back to who can see the order', async () => {
    const id = await fileRepair();
    const up = await upload('tenant.staff', id, JPEG, 'image/jpeg');
    expect(up.response.status).toBe(201);
    const order = await get('tenant.staff', id);
    expect(order.attachments).toEqual([
      expect.objectContaining({
        id: up.attachmentId,
        fileName: 'leak.jpg',
        contentType: 'image/jpeg',
        size: JPEG.length,
      }),
    ]);
    const res = await fetch(`${t.url}${order.attachments[0]!.url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).equals(JPEG)).toBe(true);
    // Staff see the same photo; the other company sees neither the order nor its files.
    expect((await get('cs.agent', id)).attachments.map((a) => a.id)).toEqual([up.attachmentId]);
    const foreign = await s['tenant2.admin']!.gql<{ workOrder: Order | null }>(GET, { id });
    expect(code(foreign)).toBe('WORK_ORDER_NOT_FOUND');
    expect(
      code(
        await s['tenant2.admin']!.gql(UPLOAD, {
          input: { workOrderId: id, fileName: 'x.jpg', contentType: 'image/jpeg', size: 10 },
        }),
      ),
    ).toBe('WORK_ORDER_NOT_FOUND');
  });

  it('refuses wrong types, lying bytes, oversize bodies, second uploads, forged and expired links', async () => {
    const id = await fileRepair();
    const bad = (input: Record<string, unknown>) =>
      s['tenant.staff']!.gql(UPLOAD, {
        input: { workOrderId: id, fileName: 'a', contentType: 'image/jpeg', size: 10, ...input },
      });
    expect(code(await bad({ contentType: 'text/html' }))).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(code(await bad({ size: 2 * 1024 * 1024 }))).toBe('FILE_TOO_LARGE');

    const lying = await upload(
      'tenant.staff',
      id,
      Buffer.from('<html><script>alert(1)</script></html>'),
      'image/png',
    );
    expect(lying.response.status).toBe(415);
    expect(((await lying.response.json()) as { error: { code: string } }).error.code).toBe('TYPE_MISMATCH');

    const small = await s['tenant.staff']!.gqlOk<{ createAttachmentUpload: { uploadUrl: string } }>(UPLOAD, {
      input: { workOrderId: id, fileName: 'p.png', contentType: 'image/png', size: 10 },
    });
    expect((await put(small.createAttachmentUpload.uploadUrl, PNG, 'image/png')).status).toBe(413);

    const ok = await upload('tenant.staff', id, PNG, 'image/png', 'meter.png');
    expect(ok.response.status).toBe(201);
    expect((await put(ok.uploadUrl, PNG, 'image/png')).status).toBe(409);
    expect((await put(ok.uploadUrl, PNG, 'image/jpeg')).status).toBe(409);

    const forged = ok.uploadUrl.replace(/sig=[^&]+/, 'sig=AAAA');
    expect((await fetch(`${t.url}${forged.replace('op=put', 'op=get')}`)).status).toBe(403);
    const putAsGet = ok.uploadUrl.replace('op=put', 'op=get'); // a put link is not a get link
    expect((await fetch(`${t.url}${putAsGet}`)).status).toBe(403);
    const [att] = (
      await (
        await s['tenant.staff']!.gqlOk<{ workOrder: Order }>(GET, { id })
      ).workOrder.attachments
    ).slice(-1);
    await t.advanceClock(2 * 60 * 60_000); // links last an hour
    expect((await fetch(`${t.url}${att!.url}`)).status).toBe(403);
    // Only the two finished uploads are listed; the lying and oversize ones never arrived.
    const listed = (await s['tenant.staff']!.gqlOk<{ workOrder: Order }>(GET, { id })).workOrder.attachments;
    expect(listed.map((a) => a.fileName)).toEqual(['meter.png']);
  });
});

describe('forged upload links', () => {
  it('refuses a PUT whose signature was forged, and stores nothing', async () => {
    const id = await fileRepair();
    const link = await s['tenant.staff']!.gqlOk<{ createAttachmentUpload: { uploadUrl: string } }>(UPLOAD, {
      input: { workOrderId: id, fileName: 'forged.png', contentType: 'image/png', size: PNG.length },
    });
    const { uploadUrl } = link.createAttachmentUpload;
    expect(uploadUrl).toMatch(/sig=[^&]+/);
    const forged = uploadUrl.replace(
      /sig=([^&])([^&]*)/,
      (_m, first: string, rest: string) => `sig=${first === 'A' ? 'B' : 'A'}${rest}`,
    );
    expect((await put(forged, PNG, 'image/png')).status).toBe(403);
    expect((await put(uploadUrl.replace(/sig=[^&]+/, 'sig='), PNG, 'image/png')).status).toBe(403);
    expect((await get('tenant.staff', id)).attachments).toEqual([]);
    // The genuine link still works: the forgeries used nothing up.
    expect((await put(uploadUrl, PNG, 'image/png')).status).toBe(201);
    expect((await get('tenant.staff', id)).attachments.map((a) => a.fileName)).toEqual(['forged.png']);
  });
});

describe('attachment limit', () => {
  it('caps a work order at 12 files, not counting uploads whose link expired unused', async () => {
    const id = await fileRepair();
    const register = () =>
      s['tenant.staff']!.gql(UPLOAD, {
        input: { workOrderId: id, fileName: 'p.jpg', contentType: 'image/jpeg', size: 100 },
      });
    for (let i = 0; i < 12; i += 1) expect((await register()).errors).toBeUndefined();
    expect(code(await register())).toBe('TOO_MANY_ATTACHMENTS');
    await t.advanceClock(16 * 60_000); // the twelve links expired without an upload
    expect((await register()).errors).toBeUndefined();
  });
});

describe('verification, rating and follow-ups', () => {
  /** Takes an order of `category` through to COMPLETED by `tech`. */
  async function completed(category: string, tech: string) {
    const id = await fileRepair(category);
    await move('cs.agent', id, { action: 'DISPATCH', assigneeId: ids[tech] });
    s[tech] ??= await t.as(tech);
    for (const action of ['ACCEPT', 'START', 'COMPLETE']) await move(tech, id, { action, note: '已处理' });
    return id;
  }
  const followUpsOf = async (id: string) =>
    (await t.sql<{ id: string }>('select id from work_order where follow_up_of_id = $1', [id])).map(
      (r) => r.id,
    );

  it('records the requester’s rating and files a customer-service return visit for an engineering repair', async () => {
    const id = await completed('WATER', 'engineer');
    const badRating = await tryMove('tenant.staff', id, { action: 'VERIFY', rating: 6 });
    expect(badRating.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const verified = await move('tenant.staff', id, {
      action: 'VERIFY',
      rating: 5,
      ratingComment: '师傅很专业',
    });
    expect(verified).toMatchObject({
      state: 'VERIFIED',
      rating: 5,
      ratingComment: '师傅很专业',
    });

    await t.drainJobs();
    const [visitId] = await followUpsOf(id);
    expect(await followUpsOf(id)).toEqual([visitId]);
    const visit = await s['cs.agent']!.gqlOk<{
      workOrder: { category: string; title: string; state: string; followUpOf: { id: string } | null };
    }>('query ($id: ID!) { workOrder(id: $id) { category title state followUpOf { id } } }', { id: visitId });
    expect(visit.workOrder).toMatchObject({
      category: 'SERVICE',
      title: '回访：卫生间漏水',
      state: 'SUBMITTED',
      followUpOf: { id },
    });
    expect(code(await s['tenant.staff']!.gql(GET, { id: visitId }))).toBe('WORK_ORDER_NOT_FOUND');
    const notes = await s['cs.agent']!.gqlOk<{
      notifications: { nodes: { kind: string; workOrderId: string }[] };
    }>('{ notifications(first: 50) { nodes { kind workOrderId } } }');
    expect(notes.notifications.nodes).toContainEqual({ kind: 'FOLLOW_UP', workOrderId: visitId });
    // Customer service works its own follow-up.
    const dispatched = await move('cs.agent', visitId!, { action: 'DISPATCH', assigneeId: ids['cs.agent'] });
    expect(dispatched.state).toBe('DISPATCHED');
  });

  it('files the return visit once, however often its job runs', async () => {
    const id = await completed('WATER', 'engineer');
    await move('tenant.staff', id, { action: 'VERIFY', rating: 4 });
    await t.drainJobs();
    const first = await followUpsOf(id);
    expect(first).toHaveLength(1);
    // A retried or duplicated job (another key, so the queue does not merge them) runs again.
    for (const key of ['again-1', 'again-2'])
      await t.sql(
        `select graphile_worker.add_job('workOrder.followUp', json_build_object('workOrderId', $1::text), job_key => $2)`,
        [id, `${key}:${id}`],
      );
    await t.drainJobs();
    expect(await followUpsOf(id)).toEqual(first);
    // Customer service was told once.
    const [visit] = first;
    const notes = await s['cs.agent']!.gqlOk<{
      notifications: { nodes: { kind: string; workOrderId: string }[] };
    }>('{ notifications(first: 50) { nodes { kind workOrderId } } }');
    expect(notes.notifications.nodes.filter((n) => n.workOrderId === visit)).toEqual([
      { kind: 'FOLLOW_UP', workOrderId: visit },
    ]);
  });

  it('files no follow-up for a cleaning job: its department has no rule', async () => {
    const id = await completed('CLEANING', 'cleaner');
    await move('tenant.staff', id, { action: 'VERIFY' });
    // VERIFY queued the job that would file one in its own transaction; wait until it has run.
    await t.drainJobs();
    expect(await followUpsOf(id)).toEqual([]);
  });
});
