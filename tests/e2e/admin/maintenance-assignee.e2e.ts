import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../api.ts';
import { byTest, DESKTOP, launchBrowser, newContext, shot } from '../browser.js';
import { createSite, createStaff, type OwnUser, type Site, unique } from '../factories.ts';
import { dialog, openOnPark, pick, save } from './registers.ts';

/**
 * A maintenance plan names who receives its orders (issue 16): picked in the New and Edit plan
 * dialogs, the order the plan files arrives assigned to them with the plan's dispatch in its
 * history, and a park-wide order says where it is in the reader's language.
 */
let browser: Browser;
let site: Site;
let tech: OwnUser;
const name = unique('电梯月检-');
beforeAll(async () => {
  browser = await launchBrowser();
  site = await createSite();
  tech = await createStaff(site, 'engineering', '钱师傅');
});
afterAll(() => browser?.close());

const hqApi = <T>(query: string, variables: object = {}) => api<T>(query, variables, site.hq);
const parkDay = (offsetDays: number) =>
  new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
type Plan = { id: string; name: string; assignee: { id: string } | null };
const plan = async () =>
  (
    await hqApi<{ maintenancePlans: Plan[] }>(
      'query ($p: ID!) { maintenancePlans(parkId: $p) { id name assignee { id } } }',
      { p: site.park.id },
    )
  ).maintenancePlans.find((p) => p.name === name);
type Order = {
  id: string;
  equipmentCategory: string | null;
  locationNote: string | null;
  assignee: { id: string } | null;
  events: { action: string; systemActor: string | null }[];
};
const planOrders = async () =>
  (
    await hqApi<{ workOrders: { nodes: (Order & { maintenancePlanId: string | null })[] } }>(
      `query ($p: ID!) { workOrders(first: 20, filter: { parkId: $p }) { nodes { id maintenancePlanId equipmentCategory
        locationNote assignee { id } events { action systemActor } } } }`,
      { p: site.park.id },
    )
  ).workOrders.nodes.filter((o) => o.maintenancePlanId);

async function openOrder(page: Page, id: string) {
  await page.goto(`/admin/work-orders/${id}`);
  await byTest(page, 'event-SUBMIT').waitFor();
}

describe('a maintenance plan’s assignee', () => {
  it('is picked in the New plan dialog, and the plan’s order arrives assigned to them, worded in each language', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await openOnPark(context, 'hq.admin', site.park.id, 'maintenance');
    await byTest(page, 'plan-new').click();
    const d = await dialog(page, 'plan-dialog');
    await byTest(page, 'plan-name').fill(name);
    // No one named: automatic dispatch, said so.
    expect(await byTest(page, 'plan-assignee').textContent()).toContain('自动派单');
    await pick(page, 'plan-category', /^电梯$/);
    await pick(page, 'plan-assignee', /^钱师傅$/);
    await byTest(page, 'checklist-item-0').fill('检查曳引机与制动器');
    const due = d.locator('.el-date-editor input');
    await due.fill(parkDay(0));
    await due.press('Enter');
    await d.locator('.el-dialog__title').click(); // the date panel closing
    await page.waitForTimeout(300);
    expect(await byTest(page, 'plan-assignee').textContent()).toContain('钱师傅');
    await shot(page, 'admin', '53-plan-assignee-new-zh-CN');
    await save(page, 'plan-dialog');
    await expect.poll(async () => (await plan())?.assignee?.id).toBe(tech.id);
    await expect.poll(() => byTest(page, `plan-assignee-${name}`).textContent()).toBe('钱师傅');

    // Due today: the queue files its order, dispatched to them by the plan.
    await expect.poll(async () => (await planOrders()).length, { timeout: 15_000 }).toBe(1);
    const order = (await planOrders())[0]!;
    expect(order).toMatchObject({
      assignee: { id: tech.id },
      equipmentCategory: 'ELEVATOR',
      locationNote: null,
    });
    expect(order.events).toEqual([
      { action: 'SUBMIT', systemActor: 'MAINTENANCE_PLAN' },
      { action: 'DISPATCH', systemActor: 'MAINTENANCE_PLAN' },
    ]);

    await openOrder(page, order.id);
    expect(await byTest(page, 'work-order-detail').textContent()).toContain('全园区电梯');
    expect(await byTest(page, 'work-order-detail').textContent()).not.toContain('ELEVATOR');
    expect(await byTest(page, 'event-DISPATCH').textContent()).toContain('维保计划');
    await shot(page, 'admin', '54-plan-order-park-wide-zh-CN');
    await context.close();

    const en = await newContext(browser, DESKTOP);
    const enPage = await openOnPark(en, 'hq.admin', site.park.id, `work-orders/${order.id}`, {
      locale: 'en',
    });
    await byTest(enPage, 'event-SUBMIT').waitFor();
    const text = (await byTest(enPage, 'work-order-detail').textContent()) ?? '';
    expect(text).toContain('Park-wide: Elevator');
    expect(text).not.toContain('全园区');
    expect(await byTest(enPage, 'event-DISPATCH').textContent()).toContain('Maintenance plan');
    await shot(enPage, 'admin', '54-plan-order-park-wide-en');
    await en.close();
  });

  it('is changed back to automatic dispatch in the Edit plan dialog (English console)', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await openOnPark(context, 'hq.admin', site.park.id, 'maintenance', { locale: 'en' });
    await byTest(page, `plan-edit-${name}`).click();
    await dialog(page, 'plan-edit-dialog');
    expect(await byTest(page, 'plan-assignee').textContent()).toContain('钱师傅');
    await pick(page, 'plan-assignee', /^Automatic dispatch/);
    await expect.poll(() => byTest(page, 'plan-assignee').textContent()).toContain('Automatic dispatch');
    await shot(page, 'admin', '55-plan-assignee-edit-en');
    await save(page, 'plan-edit-dialog');
    await expect.poll(async () => (await plan())?.assignee).toBeNull();
    await expect.poll(() => byTest(page, `plan-assignee-${name}`).textContent()).toBe('Auto-dispatch');
    await context.close();
  });
});
