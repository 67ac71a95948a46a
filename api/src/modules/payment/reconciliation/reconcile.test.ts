import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StatementRow } from '../providers/provider.js';
import { type Difference, type LocalEntry, type LocalIntent, reconcile } from './reconcile.js';
import { formatTradeBill, parseTradeBill, type TradeBillRecord } from './trade-bill.js';

/**
 * What happened to one payment and its refund: the provider's truth, and what reached our books.
 * `deliveries` counts the callbacks that arrived (0: lost; more than 1: duplicated, which the
 * ledger's unique reference collapses); `known` is whether we opened the order at all.
 */
const story = fc.record({
  amountFen: fc.integer({ min: 1, max: 50_000_000 }),
  known: fc.boolean(),
  deliveries: fc.integer({ min: 0, max: 3 }),
  /** The ledger booked another amount (a defect the reconciliation must show). */
  tamper: fc.integer({ min: -500, max: 500 }),
  refund: fc.option(
    fc.record({
      share: fc.double({ min: 0.01, max: 1, noNaN: true }),
      deliveries: fc.integer({ min: 0, max: 3 }),
    }),
    { nil: undefined },
  ),
});
/** Entries our ledger holds that the provider never saw (a booking from nowhere). */
const phantom = fc.record({ amountFen: fc.integer({ min: 1, max: 1_000_000 }), refund: fc.boolean() });

type World = {
  statement: StatementRow[];
  ledger: LocalEntry[];
  intents: LocalIntent[];
  expected: Difference[];
};

type Story = typeof story extends fc.Arbitrary<infer T> ? T : never;

function worldOf(stories: Story[], phantoms: { amountFen: number; refund: boolean }[]): World {
  const statement: StatementRow[] = [];
  const ledger = new Map<string, LocalEntry>();
  const intents: LocalIntent[] = [];
  const expected: Difference[] = [];
  stories.forEach((s, i) => {
    const outTradeNo = `PK${String(i).padStart(8, '0')}`;
    const ref = `4200${String(i).padStart(12, '0')}`;
    statement.push({
      kind: 'PAYMENT',
      outTradeNo,
      ref,
      amountFen: s.amountFen,
      status: 'SUCCESS',
      at: '2026-12-05 10:00:00',
    });
    const booked = s.known && s.deliveries > 0;
    if (s.known) intents.push({ outTradeNo, status: booked ? 'SUCCEEDED' : 'PENDING' });
    const localFen = Math.max(1, s.amountFen + s.tamper);
    // Each delivery books through the unique reference: the map keeps one.
    for (let d = 0; d < (booked ? s.deliveries : 0); d++)
      ledger.set(`P${ref}`, { kind: 'PAYMENT', outTradeNo, ref, amountFen: localFen });
    const base = { entry: 'PAYMENT' as const, outTradeNo, ref, providerStatus: 'SUCCESS' };
    if (!booked)
      expected.push({
        ...base,
        kind: s.known ? 'STATUS_MISMATCH' : 'MISSING_LOCALLY',
        providerFen: s.amountFen,
        localFen: null,
        localStatus: s.known ? 'PENDING' : null,
      });
    else if (localFen !== s.amountFen)
      expected.push({
        ...base,
        kind: 'AMOUNT_MISMATCH',
        providerFen: s.amountFen,
        localFen,
        localStatus: null,
      });
    if (s.refund && booked) {
      const fen = Math.max(1, Math.floor(s.amountFen * s.refund.share));
      const refundRef = `5030${String(i).padStart(12, '0')}`;
      statement.push({
        kind: 'REFUND',
        outTradeNo,
        ref: refundRef,
        amountFen: fen,
        status: 'SUCCESS',
        at: '2026-12-05 11:00:00',
      });
      for (let d = 0; d < s.refund.deliveries; d++)
        ledger.set(`R${refundRef}`, { kind: 'REFUND', outTradeNo, ref: refundRef, amountFen: -fen });
      if (s.refund.deliveries === 0)
        expected.push({
          kind: 'STATUS_MISMATCH',
          entry: 'REFUND',
          outTradeNo,
          ref: refundRef,
          providerFen: fen,
          localFen: null,
          providerStatus: 'SUCCESS',
          localStatus: 'SUCCEEDED',
        });
    }
  });
  phantoms.forEach((p, i) => {
    const outTradeNo = `PX${String(i).padStart(8, '0')}`;
    const ref = `9999${String(i).padStart(12, '0')}`;
    const kind = p.refund ? 'REFUND' : 'PAYMENT';
    ledger.set(`X${ref}`, { kind, outTradeNo, ref, amountFen: p.refund ? -p.amountFen : p.amountFen });
    expected.push({
      kind: 'MISSING_AT_PROVIDER',
      entry: kind,
      outTradeNo,
      ref,
      providerFen: null,
      localFen: p.amountFen,
      providerStatus: null,
      localStatus: null,
    });
  });
  return { statement, ledger: [...ledger.values()], intents, expected };
}

const sorted = (ds: Difference[]) =>
  [...ds].sort((a, b) => `${a.entry}${a.ref}`.localeCompare(`${b.entry}${b.ref}`));

describe('reconciliation', () => {
  it('finds every difference of random days of payments, refunds, lost and duplicated callbacks, and no false one', () => {
    fc.assert(
      fc.property(
        fc.array(story, { maxLength: 40 }),
        fc.array(phantom, { maxLength: 5 }),
        (stories, phantoms) => {
          const w = worldOf(stories, phantoms);
          expect(sorted(reconcile(w.statement, w.ledger, w.intents))).toEqual(sorted(w.expected));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads back the trade bill it writes, and refuses one cut short', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            fen: fc.integer({ min: 1, max: 2_000_000_000 }),
            refund: fc.integer({ min: 0, max: 100 }),
          }),
          { maxLength: 30 },
        ),
        (orders) => {
          const records: TradeBillRecord[] = orders.flatMap((o, i) => {
            const base = {
              at: '2026-12-05 09:30:00',
              appId: 'wxd678efh567hg6787',
              mchId: '1900000109',
              transactionId: `4200${i}`,
              outTradeNo: `PK${i}`,
              amountFen: o.fen,
              description: 'ZD202612-0001 物业账单, 含逗号',
            };
            const refundFen = Math.floor((o.fen * o.refund) / 100);
            return [
              { ...base, state: 'SUCCESS' as const },
              ...(refundFen > 0
                ? [
                    {
                      ...base,
                      state: 'REFUND' as const,
                      refundId: `5030${i}`,
                      outRefundNo: `RF${i}`,
                      refundFen,
                      refundStatus: 'SUCCESS',
                    },
                  ]
                : []),
            ];
          });
          const rows = parseTradeBill(formatTradeBill(records));
          expect(rows).toEqual(
            records.map((r) =>
              r.state === 'SUCCESS'
                ? {
                    kind: 'PAYMENT',
                    outTradeNo: r.outTradeNo,
                    ref: r.transactionId,
                    amountFen: r.amountFen,
                    status: 'SUCCESS',
                    at: r.at,
                  }
                : {
                    kind: 'REFUND',
                    outTradeNo: r.outTradeNo,
                    ref: r.refundId,
                    amountFen: r.refundFen,
                    status: 'SUCCESS',
                    at: r.at,
                  },
            ),
          );
        },
      ),
      { numRuns: 100 },
    );
    const csv = formatTradeBill([
      {
        at: 'x',
        appId: 'a',
        mchId: 'm',
        transactionId: 't',
        outTradeNo: 'o',
        state: 'SUCCESS',
        amountFen: 100,
        description: 'd',
      },
    ]);
    expect(() => parseTradeBill(csv.split('\r\n').slice(0, 2).join('\r\n'))).toThrow(/cut short/);
    expect(() => parseTradeBill('a,b,c\r\n1,2,3')).toThrow(/not a trade bill/);
  });
});
