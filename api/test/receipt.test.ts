import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chineseAmount } from '../src/modules/payment/receipt/chinese-amount.js';
import { receiptDocument } from '../src/modules/payment/receipt/receipt.pdf.js';
import { type Session, startTestApp, type TestApp } from './test-app.js';

/** Receipts 收款收据 as PDF (issue 19 §4): signed links for who sees the payment, the PDF itself. */
let t: TestApp;
const s: Record<string, Session> = {};

type Payment = {
  id: string;
  receiptNo: string | null;
  receiptUrl: string | null;
  amountFen: number;
  billId: string;
};
const PAYMENTS = `{ payments(first: 5, filter: { statuses: [SUCCEEDED] }) {
  nodes { id receiptNo receiptUrl amountFen billId } } }`;

beforeAll(async () => {
  t = await startTestApp();
  for (const login of ['finance', 'tenant.admin', 'tenant2.admin']) s[login] = await t.as(login);
});
afterAll(() => t?.close());

describe('receipts as PDF', () => {
  it('serves a paid payment’s receipt, with its font, to the holder of the link', async () => {
    const paid = (await s.finance!.gqlOk<{ payments: { nodes: Payment[] } }>(PAYMENTS)).payments.nodes[0]!;
    expect(paid.receiptNo).toMatch(/^SJ/);
    const res = await fetch(`${t.url}${paid.receiptUrl}`);
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain(
      `收据-${paid.receiptNo}.pdf`,
    );
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The Chinese font is embedded as a subset (only the glyphs used), so the file stays small.
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
    expect(pdf.length).toBeLessThan(200_000);
  });

  it('refuses a tampered, re-purposed or expired link', async () => {
    const paid = (await s.finance!.gqlOk<{ payments: { nodes: Payment[] } }>(PAYMENTS)).payments.nodes[1]!;
    const link = new URL(paid.receiptUrl!, t.url);
    const tampered = new URL(link);
    tampered.searchParams.set('sig', `${link.searchParams.get('sig')!.slice(0, -2)}AA`);
    expect((await fetch(tampered)).status).toBe(403);
    // The signature covers the operation: it does not open the file endpoint.
    const asFile = new URL(`/files/${link.pathname.slice(10, 46)}`, t.url);
    for (const k of ['exp', 'sig']) asFile.searchParams.set(k, link.searchParams.get(k)!);
    asFile.searchParams.set('op', 'get');
    expect((await fetch(asFile)).status).toBe(403);
    // Another entry's id with this signature.
    const other = new URL(link);
    other.pathname = '/receipts/00000000-0000-0000-0000-000000000000.pdf';
    expect((await fetch(other)).status).toBe(403);
    await t.advanceClock(2 * 3_600_000);
    expect((await fetch(link)).status).toBe(403);
  });

  it('is linked for the company that paid and never for another company', async () => {
    const mine = await s['tenant.admin']!.gqlOk<{
      bills: { nodes: { id: string; ledger: { receiptUrl: string | null; kind: string }[] }[] };
    }>('{ bills(first: 50) { nodes { id ledger { kind receiptUrl } } } }');
    const entry = mine.bills.nodes.flatMap((b) => b.ledger).find((e) => e.kind === 'PAYMENT');
    expect(entry?.receiptUrl).toMatch(/^\/receipts\/[0-9a-f-]{36}\.pdf\?op=receipt&exp=\d+&sig=/);
    // A refund has no receipt.
    expect(
      mine.bills.nodes
        .flatMap((b) => b.ledger)
        .filter((e) => e.kind === 'REFUND')
        .every((e) => !e.receiptUrl),
    ).toBe(true);
    const paid = (
      await s.finance!.gqlOk<{ payments: { nodes: (Payment & { tenantId: string })[] } }>(
        '{ payments(first: 20, filter: { statuses: [SUCCEEDED] }) { nodes { id tenantId } } }',
      )
    ).payments.nodes;
    const [two] = await t.sql<{ id: string }>(
      `select tenant_id id from app_user where login = 'tenant2.admin'`,
    );
    const foreign = paid.filter((p) => p.tenantId !== two!.id);
    expect(foreign.length).toBeGreaterThan(0);
    for (const p of foreign) {
      const other = await s['tenant2.admin']!.gql(
        `query ($id: ID!) { paymentIntent(id: $id) { receiptUrl } }`,
        {
          id: p.id,
        },
      );
      expect([other.data ?? null, other.errors?.[0]?.extensions?.code]).toEqual([null, 'NOT_FOUND']);
    }
  });

  it('prints the amount in Chinese financial numerals and both languages on every label', () => {
    const doc = receiptDocument(
      {
        receipt_no: 'SJ1',
        amount_fen: '1020350',
        booked_at: new Date('2026-12-06T02:00:00Z'),
        provider: 'WECHAT',
        provider_ref: '4200',
        channel: 'KIOSK',
        out_trade_no: 'PK1',
        refunded_fen: '0',
        bill_id: 'b',
        bill_number: 'ZD202612-0001',
        period: '2026-12',
        total_fen: '2000000',
        paid_fen: '1020350',
        due_on: '2026-12-15',
        tenant_name: '示例公司',
        uscc: '91440300708461136T',
        park_name: '示例园区',
        time_zone: 'Asia/Shanghai',
      },
      [{ description: '租金', period_from: '2026-12-01', period_to: '2026-12-31', amount_fen: '2000000' }],
    );
    const text = JSON.stringify(doc);
    expect(text).toContain(`人民币${chineseAmount(1_020_350)}`);
    expect(chineseAmount(1_020_350)).toBe('壹万零贰佰零叁元伍角整');
    for (const words of [
      '¥ 10,203.50',
      '¥ 9,796.50',
      '2026/12/6 10:00:00',
      'Received',
      'Still owed',
      '示例公司',
    ])
      expect(text).toContain(words);
    // Nothing refunded: no refund row.
    expect(text).not.toContain('Refunded');
  });
});
