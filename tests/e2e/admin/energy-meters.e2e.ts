import mqtt from 'mqtt';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, png, signInApi } from '../api.ts';
import { byTest, launchBrowser, newContext, shot } from '../browser.ts';
import { unique } from '../factories.ts';
import { loaded } from './console.ts';
import { dialog, fieldError, fillNumber, openOnPark, pick, save } from './registers.ts';

/**
 * Issue 18's console screens on the demo park and its year of metering history: the meter list
 * and its filters, a meter's place in the tree, chart and raw readings, adding a meter (the API's
 * refusal on its field), manual readings whose validation flags are explained, and registering a
 * device whose secret is shown once.
 */
type Lang = 'zh-CN' | 'en';
let browser: Browser;
let parkId: string;
let token: string;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ token } = await signInApi('park.manager'));
  const { viewer } = await api<{ viewer: { parks: { id: string; code: string }[] } }>(
    '{ viewer { parks { id code } } }',
    {},
    token,
  );
  parkId = viewer.parks.find((p) => p.code === 'SZ-XH')!.id;
});
afterAll(() => browser?.close());

const rowsOf = async (page: Page) => byTest(page, 'meter-table').locator('tbody tr').allInnerTexts();

describe.each<Lang>(['zh-CN', 'en'])('energy meters and devices in %s', (lang) => {
  const zh = lang === 'zh-CN';

  it('lists and filters meters, shows a meter in its tree with its chart, adds a meter, takes manual readings', async () => {
    const context = await newContext(browser);
    const page = await openOnPark(context, 'park.manager', parkId, 'energy/meters', { locale: lang });
    await byTest(page, 'meter-table').locator('tbody tr').first().waitFor();
    await loaded(page);
    const all = await page.locator('[data-test-id="meter-pager-total"]').innerText();
    expect(all).toMatch(zh ? /共 \d+ 块计量表/ : /\d+ meters/);
    expect(await byTest(page, 'menu-group-energy').innerText()).toContain(zh ? '能源管理' : 'Energy');
    await shot(page, 'admin', `energy-meters-${lang}`);

    // Water only: every row says so, and fewer than all.
    await pick(page, 'meter-filter-kind', zh ? '水' : 'Water');
    await expect
      .poll(async () => (await rowsOf(page)).every((r) => r.includes(zh ? '水' : 'Water')), {
        timeout: 20_000,
      })
      .toBe(true);
    await loaded(page);
    expect(await page.locator('[data-test-id="meter-pager-total"]').innerText()).not.toBe(all);
    expect((await rowsOf(page)).some((r) => r.includes('W-MAIN'))).toBe(true);
    await shot(page, 'admin', `energy-meters-water-${lang}`);

    // A floor meter of the demo park: its place in the tree (main → building → it) and a daily chart.
    await page.goto('/admin/energy/meters');
    await byTest(page, 'meter-search').fill('-F1');
    await byTest(page, 'meter-search-submit').click();
    await loaded(page);
    const floorLink = byTest(page, 'meter-table').locator('a[data-test-id^="meter-open-E-"]').first();
    const floorCode = (await floorLink.innerText()).trim();
    await floorLink.click();
    await expect
      .poll(() => byTest(page, 'meter-title').innerText(), { timeout: 20_000 })
      .toContain(floorCode);
    // Walked up one parent at a time: the park main meter at the top.
    await expect.poll(() => byTest(page, 'meter-tree').innerText(), { timeout: 20_000 }).toContain('E-MAIN');
    expect(await byTest(page, 'meter-tree').innerText()).toContain(zh ? '本表' : 'this meter');
    await byTest(page, 'meter-chart').locator('canvas').waitFor();
    await expect
      .poll(() => byTest(page, 'meter-total').innerText(), { timeout: 20_000 })
      .toMatch(zh ? /合计 [\d,.]+ kWh/ : /Total [\d,.]+ kWh/);
    await byTest(page, 'meter-grain-MONTH').click();
    await expect
      .poll(() => page.locator('.el-radio-button.is-active').innerText(), { timeout: 20_000 })
      .toBe(zh ? '按月' : 'Monthly');
    await loaded(page);
    await byTest(page, 'meter-chart').locator('canvas').waitFor();
    await page.waitForTimeout(400);
    await shot(page, 'admin', `energy-meter-detail-${lang}`);

    // A new tenant sub-meter: a code the park already has is refused on the code field.
    await page.goto('/admin/energy/meters');
    await byTest(page, 'meter-table').locator('tbody tr').first().waitFor();
    await loaded(page);
    await byTest(page, 'meter-add').click();
    await dialog(page, 'meter-dialog');
    await byTest(page, 'meter-code').fill('E-MAIN');
    await byTest(page, 'meter-name').fill(zh ? '云帆二期分表' : 'Yunfan phase 2');
    await fillNumber(page, 'meter-spike', 50);
    await fillNumber(page, 'meter-digits', 6);
    await byTest(page, 'meter-dialog-submit').click();
    await expect
      .poll(() => fieldError(page, 'meter-code').innerText(), { timeout: 20_000 })
      .toBe(zh ? '该记录已存在' : 'This record already exists');
    await shot(page, 'admin', `energy-meter-dialog-refused-${lang}`);
    const code = unique('E-T-NEW-').slice(0, 30);
    await byTest(page, 'meter-code').fill(code);
    await save(page, 'meter-dialog');
    await byTest(page, 'meter-search').fill(code);
    await byTest(page, 'meter-search-submit').click();
    await byTest(page, `meter-open-${code}`).click();
    await expect.poll(() => byTest(page, 'meter-title').innerText(), { timeout: 20_000 }).toContain(code);

    // Readings typed in: the first is the baseline, then one counted, then three the checks refuse.
    const expected: [number, string][] = [
      [1000, zh ? '首次读数' : 'First reading'],
      [1010, zh ? '正常' : 'OK'],
      [900, zh ? '读数倒退' : 'Went backward'],
      [0, zh ? '瞬时为零' : 'Brief zero'],
      [5000, zh ? '突增' : 'Spike'],
    ];
    for (const [value, flag] of expected) {
      const input = byTest(page, 'meter-record-value').locator('input');
      await input.fill(String(value));
      await input.press('Tab');
      // The counted one comes with a photo of the register, uploaded before the reading names it.
      if (value === 1010)
        await byTest(page, 'meter-record-photo').setInputFiles({
          name: 'register.png',
          mimeType: 'image/png',
          buffer: png(320, 240),
        });
      if (value === 1010)
        await expect
          .poll(() => byTest(page, 'meter-record-photo-pick').innerText(), { timeout: 20_000 })
          .toBe('register.png');
      await byTest(page, 'meter-record-submit').click();
      await expect
        .poll(() => page.locator('.el-message--success').last().innerText(), { timeout: 20_000 })
        .toContain(flag);
      await page.waitForTimeout(50);
    }
    const readings = byTest(page, 'meter-readings');
    await expect.poll(() => readings.locator('tbody tr').count(), { timeout: 20_000 }).toBe(5);
    const text = await readings.innerText();
    for (const [, flag] of expected) expect(text).toContain(flag);
    expect(text).toContain(zh ? '已忽略，基准保持不变' : 'ignored, baseline kept');
    // One reading carries its photo, and the link serves the uploaded image.
    const photo = readings.locator('[data-test-id="reading-photo"]');
    await expect.poll(() => photo.count(), { timeout: 20_000 }).toBe(1);
    const served = await page.request.get((await photo.getAttribute('href'))!);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toContain('image/png');
    // The baseline stayed at the last good register, 1010.
    const baseline = await page.locator('.el-descriptions').innerText();
    expect(baseline).toContain('1,010');
    await byTest(page, 'meter-only-flagged').click();
    await expect.poll(() => readings.locator('tbody tr').count(), { timeout: 20_000 }).toBe(3);
    await readings.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await shot(page, 'admin', `energy-meter-readings-${lang}`);
    await context.close();
  }, 180_000);

  it('registers a device, shows its secret once, rotates it and disables the device', async () => {
    const context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openOnPark(context, 'park.manager', parkId, 'energy/devices', { locale: lang });
    await byTest(page, 'device-table').waitFor();
    await loaded(page);
    const code = unique('EM-E2E-').slice(0, 40);
    await byTest(page, 'device-register').click();
    await dialog(page, 'device-dialog');
    await byTest(page, 'device-code').fill('bad code!');
    await byTest(page, 'device-name').fill(zh ? '测试电表网关' : 'Test meter gateway');
    await byTest(page, 'device-dialog-submit').click();
    await expect.poll(() => fieldError(page, 'device-code').innerText(), { timeout: 20_000 }).not.toBe('');
    await byTest(page, 'device-code').fill(code);
    await byTest(page, 'device-dialog-submit').click();
    const secretBox = byTest(page, 'device-secret');
    await secretBox.waitFor();
    const secret = await byTest(page, 'device-secret-value').inputValue();
    expect(secret.length).toBeGreaterThanOrEqual(16);
    expect(await secretBox.innerText()).toContain(zh ? '只显示这一次' : 'shown this once');
    await byTest(page, 'device-secret-copy').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await page.waitForTimeout(400);
    await shot(page, 'admin', `energy-device-secret-${lang}`);
    await byTest(page, 'device-secret-done').click();
    await secretBox.waitFor({ state: 'detached' });
    // Gone from the page once closed, and the API never shows it again.
    await byTest(page, `device-${code}`).waitFor();
    expect(await page.content()).not.toContain(secret);
    expect(await byTest(page, `device-rejections-${code}`).innerText()).toBe(zh ? '无' : 'None');
    const listed = await api<{ iotDevices: { code: string; status: string }[] }>(
      'query ($p: ID!) { iotDevices(parkId: $p) { code status } }',
      { p: parkId },
      token,
    );
    expect(listed.iotDevices.find((d) => d.code === code)?.status).toBe('ACTIVE');

    await byTest(page, `device-rotate-${code}`).click();
    await page.locator('.el-message-box__btns .el-button--primary').click();
    await secretBox.waitFor();
    const rotated = await byTest(page, 'device-secret-value').inputValue();
    expect(rotated).not.toBe(secret);
    await byTest(page, 'device-secret-done').click();
    await secretBox.waitFor({ state: 'detached' });

    // The device misbehaves over the product's broker: the old secret, a payload that is no JSON,
    // a negative register, and a reading while no meter is linked. Each refusal is counted under
    // its reason and shows on the device's row.
    const { iotDevices } = await api<{
      iotDevices: { id: string; code: string; topics: { telemetry: string } }[];
    }>('query ($p: ID!) { iotDevices(parkId: $p) { id code topics { telemetry } } }', { p: parkId }, token);
    const device = iotDevices.find((d) => d.code === code)!;
    const as = (password: string) =>
      mqtt.connectAsync(inject('mqttUrl'), {
        clientId: device.id,
        username: device.id,
        password,
        protocolVersion: 4,
        reconnectPeriod: 0,
      });
    await expect(as(secret)).rejects.toThrow();
    const gateway = await as(rotated);
    const ts = new Date().toISOString();
    await gateway.publishAsync(device.topics.telemetry, 'not json', { qos: 1 });
    await gateway.publishAsync(device.topics.telemetry, JSON.stringify({ ts, value: -1, unit: 'kWh' }), {
      qos: 1,
    });
    await gateway.publishAsync(device.topics.telemetry, JSON.stringify({ ts, value: 5, unit: 'kWh' }), {
      qos: 1,
    });
    await gateway.endAsync();
    const tags = async () => {
      await page.reload();
      await byTest(page, `device-rejections-${code}`).waitFor();
      return (await byTest(page, `device-rejections-${code}`).locator('.el-tag').allInnerTexts()).sort();
    };
    const expected = (
      zh
        ? ['密钥错误 1', '格式错误 1', '数值无效 1', '未知设备 1']
        : ['Bad credentials 1', 'Invalid value 1', 'Malformed 1', 'Unknown device 1']
    ).sort();
    await expect.poll(tags, { timeout: 30_000, interval: 1000 }).toEqual(expected);
    await byTest(page, `device-rejections-${code}`).scrollIntoViewIfNeeded();
    await loaded(page);
    await shot(page, 'admin', `energy-device-rejections-${lang}`);

    await byTest(page, `device-toggle-${code}`).click();
    await page.locator('.el-message-box__btns .el-button--primary').click();
    await expect
      .poll(() => byTest(page, `device-status-${code}`).innerText(), { timeout: 20_000 })
      .toBe(zh ? '已停用' : 'Disabled');
    expect(
      (await byTest(page, `device-rejections-${code}`).locator('.el-tag').allInnerTexts()).sort(),
    ).toEqual(expected);
    await page.locator('.el-message').last().waitFor({ state: 'hidden' });
    await shot(page, 'admin', `energy-devices-${lang}`);
    await context.close();
  }, 120_000);
});
