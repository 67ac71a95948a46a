import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../api.ts';
import { byTest, newContext, PHONE, shot } from '../browser.ts';

export { DEMO_PASSWORD };

/** The first demo company: tenant.admin's and tenant.staff's. */
export const FIRST_COMPANY = '苏州云帆信息科技有限公司';

/** A fresh phone-sized context (no session, zh-CN) and its page. */
export async function phonePage(browser: Browser, device: Parameters<typeof newContext>[1] = PHONE) {
  const context = await newContext(browser, device);
  const page = await context.newPage();
  // A script error would otherwise show only as a time-out on the next locator.
  page.on('pageerror', (error) => console.error(`page error on ${page.url()}: ${error.message}`));
  return { context, page };
}

/** Fills in the portal's login form and submits it; the caller waits for what should follow. */
export async function signIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/portal/login');
  await byTest(page, 'login-name').locator('input').fill(login);
  await byTest(page, 'login-password').locator('input').fill(password);
  await byTest(page, 'login-submit').click();
}

/** Signs in and waits for the company profile, the first screen of a tenant user. */
export async function signInToHome(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await signIn(page, login, password);
  await byTest(page, 'company-name').waitFor();
}

/** Text of the first element with this data-test-id, once it is visible. */
export async function textOf(page: Page, id: string): Promise<string> {
  const el = byTest(page, id).first();
  await el.waitFor();
  return textIn(el);
}

/** An element's text, trimmed (empty when it has none). */
export async function textIn(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').trim();
}

/**
 * A screenshot once Vant's transitions (0.3 s) have settled and no toast covers the page (a page
 * that updates live is shot while the toast of the step before may still show; Vant's last 2 s).
 */
export async function settledShot(page: Page, name: string): Promise<void> {
  await expect.poll(() => page.locator('.van-toast:visible').count(), { timeout: 5_000 }).toBe(0);
  await page.waitForTimeout(400);
  await shot(page, 'tenant', name);
}
