import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallbackRefusal } from '../src/modules/payment/payment.enums.js';
import {
  makeSandboxKeys,
  paymentSettings,
  usePaymentSettings,
} from '../src/modules/payment/payment.settings.js';
import { chinaTime, encryptResource, signedHeaders } from '../src/modules/payment/providers/wechat-pay.js';
import { createPark, createStaffUser, demoSite, pairedKiosk } from './factories.js';
import { payAtSandbox } from './payment-helpers.js';
import { type GqlResult, type Session, startTestApp, type TestApp } from './test-app.js';

/**
 * Payments (issue 19 §4) through the in-product sandbox, which speaks WeChat Pay APIv3: intents
 * with idempotency keys, signed and encrypted callbacks, the ledger, refunds, the kiosk's lookup.
 */
let t: TestApp;
const s: Record<string, Session> = {};
const ext = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions;

type Intent = {
  id: string;
  status: string;
  amountFen: number;
  payUrl: string;
  outTradeNo: string;
  receiptNo: string | null;
};
const INTENT = 'id status amountFen payUrl outTradeNo receiptNo';
const PAY = `mutation ($input: PayBillInput!) { payBill(input: $input) { ${INTENT} } }`;

let billSeq = 0;
/**
 * A new bill of tenant.admin's company, owed in full (written as the owner: the bill run's own
 * tests cover how bills are made; these need many untouched ones), with one line, due today.
 */
async function freshBill(
  totalFen = 123_456,
): Promise<{ id: string; total: number; tenantId: string; number: string; checkCode: string }> {
  billSeq += 1;
  const number = `ZDT${Date.now() % 1e8}-${billSeq}`;
  const checkCode = String(100000 + Math.floor(Math.random() * 899999));
  const [b] = await t.sql<{ id: string; tenant_id: string }>(
    `insert into bill (id, created_at, updated_at, park_id, tenant_id, number, period, kind, status, issued_on, due_on,
       total_fen, paid_fen, check_code)
     select gen_random_uuid(), now(), now(), u.park_id, u.tenant_id, $1, to_char(now(), 'YYYY-MM'), 'ADJUSTMENT', 'ISSUED',
            current_date, current_date + 10, $2, 0, $3
       from app_user u join tenant_company c on c.id = u.tenant_id where u.login = 'tenant.admin'
     returning id, tenant_id`,
    [number, totalFen, checkCode],
  );
  await t.sql(
    `insert into bill_line (id, created_at, park_id, bill_id, source, source_key, source_id, description, period_from,
       period_to, amount_fen, evidence)
     select gen_random_uuid(), now(), park_id, id, 'REPAIR', 'repair:' || id, id, '有偿维修', current_date, current_date, $2, '{}'
       from bill where id = $1`,
    [b!.id, totalFen],
  );
  return { id: b!.id, total: totalFen, tenantId: b!.tenant_id, number, checkCode };
}

const billMoney = async (id: string) =>
  (
    await t.sql<{ paid: string; status: string }>(
      `select paid_fen::text paid, status from bill where id = $1`,
      [id],
    )
  )[0]!;
const ledger = async (billId: string) =>
  t.sql<{ kind: string; amount: string }>(
    `select kind, amount_fen::text amount from payment_entry where bill_id = $1 order by booked_at`,
    [billId],
  );

/** A callback as WeChat Pay (the sandbox) would send it for `intent`, with parts to spoil. */
function callback(
  intent: Intent,
  o: {
    amount?: number;
    mchid?: string;
    serial?: string;
    key?: 'other';
    at?: Date;
    transactionId?: string;
  } = {},
) {
  const k = paymentSettings().sandbox!;
  const data = {
    mchid: o.mchid ?? k.mchId,
    appid: k.appId,
    out_trade_no: intent.outTradeNo,
    transaction_id: o.transactionId ?? `4200${Date.now()}${Math.floor(Math.random() * 1e6)}`,
    trade_type: 'NATIVE',
    trade_state: 'SUCCESS',
    success_time: chinaTime(new Date()),
    amount: {
      total: o.amount ?? intent.amountFen,
      payer_total: o.amount ?? intent.amountFen,
      currency: 'CNY',
    },
  };
  const body = JSON.stringify({
    id: randomUUID(),
    create_time: new Date().toISOString(),
    resource_type: 'encrypt-resource',
    event_type: 'TRANSACTION.SUCCESS',
    resource: {
      original_type: 'transaction',
      ...encryptResource(k.apiV3Key, JSON.stringify(data), 'transaction'),
    },
  });
  const signer = o.key === 'other' ? makeSandboxKeys().platformKey : k.platformKey;
  const headers = signedHeaders(signer, o.serial ?? k.platformSerial, body, o.at ?? new Date());
  return { body, headers };
}

const post = (c: { body: string; headers: Record<string, string> }) =>
  fetch(`${t.url}/pay/notify/sandbox`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...c.headers },
    body: c.body,
  });

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
  for (const login of ['finance', 'tenant.admin', 'tenant2.admin', 'tenant.staff', 'park.manager'])
    s[login] = await t.as(login);
});
afterAll(() => t?.close());

describe('paying a bill through the sandbox provider', () => {
  it('opens an order, the payer pays at the checkout page, the signed callback books it once and the bill is paid', async () => {
    const bill = await freshBill();
    const { payBill: intent } = await s['tenant.admin']!.gqlOk<{ payBill: Intent }>(PAY, {
      input: { billId: bill.id, idempotencyKey: randomUUID() },
    });
    expect(intent).toMatchObject({ status: 'PENDING', amountFen: bill.total, receiptNo: null });
    expect(intent.payUrl).toMatch(new RegExp(`^${t.url}/sandbox-pay/checkout/`));
    const page = await (await fetch(intent.payUrl)).text();
    expect(page).toContain(`¥${(bill.total / 100).toFixed(2)}`);
    // The park's console hears of it too (aging and lists refresh).
    const [{ park_id: parkId }] = (await t.sql<{ park_id: string }>(
      `select park_id from bill where id = $1`,
      [bill.id],
    )) as [{ park_id: string }];
    const console = s.finance!.wsClient();
    const heard = new Promise<{ id: string; status: string }>((resolve, reject) => {
      console.subscribe<{ parkBillChanged: { id: string; status: string } }>(
        {
          query: 'subscription ($p: ID!) { parkBillChanged(parkId: $p) { id status } }',
          variables: { p: parkId },
        },
        { next: (m) => resolve(m.data!.parkBillChanged), error: reject, complete: () => {} },
      );
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(await payAtSandbox(intent.payUrl)).toContain('已支付');
    await t.drainJobs(20_000);
    expect(await heard).toEqual({ id: bill.id, status: 'PAID' });
    const after = await s['tenant.admin']!.gqlOk<{ paymentIntent: Intent & { paidAt: string } }>(
      `query ($id: ID!) { paymentIntent(id: $id) { ${INTENT} paidAt } }`,
      { id: intent.id },
    );
    expect(after.paymentIntent.status).toBe('SUCCEEDED');
    expect(after.paymentIntent.receiptNo).toMatch(/^SJ/);
    expect(await billMoney(bill.id)).toEqual({ paid: String(bill.total), status: 'PAID' });
    expect(await ledger(bill.id)).toEqual([{ kind: 'PAYMENT', amount: String(bill.total) }]);
    const logged = await t.sql<{ outcome: string }>(
      `select outcome from payment_callback where out_trade_no = $1`,
      [intent.outTradeNo],
    );
    expect(logged.map((r) => r.outcome)).toEqual(['APPLIED']);
    // Paying the closed order's page again changes nothing.
    expect(await payAtSandbox(intent.payUrl)).not.toContain('sandbox-pay"');
    await t.drainJobs(20_000);
    expect(await ledger(bill.id)).toHaveLength(1);
  });

  it('answers 50 concurrent requests with one key with one intent, and refuses the key for another amount', async () => {
    const bill = await freshBill();
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        s['tenant.admin']!.gql<{ payBill: Intent }>(PAY, { input: { billId: bill.id, idempotencyKey: key } }),
      ),
    );
    const ids = new Set(results.map((r) => r.data?.payBill.id));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(ids.size).toBe(1);
    const rows = await t.sql(`select id from payment_intent where bill_id = $1`, [bill.id]);
    expect(rows).toHaveLength(1);
    const other = await s['tenant.admin']!.gql(PAY, {
      input: { billId: bill.id, idempotencyKey: key, amountFen: 100 },
    });
    expect(ext(other)).toMatchObject({ code: 'CONFLICT', domainCode: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('never collects more than the bill owes through many keys: later payments go back in full', async () => {
    const bill = await freshBill();
    const intents = await Promise.all(
      Array.from({ length: 8 }, () =>
        s['tenant.admin']!.gqlOk<{ payBill: Intent }>(PAY, {
          input: { billId: bill.id, idempotencyKey: randomUUID() },
        }),
      ),
    );
    await Promise.all(intents.map((i) => payAtSandbox(i.payBill.payUrl)));
    await t.drainJobs(30_000);
    const entries = await ledger(bill.id);
    const net = entries.reduce((sum, e) => sum + Number(e.amount), 0);
    expect(net).toBe(bill.total);
    expect(entries.filter((e) => e.kind === 'PAYMENT')).toHaveLength(8);
    expect(entries.filter((e) => e.kind === 'REFUND')).toHaveLength(7);
    expect(await billMoney(bill.id)).toEqual({ paid: String(bill.total), status: 'PAID' });
    const refunds = await t.sql<{ reason: string; status: string }>(
      `select reason, status from refund where bill_id = $1`,
      [bill.id],
    );
    expect(refunds).toHaveLength(7);
    expect(refunds.every((r) => r.reason === 'OVERPAID' && r.status === 'SUCCEEDED')).toBe(true);
  });

  it('pays part of a bill, and refuses amounts of zero, over what is owed, in another currency, or on another company’s bill', async () => {
    const bill = await freshBill();
    const part = Math.floor(bill.total / 3);
    const bad = async (input: Record<string, unknown>, session = s['tenant.admin']!) =>
      ext(await session.gql(PAY, { input: { billId: bill.id, idempotencyKey: randomUUID(), ...input } }));
    expect(await bad({ amountFen: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amountFen' });
    expect(await bad({ amountFen: -5 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amountFen' });
    expect(await bad({ amountFen: bill.total + 1 })).toMatchObject({ domainCode: 'AMOUNT_OVER_DUE' });
    expect(await bad({ currency: 'USD' })).toMatchObject({ domainCode: 'WRONG_CURRENCY' });
    expect(await bad({ amountFen: '12' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await bad({}, s['tenant2.admin']!)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await bad({ billId: randomUUID() })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await bad({}, s['tenant.staff']!)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.sql(`select 1 from payment_intent where bill_id = $1`, [bill.id])).toHaveLength(0);

    const { payBill } = await s['tenant.admin']!.gqlOk<{ payBill: Intent }>(PAY, {
      input: { billId: bill.id, amountFen: part, idempotencyKey: randomUUID() },
    });
    await payAtSandbox(payBill.payUrl);
    await t.drainJobs(20_000);
    const money = await billMoney(bill.id);
    expect(money.paid).toBe(String(part));
    expect(['PARTLY_PAID', 'OVERDUE']).toContain(money.status);
    // Another company sees neither the intent nor the bill's payments.
    const foreign = await s['tenant2.admin']!.gql(`query ($id: ID!) { paymentIntent(id: $id) { id } }`, {
      id: payBill.id,
    });
    expect(ext(foreign)).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('provider callbacks', () => {
  it('books one ledger entry for the same valid callback sent 20 times at once, and for 20 retries with fresh signatures', async () => {
    const bill = await freshBill();
    const { payBill: intent } = await s['tenant.admin']!.gqlOk<{ payBill: Intent }>(PAY, {
      input: { billId: bill.id, idempotencyKey: randomUUID() },
    });
    const same = callback(intent, { transactionId: '4200000000000000000000000001' });
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(same)));
    expect(answers.filter((r) => r.status === 204)).toHaveLength(1);
    const retries = await Promise.all(
      Array.from({ length: 20 }, () =>
        post(callback(intent, { transactionId: '4200000000000000000000000001' })),
      ),
    );
    expect(retries.every((r) => r.status === 204)).toBe(true);
    expect(await ledger(bill.id)).toEqual([{ kind: 'PAYMENT', amount: String(bill.total) }]);
    const outcomes = await t.sql<{ outcome: string; refusal: string | null; n: number }>(
      `select outcome, refusal, count(*)::int n from payment_callback where out_trade_no = $1 group by 1, 2 order by 1, 2`,
      [intent.outTradeNo],
    );
    expect(outcomes).toEqual([
      { outcome: 'APPLIED', refusal: null, n: 1 },
      { outcome: 'DUPLICATE', refusal: null, n: 20 },
      { outcome: 'REFUSED', refusal: 'REPLAYED_NONCE', n: 19 },
    ]);
  });

  it('refuses a bad signature, an unknown serial, another merchant, a wrong amount, a stale timestamp and a replay, changing nothing and logging each', async () => {
    const bill = await freshBill();
    const { payBill: intent } = await s['tenant.admin']!.gqlOk<{ payBill: Intent }>(PAY, {
      input: { billId: bill.id, idempotencyKey: randomUUID() },
    });
    const tampered = callback(intent);
    const cases: [CallbackRefusal, { body: string; headers: Record<string, string> }][] = [
      [CallbackRefusal.BAD_SIGNATURE, callback(intent, { key: 'other' })],
      [
        CallbackRefusal.BAD_SIGNATURE,
        { ...tampered, body: tampered.body.replace('"TRANSACTION.SUCCESS"', '"TRANSACTION.SUCCESS" ') },
      ],
      [
        CallbackRefusal.UNKNOWN_SERIAL,
        callback(intent, { serial: 'PUB_KEY_ID_0000000000000000000000000000' }),
      ],
      [CallbackRefusal.WRONG_MERCHANT, callback(intent, { mchid: '1900000999' })],
      [CallbackRefusal.AMOUNT_MISMATCH, callback(intent, { amount: intent.amountFen - 1 })],
      [CallbackRefusal.STALE, callback(intent, { at: new Date(Date.now() - 10 * 60_000) })],
      [CallbackRefusal.MALFORMED, { body: '{}', headers: {} }],
    ];
    for (const [refusal, c] of cases) {
      const res = await post(c);
      expect(res.status, refusal).toBe(400);
      expect(await res.json(), refusal).toEqual({ code: 'FAIL', message: refusal });
    }
    expect(await ledger(bill.id)).toEqual([]);
    expect(await billMoney(bill.id)).toMatchObject({ paid: '0' });
    const status = await t.sql<{ status: string }>(`select status from payment_intent where id = $1`, [
      intent.id,
    ]);
    expect(status[0]!.status).toBe('PENDING');
    const logged = await t.sql<{ refusal: string }>(
      `select refusal from payment_callback where outcome = 'REFUSED' and (out_trade_no = $1 or out_trade_no is null)
        and received_at > now() - interval '1 minute'`,
      [intent.outTradeNo],
    );
    for (const [refusal] of cases) expect(logged.map((r) => r.refusal)).toContain(refusal);

    // A good one goes through; the very same message again is a replay, refused and logged.
    const good = callback(intent);
    expect((await post(good)).status).toBe(204);
    const replay = await post(good);
    expect(replay.status).toBe(400);
    expect(await ledger(bill.id)).toHaveLength(1);
  });

  it('accepts callbacks signed with either key during a platform key switch', async () => {
    const previous = paymentSettings();
    const next = makeSandboxKeys();
    const k = previous.sandbox!;
    // The sandbox signs with a new key; the merchant side has both loaded.
    usePaymentSettings({
      ...previous,
      sandbox: { ...k, platformKey: next.platformKey, platformSerial: next.platformSerial },
      wechat: {
        ...previous.wechat!,
        platformKeys: new Map([...previous.wechat!.platformKeys, [next.platformSerial, next.platformKey]]),
      },
    });
    try {
      const bill = await freshBill();
      const { payBill: intent } = await s['tenant.admin']!.gqlOk<{ payBill: Intent }>(PAY, {
        input: { billId: bill.id, idempotencyKey: randomUUID() },
      });
      const old = callback(intent, { transactionId: '4200000000000000000000000777' });
      // Signed with the old key (still loaded): accepted.
      const signedOld = {
        body: old.body,
        headers: signedHeaders(k.platformKey, k.platformSerial, old.body, new Date()),
      };
      expect((await post(signedOld)).status).toBe(204);
      expect(await ledger(bill.id)).toHaveLength(1);
    } finally {
      usePaymentSettings(previous);
    }
  });

  it('falls back to asking the provider when no callback comes, and closes what expires unpaid', async () => {
    const paid = await freshBill();
    const { payBill: a } = await s['tenant.admin']!.gqlOk<{ payBill: Intent }>(PAY, {
      input: { billId: paid.id, idempotencyKey: randomUUID() },
    });
    const unpaid = await freshBill();
    const { payBill: b } = await s['tenant.admin']!.gqlOk<{ payBill: Intent }>(PAY, {
      input: { billId: unpaid.id, idempotencyKey: randomUUID() },
    });
    await payAtSandbox(a.payUrl);
    // The callback is lost: its job is dropped before it runs.
    await t.sql(
      `select graphile_worker.remove_job(key) from graphile_worker.jobs where key like 'sandbox-pay:%'`,
    );
    await t.advanceClock(31_000);
    await t.drainJobs(20_000);
    expect(await ledger(paid.id)).toEqual([{ kind: 'PAYMENT', amount: String(paid.total) }]);
    const [stillOpen] = await t.sql<{ status: string }>(`select status from payment_intent where id = $1`, [
      b.id,
    ]);
    expect(stillOpen!.status).toBe('PENDING');
    // Past its expiry the next check closes it at the provider; its page can no longer pay.
    await t.sql(`update payment_intent set expires_at = now() - interval '1 second' where id = $1`, [b.id]);
    await t.advanceClock(31_000);
    await t.drainJobs(20_000);
    const [closed] = await t.sql<{ status: string }>(`select status from payment_intent where id = $1`, [
      b.id,
    ]);
    expect(closed!.status).toBe('CLOSED');
    expect(await payAtSandbox(b.payUrl)).toContain('订单已关闭');
  });
});

describe('refunds', () => {
  it('refunds part of a payment through the provider, owes it again on the bill, and never refunds past what was paid', async () => {
    const bill = await freshBill();
    const { payBill: intent } = await s['tenant.admin']!.gqlOk<{ payBill: Intent }>(PAY, {
      input: { billId: bill.id, idempotencyKey: randomUUID() },
    });
    await payAtSandbox(intent.payUrl);
    await t.drainJobs(20_000);
    const REFUND = `mutation ($input: RefundPaymentInput!) { refundPayment(input: $input) { id status amountFen reason } }`;
    const over = await s.finance!.gql(REFUND, { input: { intentId: intent.id, amountFen: bill.total + 1 } });
    expect(ext(over)).toMatchObject({ domainCode: 'REFUND_OVER_PAID' });
    const denied = await s['tenant.admin']!.gql(REFUND, { input: { intentId: intent.id, amountFen: 100 } });
    expect(ext(denied)).toMatchObject({ code: 'FORBIDDEN' });
    // 50 concurrent refunds of 60 % each: at most one fits.
    const share = Math.floor(bill.total * 0.6);
    const tries = await Promise.all(
      Array.from({ length: 50 }, () =>
        s.finance!.gql(REFUND, { input: { intentId: intent.id, amountFen: share } }),
      ),
    );
    expect(tries.filter((r) => !r.errors)).toHaveLength(1);
    expect(tries.filter((r) => ext(r)?.domainCode === 'REFUND_OVER_PAID')).toHaveLength(49);
    await t.drainJobs(20_000);
    expect(await ledger(bill.id)).toEqual([
      { kind: 'PAYMENT', amount: String(bill.total) },
      { kind: 'REFUND', amount: String(-share) },
    ]);
    const money = await billMoney(bill.id);
    expect(money.paid).toBe(String(bill.total - share));
    expect(['PARTLY_PAID', 'OVERDUE']).toContain(money.status);
    const [refund] = await t.sql<{ status: string }>(`select status from refund where intent_id = $1`, [
      intent.id,
    ]);
    expect(refund!.status).toBe('SUCCEEDED');
    // The provider's refund callback came too. It races the refund job's own answer from the
    // provider: whichever books first wins (APPLIED), the other finds it done (DUPLICATE); the
    // ledger above shows the refund was booked once either way.
    const callbacks = await t.sql<{ outcome: string }>(
      `select outcome from payment_callback where event_type = 'REFUND.SUCCESS' and out_trade_no = $1`,
      [intent.outTradeNo],
    );
    expect(callbacks).toHaveLength(1);
    expect(['APPLIED', 'DUPLICATE']).toContain(callbacks[0]!.outcome);
  });
});

describe('the kiosk', () => {
  it('finds a bill only with its check code, limits guessing, and pays it with a live status', async () => {
    const site = await demoSite(t);
    const kiosk = await pairedKiosk(t, site);
    const other = await pairedKiosk(t, site);
    const bill = await freshBill();
    const FIND = `query ($n: String!, $c: String!) { kioskBill(number: $n, checkCode: $c) { id number tenantName outstandingFen lines { description amountFen } } }`;
    const found = await kiosk.gqlOk<{ kioskBill: { id: string; outstandingFen: number; lines: unknown[] } }>(
      FIND,
      {
        n: bill.number,
        c: bill.checkCode,
      },
    );
    expect(found.kioskBill).toMatchObject({ id: bill.id, outstandingFen: bill.total });
    expect(found.kioskBill.lines.length).toBeGreaterThan(0);
    const wrong = String((Number(bill.checkCode) + 1) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 5; i++)
      expect(ext(await kiosk.gql(FIND, { n: bill.number, c: wrong }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(ext(await kiosk.gql(FIND, { n: bill.number, c: wrong }))).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      domainCode: 'CHECK_CODE_RATE_LIMITED',
    });
    // Staff and tenants cannot use the kiosk's lookup.
    expect(ext(await s['tenant.admin']!.gql(FIND, { n: bill.number, c: bill.checkCode }))).toMatchObject({
      code: 'FORBIDDEN',
    });

    const another = await freshBill();
    const { kioskPayBill: intent } = await kiosk.gqlOk<{ kioskPayBill: Intent }>(
      `mutation ($input: KioskPayInput!) { kioskPayBill(input: $input) { ${INTENT} } }`,
      { input: { number: another.number, checkCode: another.checkCode, idempotencyKey: randomUUID() } },
    );
    const READ = `query ($id: ID!) { kioskPaymentIntent(id: $id) { id status } }`;
    expect(ext(await other.gql(READ, { id: intent.id }))).toMatchObject({ code: 'NOT_FOUND' });
    const client = kiosk.wsClient();
    const live = new Promise<string>((resolve, reject) => {
      client.subscribe<{ kioskPaymentIntentChanged: { status: string } }>(
        {
          query: `subscription ($id: ID!) { kioskPaymentIntentChanged(id: $id) { status } }`,
          variables: { id: intent.id },
        },
        { next: (m) => resolve(m.data!.kioskPaymentIntentChanged.status), error: reject, complete: () => {} },
      );
    });
    await new Promise((r) => setTimeout(r, 300));
    await payAtSandbox(intent.payUrl);
    await t.drainJobs(20_000);
    expect(await live).toBe('SUCCEEDED');
    const paid = await kiosk.gqlOk<{ kioskPaymentIntent: { status: string; receiptNo: string | null } }>(
      `query ($id: ID!) { kioskPaymentIntent(id: $id) { status receiptNo } }`,
      { id: intent.id },
    );
    expect(paid.kioskPaymentIntent).toMatchObject({
      status: 'SUCCEEDED',
      receiptNo: expect.stringMatching(/^SJ/),
    });
  });
});

describe('reconciliation against the provider’s statement', () => {
  it('finds a lost callback, a wrong amount and an order we never opened, no false difference, and books the lost one once', async () => {
    const [a, b, c] = [await freshBill(10_000), await freshBill(20_000), await freshBill(30_000)];
    const open = async (bill: { id: string }) =>
      (
        await s['tenant.admin']!.gqlOk<{ payBill: Intent }>(PAY, {
          input: { billId: bill.id, idempotencyKey: randomUUID() },
        })
      ).payBill;
    const [ia, ib, ic] = [await open(a), await open(b), await open(c)];
    await payAtSandbox(ia.payUrl);
    await payAtSandbox(ic.payUrl);
    await t.drainJobs(20_000);
    // B is paid at the provider, but its callback is lost and the fallback never ran: the payer
    // opened the page (the sandbox books the order), the provider marks it paid, no callback goes.
    expect((await fetch(ib.payUrl)).status).toBe(200);
    await t.sql(
      `update sandbox_pay_order set state = 'SUCCESS', success_at = now() where out_trade_no = $1`,
      [ib.outTradeNo],
    );
    await t.sql(`select graphile_worker.remove_job($1)`, [`pay-check:${ib.id}`]);
    // C's callback comes twice more (fresh signatures): still one entry. Then its entry is wrong.
    for (let i = 0; i < 2; i++) {
      const [{ ref }] = (await t.sql<{ ref: string }>(
        `select provider_ref ref from payment_entry where intent_id = $1`,
        [ic.id],
      )) as [{ ref: string }];
      expect((await post(callback(ic, { transactionId: ref }))).status).toBe(204);
    }
    expect(await ledger(c.id)).toHaveLength(1);
    await t.sql(`update payment_entry set amount_fen = amount_fen - 1 where intent_id = $1`, [ic.id]);
    // And the provider took money for an order nobody here opened.
    await t.sql(
      `insert into sandbox_pay_order (id, created_at, updated_at, mch_id, app_id, out_trade_no, description, amount_fen,
         currency, notify_url, expires_at, state, transaction_id, success_at)
       values (gen_random_uuid(), now(), now(), $1, $2, 'PKSTRANGER0001', '?', 777, 'CNY', '', now(), 'SUCCESS',
               '4200000000STRANGER0001', now())`,
      [paymentSettings().sandbox!.mchId, paymentSettings().sandbox!.appId],
    );
    // Everything happened yesterday (China time): today's statement does not exist yet.
    const trades = [ia.outTradeNo, ib.outTradeNo, ic.outTradeNo, 'PKSTRANGER0001'];
    await t.sql(
      `update sandbox_pay_order set success_at = success_at - interval '1 day' where out_trade_no = any($1)`,
      [trades],
    );
    await t.sql(
      `update payment_entry set booked_at = booked_at - interval '1 day' where intent_id = any($1::uuid[])`,
      [[ia.id, ib.id, ic.id]],
    );
    const yesterday = new Date(Date.now() + 8 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const START = `mutation ($input: ReconcilePaymentsInput!) { reconcilePayments(input: $input) { id status } }`;
    expect(ext(await s.finance!.gql(START, { input: { billDate: today } }))).toMatchObject({
      domainCode: 'DAY_NOT_OVER',
    });
    expect(ext(await s['park.manager']!.gql(START, { input: { billDate: yesterday } }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const { reconcilePayments: run } = await s.finance!.gqlOk<{
      reconcilePayments: { id: string; status: string };
    }>(START, { input: { billDate: yesterday } });
    expect(run.status).toBe('RUNNING');
    await t.drainJobs(20_000);
    type Diff = {
      id: string;
      kind: string;
      outTradeNo: string;
      providerFen: number | null;
      localFen: number | null;
    };
    const { paymentReconciliations } = await t.gqlOk<{
      paymentReconciliations: { id: string; status: string; differences: number; differenceList: Diff[] }[];
    }>(
      `{ paymentReconciliations { id status differences differenceList { id kind outTradeNo providerFen localFen } } }`,
    );
    const done = paymentReconciliations.find((r) => r.id === run.id)!;
    expect(done.status).toBe('DONE');
    const byTrade = Object.fromEntries(done.differenceList.map((d) => [d.outTradeNo, d]));
    expect(done.differenceList).toHaveLength(3);
    expect(byTrade[ib.outTradeNo]).toMatchObject({
      kind: 'STATUS_MISMATCH',
      providerFen: 20_000,
      localFen: null,
    });
    expect(byTrade[ic.outTradeNo]).toMatchObject({
      kind: 'AMOUNT_MISMATCH',
      providerFen: 30_000,
      localFen: 29_999,
    });
    expect(byTrade.PKSTRANGER0001).toMatchObject({ kind: 'MISSING_LOCALLY', providerFen: 777 });

    const RESOLVE = `mutation ($id: ID!, $input: ResolvePaymentDifferenceInput!) { resolvePaymentDifference(id: $id, input: $input) { resolution } }`;
    expect(
      ext(await s.finance!.gql(RESOLVE, { id: byTrade[ic.outTradeNo]!.id, input: { action: 'ACCEPTED' } })),
    ).toMatchObject({
      domainCode: 'NOTE_REQUIRED',
    });
    // Finance of another park sees none of this park's differences, and cannot resolve one.
    const elsewhere = await createStaffUser(t, (await createPark(t)).id, 'finance');
    await (await t.as(elsewhere.login, elsewhere.password)).gqlOk(
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
      { c: elsewhere.password, n: 'Elsewhere-words-2026' },
    );
    const outsider = await t.as(elsewhere.login, 'Elsewhere-words-2026');
    const theirs = await outsider.gqlOk<{ paymentReconciliations: { id: string; differenceList: Diff[] }[] }>(
      '{ paymentReconciliations { id differenceList { id kind outTradeNo providerFen localFen } } }',
    );
    expect(theirs.paymentReconciliations.find((r) => r.id === run.id)?.differenceList ?? []).toEqual([]);
    expect(
      ext(await outsider.gql(RESOLVE, { id: byTrade[ib.outTradeNo]!.id, input: { action: 'BOOKED' } })),
    ).toMatchObject({ code: 'NOT_FOUND' });
    // 5 at once, not 50: booking asks the provider, and the in-process sandbox answers from the
    // API's own pool (4 connections here), which 50 waiting requests would hold (noted for later).
    const booking = await Promise.all(
      Array.from({ length: 5 }, () =>
        s.finance!.gql(RESOLVE, { id: byTrade[ib.outTradeNo]!.id, input: { action: 'BOOKED' } }),
      ),
    );
    expect(booking.filter((r) => !r.errors)).toHaveLength(1);
    expect(await ledger(b.id)).toEqual([{ kind: 'PAYMENT', amount: '20000' }]);
    expect(await billMoney(b.id)).toMatchObject({ paid: '20000', status: 'PAID' });
  });
});

describe('the console’s payments list', () => {
  it('names each payment’s bill, company and receipt in a fixed number of statements', async () => {
    const LIST = `query ($first: Int!) { payments(first: $first) { totalCount nodes { id status billNumber tenantName receiptNo } } }`;
    const few = await t.statements.measure(() => s.finance!.gqlOk(LIST, { first: 2 }));
    const many = await t.statements.measure(() => s.finance!.gqlOk(LIST, { first: 40 }));
    expect(many.statements).toBe(few.statements);
    const { payments } = await s.finance!.gqlOk<{
      payments: {
        nodes: { status: string; billNumber: string; tenantName: string; receiptNo: string | null }[];
      };
    }>(LIST, { first: 40 });
    expect(payments.nodes.length).toBeGreaterThan(10);
    for (const p of payments.nodes) {
      expect(p.billNumber).toMatch(/^ZD/);
      expect(p.tenantName).not.toBe('');
      if (p.status === 'SUCCEEDED') expect(p.receiptNo).toMatch(/^SJ/);
      else expect(p.receiptNo).toBeNull();
    }
  });
});
