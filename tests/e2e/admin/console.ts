import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../api.ts';
import { byTest, DESKTOP, newContext } from '../browser.ts';

/**
 * A new desktop context signed in to the console as `login` (demo password), in `language`
 * (remembered before the first page, as a returning user's is), on the user's home page. The
 * language switch itself is tested in `console.e2e.ts`; this only gets past it.
 */
export async function signInToConsole(
  browser: Browser,
  login: string,
  language: 'zh-CN' | 'en' = 'zh-CN',
): Promise<Page> {
  const context = await newContext(browser, DESKTOP);
  await context.addInitScript((l) => localStorage.setItem('park.admin.locale', l), language);
  const page = await context.newPage();
  await page.goto('/admin/login');
  await byTest(page, 'login-name').fill(login);
  await byTest(page, 'login-password').fill(DEMO_PASSWORD);
  await byTest(page, 'login-submit').click();
  await byTest(page, 'park-switcher').waitFor();
  return page;
}
