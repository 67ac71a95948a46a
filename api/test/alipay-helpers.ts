import { zipSync } from 'fflate';

/** The columns of Alipay's 业务明细 file, in order. */
const COLUMNS = [
  '支付宝交易号',
  '商户订单号',
  '业务类型',
  '商品名称',
  '创建时间',
  '完成时间',
  '门店编号',
  '门店名称',
  '操作员',
  '终端号',
  '对方账户',
  '订单金额（元）',
  '商家实收（元）',
  '支付宝红包（元）',
  '集分宝（元）',
  '支付宝优惠（元）',
  '商家优惠（元）',
  '券核销金额（元）',
  '券名称',
  '商家红包消费金额（元）',
  '卡消费金额（元）',
  '退款批次号/请求号',
  '服务费（元）',
  '分润（元）',
  '备注',
];

let codes: Map<string, number[]> | undefined;
/** Text as GBK bytes (Node decodes GBK but does not encode it: the table is read off the decoder). */
export function gbk(text: string): Uint8Array {
  if (!codes) {
    codes = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let hi = 0x81; hi <= 0xfe; hi++)
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        const c = decoder.decode(Uint8Array.of(hi, lo));
        if (lo !== 0x7f && c.length === 1 && c !== '\uFFFD' && !codes.has(c)) codes.set(c, [hi, lo]);
      }
  }
  const out: number[] = [];
  for (const c of text) {
    const code = c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : codes.get(c);
    if (!code) throw new Error(`no GBK code for ${c}`);
    out.push(...code);
  }
  return Uint8Array.from(out);
}

/** One movement of an Alipay statement: 交易 (amount positive) or 退款 (negative, with our out_request_no). */
export type AlipayBillLine = {
  tradeNo: string;
  outTradeNo: string;
  type: '交易' | '退款' | string;
  yuan: string;
  outRequestNo?: string;
};

/**
 * A 业务明细 file in Alipay's layout: comment lines, the header, one line a movement (numbers
 * padded with a tab, as Alipay writes them), the end marker and the summaries, counted from the
 * lines unless `summary` says otherwise (`refunds: null` leaves the refund line out).
 */
export function alipayBill(
  lines: readonly AlipayBillLine[],
  summary: { payments?: number; refunds?: number | null } = {},
): string {
  const count = (type: string) => lines.filter((l) => l.type === type).length;
  const refunds = summary.refunds === undefined ? count('退款') : summary.refunds;
  return [
    '#支付宝业务明细查询',
    '#账号：[20880000000000000156]',
    '#起始日期：[2026年12月05日 00:00:00]   终止日期：[2026年12月06日 00:00:00]',
    '#-----------------------------------------业务明细列表----------------------------------------',
    COLUMNS.join(','),
    ...lines.map((l) =>
      [
        `${l.tradeNo}\t`,
        `${l.outTradeNo}\t`,
        l.type,
        'ZD202612-0001 物业账单',
        '2026-12-05 10:00:00',
        '2026-12-05 10:00:30',
        '',
        '',
        '',
        '',
        'tan***@example.com',
        l.yuan,
        l.yuan,
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '',
        '0.00',
        '0.00',
        l.outRequestNo ? `${l.outRequestNo}\t` : '',
        '0.00',
        '0.00',
        '',
      ].join(','),
    ),
    '#-----------------------------------------业务明细列表结束------------------------------------',
    `#交易合计：${summary.payments ?? count('交易')}笔，商家实收共计：0.00元`,
    ...(refunds === null ? [] : [`#退款合计：${refunds}笔，商家实收共计：-0.00元`]),
    '#导出时间：[2026年12月06日 10:00:00]',
  ].join('\r\n');
}

/**
 * The zip Alipay's link serves: the 业务明细 file (GBK) and its 业务明细(汇总) beside it. Alipay
 * names them in GBK without the zip's UTF-8 flag; fflate writes UTF-8 names, flagged, so with
 * `gbkNames` each is written under an ASCII stand-in of its GBK length and renamed in place.
 */
export function alipayStatementZip(detail: Uint8Array, gbkNames = true): Uint8Array {
  const files = {
    '20880000000000000156_20261205_业务明细.csv': detail,
    '20880000000000000156_20261205_业务明细(汇总).csv': gbk(
      '#支付宝业务汇总查询\r\n门店编号,门店名称,交易订单总笔数\r\n',
    ),
  };
  if (!gbkNames) return zipSync(files);
  const names = Object.keys(files).map((name, i) => {
    const bytes = gbk(name);
    return { bytes, standIn: String(i).padStart(bytes.length, '~') };
  });
  const zip = zipSync(Object.fromEntries(Object.values(files).map((data, i) => [names[i]!.standIn, data])), {
    level: 9,
  });
  for (const { bytes, standIn } of names) {
    const find = new TextEncoder().encode(standIn);
    for (let at = 0; at <= zip.length - find.length; at++)
      if (find.every((b, k) => zip[at + k] === b)) zip.set(bytes, at);
  }
  return zip;
}
