import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');

/**
 * Debian's Chromium (`.ci/run` installs it with apt-get), headless. The flags keep it from
 * reaching for the network this machine does not have.
 */
export function launchBrowser(): Promise<Browser> {
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
    ],
  });
}

export const baseUrl = () => inject('baseUrl');

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
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(15_000);
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

/** Milliseconds from navigation start until `selector` is visible (first data on screen). */
export async function timeToFirstData(page: Page, path: string, selector: string): Promise<number> {
  const started = Date.now();
  await page.goto(path);
  await page.locator(selector).first().waitFor({ state: 'visible' });
  return Date.now() - started;
}

export const byTest = (page: Page, id: string) => page.locator(`[data-test-id="${id}"]`);
