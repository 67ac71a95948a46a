import { fenOf, StatementFormatError, type StatementRow, yuanText } from '../providers/provider.js';

/** The columns of WeChat Pay's trade bill (交易账单, bill_type=ALL), in order. */
export const TRADE_BILL_COLUMNS = [
  '交易时间',
  '公众账号ID',
  '商户号',
  '特约商户号',
  '设备号',
  '微信订单号',
  '商户订单号',
  '用户标识',
  '交易类型',
  '交易状态',
  '付款银行',
  '货币种类',
  '应结订单金额',
  '代金券金额',
  '微信退款单号',
  '商户退款单号',
  '退款金额',
  '充值券退款金额',
  '退款类型',
  '退款状态',
  '商品名称',
  '商户数据包',
  '手续费',
  '费率',
  '订单金额',
  '申请退款金额',
  '费率备注',
] as const;
const SUMMARY = [
  '总交易单数',
  '应结订单总金额',
  '退款总金额',
  '充值券退款总金额',
  '手续费总金额',
  '订单总金额',
  '申请退款总金额',
];

export type TradeBillRecord = {
  at: string;
  appId: string;
  mchId: string;
  transactionId: string;
  outTradeNo: string;
  state: 'SUCCESS' | 'REFUND';
  amountFen: number;
  refundId?: string;
  outRefundNo?: string;
  refundFen?: number;
  refundStatus?: string;
  description: string;
};

/** A value as WeChat writes it in the bill: a backtick first, so spreadsheets keep it text. */
const cell = (v: string) => `\`${v.replaceAll(',', '，')}`;

/** Writes a trade bill in WeChat Pay's layout (the sandbox's statement). */
export function formatTradeBill(records: readonly TradeBillRecord[]): string {
  const lines = [TRADE_BILL_COLUMNS.join(',')];
  let paid = 0;
  let refunded = 0;
  for (const r of records) {
    const refund = r.state === 'REFUND';
    if (refund) refunded += r.refundFen ?? 0;
    else paid += r.amountFen;
    const fee = Math.round(r.amountFen * 0.006);
    lines.push(
      [
        r.at,
        r.appId,
        r.mchId,
        '0',
        '',
        r.transactionId,
        r.outTradeNo,
        'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        'NATIVE',
        r.state,
        'OTHERS',
        'CNY',
        yuanText(refund ? 0 : r.amountFen),
        '0.00',
        r.refundId ?? '0',
        r.outRefundNo ?? '0',
        yuanText(r.refundFen ?? 0),
        '0.00',
        refund ? 'ORIGINAL' : '',
        r.refundStatus ?? '',
        r.description,
        '',
        (refund ? -fee / 100 : fee / 100).toFixed(5),
        '0.60%',
        yuanText(r.amountFen),
        yuanText(r.refundFen ?? 0),
        '',
      ]
        .map(cell)
        .join(','),
    );
  }
  lines.push(SUMMARY.join(','));
  lines.push(
    [
      String(records.length),
      yuanText(paid),
      yuanText(refunded),
      '0.00',
      '0.00000',
      yuanText(paid),
      yuanText(refunded),
    ]
      .map(cell)
      .join(','),
  );
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Reads a trade bill (WeChat Pay's CSV, or the sandbox's) into statement rows: a SUCCESS row is a
 * payment, a REFUND row a refund (its refund id and amount). The summary lines are checked
 * against the rows, so a truncated download is refused rather than half reconciled.
 */
export function parseTradeBill(csv: string): StatementRow[] {
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = lines[0]?.split(',') ?? [];
  const col = (name: string) => header.indexOf(name);
  const need = [
    '交易时间',
    '微信订单号',
    '商户订单号',
    '交易状态',
    '应结订单金额',
    '微信退款单号',
    '退款金额',
    '退款状态',
    '订单金额',
  ];
  if (need.some((n) => col(n) < 0)) throw new StatementFormatError('not a trade bill: columns missing');
  const summaryAt = lines.findIndex((l) => l.startsWith('总交易单数'));
  if (summaryAt < 0 || !lines[summaryAt + 1])
    throw new StatementFormatError('no summary line: the bill is cut short');
  const rows: StatementRow[] = [];
  const money = (v: string | undefined, what: string) => {
    const fen = fenOf(v ?? '');
    if (fen === undefined) throw new StatementFormatError(`${what} is not an amount: ${v}`);
    return fen;
  };
  for (const line of lines.slice(1, summaryAt)) {
    const v = line.split(',').map((c) => c.replace(/^`/, ''));
    const state = v[col('交易状态')];
    if (state === 'REFUND')
      rows.push({
        kind: 'REFUND',
        outTradeNo: v[col('商户订单号')]!,
        ref: v[col('微信退款单号')]!,
        amountFen: money(v[col('退款金额')], '退款金额'),
        status: v[col('退款状态')] ?? '',
        at: v[col('交易时间')]!,
      });
    else
      rows.push({
        kind: 'PAYMENT',
        outTradeNo: v[col('商户订单号')]!,
        ref: v[col('微信订单号')]!,
        amountFen: money(v[col('订单金额')], '订单金额'),
        status: state ?? '',
        at: v[col('交易时间')]!,
      });
  }
  const count = Number(lines[summaryAt + 1]!.split(',')[0]!.replace(/^`/, ''));
  if (count !== rows.length)
    throw new StatementFormatError(`the summary says ${count} rows, the bill has ${rows.length}`);
  return rows;
}
