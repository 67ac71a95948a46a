import { formatMoney } from '@park/web-shared';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signInApi } from '../api.ts';
import { byTest, launchBrowser } from '../browser.ts';
import {
  invoiceNumber,
  issueInvoice,
  paidBillWithoutInvoice,
  parkToday,
  requestInvoice,
} from './invoice-fixtures.ts';
import { phonePage, settledShot, signInToHome, textIn } from './portal.ts';

/**
 * A refund after the invoice was issued, and the red-letter invoice 红字发票 finance recorded for
 * it: the company reads on its bill what was reversed and under which number, on a phone, in
 * both languages.
 */
const REFUND_FEN = 1_000;
let browser: Browser;
let billId: string;
let redNumber: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const { token } = await signInApi('tenant.admin');
  const { token: finance } = await signInApi('finance');
  const bill = await paidBillWithoutInvoice(browser, token);
  billId = bill.id;
  const { viewer } = await api<{ viewer: { tenant: { id: string; name: string; uscc: string } } }>(
    '{ viewer { tenant { id name uscc } } }',
    {},
    token,
  );
  const requestId = await requestInvoice(billId, viewer.tenant, token);
  await issueInvoice(requestId, invoiceNumber(), finance);
  // Part of the bill's payment refunded: the invoice is now for more than the bill keeps.
  const { bill: paid } = await api<{ bill: { payments: { id: string; status: string }[] } }>(
    'query ($id: ID!) { bill(id: $id) { payments { id status } } }',
    { id: billId },
    finance,
  );
  const intent = paid.payments.find((p) => p.status === 'SUCCEEDED');
  if (!intent) throw new Error(`bill ${bill.number} has no succeeded payment to refund`);
  await api(
    'mutation ($input: RefundPaymentInput!) { refundPayment(input: $input) { id } }',
    { input: { intentId: intent.id, amountFen: REFUND_FEN, note: 'E2E 开票后退款' } },
    finance,
  );
  const due = async () =>
    (
      await api<{ invoiceRequest: { reversalDueFen: number } }>(
        'query ($id: ID!) { invoiceRequest(id: $id) { reversalDueFen } }',
        { id: requestId },
        finance,
      )
    ).invoiceRequest.reversalDueFen;
  // The provider's refund answer books it a moment later (expect.poll is not for beforeAll).
  for (const until = Date.now() + 30_000; (await due()) !== REFUND_FEN; ) {
    if (Date.now() > until) throw new Error('the refund was not booked within 30 s');
    await new Promise((r) => setTimeout(r, 500));
  }
  redNumber = invoiceNumber();
  await api(
    'mutation ($id: ID!, $input: RecordInvoiceReversalInput!) { recordInvoiceReversal(id: $id, input: $input) { id } }',
    { id: requestId, input: { invoiceNumber: redNumber, issuedOn: parkToday(), amountFen: REFUND_FEN } },
    finance,
  );
});
afterAll(() => browser?.close());

describe('a reversed invoice on the company’s bill', () => {
  const cases = [
    {
      lang: 'zh-CN',
      label: '红冲',
      line: (amount: string, n: string) => `已红冲 ${amount}（红字发票 ${n}）`,
    },
    {
      lang: 'en',
      label: 'Reversal',
      line: (amount: string, n: string) => `Reversed ${amount} (red-letter invoice ${n})`,
    },
  ] as const;
  for (const c of cases)
    test(`shows what was reversed and its red-letter number (${c.lang})`, async () => {
      const { context, page } = await phonePage(browser);
      try {
        await context.addInitScript((l) => localStorage.setItem('park.portal.locale', l), c.lang);
        await signInToHome(page, 'tenant.admin');
        await page.goto(`/portal/me/bills/${billId}`);
        await byTest(page, 'bill-detail').waitFor();
        const card = byTest(page, 'bill-invoice');
        await expect.poll(() => card.getAttribute('data-status')).toBe('ISSUED');
        const reversed = byTest(page, 'invoice-reversed');
        expect(await textIn(reversed)).toBe(c.line(formatMoney(REFUND_FEN, c.lang), redNumber));
        expect(await textIn(card)).toContain(c.label);
        await reversed.scrollIntoViewIfNeeded();
        await settledShot(page, `invoice-reversed-${c.lang}`);
      } finally {
        await context.close();
      }
    });
});
