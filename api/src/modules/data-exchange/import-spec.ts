import type { RequestContext } from '../../graphql/context.js';
import type { Bilingual, ExchangeLanguage } from './export-spec.js';

/** A cell as read from the file: text, a number, a date, or nothing. */
export type CellValue = string | number | Date | null;

/** One column of an import: its header (either language is accepted) and an example for the template. */
export type ImportColumn = {
  key: string;
  header: Bilingual;
  required?: boolean;
  /** The template's example value. */
  example: Bilingual | string | number;
};

/** A problem with one cell, in the file's terms; `column` is a column key. */
export type RowProblem = { column: string; message: Bilingual };

/**
 * What `prepare` makes of a row: the input of the create mutation and the problems found. With
 * problems, the input may be incomplete (what the row's good cells give), so its rules still
 * check those cells and the report names every bad cell at once.
 */
export type Prepared<I> = { input?: I | undefined; problems: RowProblem[] };

/**
 * A register that can be filled from a spreadsheet (SPEC §3.9, issue 16): declared by the feature
 * in its manifest's `imports`. Each row becomes the input of the feature's create mutation, is
 * checked by that input class's rules (as the GraphQL input gate checks it), and is written by the
 * feature's own service, so an imported row obeys exactly what a created one does.
 */
export type ImportSpec<I extends object = object> = {
  name: string;
  title: Bilingual;
  /** What importing needs: the register's manage (write) permission. (A permission name, checked against the
   * catalogue at boot; typed as text because the catalogue's type is derived from the manifests.) */
  permission: string;
  columns: readonly ImportColumn[];
  /** The create mutation's input class: its validation rules check every row. */
  input: new () => I;
  /** Which column an input field's error belongs to (`floorId` → `floor`); by default the same key. */
  fieldColumns?: Readonly<Record<string, string>>;
  /** Messages for the domain codes its service raises, in both languages. */
  messages?: Readonly<Record<string, Bilingual>>;
  /**
   * Turns a row's cells (by column key) into the input, resolving references (a building code to
   * its floor, a credit code to its company) in `parkId`, the park the import is for.
   */
  prepare(
    ctx: RequestContext,
    cells: Readonly<Record<string, CellValue>>,
    opts: { parkId: string; language: ExchangeLanguage },
  ): Promise<Prepared<I>>;
  /** Writes one row through the feature's service (its create). */
  apply(ctx: RequestContext, input: I): Promise<unknown>;
};

// biome-ignore lint/suspicious/noExplicitAny: the registry holds imports of every input type.
export type AnyImportSpec = ImportSpec<any>;

export const defineImport = <I extends object>(spec: ImportSpec<I>): AnyImportSpec => spec as AnyImportSpec;

/** The text of a cell, trimmed; empty is undefined. */
export function text(value: CellValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const s = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  return s === '' ? undefined : s;
}

/** The number in a cell; NaN when it holds something else; undefined when empty. */
export function numeric(value: CellValue | undefined): number | undefined {
  const s = text(value);
  if (s === undefined) return undefined;
  return typeof value === 'number' ? value : Number(s.replaceAll(',', ''));
}

/** The enum key a cell names, by key or by its word in either language. */
export function enumKey(value: CellValue | undefined, words: Record<string, Bilingual>): string | undefined {
  const s = text(value);
  if (s === undefined) return undefined;
  const upper = s.toUpperCase();
  if (upper in words) return upper;
  for (const [key, label] of Object.entries(words))
    if (label['zh-CN'] === s || label.en.toLowerCase() === s.toLowerCase()) return key;
  return undefined;
}

export const problem = (column: string, zh: string, en: string): RowProblem => ({
  column,
  message: { 'zh-CN': zh, en },
});

/** "Must be one of: …", listing the words in the file's language. */
export const notOneOf = (column: string, words: Record<string, Bilingual>): RowProblem => ({
  column,
  message: {
    'zh-CN': `应为以下之一：${Object.values(words)
      .map((w) => w['zh-CN'])
      .join('、')}`,
    en: `must be one of: ${Object.values(words)
      .map((w) => w.en)
      .join(', ')}`,
  },
});

/**
 * A date cell as `YYYY-MM-DD` (a spreadsheet date, or text), as the `LocalDate` scalar accepts it;
 * pushes a problem and gives undefined for anything else.
 */
export function localDate(
  cells: Readonly<Record<string, CellValue>>,
  key: string,
  problems: RowProblem[],
): string | undefined {
  const value = cells[key];
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const s = text(value);
  if (s === undefined) return undefined;
  const date = new Date(`${s}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(s) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== s
  ) {
    problems.push(problem(key, '应为日期（如 2026-01-31）', 'must be a date (e.g. 2026-01-31)'));
    return undefined;
  }
  return s;
}
