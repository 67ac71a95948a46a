import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api } from '../api.ts';
import { byTest, launchBrowser } from '../browser.ts';
import { createSite, createTenantUser, type OwnUser, type Site, unique } from '../factories.ts';
import { phonePage, settledShot, signInToHome, textIn } from './portal.ts';

/**
 * Issue 17 in the portal, from "Me": the company's vehicle list (a tenant admin lists a car, the
 * API's plate rule refuses a non-plate on the field, and removes a car) and, read-only, which
 * employees are in which access group. A park of this file's own, on a phone, in both languages.
 */
let browser: Browser;
let site: Site;
let admin: OwnUser;
let employee: OwnUser;
const GROUP = '研发部门禁';

beforeAll(async () => {
  browser = await launchBrowser();
  site = await createSite();
  [admin, employee] = await Promise.all([
    createTenantUser(site, 'tenant_admin', '王敏'),
    createTenantUser(site, 'tenant_employee', '赵磊'),
  ]);
  const points = await Promise.all(
    [
      { code: 'T1-G1', name: 'T1 大堂闸机', kind: 'GATE' },
      { code: 'T1-D2', name: 'T1 二层门禁', kind: 'DOOR' },
    ].map((p) =>
      api<{ createAccessPoint: { id: string } }>(
        'mutation ($input: CreateAccessPointInput!) { createAccessPoint(input: $input) { id } }',
        { input: { parkId: site.park.id, vendorDeviceId: unique('DEV-'), ...p } },
        site.hq,
      ),
    ),
  );
  const { createAccessGroup } = await api<{ createAccessGroup: { id: string } }>(
    'mutation ($input: CreateAccessGroupInput!) { createAccessGroup(input: $input) { id } }',
    {
      input: {
        parkId: site.park.id,
        tenantId: site.tenant.id,
        name: GROUP,
        pointIds: points.map((p) => p.createAccessPoint.id),
        schedule: [
          { days: [1, 2, 3, 4, 5], start: 420, end: 1320 },
          { days: [6], start: 540, end: 1080 },
        ],
      },
    },
    site.hq,
  );
  for (const u of [admin, employee])
    await api(
      'mutation ($g: ID!, $u: ID!) { addAccessGroupMember(groupId: $g, userId: $u) { id } }',
      { g: createAccessGroup.id, u: u.id },
      site.hq,
    );
  // A car the company listed before, through the API.
  await api(
    'mutation ($input: AddVehicleInput!) { addVehicle(input: $input) { id } }',
    { input: { parkId: site.park.id, plate: '苏E5B7C9', ownerName: '王敏', note: '总经理用车' } },
    admin.token,
  );
});
afterAll(() => browser?.close());

describe.each(['zh-CN', 'en'] as const)('company vehicles and access groups in the portal (%s)', (lang) => {
  const zh = lang === 'zh-CN';
  // A new-energy (8-character) plate of this run, different per language.
  const green = `苏E${zh ? 'D' : 'F'}${String(Date.now()).slice(-5)}`;

  test('a tenant admin lists a car (a non-plate refused on the field), sees it, and removes it', async () => {
    const { context, page } = await phonePage(browser);
    await context.addInitScript((l) => localStorage.setItem('park.portal.locale', l), lang);
    await signInToHome(page, admin.login, admin.password);
    await byTest(page, 'tab-me').click();
    await byTest(page, 'me-vehicles').click();
    await byTest(page, 'vehicle-list').waitFor();
    expect(await textIn(byTest(page, 'vehicle-苏E5B7C9'))).toContain('总经理用车');
    await settledShot(page, `vehicles-list-${lang}`);

    await byTest(page, 'vehicle-add').click();
    await byTest(page, 'vehicle-form-plate').locator('input').fill('苏E12O45');
    await byTest(page, 'vehicle-form-owner')
      .locator('input')
      .fill(zh ? '李娜' : 'Li Na');
    await byTest(page, 'vehicle-form-submit').click();
    const error = byTest(page, 'vehicle-form-plate').locator('.van-field__error-message');
    await error.waitFor();
    expect(await textIn(error)).toBe(
      zh
        ? '不是有效的车牌号（如 苏E12345、新能源 苏ED12345）'
        : 'Not a valid plate (e.g. 苏E12345, new energy 苏ED12345)',
    );
    await settledShot(page, `vehicles-form-error-${lang}`);

    // Typed as people do (lower case, a dot): listed as the barrier reads it.
    await byTest(page, 'vehicle-form-plate')
      .locator('input')
      .fill(`${green.slice(0, 2).toLowerCase()}·${green.slice(2)}`);
    await byTest(page, 'vehicle-form-submit').click();
    const row = byTest(page, `vehicle-${green}`);
    await row.waitFor();
    expect(await textIn(row)).toContain(zh ? '新能源' : 'New energy');
    expect(await textIn(row)).toContain(zh ? '李娜' : 'Li Na');
    await page.locator('.van-toast').waitFor({ state: 'hidden' });
    await settledShot(page, `vehicles-listed-${lang}`);

    await byTest(page, `vehicle-remove-${green}`).click();
    await byTest(page, 'vehicle-remove-dialog').waitFor();
    await settledShot(page, `vehicles-remove-${lang}`);
    await byTest(page, 'vehicle-remove-dialog').locator('.van-dialog__confirm').click();
    await row.waitFor({ state: 'detached' });
    const { vehicleList } = await api<{ vehicleList: { nodes: { plate: string }[] } }>(
      '{ vehicleList(first: 100) { nodes { plate } } }',
      {},
      admin.token,
    );
    expect(vehicleList.nodes.map((n) => n.plate)).toEqual(['苏E5B7C9']);
    await context.close();
  });

  test('a tenant admin reads which employees are in which access group; an employee has neither entry', async () => {
    const { context, page } = await phonePage(browser);
    await context.addInitScript((l) => localStorage.setItem('park.portal.locale', l), lang);
    await signInToHome(page, admin.login, admin.password);
    await byTest(page, 'tab-me').click();
    await byTest(page, 'me-access-groups').click();
    const group = byTest(page, `access-group-${GROUP}`);
    await group.waitFor();
    const members = await textIn(group.locator('[data-test-id="access-group-members"]'));
    expect(members).toContain('王敏');
    expect(members).toContain('赵磊');
    expect(await textIn(group.locator('[data-test-id="access-group-points"]'))).toContain('T1 大堂闸机');
    expect(await textIn(group.locator('[data-test-id="access-group-schedule"]'))).toContain(
      zh ? '周一至周五 07:00–22:00' : 'Mon–Fri 07:00–22:00',
    );
    await settledShot(page, `access-groups-${lang}`);
    await context.close();

    // An employee holds neither vehicle.read nor access.read: no entries on "Me".
    const staff = await phonePage(browser);
    await signInToHome(staff.page, employee.login, employee.password);
    await byTest(staff.page, 'tab-me').click();
    await byTest(staff.page, 'me-name').waitFor();
    expect(await byTest(staff.page, 'me-vehicles').count()).toBe(0);
    expect(await byTest(staff.page, 'me-access-groups').count()).toBe(0);
    await staff.context.close();
  });
});
