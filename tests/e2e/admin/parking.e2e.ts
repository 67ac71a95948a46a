import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DEMO_PASSWORD, signInApi } from '../api.ts';
import { baseUrl, byTest, clientAddress, launchBrowser, newContext, shot } from '../browser.ts';
import { loaded } from './console.ts';

type Lang = 'zh-CN' | 'en';
let browser: Browser;
let gateKey: string;
let lotId: string;
beforeAll(async () => {
  browser = await launchBrowser();
  const { token } = await signInApi('park.manager');
  const { viewer } = await api<{ viewer: { parks: { id: string; code: string }[] } }>(
    '{ viewer { parks { id code } } }',
    {},
    token,
  );
  const parkId = viewer.parks.find((p) => p.code === 'SZ-XH')!.id;
  const key = await api<{ createApiKey: { token: string } }>(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
    { input: { name: '东门道闸', partner: '捷顺科技', scopes: ['parking:write'], parkIds: [parkId] } },
    token,
  );
  gateKey = key.createApiKey.token;
  const lots = await api<{ parkingLots: { id: string; code: string }[] }>(
    'query ($p: ID!) { parkingLots(parkId: $p) { id code } }',
    { p: parkId },
    token,
  );
  lotId = lots.parkingLots.find((l) => l.code === 'P1')!.id;
});
afterAll(() => browser?.close());

/** A barrier system reporting a car at the gate, with its partner key. */
async function carIn(plate: string): Promise<{ admitted: boolean; decision: string }> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': clientAddress(),
      authorization: `ApiKey ${gateKey}`,
    },
    body: JSON.stringify({
      query: 'mutation ($i: GateEventInput!) { recordParkingEntry(input: $i) { admitted decision } }',
      variables: { i: { lotId, plate, eventId: `e2e-${plate}` } },
    }),
  });
  const body = (await res.json()) as {
    data: { recordParkingEntry: { admitted: boolean; decision: string } };
  };
  return body.data.recordParkingEntry;
}

describe.each<Lang>(['zh-CN', 'en'])('parking screens in %s', (lang) => {
  const zh = lang === 'zh-CN';
  it('a plate posted through the partner API shows up live on the board', async () => {
    const context = await newContext(browser);
    await context.addInitScript((l) => localStorage.setItem('park.admin.locale', l), lang);
    const page = await context.newPage();
    const subscribed = new Promise<void>((done) =>
      page.on('websocket', (ws) =>
        ws.on('framesent', (frame) => {
          if (String(frame.payload).includes('ParkingChanged')) done();
        }),
      ),
    );
    await page.goto('/admin/login');
    await byTest(page, 'login-name').fill('park.manager');
    await byTest(page, 'login-password').fill(DEMO_PASSWORD);
    await byTest(page, 'login-submit').click();
    await byTest(page, 'park-switcher').waitFor();
    await page.goto('/admin/parking');
    await byTest(page, 'parking-occupied').waitFor();
    await subscribed;
    const before = Number((await byTest(page, 'parking-occupied').innerText()).split('/')[0]!.trim());
    const plate = zh ? '苏E7K2M9' : '苏ED88521';
    expect(await carIn(plate)).toMatchObject({ admitted: true });
    await expect
      .poll(() => byTest(page, 'parking-recent').first().innerText(), { timeout: 10_000 })
      .toContain(plate);
    await expect
      .poll(async () => Number((await byTest(page, 'parking-occupied').innerText()).split('/')[0]!.trim()), {
        timeout: 10_000,
      })
      .toBe(before + 1);
    const recent = await byTest(page, 'parking-recent').first().innerText();
    expect(recent).toContain(zh ? '入场' : 'In');
    expect(recent).toContain(zh ? '临时车' : 'Temporary');
    await page.waitForTimeout(300); // charts drawn
    await shot(page, 'admin', `parking-board-${lang}`);

    await page.goto('/admin/parking-log');
    await byTest(page, 'parking-log-plate').fill(plate);
    await expect
      .poll(() => byTest(page, 'parking-log-table').innerText(), { timeout: 10_000 })
      .toContain(plate);
    await byTest(page, 'parking-log-plate').fill('');
    await loaded(page);
    await page.waitForTimeout(300);
    await shot(page, 'admin', `parking-log-${lang}`);
    await page.goto('/admin/vehicles');
    await byTest(page, 'vehicle-table').locator('tbody tr').first().waitFor();
    await loaded(page);
    await shot(page, 'admin', `parking-vehicles-${lang}`);
    await byTest(page, 'vehicle-new').click();
    await byTest(page, 'vehicle-plate').fill('苏E1234');
    await byTest(page, 'vehicle-dialog-submit').click();
    // Too short for a plate: the form says so before asking the API.
    await expect
      .poll(() => byTest(page, 'vehicle-dialog').innerText())
      .toContain(zh ? '如 苏E12345' : 'e.g. 苏E12345');
    await byTest(page, 'vehicle-plate').fill('苏E12O45');
    await byTest(page, 'vehicle-dialog-submit').click();
    // A plate of the right length with the letter O: the API refuses it on the field, nothing is listed.
    await expect
      .poll(() => byTest(page, 'vehicle-dialog').innerText())
      .toContain(zh ? '不是有效的车牌号' : 'Not a valid plate');
    await page.waitForTimeout(300);
    await shot(page, 'admin', `parking-vehicle-dialog-${lang}`);
    await context.close();
  }, 120_000);
});
