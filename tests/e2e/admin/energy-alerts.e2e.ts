import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { ParkSimulator } from '../../../api/src/simulator/index.ts';
import { api, signInApi } from '../api.js';
import { baseUrl, byTest, launchBrowser, shot } from '../browser.js';
import { unique } from '../factories.js';
import { signInToConsole } from './console.ts';

/**
 * Issue 18 §6 end to end, the real path: a new water meter on a new data concentrator, its
 * opening register recorded at commissioning; the park simulator (`api/src/simulator/`, for this
 * meter and gateway only, beside the product's own) connects as that gateway with a secret it
 * rotates through the API and publishes the register over the product's MQTT broker, leaking
 * through every hour of last night. The ingest validates and rolls the readings up, the worker
 * evaluates the park's rules on `energy.readingsRecorded`, the leak alert appears on the open
 * console list without a reload, and the work order it filed is on the dispatch board.
 */
const HOUR = 3_600_000;
const CST = 8 * HOUR;
let browser: Browser;
let hq: string;
let parkId: string;
let meter: { id: string; code: string; name: string };
/** Park-time midnight that began yesterday, as an instant. */
let lastNight: number;

beforeAll(async () => {
  browser = await launchBrowser();
  hq = (await signInApi('hq.admin')).token;
  const parks = await api<{ parks: { nodes: { id: string }[] } }>(
    '{ parks(first: 1, filter: { search: "SZ-XH" }) { nodes { id } } }',
    {},
    hq,
  );
  parkId = parks.parks.nodes[0]!.id;
  const gateway = await api<{ registerIotDevice: { device: { id: string } } }>(
    'mutation ($input: RegisterIotDeviceInput!) { registerIotDevice(input: $input) { device { id } } }',
    {
      input: {
        parkId,
        code: unique('GW-LEAK-').toUpperCase().slice(0, 30),
        kind: 'METER',
        name: '地下泵房数据集中器',
      },
    },
    hq,
  );
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
          intervalMinutes: 15,
          deviceId: gateway.registerIotDevice.device.id,
          deviceRegister: '1',
        },
      },
      hq,
    )
  ).createMeter;
  const local = new Date(Date.now() + CST);
  lastNight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - 1) - CST;
  // Commissioned at 22:00 the evening before, register at 100 m³.
  await api(
    'mutation ($input: ManualReadingInput!) { recordMeterReading(input: $input) { stored } }',
    { input: { meterId: meter.id, at: new Date(lastNight - 2 * HOUR).toISOString(), value: 100 } },
    hq,
  );
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
  const page = await signInToConsole(browser, 'park.manager', language);
  await byTest(page, 'menu-group-energy').click();
  await byTest(page, 'menu-energy-alerts').click();
  await byTest(page, 'energy-alert-table').waitFor();
  return page;
}

it('shows a night leak the park simulator publishes over MQTT live, and its work order on the dispatch board', async () => {
  const page = await managerOnAlerts('zh-CN');
  // Let the subscription open before the readings land.
  await page.waitForTimeout(800);
  // The gateway publishes every quarter from 22:00 to 05:15, 0.4 m³ an hour leaking throughout.
  const sim = await ParkSimulator.start({
    apiUrl: baseUrl(),
    mqttUrl: inject('mqttUrl'),
    auth: { token: hq },
    meters: [meter.code],
    manual: true,
    startAt: new Date(lastNight - 2 * HOUR),
    faultRate: 0,
    leakRate: 0,
    publishRate: 8,
    seed: 18,
  });
  try {
    expect(sim.meterCodes).toEqual([meter.code]);
    sim.injectLeak(meter.code, 0.4);
    while (sim.now.getTime() < lastNight + 5 * HOUR + 15 * 60_000) {
      const report = await sim.tick();
      expect(report.published).toBe(1);
    }
    expect(sim.register(meter.code)).toBeCloseTo(100 + 0.4 * 7.25, 3);
  } finally {
    await sim.stop();
  }
  const row = page.locator('[data-test-id="energy-alert-table"] tbody tr', { hasText: meter.code });
  await row.waitFor({ timeout: 20_000 });
  expect(await row.textContent()).toContain('夜间持续用水');
  expect(await row.textContent()).toContain('待处理');
  const link = row.locator('a[data-test-id^="energy-alert-order-"]');
  const number = (await link.textContent())!.trim();
  expect(number).toMatch(/^WO-/);
  await shot(page, 'admin', '40-energy-alerts');
  // The manager's bell got it too, naming the meter; a click lands on the alert list.
  await byTest(page, 'notification-bell').click();
  const note = page.locator('[data-test-id="notification"][data-kind="ENERGY_ALERT"]', {
    hasText: meter.code,
  });
  await note.waitFor();
  expect(await note.textContent()).toContain('用能预警');
  await shot(page, 'admin', '40-energy-alert-notification');
  await note.click();
  await expect.poll(() => page.url()).toContain('/energy/alerts');

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
  // The same notification, said in English: built from what it names, not the stored Chinese.
  await byTest(en, 'notification-bell').click();
  const enNote = en.locator('[data-test-id="notification"][data-kind="ENERGY_ALERT"]', {
    hasText: meter.code,
  });
  await enNote.waitFor();
  const said = (await enNote.textContent())!;
  expect(said).toContain('Energy alert:');
  expect(said).toContain('Night water flow');
  expect(said).not.toMatch(/用能预警|规则|观测值|限值/);
  await shot(en, 'admin', '40-energy-alert-notification-en');
  await byTest(en, 'notification-bell').click();
  await enNote.waitFor({ state: 'hidden' });
  await byTest(en, 'menu-energy-alert-rules').click();
  await byTest(en, 'alert-rule-table').locator('tbody tr').first().waitFor();
  await byTest(en, 'alert-rule-add').click();
  await byTest(en, 'alert-rule-dialog').waitFor();
  await shot(en, 'admin', '41-energy-alert-rule-dialog-en');
});
