import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../api.ts';
import { byTest, KIOSK_PORTRAIT, launchBrowser, newContext, shot } from '../browser.ts';
import { createSite, createTenantUser, type OwnUser, type Site } from '../factories.ts';
import { showToCamera } from './fake-camera.ts';
import { CREDENTIAL_KEY, scanWithScanner, smallTouchTargets } from './kiosk-api.ts';

let browser: Browser;
let camera: string;
let site: Site;
let host: OwnUser;
let credential: string;

beforeAll(async () => {
  // The kiosk's camera is Chromium's fake one, playing a file the test rewrites per scan.
  camera = join(await mkdtemp(join(tmpdir(), 'kiosk-camera-')), 'camera.y4m');
  await showToCamera(camera, 'nothing yet');
  browser = await launchBrowser({ fakeCamera: camera });
  site = await createSite();
  host = await createTenantUser(site, 'tenant_employee', '张伟');
  const { createKioskDevice } = await api<{ createKioskDevice: { pairingCode: string } }>(
    'mutation ($input: CreateKioskDeviceInput!) { createKioskDevice(input: $input) { pairingCode } }',
    {
      input: { parkId: site.park.id, buildingId: site.building.id, name: 'e2e 访客机', location: 'T1 大堂' },
    },
    site.hq,
  );
  const { pairKioskDevice } = await api<{ pairKioskDevice: { credential: string } }>(
    'mutation ($code: String!) { pairKioskDevice(input: { pairingCode: $code }) { credential } }',
    { code: createKioskDevice.pairingCode },
  );
  credential = pairKioskDevice.credential;
});
afterAll(() => browser?.close());

async function kioskScreen(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, KIOSK_PORTRAIT);
  await context.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
    },
    [CREDENTIAL_KEY, credential],
  );
  return { context, page: await context.newPage() };
}

/** Taps digits on the kiosk's number pad. */
async function pad(page: Page, digits: string) {
  for (const d of digits) await byTest(page, `pad-${d}`).tap();
}

/** Walks a walk-in through registration up to the waiting screen; returns the visit's id. */
async function register(page: Page, name: string): Promise<void> {
  await page.goto('/kiosk/');
  await byTest(page, 'open-visitor').tap();
  await byTest(page, 'open-register').tap();
  await byTest(page, 'step-company').waitFor();
  // The company by the pinyin initials of its name on the on-screen keyboard (苏州测试… → SZCS).
  for (const k of 'SZCS') await byTest(page, `kb-${k}`).tap();
  await byTest(page, 'company-option').filter({ hasText: site.tenant.name }).tap();
  await byTest(page, 'step-host').waitFor();
  for (const k of 'ZW') await byTest(page, `kb-${k}`).tap();
  await byTest(page, 'host-option').filter({ hasText: '张伟' }).tap();
  await byTest(page, 'step-form').waitFor();
  await byTest(page, 'field-name').fill(name);
  await byTest(page, 'field-phone').tap();
  await pad(page, '13912345678');
  await byTest(page, 'purpose-business').tap();
}

describe('a walk-in at the lobby kiosk', () => {
  it('registers, waits live for the host, gets a pass, and checks in and out with it', async () => {
    const { context, page } = await kioskScreen();
    await register(page, '李雷');

    // A mistyped ID card number is caught on the kiosk by its check digit, before anything is sent.
    await byTest(page, 'field-id').tap();
    await pad(page, '110105194912310021');
    await byTest(page, 'submit-registration').tap();
    await expect.poll(() => byTest(page, 'id-error').textContent()).toContain('校验位');
    expect(await smallTouchTargets(page)).toEqual([]);
    await shot(page, 'kiosk', 'visitor-form');
    await byTest(page, 'pad-backspace').tap();
    await byTest(page, 'pad-X').tap();
    await byTest(page, 'submit-registration').tap();

    await byTest(page, 'step-wait').waitFor();
    await expect.poll(() => byTest(page, 'wait-title').textContent()).toContain('张伟');
    await shot(page, 'kiosk', 'visitor-waiting');

    // The host answers (from the portal's prompt; here through the API it calls).
    const { pendingVisitApprovals } = await api<{
      pendingVisitApprovals: { id: string; visitor: { name: string } }[];
    }>('{ pendingVisitApprovals { id visitor { name } } }', {}, host.token);
    const visit = pendingVisitApprovals.find((v) => v.visitor.name === '李雷')!;
    expect(visit).toBeDefined();
    await api(
      'mutation ($id: ID!) { decideVisit(id: $id, approve: true) { id } }',
      { id: visit.id },
      host.token,
    );

    // The kiosk hears it on its subscription and shows the pass.
    await byTest(page, 'visitor-badge').waitFor();
    expect(await byTest(page, 'badge-name').textContent()).toBe('李雷');
    expect(await byTest(page, 'badge-host').textContent()).toContain(site.tenant.name);
    const token = (await byTest(page, 'visitor-badge').getAttribute('data-token'))!;
    expect(token).toMatch(/^VP1\./);
    await shot(page, 'kiosk', 'visitor-pass');
    await byTest(page, 'pass-done').tap();
    await byTest(page, 'welcome').waitFor();

    // "I have a pass": held to the camera, it checks the visitor in.
    await showToCamera(camera, token);
    await byTest(page, 'open-visitor').tap();
    await byTest(page, 'open-pass-scan').tap();
    await byTest(page, 'scan-result').waitFor({ timeout: 20_000 });
    expect(await byTest(page, 'scan-result').getAttribute('data-direction')).toBe('IN');
    expect(await byTest(page, 'scan-result').textContent()).toContain('李雷');
    await shot(page, 'kiosk', 'visitor-checked-in');
    await showToCamera(camera, 'nothing yet');

    // The same code again at once is a replay, refused with its reason.
    await page.reload();
    await byTest(page, 'scan-panel').waitFor();
    await scanWithScanner(page, token);
    await expect.poll(() => byTest(page, 'scan-refusal').textContent()).toContain('已使用');

    // Leaving: the visitor says so, and the scanner checks them out.
    await byTest(page, 'direction-OUT').tap();
    await scanWithScanner(page, token);
    await expect.poll(() => byTest(page, 'scan-result').getAttribute('data-direction')).toBe('OUT');
    await context.close();
  });

  it('refuses a forged pass with its reason, in English too', async () => {
    const { context, page } = await kioskScreen();
    await page.goto('/kiosk/visitor/pass');
    await byTest(page, 'language-toggle').tap();
    await byTest(page, 'scan-panel').waitFor();
    await scanWithScanner(page, 'VP1.k1.eyJwIjoiZm9yZ2VkIn0.AAAAAAAAAAAAAAAAAAAA');
    await expect.poll(() => byTest(page, 'scan-refusal').textContent()).toContain('not a pass');
    await shot(page, 'kiosk', 'visitor-refused-en');
    await context.close();
  });
});
