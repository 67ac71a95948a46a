import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOnPark } from './admin/registers.ts';
import { api } from './api.ts';
import { byTest, DESKTOP, KIOSK_PORTRAIT, launchBrowser, newContext, PHONE, shot } from './browser.ts';
import { createSite, createStaff, createTenantUser, type OwnUser, type Site } from './factories.ts';
import { CREDENTIAL_KEY } from './kiosk/kiosk-api.ts';
import { phonePage, signIn, textOf } from './tenant/portal.ts';

/**
 * Issue 19's required journey across the three apps, in a park of this file's own: a company's
 * bill, made by the real bill run from its lease, is paid at the lobby kiosk (1080×1920) through
 * the sandbox → the portal (390×844), open on the bill list, shows it paid without a reload → the
 * console's aging (1440×900), open on the bills page, moves it out of what is owed.
 */
let browser: Browser;
let site: Site;
let owner: OwnUser;
let finance: OwnUser;
let kiosk: string;
let bill: { number: string; checkCode: string; totalFen: number };

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const yuan = (fen: number) =>
  `¥${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await createSite();
  [owner, finance] = await Promise.all([
    createTenantUser(site, 'tenant_admin', '李娜'),
    createStaff(site, 'finance', '周会计'),
  ]);
  // The company's lease of its unit, signed; then this month's bill run bills it.
  const start = today();
  const end = new Date(Date.parse(`${start}T00:00:00Z`) + 364 * 86_400_000).toISOString().slice(0, 10);
  const { createLease } = await api<{ createLease: { id: string } }>(
    'mutation ($input: CreateLeaseInput!) { createLease(input: $input) { id } }',
    {
      input: {
        parkId: site.park.id,
        tenantId: site.tenant.id,
        number: 'HT-JOURNEY-1',
        unitIds: [site.unit.id],
        startOn: start,
        endOn: end,
        paymentCycle: 'MONTHLY',
        rentPrice: '80',
      },
    },
    site.hq,
  );
  await api('mutation ($id: ID!) { signLease(id: $id) { id } }', { id: createLease.id }, site.hq);
  const { startBillRun: run } = await api<{ startBillRun: { id: string } }>(
    'mutation ($input: StartBillRunInput!) { startBillRun(input: $input) { id } }',
    { input: { parkId: site.park.id, period: start.slice(0, 7) } },
    site.hq,
  );
  // The run is a chain of jobs: wait for its end.
  for (let i = 0; ; i++) {
    const { billRuns } = await api<{ billRuns: { id: string; status: string }[] }>(
      'query ($p: ID!) { billRuns(parkId: $p) { id status } }',
      { p: site.park.id },
      site.hq,
    );
    if (billRuns.find((r) => r.id === run.id)?.status === 'DONE') break;
    if (i > 300) throw new Error('the bill run did not finish in 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  const { bills } = await api<{
    bills: { nodes: { number: string; checkCode: string; totalFen: number }[] };
  }>(
    'query ($p: ID!) { bills(first: 5, filter: { parkId: $p }) { nodes { number checkCode totalFen } } }',
    { p: site.park.id },
    site.hq,
  );
  expect(bills.nodes).toHaveLength(1);
  bill = bills.nodes[0]!;
  const { createKioskDevice } = await api<{ createKioskDevice: { pairingCode: string } }>(
    'mutation ($input: CreateKioskDeviceInput!) { createKioskDevice(input: $input) { pairingCode } }',
    {
      input: { parkId: site.park.id, buildingId: site.building.id, name: '缴费大堂机', location: 'T1 大堂' },
    },
    site.hq,
  );
  const { pairKioskDevice } = await api<{ pairKioskDevice: { credential: string } }>(
    'mutation ($code: String!) { pairKioskDevice(input: { pairingCode: $code }) { credential } }',
    { code: createKioskDevice.pairingCode },
  );
  kiosk = pairKioskDevice.credential;
});
afterAll(() => browser?.close());

async function kioskPage(): Promise<Page> {
  const context = await newContext(browser, KIOSK_PORTRAIT);
  await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [CREDENTIAL_KEY, kiosk]);
  return context.newPage();
}

describe('a bill paid at the kiosk', () => {
  it('is paid through the sandbox, shows paid live in the portal, and leaves the console’s aging', async () => {
    // The console, on the park's bills: the whole bill is owed, not yet due.
    const desk = await newContext(browser, DESKTOP);
    const console = await openOnPark(desk, finance.login, site.park.id, 'bills', {
      password: finance.password,
    });
    await expect.poll(() => textOf(console, 'aging-notDue')).toContain(yuan(bill.totalFen));
    // The portal, on the company's bills.
    const { page: portal } = await phonePage(browser, PHONE);
    await signIn(portal, owner.login, owner.password);
    await byTest(portal, 'company-name').waitFor();
    await portal.goto('/portal/me/bills');
    const row = byTest(portal, `bill-${bill.number}`);
    await row.waitFor();
    expect(await row.locator('[data-test-id="bill-status"]').textContent()).not.toContain('已结清');

    // The kiosk: number and check code, then pay by QR.
    const screen = await kioskPage();
    await screen.goto('/kiosk/bill');
    for (const ch of bill.number.slice(2))
      await byTest(screen, `bill-key-${ch === '-' ? 'hyphen' : ch}`).tap();
    await byTest(screen, 'bill-check-code').tap();
    for (const d of bill.checkCode) await byTest(screen, `bill-key-${d}`).tap();
    await byTest(screen, 'bill-lookup-submit').tap();
    await byTest(screen, 'bill-pay').tap();
    const payUrl = (await byTest(screen, 'sandbox-link').getAttribute('href'))!;
    const phone = await newContext(browser, PHONE);
    const payer = await phone.newPage();
    await payer.goto(payUrl);
    await payer.getByTestId('sandbox-pay').click();
    await byTest(screen, 'bill-receipt-page').waitFor({ timeout: 30_000 });
    await shot(screen, 'journey', 'bill-kiosk-receipt');

    // The portal, untouched since: the bill is paid.
    await expect
      .poll(async () => row.locator('[data-test-id="bill-status"]').textContent(), { timeout: 15_000 })
      .toContain('已结清');
    await shot(portal, 'journey', 'bill-portal-paid');
    // The console, untouched since: nothing is owed any more.
    await expect.poll(() => textOf(console, 'aging-notDue'), { timeout: 15_000 }).toContain(yuan(0));
    await shot(console, 'journey', 'bill-console-aging');
  });
});
