import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import jsQRModule from 'jsqr';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../api.ts';
import { byTest, DESKTOP, launchBrowser, newContext, PHONE, shot } from '../browser.js';

// jsQR is CommonJS whose types declare an ES default export: Node hands over the function itself.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ??
  jsQRModule) as unknown as (
  data: Uint8ClampedArray,
  width: number,
  height: number,
) => { data: string } | null;

const SCREENSHOTS = resolve(import.meta.dirname, '../screenshots');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function signIn(page: Page, login: string) {
  await page.goto('/admin/login');
  await byTest(page, 'login-name').fill(login);
  await byTest(page, 'login-password').fill(DEMO_PASSWORD);
  await byTest(page, 'login-submit').click();
  await byTest(page, 'park-switcher').waitFor();
}

/** Reads a label's QR as a phone camera would: from its pixels. */
async function scan(label: Locator): Promise<string | undefined> {
  const pixels = await label.locator('img').evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const data = g.getImageData(0, 0, canvas.width, canvas.height);
    return { width: data.width, height: data.height, data: Array.from(data.data) };
  });
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data;
}

/** The text box of a form field, whether the test id sits on it or on its wrapper. */
const box = (page: Page, id: string) =>
  byTest(page, id).locator('xpath=descendant-or-self::*[self::input or self::textarea]').first();

/** Pages in a PDF (each page object names its type). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

/**
 * The page as the browser prints it, kept beside the screenshots. Print media, as printing uses:
 * Playwright's pdf() follows emulateMedia, and under 'screen' it prints the toolbar and the
 * on-screen gaps too (the 5 pages for 3 labels once reported here).
 */
async function printed(page: Page, name: string): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  await writeFile(join(SCREENSHOTS, 'admin', `${name}.pdf`), pdf);
  return pdf;
}

/** Each page's size in points (1/72 inch), rounded, from its MediaBox. */
const pdfMediaBoxes = (pdf: Buffer) =>
  [
    ...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g),
  ].map((m) => [Math.round(Number(m[3]) - Number(m[1])), Math.round(Number(m[4]) - Number(m[2]))]);

it('prints QR labels whose code opens the public report page; the report reaches the desk', async () => {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  await signIn(page, 'park.manager');
  await byTest(page, 'menu-equipment').click();
  const rows = page.locator('[data-test-id="equipment-table"] .el-table__body-wrapper .el-table__row');
  await rows.first().waitFor();
  const names: string[] = [];
  for (const i of [0, 1, 2]) {
    await rows.nth(i).locator('.el-checkbox').click();
    names.push((await rows.nth(i).locator('td').nth(2).textContent())!.trim());
  }
  await byTest(page, 'print-labels').click();
  await page.waitForURL(/\/admin\/equipment\/labels\?ids=/);
  const labels = byTest(page, 'equipment-label');
  await expect.poll(() => labels.count()).toBe(3);
  await labels.nth(2).locator('img').waitFor();
  expect(await labels.allTextContents()).toEqual(names.map((n) => expect.stringContaining(n)));
  await shot(page, 'admin', '30-label-sheet');

  // Printed: one A4 page holds all three, at their real size, with nothing of the console.
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'admin', '31-label-sheet-print');
  const size = await labels.first().boundingBox();
  // 70 mm × 42.3 mm at 96 px per inch.
  expect(Math.round(size!.width)).toBe(Math.round((70 / 25.4) * 96));
  expect(Math.round(size!.height)).toBe(Math.round((42.3 / 25.4) * 96));
  expect(await byTest(page, 'labels-print').isVisible()).toBe(false);
  expect(pdfPages(await printed(page, '31-label-sheet'))).toBe(1);
  await page.emulateMedia({ media: 'screen' });
  // A label printer prints one per page.
  await byTest(page, 'label-layout').getByText('标签机').click();
  await expect.poll(() => byTest(page, 'label-sheet').count()).toBe(3);
  // One 60 mm label per sheet.
  expect(Math.round((await byTest(page, 'label-sheet').first().boundingBox())!.width)).toBe(
    Math.round((60 / 25.4) * 96),
  );
  await shot(page, 'admin', '32-label-roll');
  // Printed on the label printer: three labels are exactly three 60 × 40 mm pages, no blank ones.
  const labelPage = [Math.round((60 / 25.4) * 72), Math.round((40 / 25.4) * 72)];
  const roll = await printed(page, '32-label-roll');
  expect(pdfPages(roll)).toBe(3);
  expect(pdfMediaBoxes(roll)).toEqual([labelPage, labelPage, labelPage]);
  // The same in English (longer texts), opened on the roll layout straight from its link.
  await page.evaluate(() => localStorage.setItem('park.admin.locale', 'en'));
  await page.goto(`${page.url()}&layout=roll`);
  await expect.poll(() => labels.count()).toBe(3);
  await labels.nth(2).locator('img').waitFor();
  await shot(page, 'admin', '32-label-roll-en');
  const rollEn = await printed(page, '32-label-roll-en');
  expect(pdfPages(rollEn)).toBe(3);
  expect(pdfMediaBoxes(rollEn)).toEqual([labelPage, labelPage, labelPage]);
  await page.evaluate(() => localStorage.setItem('park.admin.locale', 'zh-CN'));

  // A passer-by scans the first label with their phone.
  const url = await scan(labels.first());
  expect(url).toMatch(/\/portal\/report\/[0-9a-f]{32}$/);
  const phone = await newContext(browser, PHONE);
  const passerBy = await phone.newPage();
  await passerBy.goto(url!);
  await byTest(passerBy, 'report-equipment').waitFor();
  expect(await byTest(passerBy, 'report-equipment').textContent()).toContain(names[0]);
  await shot(passerBy, 'portal', '30-public-report');
  const what = `扫码报修测试 ${Date.now() % 100000}`;
  await box(passerBy, 'report-description').fill(what);
  await box(passerBy, 'report-name').fill('路过的张先生');
  await box(passerBy, 'report-phone').fill('13900001234');
  await shot(passerBy, 'portal', '31-public-report-filled');
  await byTest(passerBy, 'report-submit').click();
  await byTest(passerBy, 'report-sent').waitFor();
  await shot(passerBy, 'portal', '32-public-report-sent');
  // A made-up link finds nothing and says so.
  await passerBy.goto(url!.replace(/[0-9a-f]{32}$/, '0'.repeat(32)));
  await byTest(passerBy, 'report-not-found').waitFor();
  await shot(passerBy, 'portal', '33-public-report-not-found');
  await phone.close();

  // The desk finds it on the board and sees who reported it, marked unverified.
  const desk = await newContext(browser, DESKTOP);
  const deskPage = await desk.newPage();
  await signIn(deskPage, 'cs.agent');
  await byTest(deskPage, 'dispatch-board').waitFor();
  await box(deskPage, 'filter-search').fill(what);
  await byTest(deskPage, 'filter-apply').click();
  const link = deskPage.getByRole('link', { name: new RegExp(what) });
  await link.click();
  await byTest(deskPage, 'fault-reports').waitFor();
  const report = await byTest(deskPage, 'fault-report').textContent();
  expect(report).toContain('路过的张先生');
  expect(report).toContain('13900001234');
  expect(report).toContain('未验证');
  expect(await byTest(deskPage, 'work-order-detail').textContent()).toContain('扫码报修');
  await shot(deskPage, 'admin', '33-public-report-on-desk');
  await desk.close();
  await context.close();
});

it('shows the public report page in English', async () => {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  await signIn(page, 'park.manager');
  await byTest(page, 'menu-equipment').click();
  await page.locator('[data-test-id="equipment-table"] .el-table__row').first().click();
  const label = byTest(page, 'equipment-label');
  await label.locator('img').waitFor();
  const url = await scan(label);
  expect(url).toMatch(/\/portal\/report\/[0-9a-f]{32}$/);
  await context.close();

  const phone = await newContext(browser, PHONE);
  await phone.addInitScript(() => localStorage.setItem('park.portal.locale', 'en'));
  const passerBy = await phone.newPage();
  await passerBy.goto(url!);
  await byTest(passerBy, 'report-equipment').waitFor();
  expect(await byTest(passerBy, 'report-form').textContent()).toContain('Send report');
  expect(await passerBy.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(passerBy, 'portal', '34-public-report-en');
  await phone.close();
});
