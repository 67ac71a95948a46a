import { formatMoney } from '@park/web-shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byTest, launchBrowser, shot } from '../browser.ts';
import { loaded, signInToConsole } from './console.ts';
import { refundedInvoice } from './invoice-fixtures.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/**
 * A refund after an invoice was issued: finance hears of it in the console's bell, in its own
 * language, and the notice opens the invoice queue on its 需红冲 tab, where the invoice is listed.
 */
describe('the reversal-due notice', () => {
  const cases = [
    {
      lang: 'zh-CN',
      refund: 4_500,
      kind: '需红冲',
      title: (bill: string) => `账单 ${bill} 退款后需开红字发票`,
      body: (company: string, number: string, amount: string) =>
        `需红冲 ${amount}：${company} 的发票 ${number}`,
    },
    {
      lang: 'en',
      refund: 6_700,
      kind: 'Reversal due',
      title: (bill: string) => `Bill ${bill} was refunded: a red-letter invoice is due`,
      body: (company: string, number: string, amount: string) =>
        `Reverse ${amount}: invoice ${number} of ${company}`,
    },
  ] as const;

  for (const c of cases)
    it(`tells finance in the bell and opens the 需红冲 tab (${c.lang})`, async () => {
      const red = await refundedInvoice(c.refund);
      const page = await signInToConsole(browser, 'finance', c.lang);
      try {
        await byTest(page, 'bills-page').waitFor();
        await byTest(page, 'notification-bell').click();
        const note = byTest(page, 'notification').filter({ hasText: red.invoiceNumber });
        await expect.poll(() => note.count(), { timeout: 15_000 }).toBe(1);
        const text = await note.innerText();
        expect(text).toContain(c.kind);
        expect(text).toContain(c.title(red.billNumber));
        expect(text).toContain(c.body(red.tenantName, red.invoiceNumber, formatMoney(c.refund, c.lang)));
        expect(await note.getAttribute('data-kind')).toBe('INVOICE_REVERSAL_DUE');
        await page.waitForTimeout(300); // the popover's opening transition has ended
        await shot(page, 'admin', `invoice-reversal-notice-${c.lang}`);

        await note.click();
        await byTest(page, 'invoices-page').waitFor();
        expect(page.url()).toContain('/admin/invoices?view=REVERSAL_DUE');
        await expect
          .poll(() => byTest(page, 'invoice-view-REVERSAL_DUE').getAttribute('class'))
          .toContain('is-active');
        await byTest(page, 'invoice-search').fill(red.taxNumber);
        await loaded(page);
        const row = byTest(page, 'invoice-table').locator('tbody tr').filter({ hasText: red.billNumber });
        await expect.poll(() => row.innerText()).toContain(red.invoiceNumber);
        await shot(page, 'admin', `invoice-reversal-notice-opened-${c.lang}`);
      } finally {
        await page.context().close();
      }
    });
});
