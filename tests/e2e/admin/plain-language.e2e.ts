import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DEMO_PASSWORD } from '../api.ts';
import { byTest, DESKTOP, launchBrowser, newContext, shot } from '../browser.js';
import { createSite, createStaff, type OwnUser, type Site, unique } from '../factories.ts';

/**
 * Issue 16 item 3 and its small defects: the console in plain language, in both languages.
 * A park of this file's own, whose manager edits a unit; the log, roles, users, tenants and KPI
 * pages read in words, with no developer names and no half-translated labels.
 */
let browser: Browser;
let site: Site;
let manager: OwnUser;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await createSite();
  manager = await createStaff(site, 'park_manager', '陈审计');
  await createStaff(site, 'landscaping', '测试园艺'); // someone whose password the manager may reset
  await api(
    'mutation ($id: ID!) { updateUnit(id: $id, input: { usableArea: 150 }) { id } }',
    { id: site.unit.id },
    manager.token,
  );
});
afterAll(() => browser?.close());

type Lang = 'zh-CN' | 'en';

/** A desktop context whose console starts in `lang`, signed in as `login`. */
async function console_(
  lang: Lang,
  login: string,
  password = DEMO_PASSWORD,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, DESKTOP);
  await context.addInitScript((l) => localStorage.setItem('park.admin.locale', l), lang);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error on ${page.url()}: ${error.message}`));
  await page.goto('/admin/login');
  await byTest(page, 'login-name').fill(login);
  await byTest(page, 'login-password').fill(password);
  await byTest(page, 'login-submit').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return { context, page };
}

const HAN = /\p{Script=Han}/u;
/**
 * Interface text (labels, headers, buttons, menus, placeholders) on screen now; not tabs, which
 * are named after buildings (proper names).
 */
async function chromeTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const visible = (e: Element) => (e as HTMLElement).offsetParent !== null;
    for (const e of Array.from(
      document.querySelectorAll(
        'th, .el-form-item__label, button, .el-menu-item, .el-sub-menu__title, .el-statistic__head, .el-card__header, .el-radio-button__inner',
      ),
    ))
      if (visible(e) && e.textContent?.trim()) texts.push(e.textContent.trim());
    for (const e of Array.from(document.querySelectorAll('input[placeholder]')))
      if (visible(e)) texts.push((e as HTMLInputElement).placeholder);
    return texts;
  });
}
/** Chinese in the English console's own words, or English words in the Chinese one's. */
async function mixedLanguage(page: Page, lang: Lang): Promise<string[]> {
  const texts = await chromeTexts(page);
  // Abbreviations both languages use, and the one proper name of the chrome.
  const allowed = /\b(IP|SLA|KPI|m²|No\.)\b/g;
  return lang === 'en'
    ? texts.filter((s) => HAN.test(s))
    : texts.filter((s) => /[A-Za-z]{2,}/.test(s.replace(allowed, '')));
}

describe.each<Lang>(['zh-CN', 'en'])('the console in %s', (lang) => {
  const zh = lang === 'zh-CN';

  it('reads the audit log as who did what to which thing, with a before/after table', async () => {
    const { context, page } = await console_(lang, manager.login, manager.password);
    await page.goto('/admin/audit');
    await byTest(page, 'audit-module').click();
    await page.getByRole('option', { name: zh ? '房源' : 'Units', exact: true }).click();
    await byTest(page, 'audit-action').click();
    await page.getByRole('option', { name: zh ? '修改房源' : 'Edit a unit', exact: true }).click();
    await byTest(page, 'audit-search').click();
    const row = page.locator('[data-test-id="audit-table"] .el-table__body-wrapper .el-table__row').first();
    await expect.poll(async () => (await row.textContent()) ?? '').toContain(zh ? '修改房源' : 'Edit a unit');
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('陈审计');
    expect(text).toContain(zh ? '房源' : 'Units');
    expect(text).toContain('T1-0201');
    expect(text).toContain(zh ? '成功' : 'Succeeded');
    // No developer names: not the operation, not the record type, not the user's id.
    expect(text).not.toMatch(/updateUnit|AppUser|[0-9a-f]{8}-[0-9a-f]{4}-/);
    await row.locator('.el-table__expand-icon').click();
    const diff = byTest(page, 'audit-diff').first();
    await diff.waitFor();
    const cells = (await diff.locator('.el-table__body tr').allInnerTexts()).map((r) =>
      r.replace(/\s+/g, ' ').trim(),
    );
    expect(cells).toContain(zh ? '使用面积 160 150' : 'Usable area 160 150');
    expect(await mixedLanguage(page, lang)).toEqual([]);
    await shot(page, 'admin', `plain-audit-${lang}`);
    await context.close();
  });

  it('composes and edits a role from a tree of named permissions grouped by feature', async () => {
    const { context, page } = await console_(lang, 'hq.admin');
    await page.goto('/admin/users');
    await byTest(page, 'create-role').click();
    const tree = byTest(page, 'role-permission-tree');
    await tree.locator('.el-tree-node').first().waitFor();
    const treeText = (await tree.textContent()) ?? '';
    expect(treeText).toContain(zh ? '工单' : 'Work orders');
    expect(treeText).toContain(zh ? '派单' : 'Dispatch work orders');
    expect(treeText).not.toMatch(/workOrder\.|asset\.read|\buser\.manage\b/);
    const key = unique('night_').toLowerCase();
    await byTest(page, 'role-key').fill(key);
    await byTest(page, 'role-name').fill('夜班值守');
    await byTest(page, 'role-name-en').fill('Night watch');
    await byTest(page, 'perm-workOrder.read').click();
    await byTest(page, 'perm-workOrder.dispatch').click();
    expect(await byTest(page, 'role-dialog').textContent()).toContain(
      zh ? '已选 2 项权限' : '2 permissions chosen',
    );
    expect(await mixedLanguage(page, lang)).toEqual([]);
    await page.waitForTimeout(300); // the checkmarks' transition
    await shot(page, 'admin', `plain-role-tree-${lang}`);
    await byTest(page, 'role-submit').click();
    await byTest(page, 'role-dialog').waitFor({ state: 'detached' });

    // The list names its permissions; editing shows them ticked and takes one more.
    const role = byTest(page, `role-${key}`);
    await role.locator('.el-collapse-item__header').click();
    await expect
      .poll(async () => (await role.textContent()) ?? '')
      .toContain(zh ? '派单' : 'Dispatch work orders');
    expect(await role.textContent()).not.toContain('workOrder.');
    await byTest(page, `edit-role-${key}`).click();
    await tree.locator('.el-tree-node').first().waitFor();
    expect(
      await byTest(page, 'perm-workOrder.dispatch')
        .locator('xpath=../..')
        .locator('.el-checkbox.is-checked')
        .count(),
    ).toBe(1);
    await byTest(page, 'perm-workOrder.verify').click();
    await byTest(page, 'role-submit').click();
    await byTest(page, 'role-dialog').waitFor({ state: 'detached' });
    const { roles } = await api<{ roles: { key: string; permissions: string[] }[] }>(
      '{ roles { key permissions } }',
      {},
      site.hq,
    );
    expect(roles.find((r) => r.key === key)?.permissions).toEqual([
      'workOrder.dispatch',
      'workOrder.read',
      'workOrder.verify',
    ]);
    await context.close();
  });

  it('keeps the user table’s actions in view, and labels the leased-unit count', async () => {
    const { context, page } = await console_(lang, manager.login, manager.password);
    await page.goto('/admin/users');
    const reset = page.locator('[data-test-id="user-table"] [data-test-id^="reset-"]:visible').first();
    await reset.waitFor();
    const table = byTest(page, 'user-table');
    const [button, box] = [await reset.boundingBox(), await table.boundingBox()];
    expect(button!.x + button!.width).toBeLessThanOrEqual(box!.x + box!.width);
    // The whole label shows: not "Disabl/Res".
    expect(await reset.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
    expect((await reset.textContent())?.trim()).toBe(zh ? '重置密码' : 'Reset password');
    expect(await mixedLanguage(page, lang)).toEqual([]);
    await shot(page, 'admin', `plain-users-${lang}`);

    await page.goto('/admin/assets');
    const leased = byTest(page, 'leased-units');
    await leased.waitFor();
    const title = (await leased.locator('.el-statistic__head').textContent()) ?? '';
    expect(title).toMatch(zh ? /^已出租（共 1 间）$/ : /^Leased \(of 1 unit\)$/);
    expect((await leased.locator('.el-statistic__content').textContent())?.trim()).toBe('1');
    await context.close();
  });

  it('finds a tenant by pinyin initials, with the whole search hint in view', async () => {
    const { context, page } = await console_(lang, manager.login, manager.password);
    await page.goto('/admin/tenants');
    const input = byTest(page, 'tenant-search'); // Element Plus puts the attribute on the <input>
    await input.waitFor();
    // The placeholder fits its box (measured in the input's own font).
    const fits = await input.evaluate((e: HTMLInputElement) => {
      const style = getComputedStyle(e);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontSize} ${style.fontFamily}`;
      return ctx.measureText(e.placeholder).width <= e.clientWidth - Number.parseFloat(style.paddingLeft);
    });
    expect(fits).toBe(true);
    // The factory's company is 苏州测试…科技有限公司: 苏州测试 by its initials.
    await input.fill('szcs');
    await input.press('Enter');
    const rows = page.locator('[data-test-id="tenant-table"] .el-table__body-wrapper .el-table__row');
    await expect.poll(async () => (await rows.allTextContents()).join('|')).toContain(site.tenant.name);
    expect(await mixedLanguage(page, lang)).toEqual([]);
    await shot(page, 'admin', `plain-tenants-${lang}`);
    await context.close();
  });

  it('keeps the KPI cards while a custom period is being picked, and says durations in hours', async () => {
    const { context, page } = await console_(lang, manager.login, manager.password);
    await page.goto('/admin/kpis');
    const cards = page.locator('[data-test-id^="kpi-"].card');
    await cards.first().waitFor();
    const before = await cards.count();
    expect(before).toBeGreaterThan(0);
    await byTest(page, 'kpi-period-custom').click();
    await page.locator('.el-date-editor--daterange').waitFor();
    expect(await cards.count()).toBe(before);
    expect((await byTest(page, 'kpi-range-text').textContent())?.trim()).not.toBe('');
    const all = (await cards.allTextContents()).join(' ');
    expect(all).not.toMatch(/\d{3,}\s*(分钟|min)/);
    expect(await mixedLanguage(page, lang)).toEqual([]);
    await shot(page, 'admin', `plain-kpis-${lang}`);
    await context.close();
  });
});

describe('every page of the console, in both languages', () => {
  const PAGES = [
    'assets',
    'units',
    'equipment',
    'maintenance',
    'tenants',
    'users',
    'board',
    'kpis',
    'my-tasks',
    'kiosks',
    'audit',
  ];

  it.each<Lang>(['zh-CN', 'en'])('has no label of the other language (%s)', async (lang) => {
    const { context, page } = await console_(lang, 'hq.admin');
    // The demo park, with a year of orders: the board shows live SLA countdowns.
    await byTest(page, 'park-switcher').click();
    await page.getByRole('option', { name: '苏州星湖智造产业园' }).click();
    const found: string[] = [];
    for (const name of PAGES) {
      await page.goto(`/admin/${name}`);
      await page.locator('.el-main, main').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      await shot(page, 'admin', `sweep-${name}-${lang}`);
      for (const text of await mixedLanguage(page, lang)) found.push(`${name}: ${text}`);
      if (name === 'board')
        for (const sla of await byTest(page, 'sla').allTextContents())
          if (/\d{3,}\s*(分钟|min)/.test(sla)) found.push(`board: ${sla}`);
    }
    expect(found).toEqual([]);
    await context.close();
  });
});
