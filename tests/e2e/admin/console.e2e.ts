import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../api.ts';
import { byTest, DESKTOP, KIOSK_PORTRAIT, launchBrowser, newContext, shot } from '../browser.js';
import { createSite, createStaff, type OwnUser, type Site } from '../factories.ts';

let browser: Browser;
/** A park of this file's own with a member of staff the users page may disable. */
let site: Site;
let gardener: OwnUser;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await createSite();
  gardener = await createStaff(site, 'landscaping', '测试园艺');
});
afterAll(() => browser?.close());

async function signIn(context: BrowserContext, login: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/admin/');
  await page.waitForURL(/\/admin\/login/);
  await byTest(page, 'login-name').fill(login);
  await byTest(page, 'login-password').fill(password);
  await byTest(page, 'login-submit').click();
  return page;
}

describe('admin console', () => {
  it('signs the HQ admin in, shows the park’s buildings, units, equipment, tenants, users and audit log', async () => {
    const context = await newContext(browser, DESKTOP);
    const login = await context.newPage();
    await login.goto('/admin/login');
    await byTest(login, 'login-submit').waitFor();
    await shot(login, 'admin', '01-login');
    await login.close();

    const page = await signIn(context, 'hq.admin');
    // HQ sees every park, including ones other browser tests created: pick the demo park.
    await byTest(page, 'park-switcher').click();
    await page.getByRole('option', { name: '苏州星湖智造产业园' }).click();
    // The desk's home is the board; the asset tree is one menu entry away.
    await byTest(page, 'menu-assets').click();
    await byTest(page, 'unit-cell').first().waitFor();
    expect(await byTest(page, 'viewer-name').textContent()).toContain('王志远');
    expect(await byTest(page, 'unit-cell').count()).toBeGreaterThan(20);
    // Every page of the menu, since HQ holds every staff permission.
    for (const item of ['assets', 'units', 'equipment', 'tenants', 'users', 'kiosks', 'audit'])
      expect(await byTest(page, `menu-${item}`).count()).toBe(1);
    await byTest(page, 'occupancy-chart').locator('canvas').waitFor();
    await shot(page, 'admin', '02-asset-tree');

    await page.goto('/admin/units');
    await page.locator('[data-test-id="unit-table"] .el-table__row').first().waitFor();
    expect(await byTest(page, 'unit-total').textContent()).toMatch(/\d+/);
    await shot(page, 'admin', '03-unit-list');
    await byTest(page, 'unit-search').fill('A1-03');
    await byTest(page, 'unit-search-submit').click();
    // Some rows, and only matching ones: an empty table would pass a check of every row.
    const codes = () =>
      page.locator('[data-test-id="unit-table"] .el-table__row td:first-child').allTextContents();
    await expect
      .poll(async () => {
        const shown = await codes();
        return shown.length > 0 && shown.every((c) => c.includes('A1-03'));
      })
      .toBe(true);
    await shot(page, 'admin', '04-unit-list-filtered');

    await page.goto('/admin/equipment');
    await page.locator('[data-test-id="equipment-table"] .el-table__row').first().click();
    await byTest(page, 'equipment-history').locator('.el-timeline-item').first().waitFor();
    await byTest(page, 'equipment-label').locator('img').waitFor();
    await page.waitForTimeout(400); // let the drawer finish sliding in
    await shot(page, 'admin', '05-equipment-detail');

    await page.goto('/admin/tenants');
    await page.locator('[data-test-id="tenant-table"] .el-table__row').first().waitFor();
    await shot(page, 'admin', '06-tenants');

    await page.goto('/admin/users');
    await page.locator('[data-test-id="user-table"] .el-table__row').first().waitFor();
    await shot(page, 'admin', '07-users');

    await page.goto('/admin/audit');
    await page.locator('[data-test-id="audit-table"] .el-table__row').first().waitFor();
    await byTest(page, 'audit-verify').click();
    await expect.poll(async () => byTest(page, 'audit-report').textContent()).toMatch(/哈希链完整/);
    await shot(page, 'admin', '08-audit-log');
    await context.close();
  });

  it('switches the console to English and keeps it', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await signIn(context, 'park.manager');
    await byTest(page, 'menu-units').waitFor();
    await byTest(page, 'language-switch').click();
    await page.getByRole('option', { name: 'English' }).click();
    await expect.poll(() => byTest(page, 'menu-units').textContent()).toBe('Units');
    await page.reload();
    await expect.poll(() => byTest(page, 'menu-units').textContent()).toBe('Units');
    await shot(page, 'admin', '09-english');
    await context.close();
  });

  it('shows a department only the pages its role allows, and refuses the others', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await signIn(context, 'cleaner');
    // Cleaners work orders: their home is My tasks.
    await byTest(page, 'my-tasks').waitFor();
    expect(await byTest(page, 'menu-assets').count()).toBe(1);
    for (const item of ['equipment', 'users', 'audit'])
      expect(await byTest(page, `menu-${item}`).count()).toBe(0);
    await page.goto('/admin/audit');
    await byTest(page, 'forbidden').waitFor();
    await shot(page, 'admin', '10-forbidden');
    await context.close();
  });

  it('registers a lobby kiosk and pairs it with the code shown in the console', async () => {
    const admin = await newContext(browser, DESKTOP);
    const page = await signIn(admin, 'park.manager');
    await byTest(page, 'menu-kiosks').click();
    await byTest(page, 'register-kiosk').click();
    await byTest(page, 'kiosk-name').fill('A1 大堂 1 号机');
    await byTest(page, 'kiosk-submit').click();
    const code = (await byTest(page, 'pairing-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^\d{8}$/);
    await expect
      .poll(() => page.locator('[data-test-id="kiosk-table"] .el-table__row').allTextContents())
      .toContainEqual(expect.stringContaining('待配对'));
    await shot(page, 'admin', '12-kiosk-pairing-code');

    const kioskContext = await newContext(browser, KIOSK_PORTRAIT);
    const kiosk = await kioskContext.newPage();
    await kiosk.goto('/kiosk/');
    await byTest(kiosk, 'pairing-keypad').waitFor();
    for (const digit of code) await byTest(kiosk, `key-${digit}`).tap();
    await byTest(kiosk, 'pair-submit').tap();
    await byTest(kiosk, 'welcome').waitFor();

    await page.reload();
    await expect
      .poll(() => page.locator('[data-test-id="kiosk-table"] .el-table__row').allTextContents())
      .toContainEqual(expect.stringContaining('使用中'));
    await shot(page, 'admin', '13-kiosk-paired');
    await kioskContext.close();
    await admin.close();
  });

  it('disables and re-enables a user, and creates a role, from the users page', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await signIn(context, 'hq.admin');
    await byTest(page, 'park-switcher').click();
    await page.getByRole('option', { name: site.park.name }).click();
    await byTest(page, 'menu-users').click();
    const toggle = byTest(page, `toggle-${gardener.login}`);
    await toggle.click();
    await page.getByRole('button', { name: /OK|确定/ }).click();
    await expect.poll(() => toggle.textContent()).toMatch(/启用/);

    const other = await newContext(browser, DESKTOP);
    const refused = await signIn(other, gardener.login, gardener.password);
    await expect.poll(() => byTest(refused, 'login-error').textContent()).toContain('账号已停用');
    await shot(refused, 'admin', '14-disabled-login');
    await other.close();

    await toggle.click();
    await expect.poll(() => toggle.textContent()).toMatch(/停用/);
    // Enabled again, they get in.
    const again = await newContext(browser, DESKTOP);
    const welcomed = await signIn(again, gardener.login, gardener.password);
    await expect.poll(() => byTest(welcomed, 'viewer-name').textContent()).toContain(gardener.displayName);
    await again.close();

    await byTest(page, 'create-role').click();
    const roleKey = `night_shift_${Date.now() % 100000}`;
    await byTest(page, 'role-key').fill(roleKey);
    await byTest(page, 'role-name').fill('夜班值守');
    await byTest(page, 'role-name-en').fill('Night shift');
    // Permissions by name in a tree of features (plain-language.e2e.ts checks it in both languages).
    await byTest(page, 'perm-asset.read').click();
    await byTest(page, 'perm-equipment.read').click();
    await shot(page, 'admin', '15-create-role');
    await byTest(page, 'role-submit').click();
    // Another file may have named a role the same: this one is found by its key.
    await byTest(page, 'role-list')
      .locator(`[data-test-id="role-${roleKey}"]`)
      .getByText('夜班值守')
      .waitFor();
    await context.close();
  });

  it('keeps tenant users out of the console', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await signIn(context, 'tenant.admin');
    await byTest(page, 'staff-only').waitFor();
    await page.goto('/admin/units');
    await byTest(page, 'staff-only').waitFor();
    expect(await page.locator('[data-test-id="unit-table"]').count()).toBe(0);
    await shot(page, 'admin', '11-staff-only');
    await byTest(page, 'staff-only-sign-out').click();
    await page.waitForURL(/\/admin\/login/);
    await context.close();
  });
});
