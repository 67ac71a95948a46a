import { formatMoney } from '@park/web-shared';
import jsQRModule from 'jsqr';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signInApi } from '../api.ts';
import { byTest, launchBrowser, newContext, PHONE } from '../browser.ts';
import { unique } from '../factories.ts';
import { phonePage, settledShot, signInToHome, textIn } from './portal.ts';

// jsQR is CommonJS whose types declare an ES default export: Node hands over the function itself.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ??
  jsQRModule) as unknown as (
  data: Uint8ClampedArray,
  width: number,
  height: number,
) => { data: string } | null;

/**
 * 在线缴费 in the portal (issue 19 §4) on one of the demo company's bills still owed, paid through
 * the in-product sandbox: a tenant admin pays ¥100.00 of it (a first try failing at the provider,
 * then a new one through the provider's page the button opens), sees the receipt turn up by
 * itself, and the bill, its ledger and a colleague's open list follow live; then, in English with
 * the socket blocked (the page polls every 5 s), pays the rest and the bill is settled. A user
 * who may read bills but not pay them (no bill.pay) has no pay button. Each screen in both
 * languages, each in its own words only (numbers, codes and the company's name are data).
 */
type Bill = {
  id: string;
  number: string;
  status: string;
  dueOn: string;
  totalFen: number;
  paidFen: number;
  outstandingFen: number;
  ledger: { kind: string; amountFen: number; receiptNo: string | null }[];
  payments: {
    id: string;
    status: string;
    receiptNo: string | null;
    outTradeNo: string;
    providerTradeNo: string | null;
  }[];
};
const BILL_FIELDS = `id number status dueOn totalFen paidFen outstandingFen
  ledger { kind amountFen receiptNo } payments { id status receiptNo outTradeNo providerTradeNo }`;
const OWED = ['ISSUED', 'PARTLY_PAID', 'OVERDUE'];
const STATUS = {
  'zh-CN': { ISSUED: '已出账', PARTLY_PAID: '部分支付', PAID: '已结清', OVERDUE: '逾期', VOID: '已作废' },
  en: { ISSUED: 'Issued', PARTLY_PAID: 'Partly paid', PAID: 'Paid', OVERDUE: 'Overdue', VOID: 'Void' },
} as Record<string, Record<string, string>>;
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const LATIN = /[A-Za-z]/;
const PART_FEN = 10_000;

let browser: Browser;
let token: string;
let company: string;
/** The bill paid here, chosen once (see `choose`). */
let billId: string;

const owes = (b: Bill) => OWED.includes(b.status) && b.outstandingFen > 0;
/** The status a bill with money owed takes once part is paid: overdue stays overdue. */
const partlyPaid = (b: Bill) => (b.status === 'OVERDUE' ? 'OVERDUE' : 'PARTLY_PAID');

async function readBill(): Promise<Bill> {
  const { bill } = await api<{ bill: Bill }>(
    `query ($id: ID!) { bill(id: $id) { ${BILL_FIELDS} } }`,
    { id: billId },
    token,
  );
  return bill;
}

/**
 * An owed bill with more than ¥100.00 left, not the one tenant/my-bills.e2e.ts opens (its newest
 * overdue bill with a meter's line) while another will do: this month's issued bills first.
 */
function choose(bills: Bill[], metered: Set<string>): Bill {
  const candidates = bills.filter((b) => owes(b) && b.outstandingFen > PART_FEN);
  const mine =
    candidates.find((b) => b.status === 'ISSUED') ??
    candidates.find((b) => b.status === 'PARTLY_PAID') ??
    candidates.find((b) => !metered.has(b.id)) ??
    candidates[0];
  if (!mine) throw new Error('the demo company has no bill with more than ¥100.00 owed');
  return mine;
}

beforeAll(async () => {
  browser = await launchBrowser();
  ({ token } = await signInApi('tenant.admin'));
  const mine = await api<{
    viewer: { tenant: { name: string } };
    bills: { nodes: (Bill & { lines: { source: string }[] })[] };
  }>(
    `{ viewer { tenant { name } } bills(first: 100) { nodes { ${BILL_FIELDS} lines { source } } } }`,
    {},
    token,
  );
  company = mine.viewer.tenant.name;
  const metered = new Set(
    mine.bills.nodes.filter((b) => b.lines.some((l) => l.source === 'UTILITY')).map((b) => b.id),
  );
  billId = choose(mine.bills.nodes, metered).id;
});
afterAll(() => browser?.close());

/**
 * A phone signed in as `login` in `lang`, its context and page; `offline` refuses its WebSocket
 * from the start, as a network that drops it would (no live news at all).
 */
async function portal(lang: 'zh-CN' | 'en', login = 'tenant.admin', password?: string, offline = false) {
  const { context, page } = await phonePage(browser);
  await context.addInitScript((l) => localStorage.setItem('park.portal.locale', l), lang);
  if (offline) await blockSocket(context);
  await signInToHome(page, login, password);
  return { context, page };
}

/** Reads the pay view's QR as the payer's phone camera would: from its pixels. */
async function scan(page: Page): Promise<string | undefined> {
  const pixels = await byTest(page, 'payment-qr').evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const data = g.getImageData(0, 0, canvas.width, canvas.height);
    return { width: data.width, height: data.height, data: Array.from(data.data) };
  });
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data;
}

/** The sandbox's checkout page for `payUrl`, in a phone of its own, answered with `action`. */
async function answerAtProvider(payUrl: string, action: 'pay' | 'fail'): Promise<void> {
  const phone = await newContext(browser, PHONE);
  const payer = await phone.newPage();
  await payer.goto(payUrl);
  await payer.getByTestId(`sandbox-${action}`).click();
  await payer.getByTestId('sandbox-note').waitFor();
  await phone.close();
}

/** The page's words without the data in it (bill, receipt and order numbers, the company). */
async function uiWords(locator: Locator, bill: Bill): Promise<string> {
  const data = [
    company,
    bill.number,
    ...bill.payments.flatMap((p) => [p.receiptNo, p.outTradeNo, p.providerTradeNo]),
  ].filter((d): d is string => !!d);
  return data.reduce((text, d) => text.replaceAll(d, ''), await textIn(locator));
}

const statusOf = (page: Page) => byTest(page, 'payment').getAttribute('data-status');

describe('paying a bill in the portal', () => {
  test('a user who may read the bills but not pay them has no pay button', async () => {
    // An employee's permissions, and bill.read besides.
    const hq = (await signInApi('hq.admin')).token;
    const { roles } = await api<{ roles: { key: string; permissions: string[] }[] }>(
      '{ roles { key permissions } }',
      {},
      hq,
    );
    const employee = roles.find((r) => r.key === 'tenant_employee')!;
    const { createRole: role } = await api<{ createRole: { id: string } }>(
      'mutation ($input: CreateRoleInput!) { createRole(input: $input) { id } }',
      {
        input: {
          audience: 'TENANT',
          key: unique('bill_reader_').toLowerCase(),
          name: '账单查看',
          nameEn: 'Bill reader',
          permissions: [...employee.permissions.filter((p) => p !== 'bill.pay'), 'bill.read'],
        },
      },
      hq,
    );
    const { viewer } = await api<{ viewer: { tenant: { id: string } } }>(
      '{ viewer { tenant { id } } }',
      {},
      token,
    );
    const login = unique('e2e.reader.').toLowerCase();
    const first = 'First-sign-in-2026';
    const password = 'Own-site-2026';
    await api(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          kind: 'TENANT',
          login,
          displayName: '账单查看员',
          roleIds: [role.id],
          password: first,
          tenantId: viewer.tenant.id,
        },
      },
      hq,
    );
    const { token: once } = await signInApi(login, first);
    await api(
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
      { c: first, n: password },
      once,
    );
    const bill = await readBill();
    expect(owes(bill)).toBe(true);
    for (const lang of ['zh-CN', 'en'] as const) {
      const { context, page } = await portal(lang, login, password);
      await page.goto(`/portal/me/bills/${billId}`);
      const detail = byTest(page, 'bill-detail');
      await detail.waitFor();
      expect(await byTest(page, 'bill-pay').count()).toBe(0);
      expect(await textIn(byTest(page, 'bill-pay-note'))).toBe(
        lang === 'zh-CN'
          ? '在线缴费需由企业管理员操作'
          : 'Only your company’s administrator can pay bills online',
      );
      await settledShot(page, `pay-bill-no-permission-${lang}`);
      await context.close();
    }
  });

  test('a tenant admin pays ¥100.00 of a bill and sees the receipt, the bill and a colleague’s list follow live', {
    timeout: 240_000,
  }, async () => {
    const money = (fen: number) => formatMoney(fen, 'zh-CN');
    const before = await readBill();
    expect(owes(before)).toBe(true);

    // A colleague's phone with the list open.
    const colleague = await portal('zh-CN');
    await colleague.page.goto('/portal/me/bills');
    const theirCard = byTest(colleague.page, `bill-${before.number}`);
    await theirCard.waitFor();
    expect(await textIn(theirCard.locator('[data-test-id="bill-outstanding"]'))).toBe(
      money(before.outstandingFen),
    );

    const { context, page } = await portal('zh-CN');
    await byTest(page, 'tab-me').click();
    await byTest(page, 'me-bills').click();
    await byTest(page, `bill-${before.number}`).click();
    const detail = byTest(page, 'bill-detail');
    await detail.waitFor();
    expect(await detail.getAttribute('data-number')).toBe(before.number);
    expect(await textIn(byTest(page, 'bill-pay'))).toBe('立即缴费');
    expect(await uiWords(detail.locator('.head'), before)).not.toMatch(LATIN);
    await settledShot(page, 'pay-bill-detail-zh-CN');

    // How much: everything owed by default; a part must be yuan with two decimals at most, not more than owed.
    await byTest(page, 'bill-pay').click();
    const sheet = byTest(page, 'pay-sheet');
    await sheet.waitFor();
    expect(await textIn(byTest(page, 'pay-owed'))).toBe(money(before.outstandingFen));
    expect(await textIn(byTest(page, 'pay-submit'))).toBe(`去支付 ${money(before.outstandingFen)}`);
    await settledShot(page, 'pay-bill-sheet-zh-CN');
    await byTest(page, 'pay-part').click();
    const amount = byTest(page, 'pay-amount').locator('input');
    await amount.fill('100.001');
    await amount.blur();
    expect(await textIn(byTest(page, 'pay-amount'))).toContain('请输入正确的金额');
    await amount.fill(String(Math.floor(before.outstandingFen / 100) + 1));
    await amount.blur();
    expect(await textIn(byTest(page, 'pay-amount'))).toContain(
      `不能超过待缴金额 ${money(before.outstandingFen)}`,
    );
    await amount.fill('100');
    await amount.blur();
    expect(await textIn(byTest(page, 'pay-submit'))).toBe('去支付 ¥100.00');
    expect(await uiWords(sheet, before)).not.toMatch(LATIN);
    await settledShot(page, 'pay-bill-sheet-part-zh-CN');
    await byTest(page, 'pay-submit').click();

    // The pay view: the amount, the time left, the provider's page as a button and as a QR.
    const waiting = byTest(page, 'payment-waiting');
    await waiting.waitFor();
    expect(page.url()).toMatch(new RegExp(`/portal/me/bills/${billId}/payments/[0-9a-f-]{36}$`));
    expect(await textIn(byTest(page, 'payment-amount'))).toBe('¥100.00');
    expect(await textIn(byTest(page, 'payment-countdown'))).toMatch(/^(14|15):\d\d 后二维码失效$/);
    const firstUrl = (await byTest(page, 'payment-open').getAttribute('href'))!;
    expect(firstUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sandbox-pay\/checkout\/./);
    expect(await scan(page)).toBe(firstUrl);
    expect(await textIn(waiting)).toContain('扫码付款（沙箱支付）');
    await expect.poll(() => textIn(byTest(page, 'payment-live'))).toBe('付款后本页自动更新');
    expect(await uiWords(waiting, before)).not.toMatch(LATIN);
    await settledShot(page, 'pay-bill-waiting-zh-CN');

    // The first try fails at the provider, which tells no one (as WeChat Pay): the API's status
    // query finds it within 30 s of the order, and the page says so, a new attempt a tap away.
    await answerAtProvider(firstUrl, 'fail');
    await expect.poll(() => statusOf(page), { timeout: 45_000 }).toBe('FAILED');
    expect(await textIn(byTest(page, 'payment-ended'))).toContain('支付失败');
    expect(await textIn(byTest(page, 'payment-again'))).toBe('重新支付');
    await settledShot(page, 'pay-bill-failed-zh-CN');
    await byTest(page, 'payment-again').click();
    await sheet.waitFor();
    expect(await byTest(page, 'bill-detail').getAttribute('data-number')).toBe(before.number);

    // Again, ¥100.00, paid on the provider's page the button opens (the way on a phone).
    await byTest(page, 'pay-part').click();
    await amount.fill('100.00');
    await amount.blur();
    await byTest(page, 'pay-submit').click();
    await waiting.waitFor();
    const payUrl = (await byTest(page, 'payment-open').getAttribute('href'))!;
    expect(payUrl).not.toBe(firstUrl);
    const [provider] = await Promise.all([
      context.waitForEvent('page'),
      byTest(page, 'payment-open').click(),
    ]);
    await provider.getByTestId('sandbox-pay').waitFor();
    expect(provider.url()).toBe(payUrl);
    expect(await provider.getByTestId('sandbox-amount').textContent()).toBe('¥100.00');
    await provider.getByTestId('sandbox-pay').click();
    await provider.getByTestId('sandbox-note').waitFor();
    await provider.close();

    // The portal turns to the receipt by itself.
    await expect.poll(() => statusOf(page), { timeout: 30_000 }).toBe('SUCCEEDED');
    const after = await readBill();
    const paid = after.payments[0]!;
    expect(paid).toMatchObject({ status: 'SUCCEEDED' });
    expect(paid.receiptNo).toMatch(/^SJ\d+$/);
    expect(after.paidFen).toBe(before.paidFen + PART_FEN);
    expect(after.status).toBe(partlyPaid(before));
    const receipt = byTest(page, 'payment-receipt');
    expect(await textIn(receipt)).toContain('缴费成功');
    expect(await textIn(byTest(page, 'receipt-no'))).toBe(paid.receiptNo);
    expect(await textIn(byTest(page, 'receipt-amount'))).toBe('¥100.00');
    expect(await textIn(byTest(page, 'receipt-paid-at'))).toMatch(/\d{2}:\d{2}/);
    expect(await textIn(byTest(page, 'receipt-trade-no'))).toBe(paid.providerTradeNo);
    expect(await textIn(byTest(page, 'receipt-provider'))).toBe('沙箱支付');
    expect(await uiWords(receipt, after)).not.toMatch(LATIN);
    await settledShot(page, 'pay-bill-paid-zh-CN');

    // The colleague's list has followed, without a reload.
    await expect
      .poll(() => textIn(theirCard.locator('[data-test-id="bill-outstanding"]')))
      .toBe(money(after.outstandingFen));
    expect(await textIn(theirCard.locator('[data-test-id="bill-paid"]'))).toBe(
      `已付 ${money(after.paidFen)}`,
    );
    expect(await textIn(theirCard.locator('[data-test-id="bill-status"]'))).toBe(
      STATUS['zh-CN']![after.status],
    );
    await theirCard.scrollIntoViewIfNeeded();
    await settledShot(colleague.page, 'pay-bill-list-live-zh-CN');
    await colleague.context.close();

    // Back on the bill: paid and owed as booked, the payment in its ledger with its receipt.
    // The page shows the cached bill at once and the fetched one a moment later (cache-and-network).
    await byTest(page, 'payment-back').click();
    await detail.waitFor();
    await expect
      .poll(() => textIn(detail.locator('[data-test-id="bill-status"]')))
      .toBe(STATUS['zh-CN']![after.status]);
    await expect.poll(() => textIn(byTest(page, 'bill-paid'))).toBe(money(after.paidFen));
    await expect.poll(() => textIn(byTest(page, 'bill-outstanding'))).toBe(money(after.outstandingFen));
    const entry = byTest(page, 'bill-ledger').locator(
      `[data-test-id="ledger-entry"][data-receipt="${paid.receiptNo}"]`,
    );
    expect(await textIn(entry.locator('[data-test-id="ledger-amount"]'))).toBe('¥100.00');
    expect(await textIn(entry.locator('[data-test-id="ledger-kind"]'))).toBe('付款');
    expect(await textIn(entry)).toContain(`收据号 ${paid.receiptNo}`);
    await expect
      .poll(() => byTest(page, 'bill-ledger').locator('[data-test-id="ledger-entry"]').count())
      .toBe(after.ledger.length);
    expect(await uiWords(byTest(page, 'bill-ledger'), after)).not.toMatch(LATIN);
    await byTest(page, 'bill-ledger').scrollIntoViewIfNeeded();
    await settledShot(page, 'pay-bill-ledger-zh-CN');
    await context.close();
  });

  test('in English with live updates down, the rest is paid by polling and the bill is settled', {
    timeout: 240_000,
  }, async () => {
    const money = (fen: number) => formatMoney(fen, 'en');
    const before = await readBill();
    expect(owes(before)).toBe(true);

    // A colleague's list, live (in Chinese).
    const colleague = await portal('zh-CN');
    await colleague.page.goto('/portal/me/bills');
    const theirCard = byTest(colleague.page, `bill-${before.number}`);
    await theirCard.waitFor();

    // This phone's socket is refused: no live news, so the pay view asks every 5 s.
    const { context, page } = await portal('en', 'tenant.admin', undefined, true);
    await byTest(page, 'tab-me').click();
    await byTest(page, 'me-bills').click();
    await byTest(page, `bill-${before.number}`).waitFor();
    expect(await uiWords(byTest(page, 'my-bills'), before)).not.toMatch(CJK);
    await settledShot(page, 'pay-bill-list-en');
    await byTest(page, `bill-${before.number}`).click();
    const detail = byTest(page, 'bill-detail');
    await detail.waitFor();
    expect(await textIn(byTest(page, 'bill-pay'))).toBe('Pay now');
    expect(await uiWords(detail.locator('.head'), before)).not.toMatch(CJK);
    expect(await uiWords(byTest(page, 'bill-ledger'), before)).not.toMatch(CJK);
    await settledShot(page, 'pay-bill-detail-en');

    await byTest(page, 'bill-pay').click();
    await byTest(page, 'pay-sheet').waitFor();
    await byTest(page, 'pay-part').click();
    const amount = byTest(page, 'pay-amount').locator('input');
    await amount.fill('0');
    await amount.blur();
    expect(await textIn(byTest(page, 'pay-amount'))).toContain('The amount must be more than zero');
    expect(await uiWords(byTest(page, 'pay-sheet'), before)).not.toMatch(CJK);
    await settledShot(page, 'pay-bill-sheet-en');
    await byTest(page, 'pay-all').click();
    expect(await textIn(byTest(page, 'pay-submit'))).toBe(`Pay ${money(before.outstandingFen)}`);
    await byTest(page, 'pay-submit').click();
    const waiting = byTest(page, 'payment-waiting');
    await waiting.waitFor();
    expect(await textIn(byTest(page, 'payment-amount'))).toBe(money(before.outstandingFen));
    expect(await textIn(byTest(page, 'payment-countdown'))).toMatch(/^QR code expires in (14|15):\d\d$/);
    await expect
      .poll(() => textIn(byTest(page, 'payment-live')))
      .toBe('Live updates are down; checking every 5 seconds');
    expect(await uiWords(waiting, before)).not.toMatch(CJK);
    await settledShot(page, 'pay-bill-waiting-en');

    // A failure, seen by polling (once the API's status query has found it).
    await answerAtProvider((await scan(page))!, 'fail');
    await expect.poll(() => statusOf(page), { timeout: 45_000 }).toBe('FAILED');
    expect(await textIn(byTest(page, 'payment-ended'))).toContain('Payment failed');
    expect(await uiWords(byTest(page, 'payment'), before)).not.toMatch(CJK);
    await settledShot(page, 'pay-bill-failed-en');

    // Try again: everything owed, paid; the receipt turns up by polling.
    await byTest(page, 'payment-again').click();
    await byTest(page, 'pay-sheet').waitFor();
    await byTest(page, 'pay-submit').click();
    await waiting.waitFor();
    await answerAtProvider((await scan(page))!, 'pay');
    await expect.poll(() => statusOf(page), { timeout: 20_000 }).toBe('SUCCEEDED');
    const after = await readBill();
    const paid = after.payments[0]!;
    expect(after).toMatchObject({ status: 'PAID', outstandingFen: 0, paidFen: before.totalFen });
    expect(await textIn(byTest(page, 'payment-receipt'))).toContain('Payment received');
    expect(await textIn(byTest(page, 'receipt-no'))).toBe(paid.receiptNo);
    expect(await textIn(byTest(page, 'receipt-amount'))).toBe(money(before.outstandingFen));
    expect(await textIn(byTest(page, 'receipt-provider'))).toBe('Sandbox');
    expect(await uiWords(byTest(page, 'payment'), after)).not.toMatch(CJK);
    await settledShot(page, 'pay-bill-paid-en');

    // The colleague's list: settled, live.
    await expect.poll(() => textIn(theirCard.locator('[data-test-id="bill-status"]'))).toBe('已结清');
    expect(await textIn(theirCard.locator('[data-test-id="bill-outstanding"]'))).toBe(
      formatMoney(0, 'zh-CN'),
    );
    await theirCard.scrollIntoViewIfNeeded();
    await settledShot(colleague.page, 'pay-bill-list-settled-zh-CN');
    await colleague.context.close();

    // The bill: paid, nothing to pay, both payments in its ledger.
    await byTest(page, 'payment-back').click();
    await detail.waitFor();
    await expect.poll(() => textIn(detail.locator('[data-test-id="bill-status"]'))).toBe('Paid');
    expect(await textIn(byTest(page, 'bill-outstanding'))).toBe(money(0));
    expect(await textIn(byTest(page, 'bill-paid'))).toBe(money(before.totalFen));
    expect(await byTest(page, 'bill-pay').count()).toBe(0);
    const receipts = await byTest(page, 'bill-ledger')
      .locator('[data-test-id="ledger-entry"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-receipt')));
    expect(receipts[0]).toBe(paid.receiptNo);
    expect(receipts).toHaveLength(after.ledger.length);
    expect(await uiWords(byTest(page, 'bill-ledger'), after)).not.toMatch(CJK);
    await settledShot(page, 'pay-bill-settled-en');
    await context.close();
  });
});

/** Refuses the context's WebSocket to /graphql, as a network that drops it would. */
async function blockSocket(context: BrowserContext): Promise<void> {
  await context.routeWebSocket(/\/graphql$/, (ws) => {
    void ws.close({ code: 1011, reason: 'blocked by the test' });
  });
}
