import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api } from '../api.ts';
import { baseUrl, byTest, clientAddress, launchBrowser } from '../browser.ts';
import { createSite, createTenantUser, type OwnUser, type Site, unique } from '../factories.ts';
import { phonePage, settledShot, signIn, textIn, textOf } from './portal.ts';

/**
 * Issue 17's portal screens: a host invites a visitor and finds the visit in the company's list
 * with its pass; a walk-in registered at a lobby kiosk (through the API, as the kiosk sends it)
 * pops the live prompt on the host's open page, and Approve approves the visit. In both
 * languages, on a phone.
 */
let browser: Browser;
let site: Site;
let host: OwnUser;
let kiosk: string;

/** One operation as the paired kiosk (its device credential, not a user's token). */
async function asKiosk<T>(query: string, variables: object): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': clientAddress(),
      authorization: `Device ${kiosk}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

beforeAll(async () => {
  browser = await launchBrowser();
  site = await createSite();
  host = await createTenantUser(site, 'tenant_employee', '陈接待');
  // A kiosk in the site's own lobby, paired without a screen.
  const { createKioskDevice } = await api<{ createKioskDevice: { pairingCode: string } }>(
    'mutation ($input: CreateKioskDeviceInput!) { createKioskDevice(input: $input) { pairingCode } }',
    {
      input: {
        parkId: site.park.id,
        buildingId: site.building.id,
        name: unique('e2e 大堂机 '),
        location: 'T1 大堂',
      },
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

/** The host signed in on a phone in `lang`, on the visitors tab. */
async function hostOnVisitors(lang: 'zh-CN' | 'en') {
  const { context, page } = await phonePage(browser);
  await context.addInitScript((l) => localStorage.setItem('park.portal.locale', l), lang);
  await signIn(page, host.login, host.password);
  await byTest(page, 'company-name').waitFor();
  await byTest(page, 'tab-visitors').click();
  await byTest(page, 'visit-invite').waitFor();
  return { context, page };
}

const field = (page: Page, id: string) => byTest(page, id).locator('input');

describe.each(['zh-CN', 'en'] as const)('portal visitors (%s)', (lang) => {
  const guest = `${lang === 'en' ? '访客甲' : '访客乙'}${unique('').slice(-3)}`;
  const walkIn = `${lang === 'en' ? '李来访' : '周来访'}${unique('').slice(-3)}`;

  test('an employee invites a visitor, sees the field the API refuses, and then the visit in the list', async () => {
    const { context, page } = await hostOnVisitors(lang);
    await settledShot(page, `visitors-list-${lang}`);
    await byTest(page, 'visit-invite').click();
    await byTest(page, 'visit-invite-form').waitFor();
    await field(page, 'guest-name-0').fill(guest);
    await field(page, 'guest-phone-0').fill('12345');
    await field(page, 'guest-company-0').fill('星河贸易有限公司');
    await field(page, 'guest-plate-0').fill('苏E12345');
    await field(page, 'visit-purpose').fill(lang === 'en' ? 'Business meeting' : '商务洽谈');
    await byTest(page, 'visit-areas').locator('.van-checkbox').first().click();
    // Times are picked in the portal's language (Vant's pickers, not the browser's own input).
    await byTest(page, 'visit-starts').click();
    await page.locator('.van-picker-group').waitFor();
    await settledShot(page, `visitors-time-picker-${lang}`);
    await page.locator('.van-picker-group .van-picker__cancel').first().click();
    await page.locator('.van-picker-group').waitFor({ state: 'hidden' });
    await settledShot(page, `visitors-invite-${lang}`);

    // The API refuses the phone number (a typed format error on input.visitors.0.phone): the
    // message sits under the phone field, in the page's language, and nothing is sent.
    await byTest(page, 'visit-submit').click();
    const phone = byTest(page, 'guest-phone-0');
    await phone.locator('.van-field__error-message').waitFor();
    expect(await textIn(phone.locator('.van-field__error-message'))).toBe(
      lang === 'en' ? 'The input is not in the right format' : '输入格式不正确',
    );
    await settledShot(page, `visitors-invite-error-${lang}`);

    await field(page, 'guest-phone-0').fill('13912345678');
    await byTest(page, 'visit-submit').click();
    const row = byTest(page, `visit-${guest}`);
    await row.waitFor();
    expect(await row.count()).toBe(1); // the refused attempt wrote nothing
    const text = await textIn(row);
    expect(text).toContain(lang === 'en' ? 'Expected' : '待到访');
    expect(text).toContain('星河贸易有限公司');
    expect(await textIn(byTest(page, 'visit-section-upcoming'))).toContain(guest);
    await page.locator('.van-toast').waitFor({ state: 'hidden' });
    await settledShot(page, `visitors-listed-${lang}`);

    // Its page: the pass as a QR code to forward, revoke and extend.
    await row.click();
    await byTest(page, 'visit-pass').waitFor();
    await byTest(page, 'pass-qr').waitFor();
    expect(await textOf(page, 'visit-name')).toBe(guest);
    await settledShot(page, `visitors-detail-${lang}`);
    await byTest(page, 'visit-extend').click();
    await byTest(page, 'extend-dialog').waitFor();
    await settledShot(page, `visitors-extend-${lang}`);
    await byTest(page, 'extend-dialog').locator('.van-dialog__confirm').click();
    await byTest(page, 'extend-dialog').waitFor({ state: 'hidden' });
    await page.locator('.van-toast').waitFor({ state: 'hidden' });
    await byTest(page, 'visit-revoke').click();
    await byTest(page, 'revoke-dialog').waitFor();
    await settledShot(page, `visitors-revoke-${lang}`);
    await byTest(page, 'revoke-dialog').locator('.van-dialog__confirm').click();
    await expect.poll(() => textIn(byTest(page, 'visit-phase'))).toBe(lang === 'en' ? 'Revoked' : '已取消');
    expect(await byTest(page, 'visit-pass').count()).toBe(0);

    // Visit again: the same visitor, filled in from the last visit.
    await byTest(page, 'visit-again').click();
    await byTest(page, 'visit-invite-form').waitFor();
    await expect.poll(() => field(page, 'guest-name-0').inputValue()).toBe(guest);
    await expect.poll(() => field(page, 'guest-plate-0').inputValue()).toBe('苏E12345');
    expect(await field(page, 'guest-phone-0').inputValue()).toBe('13912345678');
    await byTest(page, 'guest-again-0').click();
    await byTest(page, `again-${guest}`).waitFor();
    await settledShot(page, `visitors-again-${lang}`);
    await context.close();
  });

  test('a walk-in at the kiosk pops the live prompt on the host’s open page, and Approve approves it', async () => {
    const { context, page } = await phonePage(browser);
    await context.addInitScript((l) => localStorage.setItem('park.portal.locale', l), lang);
    await signIn(page, host.login, host.password);
    await byTest(page, 'company-name').waitFor();
    // The subscription is open once the socket is: give it a moment, then the walk-in registers.
    await page.waitForTimeout(1000);
    const { registerWalkIn } = await asKiosk<{ registerWalkIn: { id: string; state: string } }>(
      'mutation ($input: WalkInInput!) { registerWalkIn(input: $input) { id state } }',
      {
        input: {
          tenantId: site.tenant.id,
          hostUserId: host.id,
          name: walkIn,
          phone: '13700001111',
          company: '远航物流',
          purpose: '送货',
          companions: 2,
        },
      },
    );
    expect(registerWalkIn.state).toBe('AWAITING_HOST');

    const prompt = byTest(page, 'approval-prompt');
    await byTest(page, 'approval-name').waitFor();
    expect(await textOf(page, 'approval-name')).toBe(walkIn);
    expect(await textOf(page, 'approval-company')).toBe('远航物流');
    expect(await textIn(byTest(page, 'approval-purpose'))).toContain('送货');
    expect(await textIn(byTest(page, 'approval-companions'))).toContain('2');
    await settledShot(page, `visitors-prompt-${lang}`);

    // "Later" puts it behind the bell in the title bar; the bell brings it back.
    await byTest(page, 'approval-later').click();
    await prompt.waitFor({ state: 'hidden' });
    await byTest(page, 'approval-badge').waitFor();
    await settledShot(page, `visitors-bell-${lang}`);
    await byTest(page, 'approval-badge').click();
    await byTest(page, 'approval-name').waitFor();

    await byTest(page, 'approval-note')
      .locator('input')
      .fill(lang === 'en' ? 'Come to floor 2' : '请到 2 楼前台');
    await byTest(page, 'approval-approve').click();
    await prompt.waitFor({ state: 'hidden' });
    const { visit } = await api<{ visit: { state: string; decisionNote: string | null } }>(
      'query ($id: ID!) { visit(id: $id) { state decisionNote } }',
      { id: registerWalkIn.id },
      host.token,
    );
    expect(visit.state).toBe('APPROVED');
    expect(visit.decisionNote).toBe(lang === 'en' ? 'Come to floor 2' : '请到 2 楼前台');
    await context.close();
  });
});
