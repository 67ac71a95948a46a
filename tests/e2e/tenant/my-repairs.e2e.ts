import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, transition } from '../api.ts';
import { byTest, launchBrowser } from '../browser.ts';
import { createSite, createStaff, createTenantUser, type OwnUser, type Site, unique } from '../factories.ts';
import { phonePage, settledShot, signIn } from './portal.ts';

/**
 * Issue 16's portal defects: "我的报修" showed an employee their colleagues' requests, and the
 * repair rating came with five stars already given.
 */
let browser: Browser;
let site: Site;
let employee: OwnUser;
let admin: OwnUser;
const own = unique('员工报修-');
const colleagues = unique('管理员报修-');
let ownOrder: { id: string; number: string };
beforeAll(async () => {
  browser = await launchBrowser();
  site = await createSite();
  employee = await createTenantUser(site, 'tenant_employee', '林员工');
  admin = await createTenantUser(site, 'tenant_admin', '赵管理');
  const file = (token: string, title: string) =>
    api<{ submitWorkOrder: { id: string; number: string; version: number } }>(
      'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id number version } }',
      { input: { category: 'HVAC', priority: 'NORMAL', title, unitId: site.unit.id } },
      token,
    ).then((d) => d.submitWorkOrder);
  const order = await file(employee.token, own);
  await file(admin.token, colleagues);
  ownOrder = order;
  // The employee's order is fixed, waiting for their confirmation.
  const engineer = await createStaff(site, 'engineering', '测试工程师');
  await transition(order.id, { action: 'DISPATCH', assigneeId: engineer.id }, site.hq);
  for (const action of ['ACCEPT', 'START', 'COMPLETE'])
    await transition(order.id, { action }, engineer.token);
});
afterAll(() => browser?.close());

async function repairsPage(user: OwnUser, lang: 'zh-CN' | 'en') {
  const { context, page } = await phonePage(browser);
  await context.addInitScript((l) => localStorage.setItem('park.portal.locale', l), lang);
  await signIn(page, user.login, user.password);
  await byTest(page, 'company-name').waitFor();
  await page.goto('/portal/repairs?filter=all'); // the employee's own is done, waiting to be confirmed
  await byTest(page, 'repair-list').waitFor();
  return { context, page };
}
const titles = (page: import('playwright-core').Page) =>
  page.locator('[data-test-id="repair-list"] [data-test-id^="repair-WO-"]').allTextContents();

describe.each(['zh-CN', 'en'] as const)('my requests (%s)', (lang) => {
  it('shows an employee only their own requests, with no company switch', async () => {
    const { context, page } = await repairsPage(employee, lang);
    await expect.poll(async () => (await titles(page)).join('|')).toContain(own);
    expect((await titles(page)).join('|')).not.toContain(colleagues);
    expect(await byTest(page, 'repair-scope').count()).toBe(0);
    await settledShot(page, `plain-my-repairs-employee-${lang}`);
    await context.close();
  });

  it('lets a tenant admin switch from their own requests to the company’s', async () => {
    const { context, page } = await repairsPage(admin, lang);
    await expect.poll(async () => (await titles(page)).join('|')).toContain(colleagues);
    expect((await titles(page)).join('|')).not.toContain(own);
    expect((await byTest(page, 'scope-mine').textContent())?.trim()).toBe(
      lang === 'en' ? 'Filed by me' : '我提交的',
    );
    await byTest(page, 'scope-company').click();
    await expect.poll(async () => (await titles(page)).join('|')).toContain(own);
    expect((await titles(page)).join('|')).toContain(colleagues);
    await settledShot(page, `plain-my-repairs-company-${lang}`);
    await context.close();
  });

  it('asks for a rating with no star given, and confirms once one is picked', async () => {
    const { context, page } = await repairsPage(employee, lang);
    await page.goto(`/portal/repairs/${ownOrder.id}`);
    const card = byTest(page, 'confirm-card');
    await card.waitFor();
    expect(await byTest(page, 'confirm-rating').locator('.van-rate__icon--full').count()).toBe(0);
    expect(await byTest(page, 'confirm-fixed').isDisabled()).toBe(true);
    expect((await byTest(page, 'confirm-pick-rating').textContent())?.trim()).toBe(
      lang === 'en' ? 'Pick a star rating first' : '请先点选星级评分',
    );
    // The auto-dispatch-free timeline names people; nothing in two languages at once.
    expect((await byTest(page, 'repair-timeline').textContent()) ?? '').not.toMatch(
      /auto-dispatch|系统 \/ System/,
    );
    await settledShot(page, `plain-rating-${lang}`);
    await byTest(page, 'confirm-rating').locator('.van-rate__item').nth(3).click();
    expect(await byTest(page, 'confirm-fixed').isDisabled()).toBe(false);
    await context.close();
  });
});
