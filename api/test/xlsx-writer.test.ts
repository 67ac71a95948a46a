import { PassThrough, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { escapeXml, writeXlsx, type XlsxValue } from '../src/modules/data-exchange/xlsx-writer.js';

async function* batchesOf(rows: XlsxValue[][], size: number) {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

async function written(rows: XlsxValue[][], batch = 2) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const result = await writeXlsx({
    sheetName: '房源/列表',
    columns: [
      { header: '名称 & <说明>', width: 20, style: 'text' },
      { header: 'Area', width: 12, style: 'decimal2' },
      { header: 'Floors', width: 8, style: 'integer' },
      { header: 'Created', width: 18, style: 'datetime' },
      { header: 'Day', width: 12, style: 'date' },
    ],
    rows: batchesOf(rows, batch),
    values: (row) => row,
    out,
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return { result, sheet: workbook.worksheets[0]! };
}

describe('the streaming XLSX writer', () => {
  it('writes numbers, dates and text that exceljs reads back with their types and formats', async () => {
    const at = new Date(Date.UTC(2026, 11, 5, 17, 30));
    const day = new Date('2026-12-05T00:00:00Z');
    const { result, sheet } = await written([
      ['A-101', 1234.5, 3, at, day],
      ['A-102', null, 0, null, null],
    ]);
    expect(result).toEqual({ rows: 2, complete: true });
    expect(sheet.name).toBe('房源 列表');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '名称 & <说明>',
      'Area',
      'Floors',
      'Created',
      'Day',
    ]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(20);

    const row = sheet.getRow(2);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(1).value).toBe('A-101');
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(2).value).toBe(1234.5);
    expect(row.getCell(2).numFmt).toBe('#,##0.00');
    expect(row.getCell(3).value).toBe(3);
    expect(row.getCell(3).numFmt).toBe('0');
    expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect((row.getCell(4).value as Date).getTime()).toBe(at.getTime());
    expect(row.getCell(4).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(row.getCell(5).type).toBe(ExcelJS.ValueType.Date);
    expect((row.getCell(5).value as Date).getTime()).toBe(day.getTime());
    expect(row.getCell(5).numFmt).toBe('yyyy-mm-dd');
    // Empty values are absent cells; a zero is a number.
    expect(sheet.getRow(3).getCell(2).type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getRow(3).getCell(3).value).toBe(0);
    expect(sheet.rowCount).toBe(3);
  });

  it('escapes XML markup and control characters, and keeps Chinese text and emoji', async () => {
    const texts = [
      `Tom & Jerry's <b>"shop"</b>`,
      'bell\u0007 vtab\u000B nul\u0000 esc\u001B end',
      'line one\r\nline two\ttab',
      '  leading and trailing spaces  ',
      'literal _x0041_ stays as written',
      '园区一号楼 · 招商中心（三层）🏢',
      '=1+1',
    ];
    const { sheet } = await written(
      texts.map((t) => [t, null, null, null, null]),
      3,
    );
    const back = texts.map((_, i) => sheet.getRow(i + 2).getCell(1).value);
    // Control characters XML cannot hold are dropped (as exceljs's own writer does); the rest is as written.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is dropped.
    expect(back).toEqual(texts.map((t) => t.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')));
    expect(back[1]).toBe('bell vtab nul esc end');
    for (let i = 0; i < texts.length; i++)
      expect(sheet.getRow(i + 2).getCell(1).type).toBe(ExcelJS.ValueType.String);
  });

  it('escapes only what needs escaping', () => {
    expect(escapeXml('plain 中文')).toBe('plain 中文');
    expect(escapeXml('a<b&c>"d"')).toBe('a&lt;b&amp;c&gt;&quot;d&quot;');
    expect(escapeXml('x\u0001y\r')).toBe('xy&#13;');
    expect(escapeXml('lone \uD800 half')).toBe('lone  half');
    expect(escapeXml('pair 🏢')).toBe('pair 🏢');
  });

  it('stops, reporting an incomplete file, when the client goes away', async () => {
    const out = new Writable({
      highWaterMark: 1024,
      write(_chunk, _enc, cb) {
        setTimeout(cb, 5);
      },
    });
    async function* endless() {
      for (let i = 0; ; i++) {
        if (i === 3) out.destroy();
        yield Array.from(
          { length: 500 },
          (_, j) => [`row ${i}-${j} ${'x'.repeat(40)}`, j, j, null, null] as XlsxValue[],
        );
      }
    }
    const result = await writeXlsx({
      sheetName: 'units',
      columns: [
        { header: 'Text', width: 10, style: 'text' },
        { header: 'N', width: 10, style: 'decimal2' },
        { header: 'M', width: 10, style: 'integer' },
        { header: 'T', width: 10, style: 'datetime' },
        { header: 'D', width: 10, style: 'date' },
      ],
      rows: endless(),
      values: (row) => row,
      out,
    });
    expect(result.complete).toBe(false);
    expect(result.rows).toBeLessThanOrEqual(2000);
  });
});
