import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byTest, KIOSK_LANDSCAPE, KIOSK_PORTRAIT, launchBrowser, newContext, shot } from '../browser.ts';
import { CREDENTIAL_KEY, kioskAdmin, smallTouchTargets } from './kiosk-api.ts';

const ENTRY = '[data-test-id="directory-entry"]';

let browser: Browser;
let credential: string;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ credential } = await (await kioskAdmin()).pairedKiosk());
});
afterAll(() => browser?.close());

/** A kiosk screen already paired (pairing itself is tested in pairing.e2e.ts). */
async function pairedScreen(device: typeof KIOSK_PORTRAIT): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, device);
  await context.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
    },
    [CREDENTIAL_KEY, credential],
  );
  return { context, page: await context.newPage() };
}

const names = (page: Page) => page.locator(ENTRY).locator('[data-test-id="entry-name"]').allInnerTexts();

describe('company directory', () => {
  it('finds companies by Chinese name and by pinyin initials, with building and floor (portrait)', async () => {
    const { context, page } = await pairedScreen(KIOSK_PORTRAIT);
    await page.goto('/kiosk/');
    await byTest(page, 'welcome').waitFor();
    await byTest(page, 'open-directory').tap();
    await page.locator(ENTRY).first().waitFor();
    const all = await page.locator(ENTRY).count();
    expect(all).toBeGreaterThan(20);
    expect(await smallTouchTargets(page)).toEqual([]);
    await shot(page, 'kiosk', 'directory-portrait');

    // Chinese through the input (a system IME on the device), as a visitor reads it off a card.
    await byTest(page, 'directory-search').fill('云帆');
    await expect.poll(() => names(page)).toEqual(['苏州云帆信息科技有限公司']);
    const location = await page
      .locator(ENTRY)
      .first()
      .locator('[data-test-id="entry-location"]')
      .first()
      .textContent();
    expect(location).toMatch(/A1 研发办公楼/);
    expect(location).toMatch(/\b\d+F\b/);
    expect(location).toMatch(/A1-\d{4}/);
    await shot(page, 'kiosk', 'directory-search-chinese-portrait');

    // Pinyin initials on the on-screen keyboard: 苏州云帆 → S Z Y F.
    await byTest(page, 'kb-clear').tap();
    expect(await byTest(page, 'directory-search').inputValue()).toBe('');
    for (const k of 'SZYF') await byTest(page, `kb-${k}`).tap();
    expect(await byTest(page, 'directory-search').inputValue()).toBe('SZYF');
    await expect.poll(() => names(page)).toEqual(['苏州云帆信息科技有限公司']);
    await shot(page, 'kiosk', 'directory-search-pinyin-portrait');
    // Lower case works too, and initials of the short name (云帆科技 → yfkj).
    await byTest(page, 'directory-search').fill('yfkj');
    await expect.poll(() => names(page)).toContain('苏州云帆信息科技有限公司');

    await byTest(page, 'directory-search').fill('qqqq');
    await byTest(page, 'directory-empty').waitFor();
    await shot(page, 'kiosk', 'directory-empty-portrait');
    await context.close();
  });

  it('browses one building floor by floor and switches to English (landscape)', async () => {
    const { context, page } = await pairedScreen(KIOSK_LANDSCAPE);
    await page.goto('/kiosk/directory');
    await page.locator(ENTRY).first().waitFor();
    expect(await smallTouchTargets(page)).toEqual([]);
    await shot(page, 'kiosk', 'directory-landscape');

    await byTest(page, 'building-A1').tap();
    await byTest(page, 'floor-group').first().waitFor();
    const floors = await byTest(page, 'floor-group').locator('h3').allInnerTexts();
    expect(floors.length).toBeGreaterThan(1);
    const levels = floors.map((f) => Number.parseInt(f.replace('B', '-'), 10));
    expect(levels).toEqual([...levels].sort((a, b) => b - a)); // top floor first, like a lobby board
    for (const text of await page.locator(ENTRY).locator('[data-test-id="entry-location"]').allInnerTexts())
      expect(text).toMatch(/\S+ \S+|\dF|B\d/);
    await shot(page, 'kiosk', 'directory-building-landscape');

    for (const k of 'SZYF') await byTest(page, `kb-${k}`).tap();
    await expect.poll(() => names(page)).toEqual(['苏州云帆信息科技有限公司']);

    await byTest(page, 'language-toggle').tap();
    await page.getByRole('heading', { name: 'Company directory' }).waitFor();
    expect((await byTest(page, 'directory-count').textContent())?.trim()).toBe('1 found');
    expect(await page.locator(ENTRY).first().textContent()).toContain(
      'Software and information technology services',
    );
    await byTest(page, 'building-all').tap();
    await byTest(page, 'kb-clear').tap();
    await page.locator(ENTRY).nth(5).waitFor();
    await shot(page, 'kiosk', 'directory-landscape-en');
    await context.close();
  });

  it('returns to the start screen after the idle time, forgetting the search', async () => {
    const { context, page } = await pairedScreen(KIOSK_PORTRAIT);
    // The page's timers run on a clock the test moves: the idle time is counted, not waited for.
    await page.clock.install();
    await page.goto('/kiosk/directory?idle=60');
    await page.locator(ENTRY).first().waitFor();
    await byTest(page, 'language-toggle').tap();
    for (const k of 'SZYF') await byTest(page, `kb-${k}`).tap();
    await expect.poll(() => names(page)).toHaveLength(1);

    // Fifty seconds after the last touch the search is still there...
    await page.clock.runFor(50_000);
    expect(new URL(page.url()).pathname).toBe('/kiosk/directory');
    expect(await byTest(page, 'directory-search').inputValue()).toBe('SZYF');
    // ...and at a minute the kiosk is back at its start screen.
    await page.clock.runFor(10_000);
    await byTest(page, 'welcome').waitFor();
    expect(new URL(page.url()).pathname).toBe('/kiosk/');
    // The next visitor starts in the default language, with nothing typed.
    await page.getByText('企业名录').first().waitFor();
    await byTest(page, 'open-directory').tap();
    await page.locator(ENTRY).first().waitFor();
    expect(await byTest(page, 'directory-search').inputValue()).toBe('');
    expect(await page.locator(ENTRY).count()).toBeGreaterThan(20);
    await context.close();
  });
});
