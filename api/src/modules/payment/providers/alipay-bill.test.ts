import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type AlipayBillLine, alipayBill, alipayStatementZip, gbk } from '../../../../test/alipay-helpers.js';
import { parseAlipayBill, readAlipayStatement } from './alipay-bill.js';
import { StatementFormatError, yuanText } from './provider.js';

const paid = (n: number, yuan: string): AlipayBillLine => ({
  tradeNo: `202612052200140000000000000${n}`,
  outTradeNo: `PK0000000${n}`,
  type: '交易',
  yuan,
});
const refunded = (n: number, yuan: string, outRequestNo: string): AlipayBillLine => ({
  ...paid(n, yuan),
  type: '退款',
  outRequestNo,
});
/** What the reader threw, when it is a StatementFormatError (anything else fails the test). */
const refusal = (read: () => unknown) => {
  try {
    read();
  } catch (err) {
    if (err instanceof StatementFormatError) return err.message;
    throw err;
  }
  throw new Error('the statement was read');
};

describe('Alipay statement', () => {
  it('reads payments and refunds into rows: fen, tabs trimmed, a refund keyed by trade number and out_request_no', () => {
    const csv = alipayBill([paid(1, '123.45'), paid(2, '0.01'), refunded(1, '-23.40', 'RF00000001')]);
    expect(parseAlipayBill(csv)).toEqual([
      {
        kind: 'PAYMENT',
        outTradeNo: 'PK00000001',
        ref: '2026120522001400000000000001',
        amountFen: 12_345,
        status: 'SUCCESS',
        at: '2026-12-05 10:00:30',
      },
      {
        kind: 'PAYMENT',
        outTradeNo: 'PK00000002',
        ref: '2026120522001400000000000002',
        amountFen: 1,
        status: 'SUCCESS',
        at: '2026-12-05 10:00:30',
      },
      {
        kind: 'REFUND',
        outTradeNo: 'PK00000001',
        ref: '2026120522001400000000000001:RF00000001',
        amountFen: 2_340,
        status: 'SUCCESS',
        at: '2026-12-05 10:00:30',
      },
    ]);
    expect(parseAlipayBill(alipayBill([], { refunds: null }))).toEqual([]);
  });

  it('reads the 业务明细 file of the zip (GBK names or flagged UTF-8 ones), not its 汇总', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ fen: fc.integer({ min: 1, max: 2_000_000_000 }), refund: fc.nat(100) }), {
          maxLength: 20,
        }),
        fc.boolean(),
        (orders, gbkNames) => {
          const lines = orders.flatMap((o, i) => {
            const back = Math.floor((o.fen * o.refund) / 100);
            return [paid(i, yuanText(o.fen)), ...(back ? [refunded(i, `-${yuanText(back)}`, `RF${i}`)] : [])];
          });
          const csv = alipayBill(lines);
          expect(readAlipayStatement(alipayStatementZip(gbk(csv), gbkNames))).toEqual(parseAlipayBill(csv));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses a statement whose summary disagrees with its lines, or that is cut short', () => {
    const lines = [paid(1, '10.00'), paid(2, '20.00'), refunded(1, '-5.00', 'RF1')];
    expect(refusal(() => parseAlipayBill(alipayBill(lines, { payments: 3 })))).toMatch(
      /summary says 3 payments and 1 refunds, the statement has 2 and 1/,
    );
    expect(refusal(() => parseAlipayBill(alipayBill(lines, { refunds: 0 })))).toMatch(/summary says/);
    expect(refusal(() => parseAlipayBill(alipayBill(lines, { refunds: null })))).toMatch(/cut short/);
    const csv = alipayBill(lines).split('\r\n');
    expect(refusal(() => parseAlipayBill(csv.slice(0, 7).join('\r\n')))).toMatch(/cut short/);
    expect(refusal(() => parseAlipayBill(csv.slice(0, -3).join('\r\n')))).toMatch(/cut short/);
  });

  it('refuses what it cannot read with a StatementFormatError, not a guess', () => {
    expect(refusal(() => readAlipayStatement(gbk('支付宝交易号,商户订单号')))).toMatch(/not a zip/);
    expect(refusal(() => readAlipayStatement(new Uint8Array(3)))).toMatch(/not a zip/);
    expect(refusal(() => readAlipayStatement(zipSync({ 'readme.txt': gbk('账单') })))).toMatch(
      /no 业务明细 file/,
    );
    // Bytes that are not GBK (a UTF-8 file would mostly decode, as other characters; this cannot).
    expect(refusal(() => readAlipayStatement(alipayStatementZip(Uint8Array.of(0x81, 0x20))))).toMatch(
      /not GBK/,
    );
    expect(refusal(() => parseAlipayBill('a,b,c\r\n1,2,3'))).toMatch(/not an Alipay statement/);
    expect(refusal(() => parseAlipayBill(alipayBill([paid(1, '1.00')]).replace('订单金额', '金额')))).toMatch(
      /no 订单金额（元） column/,
    );
    expect(refusal(() => parseAlipayBill(alipayBill([{ ...paid(1, '1.00'), type: '冻结' }])))).toMatch(
      /业务类型 冻结/,
    );
    expect(refusal(() => parseAlipayBill(alipayBill([refunded(1, '5.00', 'RF1')])))).toMatch(
      /5.00 is not the amount of a 退款/,
    );
    expect(refusal(() => parseAlipayBill(alipayBill([paid(1, '1.005')])))).toMatch(/not the amount/);
    expect(refusal(() => parseAlipayBill(alipayBill([refunded(1, '-1.00', '')])))).toMatch(
      /without 退款批次号/,
    );
    expect(
      refusal(() => parseAlipayBill(alipayBill([{ ...paid(1, '1.00'), outTradeNo: 'PK1,PK2' }]))),
    ).toMatch(/26 cells, the header 25/);
  });

  it('refuses a 业务明细 file larger than the cap before unzipping it', () => {
    const csv = gbk(alipayBill([paid(1, '1.00')]));
    const zip = alipayStatementZip(csv);
    expect(readAlipayStatement(zip, csv.length)).toHaveLength(1);
    expect(refusal(() => readAlipayStatement(zip, csv.length - 1))).toMatch(
      new RegExp(`unzips to ${csv.length} bytes, more than the ${csv.length - 1}`),
    );
  });
});
