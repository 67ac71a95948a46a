import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { byTest, launchBrowser } from '../browser.ts';
import { FIRST_COMPANY, phonePage, settledShot, signIn, signInToHome, textIn, textOf } from './portal.ts';

/**
 * One employee's life in a run: added by the tenant admin, first sign-in with a forced password
 * change, a reset, disabled and enabled again. The login is new every run (the server's data
 * lives as long as the suite).
 */
// One story told in steps (each needs the one before), so its tests keep their order when the
// suite is shuffled; the file still depends on no other file.
describe('tenant portal: employees', { shuffle: false }, () => {
  const login = `e2e.${Date.now()}`;
  const name = `测试员工${String(Date.now()).slice(-4)}`;
  const firstPassword = 'Welcome2026a';
  const ownPassword = 'Mine2026secret';
  const temporary = 'Temp2026reset';

  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function adminOnEmployees(): Promise<{ page: Page; close: () => Promise<void> }> {
    const { context, page } = await phonePage(browser);
    await signInToHome(page, 'tenant.admin');
    await byTest(page, 'tab-employees').click();
    await byTest(page, 'employee-list').waitFor();
    return { page, close: () => context.close() };
  }

  async function openActions(page: Page): Promise<void> {
    await byTest(page, `employee-${login}`).click();
    await byTest(page, 'employee-reset').waitFor();
  }

  test('a tenant admin adds an employee with a first password, and sees them in the list', async () => {
    const { page, close } = await adminOnEmployees();
    expect(await textIn(byTest(page, 'employee-tenant.staff'))).toContain('企业员工');
    await settledShot(page, 'employees');

    await byTest(page, 'add-employee-open').click();
    await byTest(page, 'new-employee-login').locator('input').fill(login);
    await byTest(page, 'new-employee-name').locator('input').fill(name);
    // The employee role is chosen unless the admin picks another.
    expect(await byTest(page, 'role-tenant_employee').getAttribute('aria-checked')).toBe('true');
    const generated = await byTest(page, 'new-employee-password').locator('input').inputValue();
    expect(generated).toMatch(/^(?=.*[A-Za-z])(?=.*\d).{12}$/);
    await byTest(page, 'new-employee-password').locator('input').fill(firstPassword);
    await settledShot(page, 'add-employee');
    await byTest(page, 'new-employee-submit').click();

    expect(await textOf(page, 'employee-added')).toContain(login);
    const row = byTest(page, `employee-${login}`);
    await row.waitFor();
    const text = await textIn(row);
    expect(text).toContain(name);
    expect(text).toContain('待改密');
    expect(await textOf(page, `employee-status-${login}`)).toBe('正常');

    // The same login again is refused, next to the field.
    await byTest(page, 'add-employee-open').click();
    await byTest(page, 'new-employee-login').locator('input').fill(login);
    await byTest(page, 'new-employee-name').locator('input').fill(name);
    await byTest(page, 'new-employee-submit').click();
    await byTest(page, 'new-employee-login').locator('.van-field__error-message').waitFor();
    expect(await textIn(byTest(page, 'new-employee-login'))).toContain('该记录已存在');
    await settledShot(page, 'add-employee-duplicate');
    await close();
  });

  test('the new employee signs in and must change the password first', async () => {
    const { context, page } = await phonePage(browser);
    await signIn(page, login, firstPassword);
    await byTest(page, 'password-forced').waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal/change-password');
    await settledShot(page, 'password-forced');

    // Nothing else opens before the change.
    await page.goto('/portal/units');
    await byTest(page, 'password-forced').waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal/change-password');

    await byTest(page, 'password-current').locator('input').fill(firstPassword);
    await byTest(page, 'password-next').locator('input').fill(ownPassword);
    await byTest(page, 'password-confirm').locator('input').fill('Mismatch2026x');
    await byTest(page, 'password-submit').click();
    expect(await textIn(byTest(page, 'password-confirm'))).toContain('两次输入的新密码不一致');
    await byTest(page, 'password-confirm').locator('input').fill(ownPassword);
    await byTest(page, 'password-submit').click();

    // After the change, the units they asked for; an employee gets no Employees tab.
    await byTest(page, 'unit-summary').waitFor();
    expect(await byTest(page, 'tab-employees').count()).toBe(0);
    await byTest(page, 'tab-home').click();
    expect(await textOf(page, 'company-name')).toBe(FIRST_COMPANY);
    await context.close();
  });

  test('the admin resets the password; the employee must change it again', async () => {
    const { page, close } = await adminOnEmployees();
    expect(await textIn(byTest(page, `employee-${login}`))).not.toContain('待改密');
    await openActions(page);
    await settledShot(page, 'employee-actions');
    await byTest(page, 'employee-reset').click();
    const field = byTest(page, 'reset-password').locator('input');
    await field.waitFor();
    await field.fill(temporary);
    await settledShot(page, 'reset-password');
    await byTest(page, 'reset-dialog').locator('.van-dialog__confirm').click();
    await byTest(page, 'reset-dialog').waitFor({ state: 'hidden' });
    await close();

    const { context, page: employee } = await phonePage(browser);
    await signIn(employee, login, temporary);
    await byTest(employee, 'password-forced').waitFor();
    await context.close();
  });

  test('the admin disables the employee, who can then not sign in, and enables them again', async () => {
    const { page, close } = await adminOnEmployees();
    await openActions(page);
    await byTest(page, 'employee-disable').click();
    const confirm = byTest(page, 'disable-confirm').locator('.van-dialog__confirm');
    await confirm.waitFor();
    await settledShot(page, 'disable-confirm');
    await confirm.click();
    await page.waitForFunction(
      (id) => document.querySelector(`[data-test-id="${id}"]`)?.textContent?.trim() === '已停用',
      `employee-status-${login}`,
    );
    await settledShot(page, 'employee-disabled');

    const { context, page: employee } = await phonePage(browser);
    await signIn(employee, login, temporary);
    expect(await textOf(employee, 'login-error')).toContain('账号已停用');
    await context.close();

    await openActions(page);
    await byTest(page, 'employee-enable').click();
    await page.waitForFunction(
      (id) => document.querySelector(`[data-test-id="${id}"]`)?.textContent?.trim() === '正常',
      `employee-status-${login}`,
    );
    await close();

    // Enabled again, they sign in (to the password change the reset asked for).
    const again = await phonePage(browser);
    await signIn(again.page, login, temporary);
    await byTest(again.page, 'password-forced').waitFor();
    expect(new URL(again.page.url()).pathname).toBe('/portal/change-password');
    await again.context.close();
  });

  test("another company's admin sees only their own company and people", async () => {
    const { context, page } = await phonePage(browser);
    await signInToHome(page, 'tenant2.admin');
    expect(await textOf(page, 'company-name')).not.toBe(FIRST_COMPANY);
    await byTest(page, 'tab-employees').click();
    await byTest(page, 'employee-tenant2.admin').waitFor();
    expect(await byTest(page, 'employee-tenant.staff').count()).toBe(0);
    expect(await byTest(page, `employee-${login}`).count()).toBe(0);
    await context.close();
  });
});
