import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInApi } from '../api.ts';
import { byTest, launchBrowser, shot } from '../browser.ts';
import { loaded, signInToConsole } from './console.ts';

type Lang = 'zh-CN' | 'en';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Next month (China time), YYYY-MM: the latest a run may bill, and one the demo seed left unbilled. */
function nextMonth(): string {
  const [y, m] = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7).split('-').map(Number) as [
    number,
    number,
  ];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
}

describe('bills in the console', () => {
  it('runs next month’s bills with the progress live, then shows the new bills and one bill’s lines', async () => {
    const period = nextMonth();
    const page = await signInToConsole(browser, 'finance', 'zh-CN');
    // Finance lands on the bills; last month's unpaid bills are in the aging.
    await byTest(page, 'bills-page').waitFor();
    await loaded(page);
    expect(await byTest(page, 'aging-d0_30').innerText()).toMatch(/¥[1-9][\d,]*\.\d\d/);
    const month = byTest(page, 'bill-run').locator('.el-date-editor input').first();
    await month.fill(period);
    await month.press('Enter');
    await byTest(page, 'bill-run-start').click();
    const progress = byTest(page, 'bill-run-progress');
    await expect.poll(() => progress.innerText(), { timeout: 30_000 }).toContain('已完成');
    expect(await progress.innerText()).toMatch(/已处理 (\d+) \/ \1 家企业/);
    expect(await progress.locator('[role="progressbar"]').getAttribute('aria-valuenow')).toBe('100');
    await shot(page, 'admin', 'bills-run-zh-CN');

    const { token } = await signInApi('finance');
    const listed = await api<{ bills: { totalCount: number } }>(
      `query ($f: BillFilter) { bills(first: 1, filter: $f) { totalCount } }`,
      { f: { period } },
      token,
    );
    expect(listed.bills.totalCount).toBeGreaterThan(20);
    const filter = page.getByPlaceholder('账期');
    await filter.fill(period);
    await filter.press('Enter');
    await loaded(page);
    await expect
      .poll(() => byTest(page, 'bills-total').innerText())
      .toBe(`共 ${listed.bills.totalCount} 张账单`);
    await byTest(page, 'bill-table').locator('tbody tr').first().click();
    await byTest(page, 'bill-lines').locator('tbody tr').first().waitFor();
    await page.waitForTimeout(500); // the drawer has slid in
    expect(await byTest(page, 'bill-lines').innerText()).toMatch(/租金|物业管理费/);
    expect(await byTest(page, 'bill-check-code').innerText()).toMatch(/^\d{6}$/);
    await shot(page, 'admin', 'bills-drawer-zh-CN');
    await page.context().close();
  });

  it.each<Lang>(['zh-CN', 'en'])(
    'shows the aging and an overdue bill in %s, in one language',
    async (lang) => {
      const zh = lang === 'zh-CN';
      const page = await signInToConsole(browser, 'finance', lang);
      await byTest(page, 'bills-page').waitFor();
      await byTest(page, 'bill-status-filter').click();
      await page
        .locator('.el-select-dropdown__item:visible')
        .filter({ hasText: zh ? '逾期' : 'Overdue' })
        .first()
        .click();
      await loaded(page);
      await page.waitForTimeout(300);
      const text = await byTest(page, 'bills-page').innerText();
      if (zh) expect(text).not.toMatch(/Overdue|Bill run|Aging/);
      else expect(text).not.toMatch(/逾期|出账|账龄|账单/);
      await shot(page, 'admin', `bills-${lang}`);
      await byTest(page, 'bill-table').locator('tbody tr').first().click();
      await byTest(page, 'bill-lines').locator('tbody tr').first().waitFor();
      await page.waitForTimeout(500);
      const drawer = await byTest(page, 'bill-drawer').innerText();
      expect(drawer).toContain(zh ? '逾期' : 'Overdue');
      if (!zh) expect(drawer).not.toMatch(/租金（|核验码|应收/);
      await shot(page, 'admin', `bill-detail-${lang}`);
      await page.context().close();
    },
  );
});
