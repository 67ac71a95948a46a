import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api } from '../api.ts';
import { byTest, DESKTOP, launchBrowser, newContext, shot } from '../browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it('shows a tenant’s repair appear live on the dispatch board, dispatched, with its SLA countdown', async () => {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  await page.goto('/admin/login');
  await byTest(page, 'login-name').fill('cs.agent');
  await byTest(page, 'login-password').fill('Demo@2026!');
  await byTest(page, 'login-submit').click();
  await byTest(page, 'menu-board').click();
  await byTest(page, 'column-SUBMITTED').waitFor();
  await page.waitForTimeout(500); // the subscription is registered once the board has loaded

  const { login } = await api<{ login: { accessToken: string } }>(
    'mutation { login(input: { login: "tenant.staff", password: "Demo@2026!" }) { accessToken } }',
    {},
  );
  const { viewer } = await api<{ viewer: { tenant: { units: { id: string }[] } } }>(
    '{ viewer { tenant { units { id } } } }',
    {},
    login.accessToken,
  );
  const title = `空调不制冷 ${Date.now() % 100000}`;
  const { submitWorkOrder } = await api<{ submitWorkOrder: { number: string; state: string } }>(
    'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { number state } }',
    { input: { category: 'HVAC', priority: 'URGENT', title, unitId: viewer.tenant.units[0]!.id } },
    login.accessToken,
  );
  // The demo roster has engineering on duty: the repair dispatches itself.
  expect(submitWorkOrder.state).toBe('DISPATCHED');
  const card = byTest(page, `order-${submitWorkOrder.number}`);
  await card.waitFor({ timeout: 10_000 });
  expect(await byTest(page, 'column-DISPATCHED').getByText(title).count()).toBe(1);
  expect(await card.textContent()).toContain('赵建国');
  expect(await card.locator('[data-test-id="sla"]').textContent()).toMatch(/剩余 \d+ 分钟/);
  await shot(page, 'admin', '16-dispatch-board');
  await context.close();
});
