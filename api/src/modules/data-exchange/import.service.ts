import { validate } from 'class-validator';
import ExcelJS from 'exceljs';
import type { RequestContext } from '../../graphql/context.js';
import { checkValue } from '../../graphql/input-gate.js';
import { firstViolation } from '../../graphql/validate-args.js';
import { DomainError } from '../../kernel/errors.js';
import { dataExchangeRepository } from './data-exchange.repository.js';
import type { Bilingual, ExchangeLanguage } from './export-spec.js';
import type { AnyImportSpec, CellValue, RowProblem } from './import-spec.js';

/** Most rows one file may hold; larger registers are imported in several files. */
export const MAX_IMPORT_ROWS = 5000;

/** One problem as the report shows it: the sheet's row number (the header is row 1) and column. */
export type ImportError = { row: number; column: string; message: string };

export type ImportReport = {
  /** Whether every row is acceptable. */
  ok: boolean;
  /** Whether the rows were written (an apply with no problems). */
  applied: boolean;
  /** Data rows in the file. */
  rows: number;
  errors: ImportError[];
};

type SheetRow = { row: number; cells: Record<string, CellValue> };

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  }
  return String(value);
}

const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/**
 * The rows of the file's first sheet by column key, matching headers in either language (or the
 * key itself); or the problems with its header row (a required column missing).
 */
export async function readSheet(
  spec: AnyImportSpec,
  bytes: Buffer,
): Promise<{ rows: SheetRow[]; problems: { row: number; column: string; message: Bilingual }[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return {
      rows: [],
      problems: [
        { row: 1, column: '', message: { 'zh-CN': '不是有效的 XLSX 文件', en: 'Not an XLSX file' } },
      ],
    };
  }
  const sheet = workbook.worksheets[0];
  const keyAt = new Map<number, string>();
  sheet?.getRow(1).eachCell((cell, col) => {
    const h = norm(String(plain(cell.value) ?? ''));
    const column = spec.columns.find(
      (c) => norm(c.header['zh-CN']) === h || norm(c.header.en) === h || norm(c.key) === h,
    );
    if (column) keyAt.set(col, column.key);
  });
  const present = new Set(keyAt.values());
  const problems = spec.columns
    .filter((c) => c.required && !present.has(c.key))
    .map((c) => ({
      row: 1,
      column: c.key,
      message: { 'zh-CN': '缺少此列', en: 'This column is missing' },
    }));
  const rows: SheetRow[] = [];
  sheet?.eachRow((row, n) => {
    if (n === 1) return;
    const cells: Record<string, CellValue> = {};
    let any = false;
    row.eachCell((cell, col) => {
      const key = keyAt.get(col);
      if (!key) return;
      const value = plain(cell.value);
      cells[key] = value;
      if (value !== null && String(value).trim() !== '') any = true;
    });
    if (any) rows.push({ row: n, cells });
  });
  return { rows, problems };
}

/** class-validator's complaint in the file's language (its own text is English, led by the field). */
function ruleMessage(message: string, field = ''): Bilingual {
  const prop = field.split('.').at(-1) ?? '';
  const english = prop && message.startsWith(`${prop} `) ? message.slice(prop.length + 1) : message;
  const n = english.match(/(-?\d+(?:\.\d+)?)/g)?.at(-1);
  const zh = /less than/.test(english)
    ? `不能小于 ${n}`
    : /greater than/.test(english)
      ? `不能大于 ${n}`
      : /shorter than|longer than|length/.test(english)
        ? '长度不符合要求'
        : /must be one of|following values/.test(english)
          ? '不是可选的值'
          : /must match|must be 1–|format/.test(english)
            ? '格式不正确'
            : '不符合要求';
  return { 'zh-CN': zh, en: english };
}

const GENERAL: Record<string, Bilingual> = {
  BAD_USER_INPUT: { 'zh-CN': '不符合规则', en: 'not accepted' },
  NOT_FOUND: { 'zh-CN': '找不到引用的记录', en: 'refers to something that does not exist' },
  CONFLICT: { 'zh-CN': '与已有记录重复', en: 'duplicates an existing record' },
  FORBIDDEN: { 'zh-CN': '无权执行', en: 'not allowed' },
};

/**
 * Checks every row of an import and, when `apply` is set and no row has a problem, writes them all
 * in the caller's transaction (the caller commits, or rolls back when the report is not ok). Each
 * row goes through the create mutation's input rules and then the feature's service under a
 * savepoint, so a dry run finds exactly what an apply would refuse (duplicates included) and,
 * rolled back, writes nothing.
 */
export async function runImport(
  ctx: RequestContext,
  spec: AnyImportSpec,
  sheet: Awaited<ReturnType<typeof readSheet>>,
  opts: { parkId: string; language: ExchangeLanguage; apply: boolean },
): Promise<ImportReport> {
  const { language } = opts;
  const headerOf = (key: string) => spec.columns.find((c) => c.key === key)?.header[language] ?? key;
  const errors: ImportError[] = sheet.problems.map((p) => ({
    row: p.row,
    column: headerOf(p.column),
    message: p.message[language],
  }));
  if (sheet.rows.length > MAX_IMPORT_ROWS)
    errors.push({
      row: sheet.rows[MAX_IMPORT_ROWS]!.row,
      column: '',
      message: {
        'zh-CN': `一次最多导入 ${MAX_IMPORT_ROWS} 行`,
        en: `At most ${MAX_IMPORT_ROWS} rows per file`,
      }[language],
    });
  if (errors.length > 0) return { ok: false, applied: false, rows: sheet.rows.length, errors };
  if (sheet.rows.length === 0)
    return {
      ok: false,
      applied: false,
      rows: 0,
      errors: [
        {
          row: 2,
          column: '',
          message: { 'zh-CN': '文件中没有数据行', en: 'The file has no rows' }[language],
        },
      ],
    };

  const columnOf = (field: string | undefined) => {
    const key = (field ?? '').replace(/^input\./, '').split('.')[0]!;
    return spec.fieldColumns?.[key] ?? (spec.columns.some((c) => c.key === key) ? key : '');
  };
  const report = (row: number, p: RowProblem) =>
    errors.push({ row, column: p.column ? headerOf(p.column) : '', message: p.message[language] });

  for (const { row, cells } of sheet.rows) {
    const gate = checkValue(cells, 'row');
    if (gate) {
      report(row, { column: gate.field?.split('.')[1] ?? '', message: ruleMessage(gate.message) });
      continue;
    }
    const prepared = await spec.prepare(ctx, cells, opts);
    for (const p of prepared.problems) report(row, p);
    if (!prepared.input) continue;
    // A row with problems may hold an incomplete input: its other cells are still checked.
    const input = Object.assign(new spec.input(), prepared.input);
    const violations = await validate(input, {
      forbidUnknownValues: false,
      skipMissingProperties: prepared.problems.length > 0,
    });
    const reported = new Set(prepared.problems.map((p) => p.column));
    for (const v of violations) {
      const first = firstViolation([v], '');
      const column = first && columnOf(first.field);
      if (first && !reported.has(column!))
        report(row, { column: column!, message: ruleMessage(first.message, first.field) });
    }
    if (violations.length > 0 || prepared.problems.length > 0) continue;
    await dataExchangeRepository.savepoint(ctx.em);
    try {
      await spec.apply(ctx, input);
      await dataExchangeRepository.releaseSavepoint(ctx.em);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      await dataExchangeRepository.rollbackToSavepoint(ctx.em);
      const message = spec.messages?.[err.domainCode] ?? GENERAL[err.code] ?? GENERAL.BAD_USER_INPUT!;
      report(row, { column: columnOf(err.field), message });
    } finally {
      // The next row starts from an empty unit of work: nothing of a refused row is flushed again.
      ctx.em.clear();
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const ok = errors.length === 0;
  return { ok, applied: ok && opts.apply, rows: sheet.rows.length, errors };
}
