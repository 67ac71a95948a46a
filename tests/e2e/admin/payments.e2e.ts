import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInApi } from '../api.ts';
import { byTest, chooseOption, launchBrowser, shot } from '../browser.ts';
import { loaded, signInToConsole } from './console.ts';

type Lang = 'zh-CN' | 'en';
type Payment = { id: string; outTradeNo: string; amountFen: number; refundedFen: number; billId: string };
type Difference = { id: string; kind: string; entry: string; outTradeNo: string; resolution: string | null };
type Run = { billDate: string; differenceList: Difference[] };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Fen as typed yuan, by integer arithmetic (12345 → "123.45"), as the refund dialog fills it in. */
const yuan = (fen: number) => `${(fen - (fen % 100)) / 100}.${String(fen % 100).padStart(2, '0')}`;

const PAYMENTS = `query ($f: PaymentFilter) { payments(first: 50, filter: $f) {
  nodes { id outTradeNo amountFen refundedFen billId } } }`;
const billStatus = async (id: string, token: string) =>
  (await api<{ bill: { status: string } }>('query ($id: ID!) { bill(id: $id) { status } }', { id }, token))
    .bill.status;

/** The demo's lost callback: a STATUS_MISMATCH of a payment, found by the seeded reconciliation. */
async function lostCallback(token: string): Promise<Difference & { billDate: string }> {
  const data = await api<{ paymentReconciliations: Run[] }>(
    '{ paymentReconciliations(first: 50) { billDate differenceList { id kind entry outTradeNo resolution } } }',
    {},
    token,
  );
  for (const run of data.paymentReconciliations) {
    const found = run.differenceList.find(
      (d) => d.kind === 'STATUS_MISMATCH' && d.entry === 'PAYMENT' && d.outTradeNo.endsWith('L00001'),
    );
    if (found) return { ...found, billDate: run.billDate };
  }
  throw new Error('the demo holds no lost callback');
}

/** The reconciliation page with the demo's run chosen: the lost callback's row. */
async function openDemoRun(page: Page, lost: { billDate: string; outTradeNo: string }) {
  await byTest(page, 'bills-page').waitFor();
  await byTest(page, 'menu-reconciliation').click();
  await byTest(page, 'reconciliation-page').waitFor();
  await loaded(page);
  // The demo's run is the oldest; a newer one may be shown first.
  await byTest(page, 'reconcile-runs').locator('tbody tr').filter({ hasText: lost.billDate }).last().click();
  const row = byTest(page, 'reconcile-differences').locator('tbody tr').filter({ hasText: lost.outTradeNo });
  await row.waitFor();
  return row;
}

describe('payments and reconciliation in the console', () => {
  it('lists the demo payments, refunds ¥1.00 of one, and the bill’s ledger shows the refund', async () => {
    const { token } = await signInApi('finance');
    const paid = await api<{ payments: { nodes: Payment[] } }>(
      PAYMENTS,
      { f: { statuses: ['SUCCEEDED'] } },
      token,
    );
    const payment = paid.payments.nodes.find((p) => p.amountFen - p.refundedFen >= 200)!;
    const left = payment.amountFen - payment.refundedFen;

    const page = await signInToConsole(browser, 'finance', 'zh-CN');
    await byTest(page, 'bills-page').waitFor();
    await byTest(page, 'menu-payments').click();
    await byTest(page, 'payments-page').waitFor();
    await loaded(page);
    const table = byTest(page, 'payment-table');
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(5);
    // Each row names its bill and company once the bills are read.
    await expect.poll(() => table.locator('[data-test-id="payment-bill"]').count()).toBeGreaterThan(5);
    const list = await table.innerText();
    expect(list).toContain('支付成功');
    expect(list).toMatch(/自助机|门户/);
    expect(list).toMatch(/¥[\d,]+\.\d\d/);

    await byTest(page, 'payment-search').fill(payment.outTradeNo);
    await loaded(page);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await table.locator('tbody tr').first().locator('td').first().click();
    const drawer = byTest(page, 'payment-drawer');
    await byTest(page, 'payment-refund').click();
    const dialog = byTest(page, 'refund-dialog');
    const amount = byTest(page, 'refund-amount');
    // Everything left, by default.
    expect(await amount.inputValue()).toBe(yuan(left));

    // More than is left: the API's REFUND_OVER_PAID, on the amount.
    await amount.fill(yuan(left + 100));
    await byTest(page, 'refund-dialog-submit').click();
    await expect.poll(() => dialog.innerText()).toContain('退款金额超过了这笔付款剩余可退的金额');
    await shot(page, 'admin', 'payment-refund-over-zh-CN');

    await amount.fill('1.00');
    await byTest(page, 'refund-note').fill('E2E 多收退还');
    await byTest(page, 'refund-dialog-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    // With the provider for a moment (a job), then refunded; the drawer reads it again meanwhile.
    const refunds = byTest(page, 'payment-refunds');
    await expect.poll(() => refunds.innerText(), { timeout: 30_000 }).toContain('E2E 多收退还');
    await expect
      .poll(async () => (await refunds.locator('[data-test-id="refund-status"]').allInnerTexts()).join(','), {
        timeout: 30_000,
      })
      .not.toContain('退款中');
    expect(await refunds.innerText()).toContain('已退款');
    const after = await api<{ payments: { nodes: Payment[] } }>(
      PAYMENTS,
      { f: { outTradeNo: payment.outTradeNo } },
      token,
    );
    expect(after.payments.nodes[0]!.refundedFen).toBe(payment.refundedFen + 100);
    await page.locator('.el-message').waitFor({ state: 'detached' });
    await shot(page, 'admin', 'payment-drawer-zh-CN');

    // The bill's ledger holds the refund, beside the payment and its receipt.
    await drawer.locator('[data-test-id="payment-bill-link"]').click();
    const ledger = byTest(page, 'bill-ledger');
    await expect.poll(() => ledger.locator('tbody tr').count()).toBeGreaterThan(1);
    await page.waitForTimeout(500); // the drawer has slid in
    const lines = await ledger.innerText();
    expect(lines).toContain('退款');
    expect(lines).toMatch(/-¥1\.00/);
    expect(lines).toMatch(/SJ\d+/);
    await shot(page, 'admin', 'bill-ledger-refunded-zh-CN');
    await page.context().close();
  }, 120_000);

  it('books the demo’s lost callback (its bill is then paid) and reconciles yesterday', async () => {
    const { token } = await signInApi('finance');
    const lost = await lostCallback(token);
    const found = await api<{ payments: { nodes: Payment[] } }>(
      PAYMENTS,
      { f: { outTradeNo: lost.outTradeNo } },
      token,
    );
    const billId = found.payments.nodes[0]!.billId;
    if (!lost.resolution) expect(await billStatus(billId, token)).not.toBe('PAID');

    if (!lost.resolution) {
      // Before it is booked, in English: the open difference with its actions, and the accept dialog.
      const en = await signInToConsole(browser, 'finance', 'en');
      const enRow = await openDemoRun(en, lost);
      expect(await enRow.innerText()).toContain('Not booked here');
      await enRow.locator('[data-test-id="difference-book"]').waitFor();
      expect(await byTest(en, 'reconciliation-page').innerText()).not.toMatch(
        /对账|差异|补记|核实|渠道|本地|已完成|待支付|沙箱|收款/,
      );
      await shot(en, 'admin', 'reconciliation-open-en');
      await enRow.locator('[data-test-id="difference-accept"]').click();
      await byTest(en, 'accept-difference-dialog-submit').click();
      await expect
        .poll(() => byTest(en, 'accept-difference-dialog').innerText())
        .toContain('Please fill this in');
      await en.waitForTimeout(400); // the message has faded in
      await shot(en, 'admin', 'reconciliation-accept-en');
      await en.context().close();
    }

    const page = await signInToConsole(browser, 'finance', 'zh-CN');
    const row = await openDemoRun(page, lost);
    const runs = byTest(page, 'reconcile-runs').locator('tbody tr');
    expect(await row.innerText()).toContain('本地未入账');
    if (!lost.resolution) {
      await shot(page, 'admin', 'reconciliation-open-zh-CN');
      // Accepting needs a note; the dialog says so and nothing is sent.
      await row.locator('[data-test-id="difference-accept"]').click();
      const accept = byTest(page, 'accept-difference-dialog');
      await byTest(page, 'accept-difference-dialog-submit').click();
      await expect.poll(() => accept.innerText()).toContain('请填写此项');
      await page.waitForTimeout(400); // the message has faded in
      await shot(page, 'admin', 'reconciliation-accept-zh-CN');
      await accept.locator('.el-dialog__footer .el-button').first().click();
      await accept.waitFor({ state: 'hidden' });
      await row.locator('[data-test-id="difference-book"]').click();
      await page.locator('.el-message-box .el-button--primary').click();
    }
    await expect.poll(() => row.innerText()).toContain('已补记入账');
    await expect.poll(() => billStatus(billId, token)).toBe('PAID');

    // The order opens as a paid payment of a settled bill.
    await row.locator('[data-test-id="difference-order"]').click();
    const drawer = byTest(page, 'payment-drawer');
    await expect.poll(() => drawer.locator('[data-test-id="payment-bill-status"]').count()).toBe(1);
    expect(await byTest(page, 'payment-status').innerText()).toBe('支付成功');
    expect(await byTest(page, 'payment-bill-status').innerText()).toBe('已结清');
    await page.locator('.el-message').waitFor({ state: 'detached' });
    await shot(page, 'admin', 'reconciliation-booked-zh-CN');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Yesterday (the default day): a job, the list read again while it runs, then done.
    const before = await runs.count();
    await byTest(page, 'reconcile-start-button').click();
    await expect.poll(() => runs.count()).toBe(before + 1);
    const newest = runs.first();
    await expect
      .poll(() => newest.locator('[data-test-id="reconcile-run-status"]').innerText(), { timeout: 30_000 })
      .toBe('已完成');
    const yesterday = new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    expect(await newest.innerText()).toContain(yesterday);
    expect(await byTest(page, 'reconcile-differences-card').innerText()).toContain(`${yesterday} 的差异`);
    await page.locator('.el-message').waitFor({ state: 'detached' });
    await shot(page, 'admin', 'reconciliation-run-zh-CN');
    await page.context().close();
  }, 120_000);

  it.each<Lang>(['zh-CN', 'en'])(
    'shows payments and reconciliation in %s, in one language',
    async (lang) => {
      const zh = lang === 'zh-CN';
      const page = await signInToConsole(browser, 'finance', lang);
      await byTest(page, 'bills-page').waitFor();
      expect(await byTest(page, 'menu-payments').innerText()).toBe(zh ? '收款记录' : 'Payments');
      await byTest(page, 'menu-payments').click();
      await byTest(page, 'payments-page').waitFor();
      await chooseOption(page, byTest(page, 'payment-status-filter'), zh ? '支付成功' : 'Paid');
      await loaded(page);
      const table = byTest(page, 'payment-table');
      await expect.poll(() => table.locator('[data-test-id="payment-bill"]').count()).toBeGreaterThan(5);
      await page.waitForTimeout(300);
      const list = await byTest(page, 'payments-page').innerText();
      if (zh) expect(list).not.toMatch(/Paid|Kiosk|Portal|Refund|Receipt|Payments/);
      else expect(list).not.toMatch(/收款|支付|自助机|门户|退款|收据|渠道/);
      await shot(page, 'admin', `payments-${lang}`);

      await table.locator('tbody tr').first().locator('td').first().click();
      const drawer = byTest(page, 'payment-drawer');
      await expect.poll(() => drawer.locator('[data-test-id="payment-bill-link"]').count()).toBe(1);
      await page.waitForTimeout(500);
      const detail = await drawer.innerText();
      if (zh) expect(detail).not.toMatch(/Paid|Refund|Receipt|Kiosk|Portal/);
      else expect(detail).not.toMatch(/支付|退款|收据|渠道|自助机|门户|已结清|逾期/);
      await shot(page, 'admin', `payment-detail-${lang}`);

      // The refund dialog, opened and left.
      await byTest(page, 'payment-refund').click();
      const dialog = byTest(page, 'refund-dialog');
      await dialog.waitFor();
      await page.waitForTimeout(300);
      const form = await dialog.innerText();
      if (zh) expect(form).not.toMatch(/Refund|Amount|Note|Cancel/);
      else expect(form).not.toMatch(/退款|金额|说明|取消|最多/);
      await shot(page, 'admin', `refund-dialog-${lang}`);
      await dialog.locator('.el-dialog__footer .el-button').first().click();
      await dialog.waitFor({ state: 'hidden' });

      // The bill, from the payment: its ledger.
      await drawer.locator('[data-test-id="payment-bill-link"]').click();
      const bill = byTest(page, 'bill-drawer');
      await bill.locator('[data-test-id="bill-ledger"] tbody tr').first().waitFor();
      await page.waitForTimeout(500);
      const ledger = await byTest(page, 'bill-ledger').innerText();
      if (zh) expect(ledger).not.toMatch(/Payment|Refund|Receipt|Sandbox/);
      else expect(ledger).not.toMatch(/收款|退款|收据|渠道|支付方式|沙箱/);
      await shot(page, 'admin', `bill-ledger-${lang}`);
      await bill.locator('.el-drawer__close-btn').click();
      await bill.waitFor({ state: 'hidden' });
      await drawer.locator('.el-drawer__close-btn').click();
      await drawer.waitFor({ state: 'hidden' });

      await byTest(page, 'menu-reconciliation').click();
      await byTest(page, 'reconciliation-page').waitFor();
      await loaded(page);
      await expect.poll(() => byTest(page, 'reconcile-runs').locator('tbody tr').count()).toBeGreaterThan(0);
      // The demo's run, with its (by now booked) difference.
      const lost = await lostCallback((await signInApi('finance')).token);
      await byTest(page, 'reconcile-runs')
        .locator('tbody tr')
        .filter({ hasText: lost.billDate })
        .last()
        .click();
      await expect.poll(() => byTest(page, 'reconcile-differences').innerText()).toContain(lost.outTradeNo);
      await page.waitForTimeout(300);
      const screen = await byTest(page, 'reconciliation-page').innerText();
      if (zh) expect(screen).not.toMatch(/Reconcil|Difference|Booked|Provider|Ledger/);
      else expect(screen).not.toMatch(/对账|差异|补记|渠道|本地|已完成|沙箱/);
      await shot(page, 'admin', `reconciliation-${lang}`);
      await page.context().close();
    },
    120_000,
  );
});
