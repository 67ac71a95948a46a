import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signInApi, transition } from '../api.ts';
import { byTest, launchBrowser } from '../browser.ts';
import { FACTORY_PASSWORD, unique } from '../factories.ts';
import {
  invoiceNumber,
  issueInvoice,
  paidBillWithoutInvoice,
  rejectInvoice,
  requestInvoice,
} from './invoice-fixtures.ts';
import { phonePage, settledShot, signInToHome, textIn } from './portal.ts';

/**
 * 消息 in the portal: a company admin of the demo company (made here, so the notifications are
 * this file's alone) hears of a quote waiting on their repair and of finance refusing, then
 * issuing, their invoice. The title bar's icon counts the unread ones on every page; the list
 * words each from its kind and facts in the reader's language, unread ones highlighted; a new
 * one appears while the list is open; a tap marks it read and opens the bill or the repair; 全部已读
 * clears the rest. Each screen in both languages, in its own words only (numbers, codes and what
 * people wrote are data).
 */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const LATIN = /[A-Za-z]/;
const REASON = '发票抬头与税务登记名称不一致，请核对后重新申请';
const REPAIR_TITLE = `前台插座无电 ${Date.now() % 100_000}`;

let browser: Browser;
let user: { id: string; login: string; token: string };
let company: { id: string; name: string; uscc: string; units: { id: string }[] };
let bill: { id: string; number: string };
let order: { id: string; number: string };
let finance: string;
let desk: string;

/** A new tenant admin of the demo company, signed in with their own password. */
async function createCompanyAdmin(companyId: string) {
  const hq = (await signInApi('hq.admin')).token;
  const { roles } = await api<{ roles: { id: string; key: string }[] }>('{ roles { id key } }', {}, hq);
  const login = unique('e2e.notices.').toLowerCase();
  const first = 'First-sign-in-2026';
  const { createUser } = await api<{ createUser: { id: string } }>(
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    {
      input: {
        kind: 'TENANT',
        login,
        displayName: '消息测试员',
        roleIds: [roles.find((r) => r.key === 'tenant_admin')!.id],
        password: first,
        tenantId: companyId,
      },
    },
    hq,
  );
  const { token: once } = await signInApi(login, first);
  await api(
    'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
    { c: first, n: FACTORY_PASSWORD },
    once,
  );
  return { id: createUser.id, login, token: (await signInApi(login, FACTORY_PASSWORD)).token };
}

/** The desk quotes the repair: a QUOTE_WAITING notification for its requester. */
const quote = (labourFen: number) =>
  api(
    'mutation ($id: ID!, $input: QuoteWorkOrderInput!) { quoteWorkOrder(id: $id, input: $input) { id } }',
    { id: order.id, input: { labourFen, materialsFen: 0 } },
    desk,
  );

/** The user's unread notifications, as the API counts them. */
const unreadCount = async () =>
  (await api<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, user.token))
    .unreadNotificationCount;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = (await signInApi('tenant.admin')).token;
  const { viewer } = await api<{ viewer: { tenant: { id: string } } }>(
    '{ viewer { tenant { id } } }',
    {},
    admin,
  );
  ({ tenantCompany: company } = await api<{ tenantCompany: typeof company }>(
    'query ($id: ID!) { tenantCompany(id: $id) { id name uscc units { id } } }',
    { id: viewer.tenant.id },
    admin,
  ));
  user = await createCompanyAdmin(company.id);
  finance = (await signInApi('finance')).token;
  desk = (await signInApi('cs.agent')).token;

  // A repair of theirs, dispatched, then quoted: the first notification.
  const { submitWorkOrder } = await api<{
    submitWorkOrder: { id: string; number: string; state: string; version: number };
  }>(
    'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id number state version } }',
    { input: { category: 'POWER', priority: 'NORMAL', title: REPAIR_TITLE, unitId: company.units[0]!.id } },
    user.token,
  );
  order = submitWorkOrder;
  if (submitWorkOrder.state !== 'DISPATCHED') {
    const engineer = await signInApi('engineer');
    await transition(
      order.id,
      { action: 'DISPATCH', assigneeId: engineer.userId, expectedVersion: submitWorkOrder.version },
      desk,
    );
  }
  await quote(6000);

  // An invoice of a paid bill, asked for and refused: the second.
  bill = await paidBillWithoutInvoice(browser, user.token);
  await rejectInvoice(await requestInvoice(bill.id, company, user.token), REASON, finance);
});
afterAll(() => browser?.close());

/** A phone signed in as the user in `lang`, on the home page. */
async function portal(lang: 'zh-CN' | 'en') {
  const { context, page } = await phonePage(browser);
  await context.addInitScript((l) => localStorage.setItem('park.portal.locale', l), lang);
  await signInToHome(page, user.login, FACTORY_PASSWORD);
  return { context, page };
}

const bellCount = (page: Page) => byTest(page, 'notice-bell').getAttribute('data-unread');
const items = (page: Page) => byTest(page, 'notice-list').locator('[data-test-id="notice-item"]');
const kinds = (page: Page) => items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
const item = (page: Page, kind: string) =>
  byTest(page, 'notice-list').locator(`[data-test-id="notice-item"][data-kind="${kind}"]`).first();

/** A locator's text without the data in it: the UI's own words. */
async function uiWords(locator: Locator): Promise<string> {
  return [bill.number, order.number, REASON, REPAIR_TITLE, /\d{20}/g].reduce<string>(
    (text, d) => text.replaceAll(d, ''),
    await textIn(locator),
  );
}

describe('messages in the portal', () => {
  test('the unread count on every page, each message in Chinese, live, opened and marked read', {
    timeout: 180_000,
  }, async () => {
    await expect.poll(unreadCount).toBe(2);
    const { context, page } = await portal('zh-CN');
    await expect.poll(() => bellCount(page)).toBe('2');
    expect(await textIn(byTest(page, 'notice-bell').locator('.van-badge'))).toBe('2');
    await settledShot(page, 'notifications-bell-zh-CN');

    await byTest(page, 'notice-bell').click();
    await items(page).first().waitFor();
    expect(await textIn(byTest(page, 'page-title'))).toBe('消息');
    expect(await kinds(page)).toEqual(['INVOICE_REJECTED', 'QUOTE_WAITING']);
    const rejected = item(page, 'INVOICE_REJECTED');
    expect(await textIn(rejected.locator('[data-test-id="notice-title"]'))).toBe(
      `账单 ${bill.number} 的开票申请被驳回`,
    );
    expect(await textIn(rejected.locator('[data-test-id="notice-body"]'))).toBe(`原因：${REASON}`);
    const quoted = item(page, 'QUOTE_WAITING');
    expect(await textIn(quoted.locator('[data-test-id="notice-title"]'))).toBe(
      `工单 ${order.number} 的报价待您确认`,
    );
    expect(await textIn(quoted.locator('[data-test-id="notice-body"]'))).toBe(REPAIR_TITLE);
    expect(await items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-read')))).toEqual([
      'false',
      'false',
    ]);
    expect(await textIn(byTest(page, 'notice-unread'))).toBe('2 条未读');
    expect(await uiWords(byTest(page, 'notifications'))).not.toMatch(LATIN);
    await settledShot(page, 'notifications-list-zh-CN');

    // Asked again and issued while the list is open: it arrives at the top, unread.
    const number = invoiceNumber();
    await issueInvoice(await requestInvoice(bill.id, company, user.token), number, finance);
    await expect.poll(() => kinds(page)).toEqual(['INVOICE_ISSUED', 'INVOICE_REJECTED', 'QUOTE_WAITING']);
    const issued = item(page, 'INVOICE_ISSUED');
    expect(await textIn(issued.locator('[data-test-id="notice-title"]'))).toBe(
      `账单 ${bill.number} 的发票已开具`,
    );
    expect(await textIn(issued.locator('[data-test-id="notice-body"]'))).toBe(
      `发票号码 ${number}，可在账单详情中下载`,
    );
    await expect.poll(() => textIn(byTest(page, 'notice-unread'))).toBe('3 条未读');
    await settledShot(page, 'notifications-live-zh-CN');

    // A tap opens the bill, its invoice there to download, and marks the message read.
    await issued.click();
    await expect.poll(() => byTest(page, 'bill-invoice').getAttribute('data-status')).toBe('ISSUED');
    expect(page.url()).toMatch(new RegExp(`/portal/me/bills/${bill.id}$`));
    await expect.poll(() => bellCount(page)).toBe('2');
    await page.goBack();
    await items(page).first().waitFor();
    expect(await item(page, 'INVOICE_ISSUED').getAttribute('data-read')).toBe('true');

    // The quote opens its repair.
    await item(page, 'QUOTE_WAITING').click();
    await byTest(page, 'quote-card').waitFor();
    expect(page.url()).toMatch(new RegExp(`/portal/repairs/${order.id}$`));
    await expect.poll(() => bellCount(page)).toBe('1');

    // 全部已读 clears the rest.
    await byTest(page, 'notice-bell').click();
    await items(page).first().waitFor();
    await byTest(page, 'notice-read-all').click();
    await expect.poll(() => textIn(byTest(page, 'notice-unread'))).toBe('没有未读消息');
    expect(await items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-read')))).toEqual([
      'true',
      'true',
      'true',
    ]);
    expect(await unreadCount()).toBe(0);
    await settledShot(page, 'notifications-all-read-zh-CN');
    await context.close();
  });

  test('in English: each message in its own words, a new quote unread at the top', async () => {
    await quote(8000);
    await expect.poll(unreadCount).toBe(1);
    const { context, page } = await portal('en');
    await expect.poll(() => bellCount(page)).toBe('1');
    await byTest(page, 'notice-bell').click();
    await items(page).first().waitFor();
    expect(await textIn(byTest(page, 'page-title'))).toBe('Messages');
    expect(await kinds(page)).toEqual([
      'QUOTE_WAITING',
      'INVOICE_ISSUED',
      'INVOICE_REJECTED',
      'QUOTE_WAITING',
    ]);
    expect(await textIn(items(page).first().locator('[data-test-id="notice-title"]'))).toBe(
      `Repair ${order.number} has a quote waiting for your decision`,
    );
    expect(await textIn(item(page, 'INVOICE_ISSUED').locator('[data-test-id="notice-title"]'))).toBe(
      `The invoice for bill ${bill.number} has been issued`,
    );
    expect(await textIn(item(page, 'INVOICE_REJECTED').locator('[data-test-id="notice-body"]'))).toBe(
      `Reason: ${REASON}`,
    );
    expect(await textIn(byTest(page, 'notice-unread'))).toBe('1 unread');
    expect(await items(page).first().getAttribute('data-read')).toBe('false');
    expect(await uiWords(byTest(page, 'notifications'))).not.toMatch(CJK);
    await settledShot(page, 'notifications-list-en');
    await context.close();
  });
});
