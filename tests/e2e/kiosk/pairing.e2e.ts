import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byTest, KIOSK_LANDSCAPE, KIOSK_PORTRAIT, launchBrowser, newContext, shot } from '../browser.ts';
import { kioskAdmin, smallTouchTargets } from './kiosk-api.ts';

let browser: Browser;
let admin: Awaited<ReturnType<typeof kioskAdmin>>;
beforeAll(async () => {
  browser = await launchBrowser();
  admin = await kioskAdmin();
});
afterAll(() => browser?.close());

/** Taps a code on the pairing keypad, digit by digit, as a person would. */
async function typeCode(page: Page, code: string) {
  for (const digit of code) await byTest(page, `key-${digit}`).tap();
}

describe('pairing a lobby kiosk', () => {
  it('sends an unpaired kiosk to pairing, explains a wrong code, and pairs with the right one', async () => {
    const context = await newContext(browser, KIOSK_PORTRAIT);
    const page = await context.newPage();
    await page.goto('/kiosk/directory');
    await page.waitForURL('**/kiosk/pair');
    await byTest(page, 'pairing-keypad').waitFor();
    expect(await smallTouchTargets(page)).toEqual([]);
    await shot(page, 'kiosk', 'pair-portrait');

    await typeCode(page, '00000000');
    await byTest(page, 'pair-submit').tap();
    await page.getByText('配对码错误或已过期').waitFor();
    expect(page.url()).toMatch(/\/kiosk\/pair$/);
    await shot(page, 'kiosk', 'pair-error-portrait');

    const { pairingCode } = await admin.createKiosk();
    await typeCode(page, pairingCode.slice(0, 7));
    expect(await byTest(page, 'pair-submit').isDisabled()).toBe(true); // seven digits are not a code
    await typeCode(page, pairingCode.slice(7));
    expect(await byTest(page, 'pairing-code').textContent()).toContain(pairingCode.slice(-1));
    await byTest(page, 'pair-submit').tap();

    await byTest(page, 'welcome').waitFor();
    expect(new URL(page.url()).pathname).toBe('/kiosk/');
    await byTest(page, 'park-name').getByText(admin.park.name).waitFor();
    await byTest(page, 'kiosk-location').getByText('A1 栋一楼大堂').waitFor();
    expect(await byTest(page, 'clock').textContent()).toMatch(/\d{2}:\d{2}/);
    // Every service is open: the directory, visitors and bills.
    for (const tile of ['open-directory', 'open-visitor', 'open-bill'])
      expect(await byTest(page, tile).isDisabled()).toBe(false);
    expect(await byTest(page, 'open-bill').textContent()).toContain('缴费');
    expect(await smallTouchTargets(page)).toEqual([]);
    await shot(page, 'kiosk', 'welcome-portrait');

    // The credential outlives a reload: the kiosk stays paired.
    await page.reload();
    await byTest(page, 'welcome').waitFor();
    await context.close();
  });

  it('pairs and greets in landscape, in either language', async () => {
    const context = await newContext(browser, KIOSK_LANDSCAPE);
    const page = await context.newPage();
    await page.goto('/kiosk/');
    await page.waitForURL('**/kiosk/pair');
    await byTest(page, 'language-toggle').tap();
    await page.getByRole('heading', { name: 'Pair this kiosk' }).waitFor();
    await shot(page, 'kiosk', 'pair-landscape-en');
    await byTest(page, 'language-toggle').tap();
    await page.getByRole('heading', { name: '配对此终端' }).waitFor();
    expect(await smallTouchTargets(page)).toEqual([]);
    await shot(page, 'kiosk', 'pair-landscape');

    const { pairingCode } = await admin.createKiosk();
    await typeCode(page, pairingCode);
    await byTest(page, 'pair-submit').tap();
    await byTest(page, 'welcome').waitFor();
    await byTest(page, 'park-name').getByText(admin.park.name).waitFor();
    expect(await smallTouchTargets(page)).toEqual([]);
    await shot(page, 'kiosk', 'welcome-landscape');

    await byTest(page, 'language-toggle').tap();
    await page.getByText('Company directory').first().waitFor();
    expect(await byTest(page, 'open-bill').textContent()).toContain('Pay a bill');
    await shot(page, 'kiosk', 'welcome-landscape-en');
    await context.close();
  });

  it('sends a revoked kiosk back to pairing on its next request', async () => {
    const context = await newContext(browser, KIOSK_PORTRAIT);
    const page = await context.newPage();
    await page.goto('/kiosk/');
    const { id, pairingCode } = await admin.createKiosk();
    await typeCode(page, pairingCode);
    await byTest(page, 'pair-submit').tap();
    await byTest(page, 'welcome').waitFor();

    await admin.revokeKiosk(id);
    await byTest(page, 'open-directory').tap();
    await page.waitForURL('**/kiosk/pair');
    await byTest(page, 'pairing-keypad').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('park.kiosk.credential'))).toBeNull();
    await context.close();
  });
});
