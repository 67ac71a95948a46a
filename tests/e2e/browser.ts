import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');

/**
 * Debian's Chromium (`.ci/run` installs it with apt-get), headless. The flags keep it from
 * reaching for the network this machine does not have. With `fakeCamera`, pages get a camera
 * without asking, playing that Y4M file (`kiosk/fake-camera.ts` writes one).
 */
export function launchBrowser(opts: { fakeCamera?: string } = {}): Promise<Browser> {
  const camera = opts.fakeCamera
    ? [
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${opts.fakeCamera}`,
      ]
    : [];
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      ...camera,
    ],
  });
}

export const baseUrl = () => inject('baseUrl');

/**
 * This test file's own client address, sent as X-Forwarded-For (the suite's server trusts it:
 * `global-setup.ts`). The per-address limits (ten kiosk pairings in ten minutes, thirty failed
 * sign-ins in fifteen) then count each file on its own, as they count each lobby on its own, so
 * no file spends another's budget and the order of files does not matter. Derived from the
 * file's path, so a file has the same address in every run.
 */
export function clientAddress(): string {
  const path = expect.getState().testPath;
  if (!path) throw new Error('clientAddress() is only known while a test file runs');
  let h = 2166136261; // FNV-1a
  for (const c of path) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return `10.${(h >>> 16) & 255}.${(h >>> 8) & 255}.${h & 255}`;
}

export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const DESKTOP = { viewport: { width: 1440, height: 900 } };
export const KIOSK_PORTRAIT = { viewport: { width: 1080, height: 1920 }, hasTouch: true };
export const KIOSK_LANDSCAPE = { viewport: { width: 1920, height: 1080 }, hasTouch: true };

const cspViolations: string[] = [];

/** The Content Security Policy violations reported since the last call (`setup.ts` fails a test on any). */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

/**
 * A fresh context (no session) for this device. Every page in it reports Content Security Policy
 * violations, as the `securitypolicyviolation` event and as Chromium's own console message, so a
 * screen that needs something the policy forbids fails its test instead of half working.
 */
export async function newContext(
  browser: Browser,
  device: Parameters<Browser['newContext']>[0] = DESKTOP,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    ...device,
    baseURL: baseUrl(),
    extraHTTPHeaders: { 'x-forwarded-for': clientAddress() },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(30_000);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  context.on('console', (message) => {
    if (message.text().includes('Content Security Policy'))
      cspViolations.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
  });
  return context;
}

/** Writes `screenshots/<app>/<name>.png`; look at them before calling a screen done. */
export async function shot(page: Page, app: string, name: string): Promise<string> {
  await mkdir(join(SCREENSHOTS, app), { recursive: true });
  const path = join(SCREENSHOTS, app, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

export const byTest = (page: Page, id: string) => page.locator(`[data-test-id="${id}"]`);

/**
 * Chooses the option labelled `label` in the Element Plus select `select`: opens it, clicks the
 * option in the open dropdown, and waits until the select shows it. On a loaded machine a click can
 * land while the dropdown is still opening and choose nothing; the select is then opened again
 * (three tries).
 */
export async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  for (let attempt = 1; ; attempt++) {
    await select.click();
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: exact }).first().click();
    try {
      await expect.poll(() => select.textContent(), { timeout: 5_000 }).toContain(label);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}
