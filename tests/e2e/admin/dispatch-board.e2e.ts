import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api } from '../api.ts';
import { byTest, DESKTOP, launchBrowser, newContext, shot } from '../browser.js';
import {
  createSite,
  createStaff,
  createTenantUser,
  type OwnUser,
  putOnShift,
  type Site,
} from '../factories.ts';

let browser: Browser;
/** A park of this file's own: the technician below is its only engineer on duty. */
let site: Site;
let desk: OwnUser;
let technician: OwnUser;
let tenant: OwnUser;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await createSite();
  [desk, technician, tenant] = await Promise.all([
    createStaff(site, 'customer_service', '测试客服'),
    createStaff(site, 'engineering', '测试工程师'),
    createTenantUser(site, 'tenant_employee', '测试租户'),
  ]);
  await putOnShift(site, technician.id);
});
afterAll(() => browser?.close());

it('shows a tenant’s repair appear live on the dispatch board, dispatched, with its SLA countdown', async () => {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  await page.goto('/admin/login');
  await byTest(page, 'login-name').fill(desk.login);
  await byTest(page, 'login-password').fill(desk.password);
  await byTest(page, 'login-submit').click();
  await byTest(page, 'menu-board').click();
  await byTest(page, 'column-SUBMITTED').waitFor();
  await page.waitForTimeout(500); // the subscription is registered once the board has loaded

  const title = `空调不制冷 ${Date.now() % 100000}`;
  const { submitWorkOrder } = await api<{ submitWorkOrder: { number: string; state: string } }>(
    'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { number state } }',
    { input: { category: 'HVAC', priority: 'URGENT', title, unitId: site.unit.id } },
    tenant.token,
  );
  // The park's only engineer is on duty: the repair dispatches itself to them.
  expect(submitWorkOrder.state).toBe('DISPATCHED');
  const card = byTest(page, `order-${submitWorkOrder.number}`);
  await card.waitFor({ timeout: 10_000 });
  expect(await byTest(page, 'column-DISPATCHED').getByText(title).count()).toBe(1);
  expect(await card.textContent()).toContain(technician.displayName);
  expect(await card.locator('[data-test-id="sla"]').textContent()).toMatch(/剩余 \d+ 分钟/);
  // It has a technician already: the board offers to re-dispatch (改派) it, not to dispatch it.
  expect(await byTest(page, `dispatch-${submitWorkOrder.number}`).count()).toBe(0);
  expect((await byTest(page, `redispatch-${submitWorkOrder.number}`).textContent())?.trim()).toBe('改派');
  await shot(page, 'admin', '16-dispatch-board');

  // The filters narrow the board: by priority, by search.
  await byTest(page, 'filter-priorities').click();
  await page.getByRole('option', { name: '紧急' }).click();
  await page.keyboard.press('Escape');
  await expect.poll(() => card.count()).toBe(0);
  await byTest(page, 'filter-reset').click();
  await card.waitFor();
  await byTest(page, 'filter-search').fill(title);
  await byTest(page, 'filter-apply').click();
  await expect.poll(() => page.locator('[data-test-id^="order-WO-"]').count()).toBe(1);
  await card.waitFor();
  await shot(page, 'admin', '16b-dispatch-board-filtered');
  await context.close();
});
