import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../api.ts';
import { byTest, launchBrowser, newContext, shot } from '../browser.ts';
import { loaded } from './console.ts';

type Lang = 'zh-CN' | 'en';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** How many pixels of a chart's canvas are drawn (not blank): a chart with data draws many. */
const inked = (page: Page, testId: string) =>
  byTest(page, testId)
    .locator('canvas')
    .first()
    .evaluate((c: HTMLCanvasElement) => {
      const ctx = c.getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });

describe.each<Lang>(['zh-CN', 'en'])('energy overview and tariffs in %s', (lang) => {
  const zh = lang === 'zh-CN';
  it('shows the demo park’s month with every chart drawn, and tariffs with a refused and an accepted version', async () => {
    const context = await newContext(browser);
    await context.addInitScript((l) => localStorage.setItem('park.admin.locale', l), lang);
    const page = await context.newPage();
    await page.goto('/admin/login');
    await byTest(page, 'login-name').fill('park.manager');
    await byTest(page, 'login-password').fill(DEMO_PASSWORD);
    await byTest(page, 'login-submit').click();
    await byTest(page, 'park-switcher').waitFor();
    await page.goto('/admin/energy');
    await byTest(page, 'energy-card-consumption').waitFor();
    await byTest(page, 'energy-flow-chart').locator('canvas').waitFor();
    await loaded(page);
    await page.waitForTimeout(500); // charts drawn
    const menu = await page.locator('.el-menu').first().innerText();
    expect(menu).toContain(zh ? '能源管理' : 'Energy');
    const cards = await byTest(page, 'energy-overview').locator('.cards').innerText();
    expect(cards).toContain(zh ? '环比' : 'MoM');
    expect(cards).toContain(zh ? '吨CO₂' : 't CO₂');
    expect(cards).toMatch(/¥[\d,]+\.\d\d/);
    for (const chart of [
      'energy-hours-chart',
      'energy-tou-chart',
      'energy-trend-chart',
      'energy-building-chart',
      'energy-flow-chart',
    ])
      expect(await inked(page, chart), chart).toBeGreaterThan(5_000);
    // The month under way is starred on the trend, and the note says why.
    expect(await byTest(page, 'energy-trend-partial').innerText()).toContain(
      zh ? '非整月' : 'Part of a month',
    );
    const text = await page.locator('body').innerText();
    if (zh) expect(text).not.toMatch(/Energy|Baseline|Peak|Valley/);
    else expect(text).not.toMatch(/[峰谷环同比能耗]/);
    await shot(page, 'admin', `energy-overview-${lang}`);
    await byTest(page, 'energy-trend-partial').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await shot(page, 'admin', `energy-overview-trend-${lang}`);
    await byTest(page, 'energy-flow-chart').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await shot(page, 'admin', `energy-overview-flow-${lang}`);
    await byTest(page, 'energy-flow-tenants').click();
    await loaded(page);
    await page.waitForTimeout(500);
    await byTest(page, 'energy-flow-chart').scrollIntoViewIfNeeded();
    await shot(page, 'admin', `energy-overview-flow-tenants-${lang}`);

    await page.goto('/admin/energy/tariffs');
    await byTest(page, 'tariff-table').locator('tbody tr').nth(1).waitFor();
    await loaded(page);
    const table = await byTest(page, 'tariff-table').innerText();
    expect(table).toContain(zh ? '尖峰' : 'Sharp peak');
    expect(table).toContain(zh ? '执行中' : 'In force');
    await shot(page, 'admin', `energy-tariffs-${lang}`);
    await byTest(page, 'tariff-add').click();
    await byTest(page, 'tariff-dialog').waitFor();
    // The second period made to start inside the first: refused on that period, in words.
    await byTest(page, 'tariff-period-1').locator('.hour input').first().fill('7');
    await byTest(page, 'tariff-dialog-submit').click();
    await expect
      .poll(() => byTest(page, 'tariff-period-error').first().innerText(), { timeout: 10_000 })
      .toBe(zh ? '时段与其他时段重叠' : 'Overlaps another period');
    await page.waitForTimeout(300);
    await shot(page, 'admin', `energy-tariff-dialog-${lang}`);
    if (zh) {
      await byTest(page, 'tariff-period-1').locator('.hour input').first().fill('8');
      // Element Plus puts the attribute on the wrapper or on the input itself, by version.
      await page
        .locator('[data-test-id="tariff-name"] input, input[data-test-id="tariff-name"]')
        .fill('2026 分时电价（调整）');
      await byTest(page, 'tariff-dialog-submit').click();
      await expect
        .poll(() => byTest(page, 'tariff-table').innerText(), { timeout: 10_000 })
        .toContain('2026 分时电价（调整）');
      expect(await byTest(page, 'tariff-table').locator('tbody tr').count()).toBe(3);
    }
    // Below the tariffs, the kind's emission factors: the seeded grid factor in force.
    const factors = byTest(page, 'emission-factor-table');
    await expect.poll(() => factors.innerText()).toContain('0.570300 kg CO₂/kWh');
    expect(await factors.innerText()).toContain(zh ? '执行中' : 'In force');
    if (!zh) {
      // The refused tariff version is abandoned: the dialog cancelled.
      await byTest(page, 'tariff-dialog').getByRole('button', { name: 'Cancel' }).click();
      await byTest(page, 'tariff-dialog').waitFor({ state: 'hidden' });
      // A newer factor from the first of next month: a malformed value is refused on its field.
      const local = new Date(Date.now() + 8 * 3_600_000);
      const next = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1))
        .toISOString()
        .slice(0, 10);
      await byTest(page, 'emission-factor-add').click();
      await byTest(page, 'emission-factor-dialog').waitFor();
      const input = (id: string) => page.locator(`[data-test-id="${id}"] input, input[data-test-id="${id}"]`);
      const from = byTest(page, 'emission-factor-dialog').locator('.el-date-editor input');
      await from.fill(next);
      await from.press('Enter');
      await byTest(page, 'emission-factor-dialog').locator('.el-dialog__title').click(); // the date panel closing
      await input('emission-factor-value').fill('0,5366');
      await input('emission-factor-source').fill('Grid average factor, 2024 notice');
      await byTest(page, 'emission-factor-dialog-submit').click();
      // Refused on the field, saying what a factor looks like (a comma is no decimal point).
      const refusal = byTest(page, 'emission-factor-dialog').locator('.el-form-item__error').first();
      await refusal.waitFor();
      expect(await refusal.innerText()).toBe('A number ≥ 0 with up to 6 decimals after a point, e.g. 0.5703');
      await page.waitForTimeout(300);
      await shot(page, 'admin', `energy-emission-factor-dialog-${lang}`);
      await input('emission-factor-value').fill('0.5366');
      await byTest(page, 'emission-factor-dialog-submit').click();
      await expect.poll(() => factors.innerText()).toContain('0.536600 kg CO₂/kWh');
      expect(await factors.innerText()).toContain(next);
      await byTest(page, 'emission-factors').scrollIntoViewIfNeeded();
      await page.waitForTimeout(500); // the rows' tags moving
      await shot(page, 'admin', `energy-emission-factors-${lang}`);
    }
    await context.close();
  }, 180_000);
});
