import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, DEMO_PASSWORD, png, signInApi, transition } from './api.ts';
import { byTest, DESKTOP, launchBrowser, newContext, shot } from './browser.ts';
import { phonePage, settledShot, signInToHome, textOf } from './tenant/portal.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Opens the console's KPI dashboard (this month) and reads how many orders were filed. */
async function filedThisMonth(page: Page): Promise<number> {
  await byTest(page, 'menu-kpis').click();
  const value = byTest(page, 'kpi-filed').locator('[data-test-id="kpi-value"]');
  await value.waitFor();
  return Number(await value.textContent());
}

/** Waits until the KPI dashboard, fetched afresh, shows `expected` orders filed this month. */
async function expectFiled(page: Page, expected: number): Promise<void> {
  await byTest(page, 'menu-kpis').click();
  const value = byTest(page, 'kpi-filed').locator('[data-test-id="kpi-value"]');
  await expect.poll(async () => Number(await value.textContent()), { timeout: 10_000 }).toBe(expected);
}

/**
 * The closed loop of SPEC §3.4 across two browsers: a tenant files a repair with a photo on
 * a phone → it appears live on the desk's dispatch board, dispatched → the technician completes
 * it → the tenant confirms and rates it → the KPI dashboard counts it.
 */
it('runs a repair from the tenant’s phone through the desk’s board to the KPI dashboard', async () => {
  const desk = await newContext(browser, DESKTOP);
  const board = await desk.newPage();
  await board.goto('/admin/login');
  await byTest(board, 'login-name').fill('cs.agent');
  await byTest(board, 'login-password').fill(DEMO_PASSWORD);
  await byTest(board, 'login-submit').click();
  const before = await filedThisMonth(board);
  expect(before).toBeGreaterThan(0); // the seeded month, loaded
  await byTest(board, 'menu-board').click();
  await byTest(board, 'column-SUBMITTED').waitFor();
  await board.waitForTimeout(500); // the board's subscription is registered after its first load

  const tenant = await phonePage(browser);
  const phone = tenant.page;
  await signInToHome(phone, 'tenant.staff');
  await byTest(phone, 'repair-shortcut').click();
  await byTest(phone, 'category-DOOR_ACCESS').click();
  const title = `门禁刷卡无反应 ${Date.now() % 100_000}`;
  await byTest(phone, 'repair-title').locator('input').fill(title);
  await byTest(phone, 'photo-picker')
    .locator('input[type="file"]')
    .setInputFiles({ name: 'door.png', mimeType: 'image/png', buffer: png(400, 300) });
  await phone.locator('.van-uploader__preview img').waitFor();
  await byTest(phone, 'repair-submit').click();
  await byTest(phone, 'repair-detail').waitFor();
  const number = await textOf(phone, 'repair-number');
  const orderId = phone.url().split('/').pop()!;
  await byTest(phone, 'repair-photo-0').locator('img').waitFor();
  expect(
    await byTest(phone, 'repair-photo-0')
      .locator('img')
      .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
  ).toBe(true);

  // The desk sees it arrive, already dispatched to security's guard on duty.
  const card = byTest(board, `order-${number}`);
  await card.waitFor({ timeout: 10_000 });
  expect(await byTest(board, 'column-DISPATCHED').getByText(title).count()).toBe(1);
  await shot(board, 'admin', '40-closed-loop-board');

  const guard = await signInApi('guard');
  const { workOrder } = await api<{ workOrder: { assignee: { id: string } | null; attachments: unknown[] } }>(
    'query ($id: ID!) { workOrder(id: $id) { assignee { id } attachments { id } } }',
    { id: orderId },
    guard.token,
  );
  expect(workOrder.assignee?.id).toBe(guard.userId);
  expect(workOrder.attachments).toHaveLength(1);
  for (const action of ['ACCEPT', 'START']) await transition(orderId, { action }, guard.token);
  await transition(orderId, { action: 'COMPLETE', note: '更换读卡器' }, guard.token);
  await expect
    .poll(() => byTest(board, 'column-COMPLETED').getByText(title).count(), { timeout: 10_000 })
    .toBe(1);

  // The tenant's open detail page offers the confirmation as soon as the work is done.
  await byTest(phone, 'confirm-card').waitFor({ timeout: 10_000 });
  await byTest(phone, 'confirm-rating').locator('.van-rate__item').nth(4).click();
  await byTest(phone, 'confirm-fixed').click();
  await expect.poll(() => byTest(phone, 'repair-state').getAttribute('data-state')).toBe('VERIFIED');
  await settledShot(phone, 'closed-loop-verified');
  // Verified orders leave the board's open columns.
  await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(0);

  await expectFiled(board, before + 1);
  await shot(board, 'admin', '41-closed-loop-kpis');
  const rated = await api<{ workOrder: { state: string; rating: number } }>(
    'query ($id: ID!) { workOrder(id: $id) { state rating } }',
    { id: orderId },
    guard.token,
  );
  expect(rated.workOrder).toEqual({ state: 'VERIFIED', rating: 5 });
  await tenant.context.close();
  await desk.close();
});
