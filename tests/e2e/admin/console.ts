import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../api.ts';
import { byTest, DESKTOP, newContext } from '../browser.ts';

/**
 * A new page of `context` signed in to the console as `login` (demo password), on the user's home
 * page. `onPage` sees the page before it loads anything (to listen to its WebSocket, say).
 */
export async function signInPage(
  context: BrowserContext,
  login: string,
  onPage?: (page: Page) => void,
): Promise<Page> {
  const page = await context.newPage();
  onPage?.(page);
  await page.goto('/admin/login');
  await byTest(page, 'login-name').fill(login);
  await byTest(page, 'login-password').fill(DEMO_PASSWORD);
  await byTest(page, 'login-submit').click();
  await byTest(page, 'park-switcher').waitFor();
  return page;
}

/**
 * A new desktop context signed in to the console as `login`, in `language` (remembered before
 * the first page, as a returning user's is). The language switch itself is tested in
 * `console.e2e.ts`; this only gets past it.
 */
export async function signInToConsole(
  browser: Browser,
  login: string,
  language: 'zh-CN' | 'en' = 'zh-CN',
): Promise<Page> {
  const context = await newContext(browser, DESKTOP);
  await context.addInitScript((l) => localStorage.setItem('park.admin.locale', l), language);
  return signInPage(context, login);
}

/**
 * Waits until no table or card is loading. Element Plus fades one mask out while the next request
 * fades another in, so there can be two at once: count the ones not on their way out.
 */
export async function loaded(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.el-loading-mask:not(.el-loading-fade-leave-active)').count(), {
      timeout: 15_000,
    })
    .toBe(0);
}
