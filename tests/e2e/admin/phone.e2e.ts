import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DEMO_PASSWORD, signInApi } from '../api.ts';
import { byTest, launchBrowser, newContext, PHONE, shot } from '../browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function signIn(context: BrowserContext, login: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/admin/');
  await page.waitForURL(/\/admin\/login/);
  await byTest(page, 'login-name').fill(login);
  await byTest(page, 'login-password').fill(DEMO_PASSWORD);
  await byTest(page, 'login-submit').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return page;
}

/** How far the document reaches past the viewport's right edge, in CSS pixels (0: it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Whether two header items sit on top of each other. */
async function overlap(page: Page, a: string, b: string): Promise<boolean> {
  const [ra, rb] = [await byTest(page, a).boundingBox(), await byTest(page, b).boundingBox()];
  if (!ra || !rb) return false;
  return (
    ra.x < rb.x + rb.width && rb.x < ra.x + ra.width && ra.y < rb.y + rb.height && rb.y < ra.y + ra.height
  );
}

describe('the console on a 390 px phone', () => {
  it('lands each role where its work is: technicians and guards on My tasks, the desk on the board', async () => {
    const landings: Record<string, string> = {};
    for (const login of ['engineer', 'guard', 'cs.agent']) {
      const context = await newContext(browser, PHONE);
      const page = await signIn(context, login);
      await page.waitForURL(/\/admin\/(my-tasks|board)$/);
      landings[login] = new URL(page.url()).pathname;
      if (login === 'engineer') {
        await byTest(page, 'my-tasks').waitFor();
        expect(await overflow(page)).toBe(0);
        await shot(page, 'admin', 'phone-00-technician-home');
      }
      await context.close();
    }
    expect(landings).toEqual({
      engineer: '/admin/my-tasks',
      guard: '/admin/my-tasks',
      'cs.agent': '/admin/board',
    });
  });

  it('fits every console page into 390 px, in Chinese and in English', { timeout: 300_000 }, async () => {
    const { token } = await signInApi('hq.admin');
    const { workOrders } = await api<{ workOrders: { nodes: { id: string }[] } }>(
      // The latest order, whatever its state: early in the day the seed has none in progress yet.
      '{ workOrders(first: 1) { nodes { id } } }',
      {},
      token,
    );
    const { equipmentLedger } = await api<{ equipmentLedger: { nodes: { id: string }[] } }>(
      '{ equipmentLedger(first: 3) { nodes { id } } }',
      {},
      token,
    );
    const routes = [
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
      `work-orders/${workOrders.nodes[0]!.id}`,
      `equipment/labels?ids=${equipmentLedger.nodes.map((n) => n.id).join(',')}`,
    ];
    const tooWide: string[] = [];
    for (const locale of ['zh-CN', 'en']) {
      const context = await newContext(browser, PHONE);
      await context.addInitScript((l) => localStorage.setItem('park.admin.locale', l), locale);
      const page = await signIn(context, 'hq.admin');
      for (const [i, route] of routes.entries()) {
        await page.goto(`/admin/${route}`);
        // Live pages keep a WebSocket open: wait for HTTP to go quiet, at most a few seconds.
        await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
        await page.waitForTimeout(400); // charts and tables settle
        const wider = await overflow(page);
        if (wider > 0) tooWide.push(`${locale} ${route}: ${wider}px too wide`);
        if (
          !route.startsWith('equipment/labels') &&
          (await overlap(page, 'notification-bell', 'language-switch'))
        )
          tooWide.push(`${locale} ${route}: the bell overlaps the language switch`);
        await shot(
          page,
          'admin',
          `phone-${locale}-${String(i + 1).padStart(2, '0')}-${route.split(/[/?]/)[0]}`,
        );
      }
      await context.close();
    }
    expect(tooWide).toEqual([]);
  });
});
