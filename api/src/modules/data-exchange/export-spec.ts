import type { RequestContext } from '../../graphql/context.js';

/** The two languages of the console; headers and labels of a file are in one of them. */
export type ExchangeLanguage = 'zh-CN' | 'en';

/** A text in both languages. */
export type Bilingual = { 'zh-CN': string; en: string };

/** How a cell is written: text, a number with a format, or a date and time in the park's zone. */
export type CellKind =
  /** As it is. */
  | 'text'
  /** An integer (counts, floors). */
  | 'integer'
  /** Square metres with two decimals. */
  | 'area'
  /** Yuan with two decimals, from an integer number of fen. */
  | 'money'
  /** Date and time, in the time zone the row names (`timeZone`). */
  | 'datetime'
  /** A calendar date (`YYYY-MM-DD`, already local). */
  | 'date';

/** One column of an export: its header and how a row gives its value. */
export type ExportColumn<R> = {
  header: Bilingual;
  kind: CellKind;
  /** The raw value (fen for money, a Date or ISO text for datetime, an enum key for `labels`). */
  value: (row: R, language: ExchangeLanguage) => unknown;
  /** Enum keys to words, per language; a key without a label is written as it is. */
  labels?: Record<string, Bilingual>;
  /** Column width in characters (XLSX). */
  width?: number;
};

/** Rows of an export, read in batches through the feature's repository on the caller's transaction. */
export type ExportSource<R> = {
  /** How many rows the filter selects (for the progress hint). */
  count(): Promise<number>;
  /** The rows, batch by batch, from a server-side cursor; stops when the consumer stops. */
  batches(): AsyncIterable<R[]>;
};

/**
 * A list that can be exported (SPEC §3.9): declared by the feature that owns the list, in its
 * manifest's `exports`, and found by name. `filterType` names the GraphQL input type the list's
 * query takes, so the export honours exactly the filter the user sees on screen.
 */
export type ExportSpec<R = never, F = never> = {
  /** Stable name the apps use (`units`, `equipment`, ...). */
  name: string;
  /** File name stem per language, e.g. `{ 'zh-CN': '房源', en: 'units' }`. */
  title: Bilingual;
  /** What reading the list needs; the same requirement as its GraphQL query. (A permission name, checked against the
   * catalogue at boot; typed as text because the catalogue's type is derived from the manifests.) */
  permission: string;
  /** The GraphQL input type of the list's `filter` argument, and its class (validation rules). */
  filter?: { typeName: string; type: new () => F };
  /**
   * For a list whose query takes a park instead of a filter (`maintenancePlans(parkId:)`): the
   * export takes `parkId` and the source gets `{ parkId }` as its filter.
   */
  byPark?: boolean;
  columns: readonly ExportColumn<R>[];
  /** The IANA time zone of a row's park (for `datetime` columns). */
  timeZone?: (row: R) => string | null | undefined;
  source(ctx: RequestContext, filter: F | undefined): ExportSource<R>;
};

/** An export of any row and filter type, as the registry holds them. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds exports of every row type; each checks its own.
export type AnyExportSpec = ExportSpec<any, any>;

/** Declares an export with its row and filter types checked against its columns and source. */
export const defineExport = <R, F = never>(spec: ExportSpec<R, F>): AnyExportSpec => spec as AnyExportSpec;

/** Bilingual labels from `{ KEY: ['中文', 'English'] }`. */
export function labels(pairs: Record<string, readonly [string, string]>): Record<string, Bilingual> {
  return Object.fromEntries(Object.entries(pairs).map(([k, [zh, en]]) => [k, { 'zh-CN': zh, en }]));
}

/** A header from its two words. */
export const header = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });
