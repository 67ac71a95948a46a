import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, DEMO_PASSWORD, signInApi } from '../api.ts';
import { byTest, DESKTOP, launchBrowser, newContext, shot } from '../browser.js';

/** Han characters, kana and full-width punctuation: what the English console must not show. */
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;
const LATIN = /[A-Za-z]/;

type Order = {
  id: string;
  source: string;
  events: { systemActor: string | null; actorLabel: string | null }[];
};
let browser: Browser;
let plan: Order;
let desk: Order;

beforeAll(async () => {
  browser = await launchBrowser();
  const { token } = await signInApi('park.manager');
  const { workOrders } = await api<{ workOrders: { nodes: Order[] } }>(
    '{ workOrders(first: 100, filter: { states: [CLOSED] }) { nodes { id source events { systemActor actorLabel } } } }',
    {},
    token,
  );
  // A seeded order a maintenance plan filed, and one the desk dispatched and closed (a person).
  plan = workOrders.nodes.find((o) => o.events.some((e) => e.systemActor === 'MAINTENANCE_PLAN'))!;
  desk = workOrders.nodes.find(
    (o) => o.source !== 'MAINTENANCE_PLAN' && o.events.some((e) => e.actorLabel && !e.systemActor),
  )!;
  expect(plan).toBeDefined();
  expect(desk).toBeDefined();
});
afterAll(() => browser?.close());

async function openTimeline(page: Page, id: string, locale: 'en' | 'zh-CN') {
  await page.goto('/admin/login');
  await page.evaluate((l) => localStorage.setItem('park.admin.locale', l), locale);
  await page.goto('/admin/login');
  await byTest(page, 'login-name').fill('park.manager');
  await byTest(page, 'login-password').fill(DEMO_PASSWORD);
  await byTest(page, 'login-submit').click();
  await byTest(page, 'park-switcher').waitFor();
  await page.goto(`/admin/work-orders/${id}`);
  await byTest(page, 'event-SUBMIT').waitFor();
}

/** The timeline's words the console writes: without people's names and the notes they typed. */
const consoleWords = (page: Page) =>
  byTest(page, 'work-order-timeline').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.note, [data-test-id="event-actor"]:not([data-system])').forEach((n) => {
      n.remove();
    });
    return copy.textContent ?? '';
  });
const systemActors = (page: Page) =>
  page.locator('[data-test-id="event-actor"][data-system]').allTextContents();

it('names the platform in English in the English console, people by name', async () => {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  await openTimeline(page, plan.id, 'en');
  expect(await systemActors(page)).toContain('Maintenance plan');
  const words = await consoleWords(page);
  expect(words).toMatch(/Closed/);
  expect(words).not.toMatch(CJK);
  await shot(page, 'admin', '50-timeline-plan-en');

  await page.goto(`/admin/work-orders/${desk.id}`);
  await byTest(page, 'event-SUBMIT').waitFor();
  // The desk is a person: their name, not a role word in Chinese.
  const people = await page.locator('[data-test-id="event-actor"]:not([data-system])').allTextContents();
  const name = desk.events.find((e) => e.actorLabel && !e.systemActor)!.actorLabel!;
  expect(people).toContain(name);
  expect(people).not.toContain('客服');
  expect(await consoleWords(page)).not.toMatch(CJK);
  await shot(page, 'admin', '51-timeline-desk-en');
  await context.close();
});

it('names the platform in Chinese in the Chinese console', async () => {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  await openTimeline(page, plan.id, 'zh-CN');
  const actors = await systemActors(page);
  expect(actors).toContain('维保计划');
  for (const a of actors) expect(a).not.toMatch(LATIN);
  await shot(page, 'admin', '52-timeline-plan-zh');
  await context.close();
});
