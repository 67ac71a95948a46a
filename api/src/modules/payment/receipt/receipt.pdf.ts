import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { chineseAmount } from './chinese-amount.js';
import type { ReceiptLineRow, ReceiptRow } from './receipt.repository.js';

/** A node of pdfmake's document definition (text, columns, a table …). */
type Content = string | Record<string, unknown>;
type TDocumentDefinitions = { content: Content[] } & Record<string, unknown>;
type FontFiles = Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>;
/**
 * What this file uses of pdfmake. Its DefinitelyTyped package pulls the DOM's types into the
 * whole API (`/// <reference lib="dom" />`), so the few calls are typed here instead.
 */
type PdfMake = {
  setFonts(fonts: Record<string, FontFiles>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
};

const require = createRequire(import.meta.url);
/** pdfmake's server build: a CommonJS singleton (its ESM namespace has no named exports). */
const pdfmake = require('pdfmake') as PdfMake;
/**
 * Noto Sans SC (SIL Open Font License), from the npm registry like every other dependency, so a
 * fresh machine prints Chinese without a system font; pdfkit embeds only the glyphs a receipt uses.
 */
const FONT = {
  normal: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
};
const FONT_DIR = dirname(dirname(FONT.normal));
pdfmake.setFonts({ NotoSansSC: { ...FONT, italics: FONT.normal, bolditalics: FONT.bold } });
// A receipt reads nothing from the network, and from the disk only its font.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));

const PROVIDERS: Record<string, string> = {
  SANDBOX: '沙箱支付 Sandbox',
  WECHAT: '微信支付 WeChat Pay',
  ALIPAY: '支付宝 Alipay',
};
const CHANNELS: Record<string, string> = {
  KIOSK: '大堂自助机 Lobby kiosk',
  PORTAL: '租户门户 Tenant portal',
};

/** Fen as yuan with thousands separators (123456 → "1,234.56"), by integer arithmetic. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
}

const label = (zh: string, en: string): Record<string, unknown> => ({
  text: [{ text: zh }, { text: `  ${en}`, color: '#6b7280', fontSize: 7 }],
});

/** The receipt 收款收据 of one payment as a PDF, both languages on every label. */
export function receiptDocument(r: ReceiptRow, lines: ReceiptLineRow[]): TDocumentDefinitions {
  const at = new Intl.DateTimeFormat('zh-CN', {
    timeZone: r.time_zone,
    dateStyle: 'short',
    timeStyle: 'medium',
    hourCycle: 'h23',
  }).format(new Date(r.booked_at));
  const amount = Number(r.amount_fen);
  const refunded = Number(r.refunded_fen);
  const owed = Number(r.total_fen) - Number(r.paid_fen);
  const row = (zh: string, en: string, value: Content): Content[] => [label(zh, en), value];
  return {
    info: {
      title: `收款收据 ${r.receipt_no}`,
      subject: `${r.bill_number} ${r.tenant_name}`,
      creator: r.park_name,
    },
    // A4 portrait: a bill of many units and meters still fits its lines, page after page.
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 40],
    defaultStyle: { font: 'NotoSansSC', fontSize: 9, lineHeight: 1.2 },
    content: [
      {
        columns: [
          { text: r.park_name, fontSize: 10, color: '#374151' },
          {
            text: [label('收据号', 'Receipt No.'), { text: `  ${r.receipt_no}`, bold: true }],
            alignment: 'right',
          },
        ],
      },
      {
        text: '收款收据  Payment receipt',
        fontSize: 16,
        bold: true,
        alignment: 'center',
        margin: [0, 6, 0, 8],
      },
      {
        table: {
          widths: [110, '*'],
          body: [
            row('付款单位', 'Payer', { text: `${r.tenant_name}（${r.uscc}）` }),
            row('账单', 'Bill', { text: `${r.bill_number}  ·  ${r.period}` }),
            row('收款时间', 'Paid at', { text: at }),
            row('支付方式', 'Paid by', {
              text: `${PROVIDERS[r.provider] ?? r.provider} · ${CHANNELS[r.channel] ?? r.channel}`,
            }),
            row('交易号', 'Transaction', { text: `${r.provider_ref}  (${r.out_trade_no})`, fontSize: 8 }),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      {
        margin: [0, 8, 0, 0],
        table: {
          headerRows: 1,
          widths: ['*', 120, 80],
          body: [
            [
              label('项目', 'Item'),
              label('期间', 'Period'),
              { ...label('金额（元）', 'Amount'), alignment: 'right' },
            ],
            ...lines.map((l): Content[] => [
              { text: l.description },
              { text: l.period_from === l.period_to ? l.period_from : `${l.period_from} ~ ${l.period_to}` },
              { text: yuan(Number(l.amount_fen)), alignment: 'right' },
            ]),
            [
              label('账单合计', 'Bill total'),
              { text: '' },
              { text: yuan(Number(r.total_fen)), alignment: 'right', bold: true },
            ],
          ],
        },
        layout: 'lightHorizontalLines',
      },
      {
        margin: [0, 10, 0, 0],
        table: {
          widths: [110, '*'],
          body: [
            row('本次收款', 'Received', { text: `¥ ${yuan(amount)}`, bold: true, fontSize: 12 }),
            row('大写', 'In words', { text: `人民币${chineseAmount(amount)}` }),
            ...(refunded > 0 ? [row('已退回', 'Refunded', { text: `¥ ${yuan(refunded)}` })] : []),
            row('账单尚欠', 'Still owed', { text: `¥ ${yuan(Math.max(0, owed))}` }),
          ],
        },
        layout: 'noBorders',
      },
      {
        margin: [0, 12, 0, 0],
        fontSize: 7,
        color: '#6b7280',
        text: '本收据为电子收款凭证，不作为增值税发票；如需发票，请在租户门户的账单中申请开票。  An electronic receipt of payment, not a VAT invoice; ask for an invoice on the bill in the tenant portal.',
      },
    ],
  };
}

/** The receipt's PDF bytes. */
export function renderReceipt(r: ReceiptRow, lines: ReceiptLineRow[]): Promise<Buffer> {
  return pdfmake.createPdf(receiptDocument(r, lines)).getBuffer();
}
