import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../api.ts';
import { byTest, launchBrowser, shot } from '../browser.js';
import { createSite, type Site } from '../factories.ts';
import { signInToConsole } from './console.ts';

/**
 * Export and import in the console (issue 16): a list exported as the user filtered it, the file
 * opened and checked; an import with bad rows (report shown, nothing written), then a good one.
 */
let browser: Browser;
let site: Site;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await createSite();
  const { createBuilding } = await api<{ createBuilding: { floors: { id: string; level: number }[] } }>(
    'mutation ($input: CreateBuildingInput!) { createBuilding(input: $input) { floors { id level } } }',
    {
      input: {
        parkId: site.park.id,
        code: 'X1',
        name: '导出楼',
        floorsAbove: 2,
        floorsBelow: 0,
        grossArea: 5000,
      },
    },
    site.hq,
  );
  for (const [i, status] of ['VACANT', 'VACANT', 'SELF_USE'].entries())
    await api(
      'mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }',
      {
        input: {
          floorId: createBuilding.floors[0]!.id,
          code: `X1-010${i + 1}`,
          type: 'OFFICE',
          status,
          grossArea: 88.5,
          usableArea: 70,
        },
      },
      site.hq,
    );
});
afterAll(() => browser?.close());

async function unitsPage(language: 'zh-CN' | 'en' = 'zh-CN'): Promise<Page> {
  const page = await signInToConsole(browser, 'hq.admin', language);
  await byTest(page, 'park-switcher').click();
  await page.getByRole('option', { name: site.park.name }).click();
  await page.goto('/admin/units');
  await byTest(page, 'unit-table').waitFor();
  return page;
}

async function unitCodes(): Promise<string[]> {
  const data = await api<{ units: { nodes: { code: string }[] } }>(
    'query ($filter: UnitFilter) { units(first: 100, filter: $filter) { nodes { code } } }',
    { filter: { parkId: site.park.id } },
    site.hq,
  );
  return data.units.nodes.map((u) => u.code).sort();
}

async function xlsx(headers: string[], rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('data');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('export and import in the console', () => {
  it('exports the filtered unit list, all of it, to a file that opens with the right rows and headers', async () => {
    const page = await unitsPage();
    await byTest(page, 'unit-status-filter').click();
    await page.getByRole('option', { name: '空置' }).click();
    await page.keyboard.press('Escape');
    await byTest(page, 'unit-search-submit').click();
    await byTest(page, 'export-button').click();
    const download = page.waitForEvent('download');
    await byTest(page, 'export-xlsx').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^房源-\d{8}-\d{4}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await file.path())!)) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    expect(rows[0]).toEqual([
      '园区',
      '楼宇',
      '楼层',
      '房号',
      '类型',
      '状态',
      '建筑面积(m²)',
      '使用面积(m²)',
      '租户',
      '创建时间',
    ]);
    // The two vacant units of the park, not the self-used one nor the leased unit of the site.
    expect(rows.slice(1).map((r) => [r[3], r[5], r[6]])).toEqual([
      ['X1-0101', '空置', 88.5],
      ['X1-0102', '空置', 88.5],
    ]);
    await page.context().close();
  });

  it('reports bad rows without writing anything, then imports a good file', async () => {
    const before = await unitCodes();
    const headers = ['楼宇编号', '楼层', '房号', '类型', '状态', '建筑面积(m²)', '使用面积(m²)'];
    const bad = await xlsx(headers, [
      ['X1', 1, 'X1-0150', '办公', null, 60, 50],
      ['ZZ', 1, 'X1-0151', '办公', null, 60, 50],
      ['X1', 1, 'X1-0152', '宿舍', null, -1, 50],
    ]);
    for (const language of ['zh-CN', 'en'] as const) {
      const page = await unitsPage(language);
      await byTest(page, 'import-button').click();
      await byTest(page, 'import-file').setInputFiles({
        name: 'units.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: bad,
      });
      await byTest(page, 'import-check').click();
      const table = byTest(page, 'import-errors');
      await table.waitFor();
      const text = (await table.textContent()) ?? '';
      if (language === 'zh-CN') {
        expect(text).toContain('园区内没有此楼宇');
        expect(text).toContain('不能小于 0.01');
      } else {
        expect(text).toContain('no such building in the park');
        expect(text).toMatch(/must be one of: Office/);
      }
      expect(await table.locator('tbody tr').count()).toBe(3);
      expect(await byTest(page, 'import-apply').isDisabled()).toBe(true);
      await shot(page, 'admin', `data-exchange-import-errors-${language}`);
      await page.context().close();
    }
    expect(await unitCodes()).toEqual(before);

    const page = await unitsPage();
    await byTest(page, 'import-button').click();
    const good = await xlsx(headers, [
      ['X1', 1, 'X1-0150', '办公', null, 60, 50],
      ['X1', 2, 'X1-0250', '实验室', '空置', 120.75, 100],
    ]);
    await byTest(page, 'import-file').setInputFiles({
      name: 'units.xlsx',
      mimeType: 'application/octet-stream',
      buffer: good,
    });
    await byTest(page, 'import-check').click();
    await byTest(page, 'import-ok').waitFor();
    await shot(page, 'admin', 'data-exchange-import-ok-zh-CN');
    await byTest(page, 'import-apply').click();
    await byTest(page, 'import-dialog').waitFor({ state: 'hidden' });
    await expect.poll(unitCodes).toEqual([...before, 'X1-0150', 'X1-0250'].sort());
    await page.getByText('X1-0250').waitFor();
    await page.context().close();
  });
});
