import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD, signInApi } from '../api.ts';
import { byTest } from '../browser.js';

/** What the register tests share: signing in on a park, Element Plus pickers, confirmations. */

/** Signs `login` in and opens `path` of the console on `parkId` (the park switcher's choice). */
export async function openOnPark(
  context: BrowserContext,
  login: string,
  parkId: string,
  path: string,
  opts: { password?: string; locale?: 'zh-CN' | 'en' } = {},
): Promise<Page> {
  const page = await context.newPage();
  // The console remembers each user's park under their id (use-viewer.ts): choose it for them.
  const { userId } = await signInApi(login, opts.password ?? DEMO_PASSWORD);
  await page.goto('/admin/login');
  await page.evaluate(
    ([key, park, locale]) => {
      localStorage.setItem(key!, park!);
      localStorage.setItem('park.admin.locale', locale!);
    },
    [`park.admin.park.${userId}`, parkId, opts.locale ?? 'zh-CN'],
  );
  await page.reload();
  await byTest(page, 'login-name').fill(login);
  await byTest(page, 'login-password').fill(opts.password ?? DEMO_PASSWORD);
  await byTest(page, 'login-submit').click();
  await byTest(page, 'park-switcher').waitFor();
  await page.goto(`/admin/${path}`);
  return page;
}

/** The open register dialog `testId`, once it has zoomed in. */
export async function dialog(page: Page, testId: string): Promise<Locator> {
  const d = byTest(page, testId);
  await d.waitFor();
  await page.waitForTimeout(400);
  return d;
}

/** Saves the dialog and waits for it to close. */
export async function save(page: Page, testId: string): Promise<void> {
  await byTest(page, `${testId}-submit`).click();
  await byTest(page, testId).waitFor({ state: 'hidden' });
}

/** Types a number into an el-input-number and commits it. */
export async function fillNumber(page: Page, testId: string, value: number): Promise<void> {
  const input = byTest(page, testId).locator('input');
  await input.fill(String(value));
  await input.press('Tab');
}

/** Opens the el-select `testId` and picks the option whose text matches. */
export async function pick(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await byTest(page, testId).click();
  await page.locator('.el-select-dropdown__item:visible').filter({ hasText: option }).first().click();
}

/** Walks an el-cascader: clicks each level's node; `select` ticks the last one (check-strictly pickers). */
export async function cascade(page: Page, testId: string, path: string[], select = false): Promise<void> {
  await byTest(page, testId).locator('.el-cascader').click();
  for (const [i, label] of path.entries()) {
    const node = page.locator('.el-cascader-node:visible', { hasText: new RegExp(`^\\s*${label}\\s*$`) });
    await node.first().waitFor();
    if (select && i === path.length - 1) await node.first().locator('.el-radio').click();
    else await node.first().click();
  }
  // Picking a leaf closes the panel; otherwise close it (an Escape with it closed would close the dialog).
  await page.waitForTimeout(300);
  if (await page.locator('.el-cascader__dropdown:visible').count()) await page.keyboard.press('Escape');
}

/** Answers the confirmation box with its primary button. */
export async function confirm(page: Page): Promise<void> {
  await page.locator('.el-message-box__btns .el-button--primary').click();
}

/**
 * The refusal alert. Found by its title, not as "the visible box": the confirmation that led to
 * the refusal may still be fading out when the alert opens, and then two boxes are visible.
 */
const refusalBox = (page: Page) =>
  page.locator('.el-message-box:visible', {
    has: page.locator('.el-message-box__title', { hasText: /无法|Cannot/ }),
  });

/** The refusal the API gave, as the alert shows it. */
export async function refusal(page: Page): Promise<string> {
  const box = refusalBox(page);
  await box.waitFor();
  return (await box.locator('.el-message-box__message').textContent()) ?? '';
}

export async function closeRefusal(page: Page): Promise<void> {
  const box = refusalBox(page);
  await box.locator('.el-message-box__btns .el-button--primary').click();
  await box.waitFor({ state: 'hidden' });
}

/** The error Element Plus shows under the form item holding `testId`. */
export const fieldError = (page: Page, testId: string) =>
  page
    .locator('.el-form-item')
    .filter({ has: byTest(page, testId) })
    .locator('.el-form-item__error');

/** Opens a filterable el-select, types `query` and picks the first option matching `option`. */
export async function pickTyped(
  page: Page,
  testId: string,
  query: string,
  option: string | RegExp,
): Promise<void> {
  await byTest(page, testId).click();
  await page.keyboard.type(query);
  await page.locator('.el-select-dropdown__item:visible').filter({ hasText: option }).first().click();
}
