import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signInApi } from '../api.ts';
import { byTest, launchBrowser } from '../browser.ts';
import { phonePage, settledShot, signInToHome, textIn } from './portal.ts';

/**
 * 我的能耗 in the portal (issue 18 §9) on the demo park's year of history: a tenant admin sees
 * their company's sub-meters and no one else's, this month against last, a daily chart and the
 * consumption per billing month; an employee without energy.read has no entry. Both languages.
 */
let browser: Browser;
let own: string[];
let others: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  const { token } = await signInApi('tenant.admin');
  const mine = await api<{ meters: { nodes: { code: string }[] } }>(
    '{ meters(first: 100) { nodes { code } } }',
    {},
    token,
  );
  own = mine.meters.nodes.map((m) => m.code);
  const staff = await signInApi('park.manager');
  const all = await api<{ meters: { nodes: { code: string; level: string }[] } }>(
    '{ meters(first: 100, level: TENANT) { nodes { code level } } }',
    {},
    staff.token,
  );
  others = all.meters.nodes.map((m) => m.code).filter((c) => !own.includes(c));
});
afterAll(() => browser?.close());

describe.each(['zh-CN', 'en'] as const)('my energy in the portal (%s)', (lang) => {
  const zh = lang === 'zh-CN';

  test('a tenant admin sees only their own meters, the month against last month, a daily chart and billing months', async () => {
    expect(own.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    const { context, page } = await phonePage(browser);
    await context.addInitScript((l) => localStorage.setItem('park.portal.locale', l), lang);
    await signInToHome(page, 'tenant.admin');
    await byTest(page, 'tab-me').click();
    await byTest(page, 'me-energy').click();
    await byTest(page, 'my-energy').waitFor();
    await byTest(page, 'energy-daily-chart').waitFor();
    expect(await textIn(byTest(page, 'energy-this-month'))).toMatch(/^[\d,.]+ kWh$/);
    expect(await textIn(byTest(page, 'energy-change'))).toContain(
      zh ? '较上月同期' : 'vs same days last month',
    );
    expect(await byTest(page, 'energy-daily-chart').locator('rect').count()).toBeGreaterThan(0);
    const meters = await textIn(byTest(page, 'energy-meters'));
    for (const code of own) expect(meters).toContain(code);
    for (const code of others) expect(meters).not.toContain(code);
    await settledShot(page, `my-energy-${lang}`);

    // Last month as billed: each own meter with its opening and closing register.
    const line = byTest(page, `energy-usage-${own[0]}`);
    await line.waitFor();
    const text = await textIn(line);
    expect(text).toContain(zh ? '期初' : 'Opening');
    expect(text).toContain(zh ? '期末' : 'Closing');
    expect(await page.locator('[data-test-id^="energy-usage-"]').count()).toBe(own.length);
    await line.scrollIntoViewIfNeeded();
    await settledShot(page, `my-energy-billing-${lang}`);
    await context.close();
  });

  test('an employee without energy.read has no entry and cannot open the page', async () => {
    const { context, page } = await phonePage(browser);
    await context.addInitScript((l) => localStorage.setItem('park.portal.locale', l), lang);
    await signInToHome(page, 'tenant.staff');
    await byTest(page, 'tab-me').click();
    await byTest(page, 'me-language').waitFor();
    expect(await byTest(page, 'me-energy').count()).toBe(0);
    await page.goto('/portal/me/energy');
    await byTest(page, 'company-name').waitFor();
    expect(await byTest(page, 'my-energy').count()).toBe(0);
    await context.close();
  });
});
