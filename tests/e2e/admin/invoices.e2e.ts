import { formatMoney } from '@park/web-shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInApi } from '../api.ts';
import { byTest, launchBrowser, shot } from '../browser.ts';
import { loaded, signInToConsole } from './console.ts';
import {
  type Asked,
  askInvoices,
  financePark,
  invoiceNumber,
  pdf,
  refundedInvoice,
  request,
  today,
  WAITING,
} from './invoice-fixtures.ts';

type Lang = 'zh-CN' | 'en';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The queue's row of `r` (searched by its tax number, in `view`), opened in the drawer. */
async function openRequest(page: Page, r: Asked, view = 'REQUESTED') {
  await byTest(page, `invoice-view-${view}`).click();
  await byTest(page, 'invoice-search').fill(r.taxNumber);
  await loaded(page);
  const row = byTest(page, 'invoice-table').locator('tbody tr').filter({ hasText: r.billNumber });
  await row.first().locator('td').first().click();
  const drawer = byTest(page, 'invoice-drawer');
  await expect
    .poll(() => drawer.locator('[data-test-id="invoice-bill-link"]').innerText())
    .toBe(r.billNumber);
  await page.waitForTimeout(400); // the drawer has slid in
  return drawer;
}

/**
 * The console's own words on screen (headers, labels, buttons, tabs, placeholders) in the other
 * language: Chinese in the English console, English words in the Chinese one (as
 * plain-language.e2e.ts checks). Data (company names, addresses) is not among them.
 */
async function mixedLanguage(page: Page, lang: Lang): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const visible = (e: Element) => (e as HTMLElement).offsetParent !== null;
    for (const e of Array.from(
      document.querySelectorAll(
        'th, .el-form-item__label, .el-descriptions__label, button, .el-menu-item, .el-sub-menu__title, .el-radio-button__inner, .el-tag',
      ),
    ))
      if (visible(e) && e.textContent?.trim()) found.push(e.textContent.trim());
    for (const e of Array.from(document.querySelectorAll('input[placeholder], textarea[placeholder]')))
      if (visible(e)) found.push((e as HTMLInputElement).placeholder);
    return found;
  });
  // The e-invoice formats are named alike in both languages.
  const allowed = /\b(PDF|OFD|XML)\b/g;
  return lang === 'en'
    ? texts.filter((s) => /\p{Script=Han}/u.test(s))
    : texts.filter((s) => /[A-Za-z]{2,}/.test(s.replace(allowed, '')));
}

/** The issued request of this file's first test, for the screens in both languages. */
let issued: Asked | undefined;

describe('the invoice queue in the console', () => {
  it('finance issues a request with its e-invoice file, refuses another; a wrong number changes nothing', async () => {
    const [normal, special] = (await askInvoices(2)) as [Asked, Asked];
    const { token } = await signInApi('finance');
    const parkId = await financePark(token);

    // Finance is told (by a job, a moment later); the bell's notification opens the queue.
    await expect
      .poll(
        async () =>
          (
            await api<{
              notifications: { nodes: { kind: string; facts: { billNumber: string | null } | null }[] };
            }>('{ notifications(first: 50) { nodes { kind facts { billNumber } } } }', {}, token)
          ).notifications.nodes.some(
            (n) => n.kind === 'INVOICE_REQUESTED' && n.facts?.billNumber === normal.billNumber,
          ),
        { timeout: 30_000 },
      )
      .toBe(true);
    const page = await signInToConsole(browser, 'finance', 'zh-CN');
    await byTest(page, 'bills-page').waitFor();
    await byTest(page, 'notification-bell').click();
    const note = byTest(page, 'notification').filter({ hasText: normal.billNumber });
    await expect
      .poll(() => note.first().innerText())
      .toContain(`${normal.tenantName} 申请开票：账单 ${normal.billNumber}`);
    expect(await note.first().innerText()).toContain('开票申请');
    await note.first().click();
    await byTest(page, 'invoices-page').waitFor();
    expect(page.url()).toContain('/admin/invoices');
    expect(await byTest(page, 'menu-invoices').innerText()).toBe('发票');
    await loaded(page);

    // The waiting tab is the default and counts what waits in the park.
    const waiting = async () =>
      (await api<{ invoiceRequests: { totalCount: number } }>(WAITING, { p: parkId }, token)).invoiceRequests
        .totalCount;
    await expect
      .poll(async () => byTest(page, 'invoice-waiting-count').innerText())
      .toBe(String(await waiting()));
    expect(await byTest(page, 'invoice-view').locator('.is-active').innerText()).toContain('待开票');

    // The request: the buyer's details to copy, the bill, who asked.
    let drawer = await openRequest(page, normal);
    expect(await byTest(page, 'invoice-drawer-status').innerText()).toBe('待开票');
    expect(await byTest(page, 'invoice-title').innerText()).toBe(normal.tenantName);
    expect(await byTest(page, 'invoice-tax-number').innerText()).toBe(normal.taxNumber);
    await byTest(page, 'invoice-tax-number-copy').waitFor();
    expect(await drawer.innerText()).toContain('王志远');
    expect(await byTest(page, 'invoice-drawer-amount').innerText()).toMatch(/^¥[\d,]+\.\d\d$/);

    // A wrong number: said on the field, nothing uploaded, the request still waits.
    await byTest(page, 'invoice-issue').click();
    const dialog = byTest(page, 'issue-invoice-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.el-date-editor input').inputValue()).toBe(today());
    await byTest(page, 'issue-invoice-file').setInputFiles({
      name: `${normal.billNumber}.pdf`,
      mimeType: 'application/pdf',
      buffer: pdf(`Invoice ${normal.billNumber}`),
    });
    expect(await byTest(page, 'issue-invoice-file-name').innerText()).toContain(`${normal.billNumber}.pdf`);
    await byTest(page, 'issue-invoice-number').fill('123');
    await byTest(page, 'issue-invoice-dialog-submit').click();
    await expect.poll(() => dialog.innerText()).toContain('发票号码应为 20 位或 8 位数字');
    await page.waitForTimeout(300); // the message has faded in
    await shot(page, 'admin', 'invoice-issue-wrong-number-zh-CN');
    const untouched = await request(normal.id, token);
    expect(untouched.status).toBe('REQUESTED');
    expect(untouched.file).toBeNull();

    // Issued with a right number: the drawer shows the invoice and its file.
    const number = invoiceNumber();
    await byTest(page, 'issue-invoice-number').fill(number);
    await byTest(page, 'issue-invoice-dialog-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => byTest(page, 'invoice-drawer-status').innerText()).toBe('已开票');
    expect(await byTest(page, 'invoice-number').innerText()).toBe(number);
    expect(await byTest(page, 'invoice-issued-on').innerText()).toBe(today());
    expect(await byTest(page, 'invoice-issued').innerText()).toContain('钱慧敏');
    await expect.poll(() => byTest(page, 'invoice-issue').count()).toBe(0);
    const link = byTest(page, 'invoice-file-link');
    expect(await link.innerText()).toBe(`${normal.billNumber}.pdf`);
    const file = await fetch(new URL((await link.getAttribute('href'))!, page.url()));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    const after = await request(normal.id, token);
    expect(after).toMatchObject({ status: 'ISSUED', invoiceNumber: number });
    issued = normal;
    await page.locator('.el-message').waitFor({ state: 'detached' });
    await shot(page, 'admin', 'invoice-issued-zh-CN');
    await drawer.locator('.el-drawer__close-btn').click();
    await drawer.waitFor({ state: 'hidden' });

    // The second: a number another invoice has is refused on the field; then it is refused.
    drawer = await openRequest(page, special);
    // The API keeps the account's digits only.
    expect(await byTest(page, 'invoice-bank-account').innerText()).toBe('5327688012345678901');
    await byTest(page, 'invoice-address-copy').waitFor();
    await byTest(page, 'invoice-issue').click();
    await dialog.waitFor();
    await byTest(page, 'issue-invoice-file').setInputFiles({
      name: `${special.billNumber}.pdf`,
      mimeType: 'application/pdf',
      buffer: pdf(`Invoice ${special.billNumber}`),
    });
    await byTest(page, 'issue-invoice-number').fill(number);
    await byTest(page, 'issue-invoice-dialog-submit').click();
    await expect.poll(() => dialog.innerText()).toContain('该发票号码已登记在另一张发票上');
    expect((await request(special.id, token)).status).toBe('REQUESTED');
    await dialog.locator('.el-dialog__footer .el-button').first().click();
    await dialog.waitFor({ state: 'hidden' });

    await byTest(page, 'invoice-reject').click();
    const reject = byTest(page, 'reject-invoice-dialog');
    await byTest(page, 'reject-invoice-dialog-submit').click();
    await expect.poll(() => reject.innerText()).toContain('请填写 2–200 字的驳回原因');
    const reason = '纳税人识别号与营业执照不一致，请核对后重新申请';
    await byTest(page, 'reject-invoice-reason').fill(reason);
    await byTest(page, 'reject-invoice-dialog-submit').click();
    await reject.waitFor({ state: 'hidden' });
    await expect.poll(() => byTest(page, 'invoice-drawer-status').innerText()).toBe('已驳回');
    expect(await byTest(page, 'invoice-reject-reason').innerText()).toBe(reason);
    expect(await request(special.id, token)).toMatchObject({ status: 'REJECTED', rejectReason: reason });
    await page.locator('.el-message').waitFor({ state: 'detached' });
    await shot(page, 'admin', 'invoice-rejected-zh-CN');
    await drawer.locator('.el-drawer__close-btn').click();
    await drawer.waitFor({ state: 'hidden' });

    // Both left the waiting tab; the issued one is in 已开票 with its number.
    await expect
      .poll(async () => byTest(page, 'invoice-waiting-count').innerText())
      .toBe(String(await waiting()));
    await byTest(page, 'invoice-view-ISSUED').click();
    await byTest(page, 'invoice-search').fill(normal.taxNumber);
    await loaded(page);
    const row = byTest(page, 'invoice-table').locator('tbody tr').filter({ hasText: normal.billNumber });
    await expect.poll(() => row.innerText()).toContain('已开票');
    expect(await row.innerText()).toContain(number);
    await loaded(page);
    await shot(page, 'admin', 'invoices-issued-tab-zh-CN');
    await page.context().close();
  }, 180_000);

  it('customer service reads the queue but neither issues nor refuses', async () => {
    const [asked] = (await askInvoices(1, { special: false })) as [Asked];
    const page = await signInToConsole(browser, 'cs.agent', 'zh-CN');
    await page.goto('/admin/invoices');
    await byTest(page, 'invoices-page').waitFor();
    await loaded(page);
    await openRequest(page, asked);
    expect(await byTest(page, 'invoice-drawer-status').innerText()).toBe('待开票');
    expect(await byTest(page, 'invoice-issue').count()).toBe(0);
    expect(await byTest(page, 'invoice-reject').count()).toBe(0);
    expect(await byTest(page, 'invoice-drawer').innerText()).toContain('只有财务可以处理开票申请');
    await page.context().close();
  }, 120_000);

  it('after a refund, finance finds the invoice under 需红冲 and records red-letter invoices until nothing is due; never more than is due', async () => {
    const red = await refundedInvoice(30_000);
    const { token } = await signInApi('finance');
    const parkId = await financePark(token);
    const dueCount = async () =>
      (
        await api<{ invoiceRequests: { totalCount: number } }>(
          'query ($p: ID!) { invoiceRequests(first: 1, filter: { parkId: $p, reversalDue: true }) { totalCount } }',
          { p: parkId },
          token,
        )
      ).invoiceRequests.totalCount;
    const page = await signInToConsole(browser, 'finance', 'zh-CN');
    await byTest(page, 'bills-page').waitFor();
    await byTest(page, 'menu-invoices').click();
    await byTest(page, 'invoices-page').waitFor();
    await loaded(page);
    // The 需红冲 tab counts the park's issued invoices a refund left for more than their bill keeps.
    await expect
      .poll(async () => byTest(page, 'invoice-reversal-due-count').innerText())
      .toBe(String(await dueCount()));
    expect(await dueCount()).toBeGreaterThan(0);

    // Listed there with its invoice's number and what is due.
    await byTest(page, 'invoice-view-REVERSAL_DUE').click();
    await byTest(page, 'invoice-search').fill(red.taxNumber);
    await loaded(page);
    const row = byTest(page, 'invoice-table').locator('tbody tr').filter({ hasText: red.billNumber });
    await expect
      .poll(() => row.locator('[data-test-id="invoice-reversal-due"]').innerText())
      .toBe('需红冲 ¥300.00');
    expect(await row.innerText()).toContain(red.invoiceNumber);
    expect(await row.innerText()).toContain('已开票');
    await page.waitForTimeout(300); // the tab's colour has settled
    await shot(page, 'admin', 'invoices-reversal-due-tab-zh-CN');

    const drawer = await openRequest(page, red, 'REVERSAL_DUE');
    expect(await byTest(page, 'invoice-drawer-reversal-due').innerText()).toBe('需红冲 ¥300.00');
    expect(await byTest(page, 'invoice-reversal-due-amount').innerText()).toBe('¥300.00');
    expect(await byTest(page, 'invoice-reversed').innerText()).toBe('¥0.00');

    // Everything due by default, dated today; more than is due is stopped before it is sent.
    await byTest(page, 'invoice-reverse').click();
    const dialog = byTest(page, 'reversal-dialog');
    await dialog.waitFor();
    const amount = byTest(page, 'reversal-amount');
    expect(await amount.inputValue()).toBe('300.00');
    expect(await dialog.locator('.el-date-editor input').inputValue()).toBe(today());
    expect(await byTest(page, 'reversal-summary').innerText()).toContain(red.invoiceNumber);
    const first = invoiceNumber();
    await byTest(page, 'reversal-number').fill(first);
    await amount.fill('300.01');
    await byTest(page, 'reversal-dialog-submit').click();
    await expect.poll(() => dialog.innerText()).toContain('待红冲的金额只有 ¥300.00');
    await page.waitForTimeout(300); // the message has faded in
    await shot(page, 'admin', 'invoice-reversal-over-zh-CN');

    // Another finance user records ¥100 of it meanwhile: the ¥300 this dialog was opened with is
    // now more than is due, and the API's REVERSAL_OVER_DUE says so on the amount.
    await api(
      'mutation ($id: ID!, $input: RecordInvoiceReversalInput!) { recordInvoiceReversal(id: $id, input: $input) { id } }',
      { id: red.id, input: { invoiceNumber: invoiceNumber(), issuedOn: today(), amountFen: 10_000 } },
      token,
    );
    await amount.fill('300.00');
    await byTest(page, 'reversal-dialog-submit').click();
    await expect.poll(() => dialog.innerText()).toContain('红冲金额超过了待红冲的金额');
    await page.waitForTimeout(300);
    await shot(page, 'admin', 'invoice-reversal-over-due-zh-CN');
    await dialog.locator('.el-dialog__footer .el-button').first().click();
    await dialog.waitFor({ state: 'hidden' });

    // The drawer reads it again: ¥200 left; recorded through the dialog, nothing is due.
    await expect.poll(() => byTest(page, 'invoice-reversal-due-amount').innerText()).toBe('¥200.00');
    expect(await byTest(page, 'invoice-reversed').innerText()).toBe('¥100.00');
    await byTest(page, 'invoice-reverse').click();
    await dialog.waitFor();
    expect(await amount.inputValue()).toBe('200.00');
    await byTest(page, 'reversal-number').fill(first);
    await byTest(page, 'reversal-dialog-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => byTest(page, 'invoice-reversed').innerText()).toBe('¥300.00');
    expect(await byTest(page, 'invoice-reversal-due-amount').innerText()).toBe('¥0.00');
    expect(await byTest(page, 'invoice-reversal-number').innerText()).toBe(first);
    expect(await byTest(page, 'invoice-reversed-on').innerText()).toBe(today());
    expect(await byTest(page, 'invoice-drawer-reversal-due').count()).toBe(0);
    expect(await byTest(page, 'invoice-reverse').count()).toBe(0);
    expect(
      (
        await api<{
          invoiceRequest: { reversalDueFen: number; reversedFen: number; reversalNumber: string };
        }>(
          'query ($id: ID!) { invoiceRequest(id: $id) { reversalDueFen reversedFen reversalNumber } }',
          { id: red.id },
          token,
        )
      ).invoiceRequest,
    ).toEqual({ reversalDueFen: 0, reversedFen: 30_000, reversalNumber: first });
    await page.locator('.el-message').waitFor({ state: 'detached' });
    await shot(page, 'admin', 'invoice-reversed-zh-CN');
    await drawer.locator('.el-drawer__close-btn').click();
    await drawer.waitFor({ state: 'hidden' });

    // It left the 需红冲 tab and its count; under 已开票 it has no tag.
    await loaded(page);
    await expect.poll(() => row.count()).toBe(0);
    await expect
      .poll(async () => byTest(page, 'invoice-reversal-due-count').innerText())
      .toBe(String(await dueCount()));
    await byTest(page, 'invoice-view-ISSUED').click();
    await loaded(page);
    await expect.poll(() => row.innerText()).toContain(red.invoiceNumber);
    expect(await row.locator('[data-test-id="invoice-reversal-due"]').count()).toBe(0);
    await page.context().close();
  }, 180_000);

  /** An invoice a refund left due for reversal, for the 需红冲 screens in both languages. */
  let dueShown: Promise<Asked & { invoiceNumber: string }> | undefined;

  it.each<Lang>(['zh-CN', 'en'])(
    'shows the 需红冲 tab, drawer and dialog in %s, in one language',
    async (lang) => {
      const zh = lang === 'zh-CN';
      dueShown ??= refundedInvoice(12_300);
      const red = await dueShown;
      const due = formatMoney(12_300, lang); // CN¥123.00 in English
      const page = await signInToConsole(browser, 'finance', lang);
      await byTest(page, 'bills-page').waitFor();
      await byTest(page, 'menu-invoices').click();
      await byTest(page, 'invoices-page').waitFor();
      await loaded(page);
      await byTest(page, 'invoice-view-REVERSAL_DUE').click();
      await loaded(page);
      const row = byTest(page, 'invoice-table').locator('tbody tr').filter({ hasText: red.billNumber });
      await expect
        .poll(() => row.locator('[data-test-id="invoice-reversal-due"]').innerText())
        .toBe(zh ? `需红冲 ${due}` : `Reversal due ${due}`);
      await page.waitForTimeout(300);
      expect(await mixedLanguage(page, lang)).toEqual([]);
      await shot(page, 'admin', `invoices-reversal-due-tab-${lang}`);

      await openRequest(page, red, 'REVERSAL_DUE');
      expect(await byTest(page, 'invoice-reversal').innerText()).toContain(due);
      expect(await mixedLanguage(page, lang)).toEqual([]);
      await shot(page, 'admin', `invoice-reversal-drawer-${lang}`);

      await byTest(page, 'invoice-reverse').click();
      const dialog = byTest(page, 'reversal-dialog');
      await dialog.waitFor();
      await byTest(page, 'reversal-number').fill('123');
      await byTest(page, 'reversal-number').blur();
      await expect
        .poll(() => dialog.innerText())
        .toContain(zh ? '发票号码应为 20 位或 8 位数字' : 'An invoice number has 20 or 8 digits');
      await page.waitForTimeout(300);
      const form = await dialog.innerText();
      if (zh) expect(form).not.toMatch(/Invoice|Record|Amount|Cancel|date/);
      else expect(form).not.toMatch(/发票|红冲|登记|取消|日期|金额/);
      expect(await mixedLanguage(page, lang)).toEqual([]);
      await shot(page, 'admin', `invoice-reversal-dialog-${lang}`);
      await page.context().close();
    },
    120_000,
  );

  /** A special request left waiting, for the drawer and dialogs in both languages. */
  let shown: Promise<Asked> | undefined;

  it.each<Lang>(['zh-CN', 'en'])(
    'shows the queue, a request and its dialogs in %s, in one language',
    async (lang) => {
      const zh = lang === 'zh-CN';
      shown ??= askInvoices(1, { special: true }).then((r) => r[0]!);
      const waitingOne = await shown;
      const foreign = zh
        ? /Invoice|Waiting|Issued|Refused|Withdrawn|Tax number|Copy|Bill no|Amount|Asked|Ordinary|Special|Company/
        : /待开票|已开票|已驳回|已撤回|发票|抬头|纳税人|账单|申请|普票|专票|复制|开户|注册|企业|金额|状态/;
      const page = await signInToConsole(browser, 'finance', lang);
      await byTest(page, 'bills-page').waitFor();
      // The bell words the request in the reader's language.
      await byTest(page, 'notification-bell').click();
      const asked = byTest(page, 'notification').filter({ hasText: waitingOne.billNumber });
      await expect
        .poll(() => asked.first().innerText(), { timeout: 30_000 })
        .toContain(
          zh
            ? `${waitingOne.tenantName} 申请开票：账单 ${waitingOne.billNumber}`
            : `${waitingOne.tenantName} asked for an invoice of bill ${waitingOne.billNumber}`,
        );
      await page.waitForTimeout(300);
      await shot(page, 'admin', `invoice-notification-${lang}`);
      await byTest(page, 'notification-bell').click();
      await byTest(page, 'notification-list').waitFor({ state: 'hidden' });
      expect(await byTest(page, 'menu-invoices').innerText()).toBe(zh ? '发票' : 'Invoices');
      await byTest(page, 'menu-invoices').click();
      await byTest(page, 'invoices-page').waitFor();
      await loaded(page);
      await expect.poll(() => byTest(page, 'invoice-table').locator('tbody tr').count()).toBeGreaterThan(0);
      await page.waitForTimeout(300);
      expect(await byTest(page, 'invoices-page').innerText()).not.toMatch(foreign);
      expect(await mixedLanguage(page, lang)).toEqual([]);
      await shot(page, 'admin', `invoices-${lang}`);

      // A waiting special invoice: every buyer detail, with its copy button.
      const drawer = await openRequest(page, waitingOne);
      for (const id of ['title', 'tax-number', 'address', 'phone', 'bank-name', 'bank-account'])
        await byTest(page, `invoice-${id}-copy`).waitFor();
      expect(await drawer.innerText()).not.toMatch(foreign);
      expect(await mixedLanguage(page, lang)).toEqual([]);
      await shot(page, 'admin', `invoice-drawer-${lang}`);

      // The issue dialog with a file chosen, and the reject dialog, opened and left.
      await byTest(page, 'invoice-issue').click();
      const dialog = byTest(page, 'issue-invoice-dialog');
      await dialog.waitFor();
      await byTest(page, 'issue-invoice-file').setInputFiles({
        name: `${waitingOne.billNumber}.ofd`,
        mimeType: 'application/ofd',
        buffer: Buffer.from('PK\u0003\u0004 e2e'),
      });
      await byTest(page, 'issue-invoice-number').fill('2632');
      await byTest(page, 'issue-invoice-number').blur();
      await expect
        .poll(() => dialog.innerText())
        .toContain(zh ? '发票号码应为 20 位或 8 位数字' : 'An invoice number has 20 or 8 digits');
      await page.waitForTimeout(300);
      const form = await dialog.innerText();
      if (zh) expect(form).not.toMatch(/Invoice|Issue|Choose|Cancel|date/);
      else expect(form).not.toMatch(/发票|开票|选择|取消|日期|号码/);
      expect(await mixedLanguage(page, lang)).toEqual([]);
      await shot(page, 'admin', `invoice-issue-dialog-${lang}`);
      await dialog.locator('.el-dialog__footer .el-button').first().click();
      await dialog.waitFor({ state: 'hidden' });
      await byTest(page, 'invoice-reject').click();
      const reject = byTest(page, 'reject-invoice-dialog');
      await reject.waitFor();
      await page.waitForTimeout(300);
      const rejectForm = await reject.innerText();
      if (zh) expect(rejectForm).not.toMatch(/Refuse|Reason|Cancel/);
      else expect(rejectForm).not.toMatch(/驳回|原因|取消|企业/);
      expect(await mixedLanguage(page, lang)).toEqual([]);
      await shot(page, 'admin', `invoice-reject-dialog-${lang}`);
      await reject.locator('.el-dialog__footer .el-button').first().click();
      await reject.waitFor({ state: 'hidden' });
      await drawer.locator('.el-drawer__close-btn').click();
      await drawer.waitFor({ state: 'hidden' });

      // The issued one of the first test: in its tab with its number, then its number, date and file.
      if (issued) {
        await byTest(page, 'invoice-view-ISSUED').click();
        await byTest(page, 'invoice-search').fill(issued.taxNumber);
        await loaded(page);
        await byTest(page, 'invoice-table')
          .locator('tbody tr')
          .filter({ hasText: issued.billNumber })
          .waitFor();
        await page.waitForTimeout(300); // the tab's colour has settled
        expect(await byTest(page, 'invoices-page').innerText()).not.toMatch(foreign);
        await shot(page, 'admin', `invoices-issued-tab-${lang}`);
        const done = await openRequest(page, issued, 'ISSUED');
        await byTest(page, 'invoice-file-link').waitFor();
        expect(await done.innerText()).not.toMatch(foreign);
        expect(await mixedLanguage(page, lang)).toEqual([]);
        await shot(page, 'admin', `invoice-issued-drawer-${lang}`);
      }
      await page.context().close();
    },
    120_000,
  );
});
