import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInPage } from './admin/console.ts';
import { api, png, repairForEngineer, signInApi, transition } from './api.ts';

const repairForEngineerForTenant = (title: string) =>
  repairForEngineer(title, { priority: 'NORMAL', locationNote: '3 楼茶水间', forTenant: true });

import { baseUrl, byTest, chooseOption, DESKTOP, launchBrowser, newContext, PHONE, shot } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const tokens = new Map<string, Promise<string>>();
/** One sign-in per demo user for the whole file (access tokens last ten minutes). */
function token(login: string): Promise<string> {
  if (!tokens.has(login))
    tokens.set(
      login,
      signInApi(login).then((s) => s.token),
    );
  return tokens.get(login)!;
}

/** Moves an order one step as `login` would. */
async function act(orderId: string, action: string, login: string, extra: object = {}) {
  await transition(orderId, { action, ...extra }, await token(login));
}

/** Attaches a file to an order the way any client does: a signed link, then a PUT of the bytes. */
async function attach(orderId: string, fileName: string, contentType: string, bytes: Buffer, login: string) {
  const { createAttachmentUpload: link } = await api<{ createAttachmentUpload: { uploadUrl: string } }>(
    'mutation ($input: CreateAttachmentUploadInput!) { createAttachmentUpload(input: $input) { uploadUrl } }',
    { input: { workOrderId: orderId, fileName, contentType, size: bytes.length } },
    await token(login),
  );
  const res = await fetch(new URL(link.uploadUrl, baseUrl()), {
    method: 'PUT',
    headers: { 'content-type': contentType },
    body: new Uint8Array(bytes),
  });
  expect(res.status).toBe(201);
}

/** Resolves once the page has subscribed to the user's notifications over the WebSocket. */
const subscribedToNotifications = (page: Page) =>
  new Promise<void>((done) =>
    page.on('websocket', (ws) =>
      ws.on('framesent', (frame) => {
        if (String(frame.payload).includes('NotificationReceived')) done();
      }),
    ),
  );

/** Today and tomorrow in the park (Asia/Shanghai, no daylight saving), as YYYY-MM-DD. */
const parkDay = (offsetDays: number) =>
  new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
const chips = (page: Page, status: string) =>
  byTest(page, 'calendar').locator(`[data-test-id="chip"][data-status="${status}"]`);
/** Moves the calendar a month (`calendar-prev`, `calendar-next`, `calendar-today`) and waits for its data. */
async function moveMonth(page: Page, button: string) {
  const loaded = page.waitForResponse((r) => !!r.request().postData()?.includes('MaintenanceCompliance'));
  await byTest(page, button).click();
  await loaded;
  await page.waitForTimeout(200); // rendered
}
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const planRow = (page: Page, name: string) =>
  byTest(page, 'plan-table')
    .locator('.el-table__row')
    .filter({ has: byTest(page, `plan-${name}`) });

describe('maintenance plans in the console', () => {
  it('lists the statutory plans, shows the compliance calendar by month and creates a weekly plan', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await signInPage(context, 'park.manager');
    await byTest(page, 'menu-maintenance').click();
    await byTest(page, 'plan-table').locator('.el-table__row').first().waitFor();
    expect(await byTest(page, 'plan-statutory').count()).toBeGreaterThanOrEqual(10);
    expect(
      await planRow(page, '电梯半月维保').locator('[data-test-id="plan-recurrence"]').textContent(),
    ).toBe('每 15 天');
    expect(
      await planRow(page, '二次供水水箱清洗消毒').locator('[data-test-id="plan-recurrence"]').textContent(),
    ).toBe('每 6 个月');
    expect(
      await planRow(page, '消防系统年度联动测试').locator('[data-test-id="plan-recurrence"]').textContent(),
    ).toBe('每年');
    expect(await planRow(page, '电梯半月维保').textContent()).toContain('电梯');
    // The statutory basis is the tag's tooltip.
    await planRow(page, '电梯半月维保').locator('[data-test-id="plan-statutory"]').hover();
    await page.locator('.el-popper:visible').getByText('IPARK 5.2.4.8').waitFor();
    await shot(page, 'admin', '27-maintenance-plans');

    // The calendar: this month, or the one before when this one has nothing done yet.
    const calendar = byTest(page, 'compliance');
    await calendar.scrollIntoViewIfNeeded();
    await byTest(page, 'calendar').locator('[data-test-id="chip"]').first().waitFor();
    const thisMonth = await byTest(page, 'calendar-month').textContent();
    expect(thisMonth).toBe(`${Number(parkDay(0).slice(0, 4))}年${Number(parkDay(0).slice(5, 7))}月`);
    if ((await chips(page, 'DONE_ON_TIME').count()) === 0) await moveMonth(page, 'calendar-prev');
    expect(await chips(page, 'DONE_ON_TIME').count()).toBeGreaterThan(0);
    expect(await chips(page, 'DONE_ON_TIME').first().getAttribute('class')).toContain('el-tag--success');
    await expect.poll(() => byTest(page, 'compliance-rate').textContent()).toMatch(/^\d+(\.\d)?%$/);
    expect(Number(await byTest(page, 'total-onTime').textContent())).toBeGreaterThan(0);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await shot(page, 'admin', '28-maintenance-calendar');

    // Back through the half year of history: a late or missed one shows in orange or red.
    let seen = 0;
    for (let i = 0; i < 7 && seen === 0; i++) {
      await moveMonth(page, 'calendar-prev');
      seen = (await chips(page, 'LATE').count()) + (await chips(page, 'MISSED').count());
    }
    expect(seen).toBeGreaterThan(0);
    await shot(page, 'admin', '29-maintenance-calendar-late');
    await moveMonth(page, 'calendar-next');
    await moveMonth(page, 'calendar-today');
    expect(await byTest(page, 'calendar-month').textContent()).toBe(thisMonth);

    // A chip with an order opens it.
    if ((await chips(page, 'DONE_ON_TIME').count()) === 0) await moveMonth(page, 'calendar-prev');
    const chip = chips(page, 'DONE_ON_TIME').first();
    const number = (await chip.getAttribute('title'))!.split(' · ').at(-1)!;
    expect(number).toMatch(/^WO-/);
    await chip.click();
    await byTest(page, 'work-order-number').getByText(number).waitFor();
    await byTest(page, 'work-order-back').click();
    await byTest(page, 'plan-table').locator('.el-table__row').first().waitFor();

    // A new plan: weekly, on every lighting fixture.
    const name = `照明周检 ${Date.now() % 100000}`;
    await byTest(page, 'plan-new').click();
    const dialog = byTest(page, 'plan-dialog');
    await page.waitForTimeout(400); // the dialog zooming in
    await byTest(page, 'plan-name').fill(name);
    await chooseOption(page, byTest(page, 'plan-category'), '照明');
    // The trade follows the category.
    await expect
      .poll(() => dialog.locator('[data-test-id="plan-work-category"]').textContent())
      .toContain('照明');
    await chooseOption(page, byTest(page, 'plan-unit'), '周');
    await byTest(page, 'checklist-item-0').fill('灯具完好、无闪烁');
    await byTest(page, 'checklist-add').click();
    await byTest(page, 'checklist-item-1').fill('应急照明切换试验');
    const due = dialog.locator('.el-date-editor input');
    await due.fill(parkDay(1));
    await due.press('Enter');
    await dialog.locator('.el-dialog__title').click(); // the date panel closing
    await page.waitForTimeout(300);
    await shot(page, 'admin', '30-maintenance-new-plan');
    await byTest(page, 'plan-dialog-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    const row = planRow(page, name);
    await row.waitFor();
    expect(await row.locator('[data-test-id="plan-recurrence"]').textContent()).toBe('每周');
    expect(await row.textContent()).toContain(parkDay(1));
    expect(await row.locator('[data-test-id="plan-statutory"]').count()).toBe(0);
    await context.close();
  });
});

describe('maintenance on a phone', () => {
  it('folds the calendar chips into dots that fit the width', async () => {
    const context = await newContext(browser, PHONE);
    const page = await signInPage(context, 'engineer');
    await page.goto('/admin/maintenance');
    await byTest(page, 'calendar').locator('[data-test-id="chip"]').first().waitFor();
    expect(await byTest(page, 'plan-new').isVisible()).toBe(true); // engineers manage maintenance
    expect(await fitsWidth(page)).toBe(true);
    await byTest(page, 'compliance').scrollIntoViewIfNeeded();
    await expect.poll(() => byTest(page, 'calendar').locator('.el-loading-mask').count()).toBe(0);
    await shot(page, 'admin', '36-maintenance-calendar-phone');
    await context.close();
  });

  it('shows plans read-only to those who may not manage them', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await signInPage(context, 'cs.agent');
    await byTest(page, 'menu-maintenance').click();
    await byTest(page, 'plan-table').locator('.el-table__row').first().waitFor();
    expect(await byTest(page, 'plan-new').count()).toBe(0);
    expect(await byTest(page, 'plan-table').locator('.el-switch').count()).toBe(0);
    await context.close();
  });
});

describe('the rest of the work-order detail', () => {
  it('shows photos and documents, takes the engineer’s quote and the desk’s internal comment', async () => {
    const order = await repairForEngineerForTenant(`插座烧焦 ${Date.now() % 100000}`);
    await attach(order.id, '现场照片.png', 'image/png', png(160, 120), 'cs.agent');

    const context = await newContext(browser, DESKTOP);
    const page = await signInPage(context, 'engineer');
    await page.goto(`/admin/work-orders/${order.id}`);
    const image = byTest(page, 'attachment-image').locator('img');
    await image.waitFor();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // The engineer adds a PDF through the upload button.
    await byTest(page, 'attachment-file').setInputFiles({
      name: '检测报告.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
    });
    await byTest(page, 'attachment-document').getByText('检测报告.pdf').waitFor();

    // A paid repair: labour and materials in yuan, shown back as ¥.
    await byTest(page, 'quote-open').click();
    await byTest(page, 'quote-labour-input').locator('input').fill('120');
    await byTest(page, 'quote-materials-input').locator('input').fill('35.5');
    await byTest(page, 'quote-note').fill('更换 16A 插座一只');
    await byTest(page, 'quote-note').click(); // commits the number inputs
    await shot(page, 'admin', '31-work-order-quote-form');
    await byTest(page, 'quote-submit').click();
    await expect.poll(() => byTest(page, 'quote-total').textContent(), { timeout: 5_000 }).toBe('¥155.50');
    expect(await byTest(page, 'quote-labour').textContent()).toBe('¥120.00');
    expect(await byTest(page, 'quote-materials').textContent()).toBe('¥35.50');
    expect(await byTest(page, 'quote-state').textContent()).toBe('待确认');
    await byTest(page, 'work-order-timeline').locator('[data-test-id="event-QUOTE"]').waitFor();
    await shot(page, 'admin', '32-work-order-detail-attachments-quote');

    await byTest(page, 'attachment-image').click();
    await page.locator('.el-image-viewer__wrapper').waitFor();
    await page.waitForTimeout(400);
    await shot(page, 'admin', '33-work-order-photo-preview');
    await context.close();

    // The desk keeps a remark from the tenant.
    const desk = await newContext(browser, DESKTOP);
    const deskPage = await signInPage(desk, 'cs.agent');
    await deskPage.goto(`/admin/work-orders/${order.id}`);
    await byTest(deskPage, 'comment-body').fill('租户催单两次，注意沟通语气');
    await byTest(deskPage, 'comment-internal').click();
    await byTest(deskPage, 'comment-submit').click();
    const comment = byTest(deskPage, 'comment').filter({ hasText: '租户催单两次' });
    await comment.waitFor();
    expect(await comment.getAttribute('data-internal')).toBe('true');
    expect(await comment.textContent()).toContain('内部');
    await comment.scrollIntoViewIfNeeded();
    await shot(deskPage, 'admin', '34-work-order-internal-comment');
    await desk.close();

    // The tenant never sees it.
    const { workOrder } = await api<{ workOrder: { comments: { body: string }[] } }>(
      'query ($id: ID!) { workOrder(id: $id) { comments { body } } }',
      { id: order.id },
      await token('tenant.staff'),
    );
    expect(workOrder.comments.map((c) => c.body)).not.toContain('租户催单两次，注意沟通语气');
  });
});

describe('the return visit', () => {
  it('brings the desk the follow-up of a confirmed repair, with the rating, and records the visit', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await signInPage(context, 'cs.agent');
    await page.waitForTimeout(500); // the live feed connecting

    const order = await repairForEngineerForTenant(`办公室灯管闪烁 ${Date.now() % 100000}`);
    for (const step of ['ACCEPT', 'START', 'COMPLETE']) await act(order.id, step, 'engineer');
    await act(order.id, 'VERIFY', 'tenant.staff', { rating: 4, ratingComment: '师傅很准时' });

    await byTest(page, 'notification-bell').click();
    const item = byTest(page, 'notification').filter({ hasText: order.number });
    await item.first().waitFor();
    expect(await item.first().getAttribute('data-kind')).toBe('FOLLOW_UP');
    await item.first().click();
    // The follow-up job names the repair it follows up.
    await byTest(page, 'follow-up-of').getByText(order.number).click();
    await byTest(page, 'work-order-number').getByText(order.number).waitFor();

    const visit = byTest(page, 'return-visit');
    expect(await visit.locator('[data-test-id="rating"]').textContent()).toContain('师傅很准时');
    await byTest(page, 'visit-rate').locator('.el-rate__item').nth(4).click();
    await byTest(page, 'visit-comment').fill('对维修结果满意');
    await visit.scrollIntoViewIfNeeded();
    await shot(page, 'admin', '37-work-order-return-visit-form');
    await byTest(page, 'visit-submit').click();
    await byTest(page, 'visit-score').waitFor();
    expect(await visit.textContent()).toContain('对维修结果满意');
    expect(await byTest(page, 'visit-form').count()).toBe(0);
    await shot(page, 'admin', '38-work-order-return-visit');
    await context.close();
  });
});

describe('the notification bell', () => {
  it('tells the engineer live of a job dispatched to them and opens it', async () => {
    const context = await newContext(browser, DESKTOP);
    let subscribed: Promise<void> | undefined;
    const page = await signInPage(context, 'engineer', (p) => {
      subscribed = subscribedToNotifications(p);
    });
    const badge = byTest(page, 'notification-badge').locator('.el-badge__content');
    const unread = async () => ((await badge.isVisible()) ? Number(await badge.textContent()) : 0);
    await subscribed;
    await page.waitForTimeout(300); // the unread count settling
    const before = await unread();

    const order = await repairForEngineerForTenant(`门禁读卡器失灵 ${Date.now() % 100000}`);
    await expect.poll(unread, { timeout: 10_000 }).toBeGreaterThan(before);

    await byTest(page, 'notification-bell').click();
    const item = byTest(page, 'notification').filter({ hasText: order.number });
    await item.first().waitFor();
    expect(await item.first().getAttribute('data-kind')).toBe('WORK_ORDER_ASSIGNED');
    await shot(page, 'admin', '35-notification-bell');

    const count = await unread();
    await item.first().click();
    await byTest(page, 'work-order-number').getByText(order.number).waitFor();
    await expect.poll(unread, { timeout: 5_000 }).toBeLessThan(count);

    await byTest(page, 'notification-bell').click();
    await byTest(page, 'notifications-read-all').click();
    await expect.poll(unread, { timeout: 5_000 }).toBe(0);
    await context.close();
  });
});
