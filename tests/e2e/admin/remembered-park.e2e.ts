import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { byTest, DESKTOP, launchBrowser, newContext, shot } from '../browser.js';
import { createSite, createStaffOfParks, fileRepair, type OwnUser, type Site } from '../factories.js';

let browser: Browser;
let quiet: Site;
let busy: Site;
let manager: OwnUser;
let colleague: OwnUser;

beforeAll(async () => {
  browser = await launchBrowser();
  [quiet, busy] = await Promise.all([createSite(), createSite()]);
  // The second park has more open work orders than the first.
  await fileRepair(quiet, '走廊灯不亮');
  for (const title of ['配电柜跳闸', '电梯异响', '空调漏水']) await fileRepair(busy, title);
  [manager, colleague] = await Promise.all([
    createStaffOfParks([quiet, busy], 'park_manager', '测试区域经理'),
    createStaffOfParks([quiet, busy], 'park_manager', '测试同事'),
  ]);
});
afterAll(() => browser?.close());

async function signIn(page: Page, user: OwnUser) {
  await page.goto('/admin/login');
  await byTest(page, 'login-name').fill(user.login);
  await byTest(page, 'login-password').fill(user.password);
  await byTest(page, 'login-submit').click();
  await byTest(page, 'park-switcher').waitFor();
}

const currentPark = (page: Page) => byTest(page, 'park-switcher').textContent();

it('opens the busiest park first, then the park the user chose, and only for that user', async () => {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();

  // Never chosen: the park with most open work orders, not whichever sorts first.
  await signIn(page, manager);
  await expect.poll(() => currentPark(page)).toContain(busy.park.name);
  await shot(page, 'admin', '40-busiest-park');

  // Chooses the other one, signs out and in again: it is still there.
  await byTest(page, 'park-switcher').click();
  await page.getByRole('option', { name: quiet.park.name }).click();
  await expect.poll(() => currentPark(page)).toContain(quiet.park.name);
  await byTest(page, 'sign-out').click();
  await page.waitForURL(/\/admin\/login/);
  await signIn(page, manager);
  await expect.poll(() => currentPark(page)).toContain(quiet.park.name);
  // And in a new tab (the choice lives in the browser, not in the open page).
  const again = await context.newPage();
  await again.goto('/admin/');
  await byTest(again, 'park-switcher').waitFor();
  await expect.poll(() => currentPark(again)).toContain(quiet.park.name);
  await shot(again, 'admin', '41-remembered-park');
  await again.close();

  // A colleague on the same browser does not inherit it: they open the busiest park.
  await byTest(page, 'sign-out').click();
  await page.waitForURL(/\/admin\/login/);
  await signIn(page, colleague);
  await expect.poll(() => currentPark(page)).toContain(busy.park.name);
  await context.close();
});
