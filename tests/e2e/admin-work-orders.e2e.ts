import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_TARGETS } from '../../admin-web/src/features/work-orders/kpi-cards.ts';
import { signInPage } from './admin/console.ts';
import { repairForEngineer } from './api.ts';
import { byTest, DESKTOP, launchBrowser, newContext, PHONE, shot } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const kpiValue = (page: Page, key: string) =>
  byTest(page, `kpi-${key}`).locator('[data-test-id="kpi-value"]');

describe('work orders in the console', () => {
  it('shows the KPIs of the seeded year against their targets, with the 12-month trend chart', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await signInPage(context, 'park.manager');
    await byTest(page, 'menu-kpis').click();
    await kpiValue(page, 'filed').waitFor();
    expect(await byTest(page, 'kpi-range-text').textContent()).toMatch(
      /^\d{4}-\d{2}-01 至 \d{4}-\d{2}-\d{2}$/,
    );
    await byTest(page, 'kpi-trend-chart').locator('canvas').waitFor();
    await shot(page, 'admin', '17-work-order-kpis');

    const answered = page.waitForResponse((r) => !!r.request().postData()?.includes('query WorkOrderKpis('));
    await byTest(page, 'kpi-period-last12').click();
    const { data } = (await (await answered).json()) as {
      data: { workOrderKpis: Record<keyof typeof KPI_TARGETS, number | null> };
    };
    await expect.poll(async () => Number(await kpiValue(page, 'filed').textContent())).toBeGreaterThan(1000);
    // Each ratio is judged against its SPEC target: green exactly when the figure the page was
    // sent meets it.
    for (const key of Object.keys(KPI_TARGETS) as (keyof typeof KPI_TARGETS)[]) {
      const figure = data.workOrderKpis[key];
      expect(figure, key).not.toBeNull();
      expect(await kpiValue(page, key).textContent()).toMatch(/^\d+(\.\d+)?%$/);
      expect(await byTest(page, `kpi-${key}`).getAttribute('data-status'), key).toBe(
        figure! >= KPI_TARGETS[key] ? 'ok' : 'bad',
      );
    }
    expect(await kpiValue(page, 'meanResponseMinutes').textContent()).toMatch(/\d+(\.\d)? 分钟/);
    const all = Number(await kpiValue(page, 'filed').textContent());

    // A custom range: all of last month, in the park's calendar.
    const now = new Date(Date.now() + 8 * 3600_000); // Asia/Shanghai wall clock, as UTC fields
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
      .toISOString()
      .slice(0, 10);
    const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).toISOString().slice(0, 10);
    await byTest(page, 'kpi-period-custom').click();
    const days = page.locator('.el-date-editor--daterange input');
    await days.nth(0).fill(first);
    await days.nth(1).fill(last);
    await days.nth(1).press('Enter');
    await expect.poll(() => byTest(page, 'kpi-range-text').textContent()).toBe(`${first} 至 ${last}`);
    await expect.poll(async () => Number(await kpiValue(page, 'filed').textContent())).toBeGreaterThan(50);
    await byTest(page, 'kpi-period-last12').click();

    const trendReloaded = page.waitForResponse(
      (r) => !!r.request().postData()?.includes('WorkOrderKpiTrend'),
    );
    await byTest(page, 'kpi-category').click();
    await page.getByRole('option', { name: '空调暖通' }).click();
    await expect.poll(async () => Number(await kpiValue(page, 'filed').textContent())).toBeLessThan(all);
    await trendReloaded;
    const chart = await byTest(page, 'kpi-trend-chart').boundingBox();
    await page.mouse.move(chart!.x + chart!.width * 0.6, chart!.y + chart!.height / 2); // its tooltip
    await page.waitForTimeout(300);
    await shot(page, 'admin', '18-work-order-kpis-hvac');

    await byTest(page, 'language-switch').click();
    await page.getByRole('option', { name: 'English' }).click();
    await expect.poll(() => byTest(page, 'menu-kpis').textContent()).toBe('Work-order KPIs');
    await page.waitForTimeout(300); // the language list closing
    await shot(page, 'admin', '19-work-order-kpis-en');
    await context.close();
  });

  it('lets the engineer accept and start a job on a phone; the detail page shows the new steps', async () => {
    const order = await repairForEngineer(`配电箱跳闸 ${Date.now() % 100000}`);
    const context = await newContext(browser, PHONE);
    const page = await signInPage(context, 'engineer');
    await byTest(page, 'menu-toggle').click();
    await byTest(page, 'menu-my-tasks').waitFor();
    await page.waitForTimeout(400); // the drawer sliding in
    await shot(page, 'admin', '20-menu-drawer-phone');
    await byTest(page, 'menu-my-tasks').click();
    await page.locator('.el-drawer').waitFor({ state: 'hidden' });
    const card = byTest(page, `task-${order.number}`);
    await card.waitFor();
    expect(await card.textContent()).toContain('B1 东侧配电房');
    expect(await card.locator('[data-test-id="sla"]').textContent()).toMatch(/(剩余|超时) \d+ 分钟/);
    expect(await fitsWidth(page)).toBe(true);
    await shot(page, 'admin', '21-my-tasks-phone');

    await card.locator('[data-test-id="action-ACCEPT"]').click();
    await expect.poll(() => card.locator('[data-test-id="task-state"]').textContent()).toContain('已接单');
    await card.locator('[data-test-id="action-START"]').click();
    await expect.poll(() => card.locator('[data-test-id="task-state"]').textContent()).toContain('处理中');
    await shot(page, 'admin', '22-my-tasks-started');

    await card.locator('[data-test-id="task-link"]').click();
    const timeline = byTest(page, 'work-order-timeline');
    await timeline.locator('[data-test-id="event-START"]').waitFor();
    for (const step of ['SUBMIT', 'DISPATCH', 'ACCEPT', 'START'])
      expect(await timeline.locator(`[data-test-id="event-${step}"]`).count()).toBeGreaterThan(0);
    expect(await byTest(page, 'work-order-state').textContent()).toContain('处理中');
    expect(await timeline.textContent()).toContain('赵建国');
    expect(await fitsWidth(page)).toBe(true);
    await shot(page, 'admin', '23-work-order-detail-phone');

    // Holding asks what it waits for; the reason lands in the timeline.
    await byTest(page, 'action-HOLD').click();
    await page.locator('.el-message-box input').fill('等待更换空气开关');
    await page.waitForTimeout(400); // the box sliding in
    await shot(page, 'admin', '24-hold-reason-phone');
    await page.locator('.el-message-box .el-button--primary').click();
    await timeline.locator('[data-test-id="event-HOLD"]').getByText('等待更换空气开关').waitFor();
    expect(await byTest(page, 'work-order-state').textContent()).toContain('挂起');
    await context.close();
  });

  it('lets the desk open an order from the dispatch board and re-dispatch it to a chosen technician', async () => {
    const order = await repairForEngineer(`走廊照明故障 ${Date.now() % 100000}`);
    const context = await newContext(browser, DESKTOP);
    const page = await signInPage(context, 'cs.agent');
    await byTest(page, 'menu-board').click();
    await byTest(page, `order-${order.number}`).locator('[data-test-id="order-link"]').click();
    await byTest(page, 'work-order-number').getByText(order.number).waitFor();
    expect(await byTest(page, 'work-order-assignee').textContent()).toBe('赵建国');

    const dispatches = byTest(page, 'work-order-timeline').locator('[data-test-id="event-DISPATCH"]');
    const before = await dispatches.count();
    await byTest(page, 'action-DISPATCH').click();
    await byTest(page, 'dispatch-technician').click();
    // The park manager also works orders: hand it to them.
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: '园区经理' }).click();
    await page.waitForTimeout(400); // the list closing
    await shot(page, 'admin', '25-dispatch-dialog');
    await byTest(page, 'dispatch-submit').click();
    await expect.poll(() => byTest(page, 'work-order-assignee').textContent()).toBe('陈立群');
    expect(await dispatches.count()).toBe(before + 1);
    await shot(page, 'admin', '26-work-order-detail');
    await context.close();
  });
});
