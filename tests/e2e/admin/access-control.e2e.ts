import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, signInApi } from '../api.js';
import { baseUrl, byTest, clientAddress, launchBrowser, shot } from '../browser.js';
import { unique } from '../factories.js';
import { signInToConsole } from './console.ts';

let browser: Browser;
let hq: string;
let parkId: string;
let partnerKey: string;
let point: { id: string; name: string; vendorDeviceId: string };

/** One operation as the access vendor's partner key (`access:write`). */
async function asPartner<T>(query: string, variables: object): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': clientAddress(),
      authorization: `ApiKey ${partnerKey}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

beforeAll(async () => {
  browser = await launchBrowser();
  hq = (await signInApi('hq.admin')).token;
  const parks = await api<{ parks: { nodes: { id: string }[] } }>(
    '{ parks(first: 1, filter: { search: "SZ-XH" }) { nodes { id } } }',
    {},
    hq,
  );
  parkId = parks.parks.nodes[0]!.id;
  const code = unique('E2E-DOOR-').toUpperCase();
  point = (
    await api<{ createAccessPoint: typeof point }>(
      'mutation ($input: CreateAccessPointInput!) { createAccessPoint(input: $input) { id name vendorDeviceId } }',
      { input: { parkId, code, name: `测试机房门 ${code}`, kind: 'DOOR', vendorDeviceId: `DEV-${code}` } },
      hq,
    )
  ).createAccessPoint;
  partnerKey = (
    await api<{ createApiKey: { token: string } }>(
      'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
      { input: { name: unique('门禁-'), partner: '海康威视', scopes: ['access:write'], parkIds: [parkId] } },
      hq,
    )
  ).createApiKey.token;
});
afterAll(() => browser?.close());

/** The guard, signed in to the console in `language`, on `path`. */
async function guardOn(path: string, language: 'zh-CN' | 'en'): Promise<Page> {
  const page = await signInToConsole(browser, 'guard', language);
  // Access control's pages sit in one menu group, closed on the guard's home page.
  await byTest(page, 'menu-group-access').click();
  await byTest(page, `menu-${path}`).click();
  return page;
}

it('shows a denial posted through the partner API live in the security events, and a guard acknowledges it', async () => {
  const page = await guardOn('security-events', 'zh-CN');
  await byTest(page, 'security-table').locator('tbody tr').first().waitFor();
  // Let the subscription open before the device reports.
  await page.waitForTimeout(800);
  const card = `E2E${Date.now().toString(16).toUpperCase()}`.slice(0, 16);
  await asPartner(
    'mutation ($input: IngestAccessEventsInput!) { ingestAccessEvents(input: $input) { recorded } }',
    {
      input: {
        parkId,
        events: [
          {
            vendorEventId: unique('e2e-'),
            vendorDeviceId: point.vendorDeviceId,
            occurredAt: new Date().toISOString(),
            decision: 'DENIED',
            reason: 'UNKNOWN_CREDENTIAL',
            direction: 'IN',
            credentialKind: 'CARD',
            credentialRef: card,
          },
        ],
      },
    },
  );
  // No reload: the row arrives over the subscription.
  const row = byTest(page, 'security-table').locator('tbody tr', { hasText: point.name });
  await row.waitFor({ timeout: 10_000 });
  expect(await row.textContent()).toContain('未登记凭证');
  expect(await row.textContent()).toContain(card);
  expect(await row.textContent()).toContain('待处理');
  await shot(page, 'admin', '60-security-events-zh');

  await row.getByRole('button', { name: '确认' }).click();
  await page.locator('.el-message-box input').fill('已派人查看');
  await page.locator('.el-message-box').getByRole('button', { name: '确认' }).click();
  await expect.poll(async () => row.textContent(), { timeout: 10_000 }).toContain('已确认');
  expect(await row.textContent()).toContain('已派人查看');
  await page.context().close();
});

/** Waits until no table of the page shows its loading mask. */
const settled = (page: Page) =>
  expect.poll(() => page.locator('.el-loading-mask:visible').count(), { timeout: 15_000 }).toBe(0);

it.each(['zh-CN', 'en'] as const)(
  'lists access points and the event log with filters and export (%s)',
  async (language) => {
    const suffix = language === 'en' ? 'en' : 'zh';
    const points = await guardOn('access-points', language);
    await byTest(points, 'access-point-table').locator('tbody tr').nth(5).waitFor();
    expect(await byTest(points, 'access-point-table').textContent()).toContain(
      language === 'en' ? 'Elevator' : '梯控',
    );
    await settled(points);
    await shot(points, 'admin', `61-access-points-${suffix}`);
    await byTest(points, 'access-point-add').click();
    await byTest(points, 'access-point-dialog').waitFor();
    await points.waitForTimeout(600); // the dialog's fade-in
    await shot(points, 'admin', `62-access-point-dialog-${suffix}`);
    await points.context().close();

    const log = await guardOn('access-events', language);
    const table = byTest(log, 'access-log-table');
    await table.locator('tbody tr').nth(10).waitFor();
    const total = async () =>
      Number((await byTest(log, 'access-log-total').textContent())?.replace(/\D/g, ''));
    await expect.poll(total, { timeout: 15_000 }).toBeGreaterThan(1000);
    await settled(log);
    await shot(log, 'admin', `63-access-log-${suffix}`);
    const all = await total();
    await byTest(log, 'access-log-decision').click();
    await log.getByRole('option', { name: language === 'en' ? 'Denied' : '拒绝', exact: true }).click();
    await byTest(log, 'access-log-search').click();
    await expect.poll(total, { timeout: 15_000 }).toBeLessThan(all);
    await settled(log);
    const denied = await table.locator('tbody tr').allTextContents();
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((r) => r.includes(language === 'en' ? 'Denied' : '拒绝'))).toBe(true);
    await shot(log, 'admin', `64-access-log-denied-${suffix}`);
    await log.context().close();

    const security = await guardOn('security-events', language);
    await byTest(security, 'security-view')
      .getByText(language === 'en' ? 'All' : '全部', { exact: true })
      .click();
    await byTest(security, 'security-table').locator('tbody tr').nth(3).waitFor();
    await settled(security);
    await shot(security, 'admin', `65-security-events-all-${suffix}`);
    await security.context().close();
  },
  120_000,
);
