import { unzipSync } from 'fflate';
import { fenOf, StatementFormatError, type StatementRow } from './provider.js';

/*
 * Alipay's trade statement (对账单, bill_type=trade), as alipay.data.dataservice.bill.downloadurl.query
 * links it: a zip of GBK CSV files, of which `…_业务明细.csv` lists the day's trades and refunds
 * (`…_业务明细(汇总).csv` only sums them). Its layout: `#` comment lines, then after the
 * `#---业务明细列表---` line the header (支付宝交易号,商户订单号,业务类型,…,订单金额（元）,…,
 * 退款批次号/请求号,…), one line a movement, the `#---业务明细列表结束---` line, then summaries
 * (`#交易合计：N笔，…`, `#退款合计：M笔，…`, `#导出时间：[…]`).
 *
 * What this rests on: Alipay's own reference pages could not be read from here. An English copy of
 * the method's page (2016) gives the parameters, the answer's `bill_download_url` (valid 30 s) and
 * the error codes; an article on Alibaba's developer community says the file is csv.zip in GBK;
 * public parsers and fixtures agree on the `_业务明细.csv` name, the header, the markers, the tab
 * padding and the summaries' `N笔` counts (their wording after the count differs, so only the
 * count is read). Assumed, not confirmed: that the list holds completed movements only, each 交易 or 退款 (any
 * other 业务类型 is refused, not guessed at); that a refund's 订单金额 is the amount refunded,
 * negative, and its 支付宝交易号 the refunded trade's; that `#交易合计` counts 交易 lines and
 * `#退款合计` 退款 lines; that a cell holding a comma is quoted the CSV way; that names inside the
 * zip are GBK without the zip's UTF-8 flag (both are read below).
 */

/** The most a statement may hold, downloaded and unzipped: a park's day is kilobytes. */
export const STATEMENT_MAX_BYTES = 50 * 1024 * 1024;

/** The columns reconciliation reads; the others (discounts, fees, shop, operator) it does not. */
const NEED = ['支付宝交易号', '商户订单号', '业务类型', '完成时间', '订单金额（元）', '退款批次号/请求号'];

/**
 * The ledger's reference of an Alipay refund, which has no id of its own: the refunded trade's
 * number and our out_request_no (the statement's 退款批次号/请求号).
 */
export const alipayRefundRef = (tradeNo: string, outRequestNo: string) =>
  `${tradeNo}:${outRequestNo}`.slice(0, 64);

/** A line's cells, trimmed: Alipay pads numbers with tabs so spreadsheets keep them text. */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * Reads a 业务明细 file (decoded text) into statement rows: 交易 a payment keyed by 支付宝交易号,
 * 退款 a refund keyed by {@link alipayRefundRef}, both completed. The summary counts are checked
 * against the lines, so a truncated file is refused rather than half reconciled.
 */
export function parseAlipayBill(csv: string): StatementRow[] {
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const headerAt = lines.findIndex((l) => cellsOf(l)[0] === '支付宝交易号');
  if (headerAt < 0) throw new StatementFormatError('not an Alipay statement: no 支付宝交易号 header');
  const header = cellsOf(lines[headerAt]!);
  const missing = NEED.filter((n) => !header.includes(n));
  if (missing.length)
    throw new StatementFormatError(`not an Alipay statement: no ${missing.join(', ')} column`);
  const endAt = lines.findIndex((l, i) => i > headerAt && l.startsWith('#'));
  if (endAt < 0 || !lines[endAt]!.includes('业务明细列表结束'))
    throw new StatementFormatError('no end of the list: the statement is cut short');
  const rows: StatementRow[] = [];
  const counted = { 交易: 0, 退款: 0 };
  for (let n = headerAt + 1; n < endAt; n++) {
    const v = cellsOf(lines[n]!);
    if (v.length !== header.length)
      throw new StatementFormatError(`line ${n + 1} has ${v.length} cells, the header ${header.length}`);
    const cell = (name: string) => v[header.indexOf(name)]!;
    const type = cell('业务类型');
    if (type !== '交易' && type !== '退款')
      throw new StatementFormatError(`line ${n + 1}: 业务类型 ${type} is not a payment or a refund`);
    const amount = cell('订单金额（元）');
    // A payment's amount is positive, a refund's negative (money going back).
    const fen = type === '交易' ? fenOf(amount) : amount.startsWith('-') ? fenOf(amount.slice(1)) : undefined;
    if (fen === undefined)
      throw new StatementFormatError(`line ${n + 1}: 订单金额 ${amount} is not the amount of a ${type}`);
    const base = { outTradeNo: cell('商户订单号'), amountFen: fen, status: 'SUCCESS', at: cell('完成时间') };
    counted[type] += 1;
    if (type === '交易') rows.push({ ...base, kind: 'PAYMENT', ref: cell('支付宝交易号') });
    else {
      const outRequestNo = cell('退款批次号/请求号');
      if (!outRequestNo) throw new StatementFormatError(`line ${n + 1}: a refund without 退款批次号/请求号`);
      rows.push({ ...base, kind: 'REFUND', ref: alipayRefundRef(cell('支付宝交易号'), outRequestNo) });
    }
  }
  const summary = (type: '交易' | '退款') => {
    for (const l of lines.slice(endAt + 1)) {
      const m = new RegExp(`^#${type}合计[：:]\\s*(\\d+)\\s*笔`).exec(l);
      if (m) return Number(m[1]);
    }
    return undefined;
  };
  const payments = summary('交易');
  // A day without refunds may not have the refund line; with refunds it must.
  const refunds = summary('退款') ?? (counted.退款 ? undefined : 0);
  if (payments === undefined || refunds === undefined)
    throw new StatementFormatError('no summary line: the statement is cut short');
  if (payments !== counted.交易 || refunds !== counted.退款)
    throw new StatementFormatError(
      `the summary says ${payments} payments and ${refunds} refunds, the statement has ${counted.交易} and ${counted.退款}`,
    );
  return rows;
}

/**
 * A zip entry's name: Alipay's are GBK without the zip's UTF-8 flag, which fflate then reads as
 * Latin-1, one character a byte; those bytes are decoded again as GBK. A flagged name is kept.
 */
function entryName(name: string): string {
  if ([...name].some((c) => c.charCodeAt(0) > 0xff)) return name;
  return new TextDecoder('gb18030').decode(Uint8Array.from(name, (c) => c.charCodeAt(0)));
}

/**
 * Reads the statement zip: only its 业务明细 file is unzipped, and only when its size is at most
 * `maxBytes` (a zip bomb is refused before it is inflated; one that lies about its size inflates
 * into a buffer of the size it gave, then fails the summary check).
 */
export function readAlipayStatement(zip: Uint8Array, maxBytes = STATEMENT_MAX_BYTES): StatementRow[] {
  let found: string | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (f) => {
        const name = entryName(f.name);
        if (!name.endsWith('_业务明细.csv')) return false;
        if (found !== undefined) throw new StatementFormatError('the statement has two 业务明细 files');
        if (f.originalSize > maxBytes)
          throw new StatementFormatError(
            `${name} unzips to ${f.originalSize} bytes, more than the ${maxBytes} a statement may have`,
          );
        found = f.name;
        return true;
      },
    });
  } catch (err) {
    if (err instanceof StatementFormatError) throw err;
    throw new StatementFormatError(`the statement is not a zip: ${(err as Error).message}`);
  }
  const csv = found === undefined ? undefined : files[found];
  if (!csv) throw new StatementFormatError('the statement has no 业务明细 file');
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(csv);
  } catch {
    throw new StatementFormatError('the 业务明细 file is not GBK text');
  }
  return parseAlipayBill(text);
}
