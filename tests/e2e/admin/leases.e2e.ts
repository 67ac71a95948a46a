import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInApi } from '../api.ts';
import { byTest, chooseOption, launchBrowser, shot } from '../browser.ts';
import { loaded, signInToConsole } from './console.ts';

type Lang = 'zh-CN' | 'en';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A date `days` from today (UTC), YYYY-MM-DD. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('leases in the console', () => {
  it('drafts a lease through the dialog, signs it in the drawer, and shows its schedule', async () => {
    const { token } = await signInApi('leasing');
    const data = await api<{
      parks: { nodes: { id: string }[] };
    }>('{ parks(first: 1) { nodes { id } } }', {}, token);
    const parkId = data.parks.nodes[0]!.id;
    const options = await api<{
      units: { nodes: { code: string }[] };
      tenantCompanies: { nodes: { name: string }[] };
    }>(
      `query ($p: ID!) { units(filter: { parkId: $p, statuses: [VACANT], types: [OFFICE] }, first: 1) { nodes { code } }
         tenantCompanies(filter: { parkId: $p, statuses: [ACTIVE] }, first: 1) { nodes { name } } }`,
      { p: parkId },
      token,
    );
    const unit = options.units.nodes[0]!.code;
    const tenant = options.tenantCompanies.nodes[0]!.name;
    const number = `E2E-${Date.now().toString(36).toUpperCase()}`;

    const page = await signInToConsole(browser, 'leasing', 'zh-CN');
    // Leasing staff land on the leases.
    await byTest(page, 'leases-page').waitFor();
    await loaded(page);
    expect(await byTest(page, 'lease-table').locator('tbody tr').count()).toBeGreaterThan(5);

    await byTest(page, 'lease-new').click();
    const dialog = byTest(page, 'lease-dialog');
    await dialog.waitFor();
    await byTest(page, 'lease-tenant').locator('input').fill(tenant.slice(0, 4));
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: tenant }).first().click();
    await byTest(page, 'lease-units').locator('input').fill(unit);
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: unit }).first().click();
    await page.keyboard.press('Escape');
    await byTest(page, 'lease-number').fill(number);
    const term = dialog.locator('.el-date-editor--daterange').nth(0);
    await term.locator('input').nth(0).fill(inDays(40));
    await term
      .locator('input')
      .nth(1)
      .fill(inDays(40 + 3 * 365));
    await term.locator('input').nth(1).press('Enter');
    await byTest(page, 'lease-rent').fill('61.5');
    await chooseOption(page, byTest(page, 'lease-fee'), '物业管理费（研发办公） · 6.5000 元/m²·月');
    await byTest(page, 'lease-deposit').fill('30000');
    await byTest(page, 'lease-add-free').click();
    const free = dialog.locator('.el-date-editor--daterange').nth(1);
    await free.locator('input').nth(0).fill(inDays(40));
    await free.locator('input').nth(1).fill(inDays(70));
    await free.locator('input').nth(1).press('Enter');
    await shot(page, 'admin', 'leases-dialog-zh-CN');
    await byTest(page, 'lease-dialog-submit').click();

    // The new draft opens in the drawer; signing it holds its unit from its first day.
    const drawer = byTest(page, 'lease-drawer');
    await expect.poll(() => byTest(page, 'lease-status').innerText(), { timeout: 15_000 }).toBe('草稿');
    expect(await drawer.innerText()).toContain(number);
    await byTest(page, 'lease-sign').click();
    await page.locator('.el-message-box__btns .el-button--primary').click();
    await expect.poll(() => byTest(page, 'lease-status').innerText(), { timeout: 15_000 }).toBe('已签约');
    const cycles = byTest(page, 'lease-cycle');
    expect(await cycles.count()).toBeGreaterThan(30);
    const first = await cycles.first().innerText();
    expect(first).toContain('押金');
    expect(first).toContain('¥30,000.00');
    expect(first).toMatch(/免租 \d+ 天/);
    await page.waitForTimeout(300);
    await shot(page, 'admin', 'leases-drawer-zh-CN');

    const stored = await api<{
      leases: { nodes: { status: string; depositFen: number; units: { unitCode: string }[] }[] };
    }>(
      `query ($f: LeaseFilter) { leases(first: 1, filter: $f) { nodes { status depositFen units { unitCode } } } }`,
      { f: { parkId, number } },
      token,
    );
    expect(stored.leases.nodes[0]).toEqual({
      status: 'SIGNED',
      depositFen: 3_000_000,
      units: [{ unitCode: unit }],
    });
    await page.context().close();
  });

  it.each<Lang>(['zh-CN', 'en'])(
    'lists what expires soon and the fee standards in %s, in one language',
    async (lang) => {
      const zh = lang === 'zh-CN';
      const page = await signInToConsole(browser, 'park.manager', lang);
      await page.goto('/admin/leases');
      await byTest(page, 'leases-page').waitFor();
      await byTest(page, 'lease-expiring-90').click();
      await loaded(page);
      const rows = byTest(page, 'lease-table').locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await byTest(page, 'lease-table').innerText()).toMatch(zh ? /剩 \d+ 天/ : /\d+ days left/);
      await page.waitForTimeout(300);
      await shot(page, 'admin', `leases-expiring-${lang}`);
      await rows.first().click();
      await byTest(page, 'lease-cycle').first().waitFor();
      await page.waitForTimeout(500); // the drawer has slid in
      const drawer = await byTest(page, 'lease-drawer').innerText();
      if (!zh) expect(drawer).not.toMatch(/租金|物业|押金|执行中|月付|季付/);
      else expect(drawer).not.toMatch(/Rent|Deposit|Property fee|Monthly/);
      await shot(page, 'admin', `leases-detail-${lang}`);
      await page.keyboard.press('Escape');

      await page.goto('/admin/fees');
      await byTest(page, 'fee-table').locator('tbody tr').first().waitFor();
      await loaded(page);
      const table = await byTest(page, 'fee-table').innerText();
      expect(table).toContain('WY-OFFICE');
      expect(table).toContain('6.5000');
      expect(table).toContain(zh ? '元/m²·月' : 'yuan/m²·month');
      await shot(page, 'admin', `fees-${lang}`);
      await page.context().close();
    },
  );
});
