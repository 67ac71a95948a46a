import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payAtSandbox } from './payment-helpers.js';
import { type GqlResult, type Session, startTestApp, type TestApp } from './test-app.js';

/**
 * Invoice requests 开票 (issue 19 §4): a company asks for a VAT e-invoice of a paid bill; finance
 * uploads the issued e-invoice and issues the request once, or refuses it; others see nothing.
 */
let t: TestApp;
const s: Record<string, Session> = {};
const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;
const reason = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.domainCode;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
/** A valid unified social credit code (a published one). */
const USCC = '91440300708461136T';
const FIELDS =
  'id status kind amountFen title taxNumber invoiceNumber issuedOn rejectReason billNumber tenantName file { url fileName contentType }';
const REQUEST = `mutation ($input: CreateInvoiceRequestInput!) { requestInvoice(input: $input) { ${FIELDS} } }`;
const UPLOAD = `mutation ($input: CreateInvoiceFileUploadInput!) {
  createInvoiceFileUpload(input: $input) { attachmentId uploadUrl } }`;
const ISSUE = `mutation ($id: ID!, $input: IssueInvoiceInput!) { issueInvoice(id: $id, input: $input) { ${FIELDS} } }`;
const REJECT = `mutation ($id: ID!, $r: String!) { rejectInvoiceRequest(id: $id, input: { reason: $r }) { ${FIELDS} } }`;
const CANCEL = `mutation ($id: ID!) { cancelInvoiceRequest(id: $id) { ${FIELDS} } }`;
type Req = {
  id: string;
  status: string;
  amountFen: number;
  invoiceNumber: string | null;
  rejectReason: string | null;
  billNumber: string;
  file: { url: string; contentType: string } | null;
};

let seq = 0;
/** A new bill of `login`'s company (as the owner), paid in full unless `paid` is false. */
async function paidBill(login = 'tenant.admin', paid = true) {
  seq += 1;
  const [b] = await t.sql<{ id: string; number: string }>(
    `insert into bill (id, created_at, updated_at, park_id, tenant_id, number, period, kind, status, issued_on, due_on,
       total_fen, paid_fen, check_code)
     select gen_random_uuid(), now(), now(), u.park_id, u.tenant_id, $2, to_char(now(), 'YYYY-MM'), 'ADJUSTMENT', $3,
            current_date, current_date + 10, 88_800, $4, '123456'
       from app_user u where u.login = $1
     returning id, number`,
    [login, `ZDI${Date.now() % 1e8}-${seq}`, paid ? 'PAID' : 'ISSUED', paid ? 88_800 : 0],
  );
  return b!;
}

const ask = (session: Session, billId: string, extra: Record<string, unknown> = {}) =>
  session.gql<{ requestInvoice: Req }>(REQUEST, {
    input: { billId, kind: 'NORMAL', title: '深圳示例科技有限公司', taxNumber: USCC, ...extra },
  });

const requestRows = async (billId: string) =>
  Number(
    (await t.sql<{ n: string }>('select count(*) n from invoice_request where bill_id = $1', [billId]))[0]!.n,
  );

/** Finance registers and uploads a file for request `id`; returns its attachment id. */
async function uploadFile(id: string, bytes = PDF, type = 'application/pdf') {
  const up = await s.finance!.gqlOk<{ createInvoiceFileUpload: { attachmentId: string; uploadUrl: string } }>(
    UPLOAD,
    { input: { requestId: id, fileName: '发票.pdf', contentType: type, size: bytes.length } },
  );
  const put = await fetch(`${t.url}${up.createInvoiceFileUpload.uploadUrl}`, {
    method: 'PUT',
    headers: { 'content-type': type },
    body: bytes,
  });
  expect(put.status).toBe(201);
  return up.createInvoiceFileUpload.attachmentId;
}

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const number20 = () => `2644${String(Date.now()).slice(-10)}${String(++seq).padStart(6, '0')}`;

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
  for (const login of ['finance', 'tenant.admin', 'tenant.staff', 'tenant2.admin'])
    s[login] = await t.as(login);
});
afterAll(() => t?.close());

describe('asking for an invoice', () => {
  it('refuses a bad tax number, missing special details, an unpaid bill and another company’s bill, writing nothing', async () => {
    const bill = await paidBill();
    const wrongCheck = await ask(s['tenant.admin']!, bill.id, { taxNumber: '91440300708461136X' });
    expect([code(wrongCheck), reason(wrongCheck)]).toEqual(['BAD_USER_INPUT', 'TAX_NUMBER_INVALID']);
    const special = await ask(s['tenant.admin']!, bill.id, { kind: 'SPECIAL', address: '深圳市南山区' });
    expect(reason(special)).toBe('SPECIAL_INVOICE_DETAILS_REQUIRED');
    expect(special.errors?.[0]?.extensions?.field).toBe('input.phone');
    const tooLong = await ask(s['tenant.admin']!, bill.id, { title: '长'.repeat(101) });
    expect(code(tooLong)).toBe('BAD_USER_INPUT');
    const unpaid = await paidBill('tenant.admin', false);
    expect(reason(await ask(s['tenant.admin']!, unpaid.id))).toBe('BILL_NOT_PAID');
    const foreign = await paidBill('tenant2.admin');
    expect(code(await ask(s['tenant.admin']!, foreign.id))).toBe('NOT_FOUND');
    expect(code(await ask(s['tenant.admin']!, 'not-a-uuid'))).toBe('NOT_FOUND');
    // An employee reads bills but may not ask.
    expect(code(await ask(s['tenant.staff']!, bill.id))).toBe('FORBIDDEN');
    for (const id of [bill.id, unpaid.id, foreign.id]) expect(await requestRows(id)).toBe(0);
  });

  it('makes one request of 50 concurrent ones for a bill; the rest are CONFLICT', async () => {
    const bill = await paidBill();
    const answers = await Promise.all(Array.from({ length: 50 }, () => ask(s['tenant.admin']!, bill.id)));
    const made = answers.filter((a) => a.data?.requestInvoice);
    expect(made).toHaveLength(1);
    expect(made[0]!.data!.requestInvoice).toMatchObject({
      status: 'REQUESTED',
      amountFen: 88_800,
      taxNumber: USCC,
    });
    expect(new Set(answers.filter((a) => !a.data?.requestInvoice).map(reason))).toEqual(
      new Set(['INVOICE_ALREADY_REQUESTED']),
    );
    expect(await requestRows(bill.id)).toBe(1);
    // Finance hears of it.
    await t.drainJobs();
    const [n] = await t.sql<{ n: string }>(
      `select count(*) n from notification x join app_user u on u.id = x.recipient_id
        where u.login = 'finance' and x.kind = 'INVOICE_REQUESTED' and x.facts->>'billNumber' = $1`,
      [bill.number],
    );
    expect(Number(n!.n)).toBe(1);
  });

  it('is withdrawn by the company while waiting, and then may be asked again', async () => {
    const bill = await paidBill();
    const first = (await ask(s['tenant.admin']!, bill.id)).data!.requestInvoice;
    const cancelled = await s['tenant.admin']!.gqlOk<{ cancelInvoiceRequest: Req }>(CANCEL, { id: first.id });
    expect(cancelled.cancelInvoiceRequest.status).toBe('CANCELLED');
    expect(reason(await s['tenant.admin']!.gql(CANCEL, { id: first.id }))).toBe('INVOICE_NOT_WAITING');
    const again = await ask(s['tenant.admin']!, bill.id, {
      kind: 'SPECIAL',
      address: '深圳市南山区科技园路 1 号',
      phone: '0755-86001234',
      bankName: '招商银行深圳科技园支行',
      bankAccount: '7559 0000 1234 5678',
    });
    expect(again.data?.requestInvoice.status).toBe('REQUESTED');
    const [row] = await t.sql<{ bank_account: string }>(
      'select bank_account from invoice_request where id = $1',
      [again.data!.requestInvoice.id],
    );
    expect(row!.bank_account).toBe('7559000012345678');
  });
});

describe('finance issuing an invoice', () => {
  it('uploads the e-invoice, issues it once of 50 concurrent attempts, and the company downloads it', async () => {
    const bill = await paidBill();
    const req = (await ask(s['tenant.admin']!, bill.id)).data!.requestInvoice;
    // Only e-invoice files, and the bytes must be what they claim.
    const photo = await s.finance!.gql(UPLOAD, {
      input: { requestId: req.id, fileName: 'x.jpg', contentType: 'image/jpeg', size: 10 },
    });
    expect(reason(photo)).toBe('INVOICE_FILE_TYPE_REQUIRED');
    const fake = await s.finance!.gqlOk<{ createInvoiceFileUpload: { uploadUrl: string } }>(UPLOAD, {
      input: { requestId: req.id, fileName: 'x.pdf', contentType: 'application/pdf', size: 20 },
    });
    const refused = await fetch(`${t.url}${fake.createInvoiceFileUpload.uploadUrl}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: 'not a pdf at all....',
    });
    expect(refused.status).toBe(415);
    // A file registered but never uploaded cannot be issued; nor a date in the future.
    const notUploaded = await s.finance!.gqlOk<{ createInvoiceFileUpload: { attachmentId: string } }>(
      UPLOAD,
      {
        input: { requestId: req.id, fileName: 'y.pdf', contentType: 'application/pdf', size: 100 },
      },
    );
    const invoiceNumber = number20();
    const early = await s.finance!.gql(ISSUE, {
      id: req.id,
      input: { invoiceNumber, issuedOn: today(), fileId: notUploaded.createInvoiceFileUpload.attachmentId },
    });
    expect(reason(early)).toBe('INVOICE_FILE_NOT_UPLOADED');
    const fileId = await uploadFile(req.id);
    const future = await s.finance!.gql(ISSUE, {
      id: req.id,
      input: { invoiceNumber, issuedOn: '2999-01-01', fileId },
    });
    expect(reason(future)).toBe('ISSUED_ON_IN_FUTURE');
    const past = await s.finance!.gql(ISSUE, {
      id: req.id,
      input: { invoiceNumber, issuedOn: '2020-01-01', fileId },
    });
    expect(reason(past)).toBe('ISSUED_ON_BEFORE_REQUEST');
    const short = await s.finance!.gql(ISSUE, {
      id: req.id,
      input: { invoiceNumber: '123', issuedOn: today(), fileId },
    });
    expect(code(short)).toBe('BAD_USER_INPUT');
    expect(
      (await t.sql<{ status: string }>('select status from invoice_request where id = $1', [req.id]))[0]!
        .status,
    ).toBe('REQUESTED');

    // The company's open bill page hears of it live: the bill, with its request now issued.
    const live = new Promise<{ id: string; invoiceRequest: { status: string; invoiceNumber: string } }>(
      (resolve, reject) => {
        s['tenant.admin']!.wsClient().subscribe<{
          myBillChanged: { id: string; invoiceRequest: { status: string; invoiceNumber: string } };
        }>(
          { query: 'subscription { myBillChanged { id invoiceRequest { status invoiceNumber } } }' },
          {
            next: (m) => {
              if (m.data?.myBillChanged.invoiceRequest?.status === 'ISSUED') resolve(m.data.myBillChanged);
            },
            error: reject,
            complete: () => undefined,
          },
        );
      },
    );
    await new Promise((r) => setTimeout(r, 300));
    const attempts = await Promise.all(
      Array.from({ length: 50 }, () =>
        s.finance!.gql<{ issueInvoice: Req }>(ISSUE, {
          id: req.id,
          input: { invoiceNumber, issuedOn: today(), fileId },
        }),
      ),
    );
    expect(attempts.filter((a) => a.data?.issueInvoice)).toHaveLength(1);
    expect(new Set(attempts.filter((a) => !a.data).map(reason))).toEqual(new Set(['INVOICE_NOT_WAITING']));
    expect(await live).toEqual({ id: bill.id, invoiceRequest: { status: 'ISSUED', invoiceNumber } });

    const seen = await s['tenant.admin']!.gqlOk<{ invoiceRequest: Req }>(
      `query ($id: ID!) { invoiceRequest(id: $id) { ${FIELDS} } }`,
      { id: req.id },
    );
    expect(seen.invoiceRequest).toMatchObject({ status: 'ISSUED', invoiceNumber, billNumber: bill.number });
    const file = await fetch(`${t.url}${seen.invoiceRequest.file!.url}`);
    expect([file.status, file.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    // The bill names it too, and its requester was told.
    const viaBill = await s['tenant.admin']!.gqlOk<{ bill: { invoiceRequest: Req } }>(
      'query ($id: ID!) { bill(id: $id) { invoiceRequest { id status invoiceNumber } } }',
      { id: bill.id },
    );
    expect(viaBill.bill.invoiceRequest).toEqual({ id: req.id, status: 'ISSUED', invoiceNumber });
    const told = await s['tenant.admin']!.gqlOk<{
      notifications: { nodes: { kind: string; facts: { invoiceNumber: string } }[] };
    }>('{ notifications(first: 20) { nodes { kind facts { invoiceNumber } } } }');
    expect(
      told.notifications.nodes.some(
        (n) => n.kind === 'INVOICE_ISSUED' && n.facts.invoiceNumber === invoiceNumber,
      ),
    ).toBe(true);
    // Issued: a second request of the bill is refused, and so is the same number on another request.
    expect(reason(await ask(s['tenant.admin']!, bill.id))).toBe('INVOICE_ALREADY_REQUESTED');
    const other = (await ask(s['tenant.admin']!, (await paidBill()).id)).data!.requestInvoice;
    const dup = await s.finance!.gql(ISSUE, {
      id: other.id,
      input: { invoiceNumber, issuedOn: today(), fileId: await uploadFile(other.id) },
    });
    expect(reason(dup)).toBe('INVOICE_NUMBER_TAKEN');
  });

  it('after a refund, asks for a red-letter invoice of what the bill gave back, recorded once of 50 attempts and never beyond it', async () => {
    const bill = await paidBill();
    const req = (await ask(s['tenant.admin']!, bill.id)).data!.requestInvoice;
    const invoiceNumber = number20();
    await s.finance!.gqlOk(ISSUE, {
      id: req.id,
      input: { invoiceNumber, issuedOn: today(), fileId: await uploadFile(req.id) },
    });
    const REVERSAL = 'reversalDueFen reversedFen reversalNumber reversedOn';
    const read = async () =>
      (
        await s.finance!.gqlOk<{
          invoiceRequest: { reversalDueFen: number; reversedFen: number; reversalNumber: string | null };
        }>(`query ($id: ID!) { invoiceRequest(id: $id) { ${REVERSAL} } }`, { id: req.id })
      ).invoiceRequest;
    const dueList = async () =>
      (
        await s.finance!.gqlOk<{ invoiceRequests: { nodes: { id: string }[] } }>(
          '{ invoiceRequests(first: 100, filter: { reversalDue: true }) { nodes { id } } }',
        )
      ).invoiceRequests.nodes.map((n) => n.id);
    expect(await read()).toMatchObject({ reversalDueFen: 0, reversedFen: 0, reversalNumber: null });
    expect(await dueList()).not.toContain(req.id);

    // 300 yuan of the 888 refunded (the payment feature's refund lowers the bill's paid money).
    await t.sql(`update bill set paid_fen = 58_800, status = 'PARTLY_PAID' where id = $1`, [bill.id]);
    expect(await read()).toMatchObject({ reversalDueFen: 30_000 });
    expect(await dueList()).toContain(req.id);

    const RECORD = `mutation ($id: ID!, $input: RecordInvoiceReversalInput!) { recordInvoiceReversal(id: $id, input: $input) { ${REVERSAL} } }`;
    const red = (amountFen: number, issuedOn = today()) => ({
      id: req.id,
      input: { invoiceNumber: number20(), issuedOn, amountFen },
    });
    expect(reason(await s.finance!.gql(RECORD, red(30_001)))).toBe('REVERSAL_OVER_DUE');
    expect(reason(await s.finance!.gql(RECORD, red(10_000, '2999-01-01')))).toBe('ISSUED_ON_IN_FUTURE');
    expect(reason(await s.finance!.gql(RECORD, red(10_000, '2020-01-01')))).toBe('ISSUED_ON_BEFORE_INVOICE');
    expect(code(await s.finance!.gql(RECORD, red(0)))).toBe('BAD_USER_INPUT');
    expect(code(await s['tenant.admin']!.gql(RECORD, red(10_000)))).toBe('FORBIDDEN');
    expect(await read()).toMatchObject({ reversalDueFen: 30_000, reversedFen: 0 });

    // Two of 200 yuan would reverse more than the 300 given back: one of 50 is recorded.
    const attempts = await Promise.all(Array.from({ length: 50 }, () => s.finance!.gql(RECORD, red(20_000))));
    expect(attempts.filter((a) => !a.errors)).toHaveLength(1);
    expect(new Set(attempts.filter((a) => a.errors).map(reason))).toEqual(new Set(['REVERSAL_OVER_DUE']));
    expect(await read()).toMatchObject({ reversalDueFen: 10_000, reversedFen: 20_000 });
    const last = red(10_000);
    await s.finance!.gqlOk(RECORD, last);
    expect(await read()).toEqual({
      reversalDueFen: 0,
      reversedFen: 30_000,
      reversalNumber: last.input.invoiceNumber,
      reversedOn: today(),
    });
    expect(await dueList()).not.toContain(req.id);
    // The company reads what was reversed on its own request.
    const own = await s['tenant.admin']!.gqlOk<{ invoiceRequest: { reversedFen: number } }>(
      'query ($id: ID!) { invoiceRequest(id: $id) { reversedFen } }',
      { id: req.id },
    );
    expect(own.invoiceRequest.reversedFen).toBe(30_000);
  });

  it('tells the park’s invoice issuers, once, what to reverse when a refund leaves an issued invoice for more than its bill keeps', async () => {
    // Paid through the sandbox, so the payment feature's own refund can follow.
    const bill = await paidBill('tenant.admin', false);
    const { payBill } = await s['tenant.admin']!.gqlOk<{ payBill: { id: string; payUrl: string } }>(
      'mutation ($input: PayBillInput!) { payBill(input: $input) { id payUrl } }',
      { input: { billId: bill.id, idempotencyKey: randomUUID() } },
    );
    await payAtSandbox(payBill.payUrl);
    await t.drainJobs(20_000);
    const req = (await ask(s['tenant.admin']!, bill.id)).data!.requestInvoice;
    const invoiceNumber = number20();
    await s.finance!.gqlOk(ISSUE, {
      id: req.id,
      input: { invoiceNumber, issuedOn: today(), fileId: await uploadFile(req.id) },
    });
    const told = async () =>
      (
        await s.finance!.gqlOk<{
          notifications: {
            nodes: {
              kind: string;
              facts: { billNumber: string; invoiceNumber: string; reverseFen: string };
            }[];
          };
        }>('{ notifications(first: 50) { nodes { kind facts { billNumber invoiceNumber reverseFen } } } }')
      ).notifications.nodes.filter(
        (n) => n.kind === 'INVOICE_REVERSAL_DUE' && n.facts.invoiceNumber === invoiceNumber,
      );
    expect(await told()).toEqual([]);

    // 200 yuan of the 888 refunded: the invoice is 200 yuan over what the bill keeps.
    const REFUND = 'mutation ($input: RefundPaymentInput!) { refundPayment(input: $input) { id } }';
    await s.finance!.gqlOk(REFUND, { input: { intentId: payBill.id, amountFen: 20_000 } });
    await t.drainJobs(20_000);
    expect(await told()).toEqual([
      {
        kind: 'INVOICE_REVERSAL_DUE',
        facts: { billNumber: bill.number, invoiceNumber, reverseFen: '20000' },
      },
    ]);
    // Every invoice issuer of the park is told; a company user is not.
    const [counts] = await t.sql<{ finance: string; company: string }>(
      `select count(*) filter (where u.login = 'finance') finance,
              count(*) filter (where u.tenant_id is not null) company
         from notification x join app_user u on u.id = x.recipient_id
        where x.kind = 'INVOICE_REVERSAL_DUE' and x.facts->>'invoiceNumber' = $1`,
      [invoiceNumber],
    );
    expect(counts).toEqual({ finance: '1', company: '0' });

    // A second refund tells them again, with what is now due in all.
    await s.finance!.gqlOk(REFUND, { input: { intentId: payBill.id, amountFen: 5_000 } });
    await t.drainJobs(20_000);
    expect((await told()).map((n) => n.facts.reverseFen).sort()).toEqual(['20000', '25000']);
  });

  it('refuses a request with a reason the company reads; it may then ask again', async () => {
    const bill = await paidBill();
    const req = (await ask(s['tenant.admin']!, bill.id)).data!.requestInvoice;
    expect(code(await s['tenant.admin']!.gql(REJECT, { id: req.id, r: '自己驳回' }))).toBe('FORBIDDEN');
    const rejected = await s.finance!.gqlOk<{ rejectInvoiceRequest: Req }>(REJECT, {
      id: req.id,
      r: '税号与抬头不符',
    });
    expect(rejected.rejectInvoiceRequest).toMatchObject({
      status: 'REJECTED',
      rejectReason: '税号与抬头不符',
    });
    expect(reason(await s.finance!.gql(REJECT, { id: req.id, r: '再驳回一次' }))).toBe('INVOICE_NOT_WAITING');
    expect((await ask(s['tenant.admin']!, bill.id)).data?.requestInvoice.status).toBe('REQUESTED');
  });

  it('is closed once when the company withdraws it and finance refuses it at the same moment, 50 ways', async () => {
    const bill = await paidBill();
    const req = (await ask(s['tenant.admin']!, bill.id)).data!.requestInvoice;
    const tries = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        i % 2 === 0
          ? s['tenant.admin']!.gql<{ cancelInvoiceRequest: Req }>(CANCEL, { id: req.id })
          : s.finance!.gql<{ rejectInvoiceRequest: Req }>(REJECT, { id: req.id, r: '抬头有误，请更正' }),
      ),
    );
    const won = tries.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(new Set(tries.filter((r) => r.errors).map(reason))).toEqual(new Set(['INVOICE_NOT_WAITING']));
    const [row] = await t.sql<{ status: string; reject_reason: string | null }>(
      'select status, reject_reason from invoice_request where id = $1',
      [req.id],
    );
    const rejected = 'rejectInvoiceRequest' in won[0]!.data!;
    expect(row).toEqual(
      rejected
        ? { status: 'REJECTED', reject_reason: '抬头有误，请更正' }
        : { status: 'CANCELLED', reject_reason: null },
    );
    // One change, one audit entry: the losers wrote nothing.
    const [audit] = await t.sql<{ n: number }>(
      `select count(*)::int n from audit_log where target_type = 'InvoiceRequest' and target_id = $1`,
      [req.id],
    );
    expect(audit!.n).toBe(1);
  });
});

describe('isolation', () => {
  it('another company sees none of a company’s requests, files or counts', async () => {
    const bill = await paidBill();
    const req = (await ask(s['tenant.admin']!, bill.id)).data!.requestInvoice;
    await s.finance!.gqlOk(ISSUE, {
      id: req.id,
      input: { invoiceNumber: number20(), issuedOn: today(), fileId: await uploadFile(req.id) },
    });
    const other = s['tenant2.admin']!;
    expect(code(await other.gql(`query ($id: ID!) { invoiceRequest(id: $id) { id } }`, { id: req.id }))).toBe(
      'NOT_FOUND',
    );
    const list = await other.gqlOk<{
      invoiceRequests: { totalCount: number; nodes: { id: string; tenantName: string }[] };
    }>(
      `query ($f: InvoiceRequestFilter) { invoiceRequests(first: 100, filter: $f) { totalCount nodes { id tenantName } } }`,
      { f: { billId: bill.id } },
    );
    expect(list.invoiceRequests).toEqual({ totalCount: 0, nodes: [] });
    const all = await other.gqlOk<{ invoiceRequests: { nodes: { id: string }[] } }>(
      '{ invoiceRequests(first: 100) { nodes { id } } }',
    );
    expect(all.invoiceRequests.nodes.map((n) => n.id)).not.toContain(req.id);
    expect(code(await other.gql(CANCEL, { id: req.id }))).toBe('NOT_FOUND');
    // Not even the file's row, read as that company under row-level security.
    const [mine] = await t.sql<{ file_id: string }>('select file_id from invoice_request where id = $1', [
      req.id,
    ]);
    const claims = (session: Session) =>
      JSON.parse(Buffer.from(session.accessToken!.split('.')[1]!, 'base64url').toString()) as {
        sub: string;
        sid: string;
      };
    const filesSeenBy = async (session: Session) => {
      const client = new pg.Client({ connectionString: t.appUrl });
      await client.connect();
      try {
        await client.query('begin');
        await client.query('select app_begin_user($1, $2)', [claims(session).sid, claims(session).sub]);
        const { rows } = await client.query('select count(*)::int n from attachment where id = $1', [
          mine!.file_id,
        ]);
        await client.query('rollback');
        return rows[0].n as number;
      } finally {
        await client.end();
      }
    };
    expect(await filesSeenBy(other)).toBe(0);
    expect(await filesSeenBy(s['tenant.admin']!)).toBe(1);
  });

  it('reads a page of the queue in a fixed number of statements', async () => {
    const page = (first: number) =>
      t.statements.measure(() =>
        s.finance!.gqlOk(
          `query ($n: Int) { invoiceRequests(first: $n) { totalCount nodes { ${FIELDS} } } }`,
          { n: first },
        ),
      );
    const small = await page(2);
    const large = await page(20);
    expect(large.statements).toBe(small.statements);
  });
});
