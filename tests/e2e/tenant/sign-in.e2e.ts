import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api } from '../api.ts';
import { byTest, launchBrowser } from '../browser.ts';
import { phonePage, settledShot, signIn, signInToHome, textIn, textOf } from './portal.ts';

describe('tenant portal: signing in and out', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a signed-out visitor lands on the login page, and a wrong password is explained', async () => {
    const { context, page } = await phonePage(browser);
    await page.goto('/portal/units');
    await byTest(page, 'login-submit').waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal/login');
    expect(await textIn(page.locator('body'))).toContain('演示账号密码均为 Demo@2026!');
    await settledShot(page, 'login');

    // An unknown login, so no demo account gets locked by repeated runs.
    await signIn(page, 'nobody.here', 'Wrong-password-1');
    expect(await textOf(page, 'login-error')).toContain('账号或密码错误');
    await settledShot(page, 'login-error');
    await context.close();
  });

  test('a staff login (hq.admin) is refused and not kept signed in', async () => {
    const { context, page } = await phonePage(browser);
    await signIn(page, 'hq.admin');
    expect(await textOf(page, 'login-error')).toContain('此门户仅供入驻企业用户使用');
    expect(await byTest(page, 'to-admin').getAttribute('href')).toBe('/admin/');
    expect(await page.evaluate(() => localStorage.getItem('park.portal.session'))).toBeNull();
    await settledShot(page, 'staff-refused');

    await page.goto('/portal/');
    await byTest(page, 'login-submit').waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal/login');
    await context.close();
  });

  test('an employee without user.manage (tenant.staff) gets no Employees tab and cannot open it', async () => {
    const { context, page } = await phonePage(browser);
    await signInToHome(page, 'tenant.staff');
    await byTest(page, 'tab-me').waitFor();
    expect(await byTest(page, 'tab-home').isVisible()).toBe(true);
    expect(await byTest(page, 'tab-units').isVisible()).toBe(true);
    expect(await byTest(page, 'tab-employees').count()).toBe(0);
    await settledShot(page, 'staff-home');

    await page.goto('/portal/employees');
    await byTest(page, 'company-name').waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal/');
    await context.close();
  });

  test('signing out ends the session and returns to the login page', async () => {
    const { context, page } = await phonePage(browser);
    await signInToHome(page, 'tenant.staff');
    await byTest(page, 'tab-me').click();
    expect(await textOf(page, 'me-login')).toContain('tenant.staff');
    await settledShot(page, 'me');

    // Changing one's password of one's own accord: a back arrow, no notice.
    await byTest(page, 'me-change-password').click();
    await byTest(page, 'password-submit').waitFor();
    expect(await byTest(page, 'password-forced').count()).toBe(0);
    await settledShot(page, 'change-password');
    await page.locator('.van-nav-bar__left').click();
    await byTest(page, 'sign-out').waitFor();

    const session = JSON.parse(
      (await page.evaluate(() => localStorage.getItem('park.portal.session'))) ?? 'null',
    ) as { accessToken: string; refreshToken: string } | null;
    expect(session?.refreshToken).toBeTruthy();
    await byTest(page, 'sign-out').click();
    await byTest(page, 'sign-out-confirm').locator('.van-dialog__confirm').waitFor();
    await settledShot(page, 'sign-out-confirm');
    await byTest(page, 'sign-out-confirm').locator('.van-dialog__confirm').click();
    await byTest(page, 'login-submit').waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal/login');
    expect(await page.evaluate(() => localStorage.getItem('park.portal.session'))).toBeNull();
    // The server ended the session too: neither of its tokens works any more.
    await expect(api('{ viewer { id } }', {}, session!.accessToken)).rejects.toThrow(/UNAUTHENTICATED/);
    await expect(
      api('mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', {
        t: session!.refreshToken,
      }),
    ).rejects.toThrow(/UNAUTHENTICATED/);

    await page.goto('/portal/units');
    await byTest(page, 'login-submit').waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/units');
    await context.close();
  });
});
