import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, png, signInApi, transition } from './api.ts';
import { byTest, launchBrowser } from './browser.ts';
import { phonePage, settledShot, signInToHome, textOf } from './tenant/portal.ts';

/** Whether every photo on the page has loaded (not a broken image). */
const photosLoaded = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLImageElement>('[data-test-id="repair-photos"] img')).map(
      (img) => img.complete && img.naturalWidth > 0,
    ),
  );

/**
 * A paid repair's whole life as the tenant sees it on a phone: filed with a photo, quoted by the
 * technician and accepted, completed and confirmed with five stars; another company never sees it.
 */
// One order's life told in steps on one open phone, so the tests keep their order when the suite
// is shuffled; the file still depends on no other file.
describe('tenant portal: repairs', { shuffle: false }, () => {
  const title = `会议室水管漏水 ${Date.now() % 100_000}`;
  let browser: Browser;
  /** The tenant's phone, kept open across the steps: updates must arrive live. */
  let page: Page;
  let closeTenant: () => Promise<void>;
  let order: { id: string; number: string };

  beforeAll(async () => {
    browser = await launchBrowser();
    const phone = await phonePage(browser);
    page = phone.page;
    closeTenant = () => phone.context.close();
  });
  afterAll(async () => {
    await closeTenant?.();
    await browser?.close();
  });

  test('a tenant files a repair with a photo in one go, and its detail shows the photo', async () => {
    await signInToHome(page, 'tenant.staff');
    await byTest(page, 'repair-shortcut').scrollIntoViewIfNeeded();
    await settledShot(page, 'repair-home-shortcut');
    await byTest(page, 'repair-shortcut').click();
    await byTest(page, 'repair-categories').waitFor();
    // The first of the company's units is chosen; the tab bar gives way to a back arrow.
    await expect.poll(() => page.locator('[data-test-id^="place-"].on').count()).toBe(1);
    expect(await byTest(page, 'tabbar').count()).toBe(0);
    await settledShot(page, 'repair-new-empty');

    // Sending without a category says what is missing.
    await byTest(page, 'repair-submit').click();
    expect(await textOf(page, 'category-missing')).toBe('请选择报修类型');

    await byTest(page, 'category-WATER').click();
    expect(await byTest(page, 'repair-title').locator('input').inputValue()).toBe('水管漏水');
    await byTest(page, 'repair-title').locator('input').fill(title);
    await byTest(page, 'repair-description').locator('textarea').fill('天花板滴水，已用桶接着，请尽快处理。');
    await byTest(page, 'priority-URGENT').click();
    await byTest(page, 'photo-picker')
      .locator('input[type="file"]')
      .setInputFiles({ name: 'leak.png', mimeType: 'image/png', buffer: png(480, 360) });
    await page.locator('.van-uploader__preview img').waitFor();
    expect(await byTest(page, 'photo-picker').locator('input[type="file"]').getAttribute('capture')).toBe(
      'environment',
    );
    await settledShot(page, 'repair-new-filled');

    await byTest(page, 'repair-submit').click();
    await page.waitForURL(/\/portal\/repairs\/[0-9a-f-]{36}$/);
    await byTest(page, 'repair-detail').waitFor();
    order = {
      id: page.url().split('/').pop()!,
      number: await textOf(page, 'repair-number'),
    };
    expect(order.number).toMatch(/^WO-\d{8}-\d{5}$/);
    expect(await textOf(page, 'repair-title')).toBe(title);
    expect(await byTest(page, 'repair-state').getAttribute('data-state')).toMatch(/SUBMITTED|DISPATCHED/);
    await byTest(page, 'repair-photo-0').locator('img').waitFor();
    await expect.poll(() => photosLoaded(page)).toEqual([true]);
    await settledShot(page, 'repair-detail-filed');

    // Tapping the photo opens it full size.
    await byTest(page, 'repair-photo-0').click();
    await page.locator('.van-image-preview img').waitFor();
    await settledShot(page, 'repair-photo-preview');
    await page.locator('.van-image-preview__close-icon').click();
    await page.locator('.van-image-preview').waitFor({ state: 'hidden' });

    // A message for the technician joins the thread.
    await byTest(page, 'comment-input').locator('textarea').fill('下午两点后办公室有人，可直接上门');
    await byTest(page, 'comment-send').click();
    await expect.poll(() => byTest(page, 'repair-comment').textContent()).toContain('下午两点后办公室有人');
    await expect.poll(() => byTest(page, 'comment-input').locator('textarea').inputValue()).toBe('');
  });

  test('the technician quotes it: the quote appears live and the tenant accepts it', async () => {
    const desk = await signInApi('cs.agent');
    const engineer = await signInApi('engineer');
    await transition(order.id, { action: 'DISPATCH', assigneeId: engineer.userId }, desk.token);
    await api(
      'mutation ($id: ID!, $input: QuoteWorkOrderInput!) { quoteWorkOrder(id: $id, input: $input) { id } }',
      { id: order.id, input: { labourFen: 8000, materialsFen: 3550, note: '更换三通阀门一个' } },
      engineer.token,
    );

    expect(await textOf(page, 'quote-state')).toBe('待确认');
    expect(await textOf(page, 'quote-labour')).toBe('¥80.00');
    expect(await textOf(page, 'quote-materials')).toBe('¥35.50');
    expect(await textOf(page, 'quote-total')).toBe('¥115.50');
    await byTest(page, 'quote-accept').scrollIntoViewIfNeeded();
    await settledShot(page, 'repair-quote-pending');

    await byTest(page, 'quote-accept').click();
    await expect.poll(() => textOf(page, 'quote-state')).toBe('已接受');
    expect(await byTest(page, 'quote-accept').count()).toBe(0);
    expect(await byTest(page, 'repair-timeline').textContent()).toContain('已接受报价');
  });

  test('completed, it shows up under "to confirm" live; the tenant confirms with five stars', async () => {
    // My requests, on the "to confirm" tab: empty of this order until the work is done.
    // Back where the repair was started (home), then to the Repairs tab.
    await page.locator('.van-nav-bar__left').click();
    await byTest(page, 'company-name').waitFor();
    await byTest(page, 'tab-repairs').click();
    await byTest(page, 'repair-filters').waitFor();
    await page.locator('.filter-toConfirm').click();
    await page.waitForTimeout(1000); // the list and its subscription settle
    expect(await byTest(page, `repair-${order.number}`).count()).toBe(0);

    const engineer = await signInApi('engineer');
    for (const action of ['ACCEPT', 'START', 'COMPLETE'])
      await transition(
        order.id,
        { action, note: action === 'COMPLETE' ? '已更换阀门，测试无渗漏' : undefined },
        engineer.token,
      );

    const row = byTest(page, `repair-${order.number}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('待确认');
    await settledShot(page, 'repair-list-to-confirm');

    await row.click();
    await byTest(page, 'confirm-card').waitFor();
    await byTest(page, 'confirm-rating').locator('.van-rate__item').nth(4).click();
    await byTest(page, 'confirm-comment').locator('textarea').fill('师傅很专业，修得很快');
    await byTest(page, 'confirm-card').scrollIntoViewIfNeeded();
    await settledShot(page, 'repair-confirm');
    await byTest(page, 'confirm-fixed').click();

    await expect.poll(() => byTest(page, 'repair-state').getAttribute('data-state')).toBe('VERIFIED');
    await page.locator('.van-toast').waitFor({ state: 'hidden' });
    expect(await textOf(page, 'repair-state')).toBe('已确认');
    expect(await byTest(page, 'repair-rating').locator('.van-rate__icon--full').count()).toBe(5);
    expect(await byTest(page, 'confirm-card').count()).toBe(0);
    await page.locator('.detail').evaluate((el) => el.closest('main')?.scrollTo(0, 0));
    await settledShot(page, 'repair-verified');

    const { workOrder } = await api<{ workOrder: { state: string; rating: number; billableFen: number } }>(
      'query ($id: ID!) { workOrder(id: $id) { state rating billableFen } }',
      { id: order.id },
      engineer.token,
    );
    expect(workOrder).toEqual({ state: 'VERIFIED', rating: 5, billableFen: 11550 });
  });

  test("another company's tenant admin does not see it in My requests", async () => {
    const other = await phonePage(browser);
    await signInToHome(other.page, 'tenant2.admin');
    await byTest(other.page, 'tab-repairs').click();
    await byTest(other.page, 'repair-filters').waitFor();
    // Not even among the whole company's (their own company's) requests.
    await byTest(other.page, 'scope-company').click();
    await other.page.locator('.filter-all').click();
    await other.page.locator('[data-test-id="repair-list"], .van-empty').first().waitFor();
    expect(await other.page.getByText(title).count()).toBe(0);
    expect(await byTest(other.page, `repair-${order.number}`).count()).toBe(0);
    await settledShot(other.page, 'repair-list-other-company');

    // Nor by its address.
    await other.page.goto(`/portal/repairs/${order.id}`);
    await byTest(other.page, 'load-error').waitFor();
    await other.page.context().close();
  });

  test('a photo the server refuses leaves the order filed, with a retry and a way on', async () => {
    await page.goto('/portal/repairs/new');
    await byTest(page, 'category-LIGHTING').click();
    await byTest(page, 'photo-picker')
      .locator('input[type="file"]')
      .setInputFiles({
        name: 'not-a-photo.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from('GIF89a, not a JPEG'),
      });
    await byTest(page, 'repair-submit').click();

    await byTest(page, 'upload-failed').waitFor();
    expect(await textOf(page, 'photo-errors')).toContain('文件内容与格式不符');
    expect(await byTest(page, 'repair-retry').isVisible()).toBe(true);
    await settledShot(page, 'repair-upload-failed');

    await byTest(page, 'repair-open').click();
    await byTest(page, 'repair-detail').waitFor();
    expect(await textOf(page, 'repair-title')).toBe('灯不亮');
    expect(await byTest(page, 'repair-photos').count()).toBe(0);
  });

  test('a quote waiting elsewhere in the portal is announced; declining it asks why', async () => {
    // The order the last test left open; the tenant moves on to My requests, then the desk quotes.
    const id = page.url().split('/').pop()!;
    await page.goto('/portal/repairs');
    await byTest(page, 'repair-list').waitFor();
    await page.waitForTimeout(1000); // the subscriptions are registered once the page has loaded
    const desk = await signInApi('cs.agent');
    await api(
      'mutation ($id: ID!, $input: QuoteWorkOrderInput!) { quoteWorkOrder(id: $id, input: $input) { id } }',
      { id, input: { labourFen: 5000, materialsFen: 12000, note: '更换 LED 灯管两支' } },
      desk.token,
    );
    const banner = page.locator('.van-notify');
    await banner.waitFor();
    expect(await banner.textContent()).toBe('有维修报价等待您确认，点此查看');
    // The list marks it too, live.
    await expect.poll(() => byTest(page, 'quote-waiting').count()).toBeGreaterThan(0);
    await settledShot(page, 'repair-quote-banner');
    await banner.click();
    await page.waitForURL(new RegExp(`/portal/repairs/${id}$`));

    await byTest(page, 'quote-decline').click();
    const dialog = byTest(page, 'quote-decline-dialog');
    await dialog.locator('.van-dialog__confirm').click();
    expect(await dialog.locator('.van-field__error-message').textContent()).toBe('请填写原因');
    await byTest(page, 'quote-decline-dialog-reason').locator('textarea').fill('费用偏高，我们自行更换');
    await settledShot(page, 'repair-quote-decline');
    await dialog.locator('.van-dialog__confirm').click();
    await expect.poll(() => textOf(page, 'quote-state')).toBe('已拒绝');
    expect(await byTest(page, 'repair-timeline').textContent()).toContain('费用偏高，我们自行更换');
  });

  test('in English, the form and the list read as well on a phone', async () => {
    const english = await phonePage(browser);
    await english.page.addInitScript(() => localStorage.setItem('park.portal.locale', 'en'));
    await signInToHome(english.page, 'tenant.admin');
    await byTest(english.page, 'tab-repairs').click();
    // A tenant admin's own requests first; the company's are one tap away.
    await byTest(english.page, 'scope-company').click();
    await byTest(english.page, 'repair-list').waitFor();
    expect(await textOf(english.page, 'page-title')).toBe('My requests');
    await settledShot(english.page, 'repair-list-en');
    await byTest(english.page, 'repair-shortcut').click();
    await byTest(english.page, 'category-DOOR_ACCESS').click();
    expect(await byTest(english.page, 'repair-title').locator('input').inputValue()).toBe(
      'Door access not opening',
    );
    await settledShot(english.page, 'repair-new-en');
    await english.context.close();
  });
});
