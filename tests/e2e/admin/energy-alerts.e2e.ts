import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, DEMO_PASSWORD, signInApi } from '../api.js';
import { byTest, DESKTOP, launchBrowser, newContext, shot } from '../browser.js';
import { unique } from '../factories.js';

/**
 * Issue 18 §6 end to end: a water meter's readings show water flowing through every hour of last
 * night; the readings go through energy's recording path (validated, rolled up, announced with
 * `energy.readingsRecorded`), the worker evaluates the park's rules, the leak alert appears on the
 * open console list without a reload, and the work order it filed is on the dispatch board.
 */
let browser: Browser;
let hq: string;
let parkId: string;
let meter: { id: string; code: string; name: string };

beforeAll(async () => {
  browser = await launchBrowser();
  hq = (await signInApi('hq.admin')).token;
  const parks = await api<{ parks: { nodes: { id: string }[] } }>(
    '{ parks(first: 1, filter: { search: "SZ-XH" }) { nodes { id } } }',
    {},
    hq,
  );
  parkId = parks.parks.nodes[0]!.id;
  const code = unique('W-LEAK-').toUpperCase().slice(0, 30);
  meter = (
    await api<{ createMeter: typeof meter }>(
      'mutation ($input: CreateMeterInput!) { createMeter(input: $input) { id code name } }',
      {
        input: {
          parkId,
          code,
          name: `测试水表 ${code.slice(-6)}`,
          kind: 'WATER',
          level: 'BUILDING',
          intervalMinutes: 60,
        },
      },
      hq,
    )
  ).createMeter;
  await api(
    'mutation ($input: CreateEnergyAlertRuleInput!) { createEnergyAlertRule(input: $input) { id } }',
    {
      input: {
        parkId,
        name: '夜间漏水',
        kind: 'NIGHT_WATER_FLOW',
        meterId: meter.id,
        nightStart: 0,
        nightEnd: 5,
        openWorkOrder: true,
        workOrderPriority: 'URGENT',
      },
    },
    hq,
  );
});
afterAll(() => browser?.close());

/** The park manager, signed in in `language`, on the energy alerts page. */
async function managerOnAlerts(language: 'zh-CN' | 'en'): Promise<Page> {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  await page.goto('/admin/login');
  await byTest(page, 'login-name').fill('park.manager');
  await byTest(page, 'login-password').fill(DEMO_PASSWORD);
  await byTest(page, 'login-submit').click();
  await byTest(page, 'park-switcher').waitFor();
  if (language === 'en') {
    await byTest(page, 'language-switch').click();
    await page.getByRole('option', { name: 'English' }).click();
  }
  await byTest(page, 'menu-group-energy').click();
  await byTest(page, 'menu-energy-alerts').click();
  await byTest(page, 'energy-alert-table').waitFor();
  return page;
}

it('shows a night leak recorded through the readings path live, and its work order on the dispatch board', async () => {
  const page = await managerOnAlerts('zh-CN');
  // Let the subscription open before the readings land.
  await page.waitForTimeout(800);
  // Last night in the park (Asia/Shanghai): 00:00 to 05:00, 0.4 m³ every hour.
  const local = new Date(Date.now() + 8 * 3_600_000);
  const midnight =
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - 1) - 8 * 3_600_000;
  for (let h = 0; h <= 5; h++)
    await api(
      'mutation ($input: ManualReadingInput!) { recordMeterReading(input: $input) { stored } }',
      {
        input: {
          meterId: meter.id,
          at: new Date(midnight + h * 3_600_000).toISOString(),
          value: 100 + h * 0.4,
        },
      },
      hq,
    );
  const row = page.locator('[data-test-id="energy-alert-table"] tbody tr', { hasText: meter.code });
  await row.waitFor({ timeout: 20_000 });
  expect(await row.textContent()).toContain('夜间持续用水');
  expect(await row.textContent()).toContain('待处理');
  const link = row.locator('a[data-test-id^="energy-alert-order-"]');
  const number = (await link.textContent())!.trim();
  expect(number).toMatch(/^WO-/);
  await shot(page, 'admin', '40-energy-alerts');

  await byTest(page, 'menu-board').click();
  await byTest(page, `order-${number}`).waitFor({ timeout: 10_000 });
  await byTest(page, 'menu-group-energy').click();
  await byTest(page, 'menu-energy-alert-rules').click();
  await byTest(page, 'alert-rule-table').locator('tbody tr', { hasText: meter.code }).waitFor();
  await shot(page, 'admin', '41-energy-alert-rules');

  const en = await managerOnAlerts('en');
  const enRow = en.locator('[data-test-id="energy-alert-table"] tbody tr', { hasText: meter.code });
  await enRow.waitFor();
  expect(await enRow.textContent()).toContain('Night water flow');
  await shot(en, 'admin', '40-energy-alerts-en');
  await byTest(en, 'menu-energy-alert-rules').click();
  await byTest(en, 'alert-rule-table').locator('tbody tr').first().waitFor();
  await byTest(en, 'alert-rule-add').click();
  await byTest(en, 'alert-rule-dialog').waitFor();
  await shot(en, 'admin', '41-energy-alert-rule-dialog-en');
});
