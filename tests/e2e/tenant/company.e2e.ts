import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { byTest, DESKTOP, launchBrowser } from '../browser.ts';
import { FIRST_COMPANY, phonePage, settledShot, signInToHome, textIn, textOf } from './portal.ts';

describe('tenant portal: company, units and language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a tenant admin sees the company profile and its units on a phone', async () => {
    const { context, page } = await phonePage(browser);
    await signInToHome(page, 'tenant.admin');
    expect(await textOf(page, 'company-name')).toBe(FIRST_COMPANY);
    expect(await textOf(page, 'company-status')).toBe('在驻');
    expect(await textOf(page, 'company-uscc')).toMatch(/统一社会信用代码\s*[0-9A-Z]{18}/);
    expect(await textOf(page, 'company-industry')).toContain('软件和信息技术服务业');
    expect(await byTest(page, 'company-contacts').locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    expect(await byTest(page, 'tab-employees').isVisible()).toBe(true);
    await settledShot(page, 'home');

    await byTest(page, 'tab-units').click();
    const summary = await textOf(page, 'unit-summary');
    const units = byTest(page, 'unit-row');
    const count = await units.count();
    expect(count).toBeGreaterThan(0);
    expect(summary).toContain(`共 ${count} 间`);
    // Each unit shows its building, floor, code, type, area and status.
    const first = await textIn(units.first());
    expect(first).toMatch(/[A-Z]\d-\d{4}/);
    expect(first).toMatch(/\d+F/);
    expect(first).toContain('m²');
    expect(first).toMatch(/办公|厂房|仓储|实验室|商业/);
    expect(first).toMatch(/已租|预留|自用|装修中|空置/);
    expect(await textIn(page.locator('.van-cell-group__title').first())).toMatch(/^[A-Z]\d /);
    await settledShot(page, 'units');
    await context.close();
  });

  test('the language switches to English, and the choice is remembered', async () => {
    const { context, page } = await phonePage(browser);
    await signInToHome(page, 'tenant.admin');
    await byTest(page, 'tab-me').click();
    await byTest(page, 'me-language').click();
    await byTest(page, 'language-en').waitFor();
    await settledShot(page, 'language-sheet');
    await byTest(page, 'language-en').click();

    expect(await textOf(page, 'tab-home')).toBe('Home');
    expect(await textOf(page, 'tab-employees')).toBe('Employees');
    expect(await textOf(page, 'me-language')).toContain('English');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await settledShot(page, 'me-en');

    await page.reload();
    await byTest(page, 'tab-units').click();
    expect(await textOf(page, 'unit-summary')).toMatch(/^\d+ units · /);
    expect(await textOf(page, 'page-title')).toBe('My units');
    await settledShot(page, 'units-en');

    await byTest(page, 'tab-home').click();
    expect(await textOf(page, 'company-uscc')).toContain('Credit code (USCC)');
    expect(await textOf(page, 'company-status')).toBe('In the park');
    await settledShot(page, 'home-en');

    // Back to Chinese for whoever uses this browser next.
    await byTest(page, 'tab-me').click();
    await byTest(page, 'me-language').click();
    await byTest(page, 'language-zh-CN').click();
    expect(await textOf(page, 'tab-home')).toBe('首页');
    await context.close();
  });

  test('on a desktop the portal is a centred phone-width column', async () => {
    const { context, page } = await phonePage(browser, DESKTOP);
    await page.goto('/portal/login');
    await byTest(page, 'login-submit').waitFor();
    await settledShot(page, 'desktop-login');

    await signInToHome(page, 'tenant.admin');
    const box = await page.locator('.shell').boundingBox();
    expect(box?.width).toBe(560);
    expect(Math.abs((box?.x ?? 0) * 2 + (box?.width ?? 0) - 1440)).toBeLessThanOrEqual(1);
    // The tab bar sits at the bottom of the window, inside the column.
    const tabbar = await byTest(page, 'tabbar').boundingBox();
    expect(Math.round((tabbar?.y ?? 0) + (tabbar?.height ?? 0))).toBe(900);
    expect(tabbar?.width).toBe(560);
    await settledShot(page, 'desktop-home');
    await context.close();
  });
});
