import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { AnyExportSpec, CellKind, ExchangeLanguage, ExportColumn } from './export-spec.js';
import { writeXlsx, type XlsxCellStyle } from './xlsx-writer.js';

export type ExportFormat = 'xlsx' | 'csv';

/** The XLSX cell style of each kind: money and area `#,##0.00`, integers `0`, dates and times. */
const XLSX_STYLES: Record<CellKind, XlsxCellStyle> = {
  text: 'text',
  area: 'decimal2',
  money: 'decimal2',
  integer: 'integer',
  datetime: 'datetime',
  date: 'date',
};

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock parts of `at` in `timeZone` (the park's), as [y, m, d, h, min]. */
function wallClock(at: Date, timeZone: string): [number, number, number, number, number] {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    zoneFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return [parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!];
}

const pad = (n: number) => String(n).padStart(2, '0');
const toDate = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));

/**
 * One cell's value: numbers as numbers (yuan from fen, m² to two decimals), enum keys as words in
 * the file's language, times as the park's wall clock. For XLSX a time is a date whose UTC fields
 * are the park's local time (Excel dates have no zone); for CSV it is text.
 */
function cellValue<R>(
  column: ExportColumn<R>,
  row: R,
  language: ExchangeLanguage,
  timeZone: string,
  format: ExportFormat,
): string | number | Date | null {
  const raw = column.value(row, language);
  if (raw === null || raw === undefined || raw === '') return null;
  switch (column.kind) {
    case 'text': {
      const text = String(raw);
      return column.labels?.[text]?.[language] ?? text;
    }
    case 'integer':
      return Number(raw);
    case 'area': {
      const n = Math.round(Number(raw) * 100) / 100;
      return format === 'csv' ? n.toFixed(2) : n;
    }
    case 'money': {
      const n = Number(raw) / 100;
      return format === 'csv' ? n.toFixed(2) : n;
    }
    case 'datetime': {
      const [y, m, d, h, min] = wallClock(toDate(raw), timeZone);
      return format === 'csv'
        ? `${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(min)}`
        : new Date(Date.UTC(y, m - 1, d, h, min));
    }
    case 'date': {
      const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw).slice(0, 10);
      return format === 'csv' ? text : new Date(`${text}T00:00:00Z`);
    }
  }
}

/** A CSV field: quoted when needed; text that a spreadsheet would run as a formula is defused. */
function csvField(value: string | number | Date | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Waits while `out` is full; false when it has closed meanwhile. */
async function drained(out: Writable): Promise<boolean> {
  if (out.destroyed) return false;
  if (out.writableNeedDrain) {
    // Both listeners go once either fires (a long export waits thousands of times).
    const done = new AbortController();
    const settle = (event: Promise<unknown>) => event.catch(() => undefined);
    await Promise.race([
      settle(once(out, 'drain', { signal: done.signal })),
      settle(once(out, 'close', { signal: done.signal })),
    ]);
    done.abort();
  }
  return !out.destroyed;
}

/**
 * Writes an export to `out` as it reads it: each batch of rows is turned into cells and written
 * before the next is fetched, and the writer waits while `out` is full, so memory holds one batch
 * whatever the size of the list. Returns the number of rows written; stops early (returning what
 * it wrote) when `out` is closed, e.g. when the client went away.
 */
export async function writeSheet(opts: {
  spec: AnyExportSpec;
  batches: AsyncIterable<unknown[]>;
  language: ExchangeLanguage;
  format: ExportFormat;
  defaultTimeZone: string;
  out: Writable;
}): Promise<{ rows: number; complete: boolean }> {
  const { spec, language, format, out } = opts;
  const zoneOf = (row: unknown) => spec.timeZone?.(row) ?? opts.defaultTimeZone;
  const columns = spec.columns;
  let rows = 0;
  if (format === 'csv') {
    out.write(`\uFEFF${columns.map((c) => csvField(c.header[language])).join(',')}\r\n`);
    for await (const batch of opts.batches) {
      let chunk = '';
      for (const row of batch) {
        const zone = zoneOf(row);
        chunk += `${columns.map((c) => csvField(cellValue(c, row, language, zone, format))).join(',')}\r\n`;
      }
      rows += batch.length;
      out.write(chunk);
      if (!(await drained(out))) return { rows, complete: false };
    }
    await new Promise<void>((resolve) => out.end(resolve));
    return { rows, complete: true };
  }

  // XLSX: our own sheet XML into archiver's zip (xlsx-writer.ts says why not exceljs's writer).
  return writeXlsx({
    sheetName: spec.title[language],
    columns: columns.map((c) => ({
      header: c.header[language],
      width: c.width ?? Math.max(10, c.header[language].length * 2 + 2),
      style: XLSX_STYLES[c.kind],
    })),
    rows: opts.batches,
    values: (row) => columns.map((c) => cellValue(c, row, language, zoneOf(row), format)),
    out,
  });
}

/** The XLSX template of an import: headers, one example row, the headers' notes. */
export async function writeTemplate(opts: {
  title: string;
  headers: readonly string[];
  example: readonly (string | number)[];
  out: Writable;
}): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: opts.out, useStyles: true });
  const sheet = workbook.addWorksheet(opts.title.slice(0, 31));
  sheet.columns = opts.headers.map((h) => ({ header: h, width: Math.max(12, h.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  sheet.addRow([...opts.example]).commit();
  sheet.commit();
  await workbook.commit();
}
