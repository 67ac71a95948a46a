import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PARK } from '../../db/seeders/demo-data.js';
import { Random } from '../../db/seeders/random.js';
import { wallClock } from '../../kernel/clock.js';
import { Bill, BillStatus, billMoney } from '../billing/index.js';
import { Park } from '../park/park.entity.js';
import { PaymentCallback, PaymentEntry, PaymentIntent, Refund } from './payment.entity.js';
import {
  CallbackOutcome,
  PaymentChannel,
  PaymentEntryKind,
  PaymentIntentStatus,
  PaymentProviderName,
  RefundReason,
  RefundStatus,
} from './payment.enums.js';
import {
  DifferenceKind,
  Reconciliation,
  ReconciliationDifference,
  ReconciliationStatus,
} from './reconciliation/reconciliation.entity.js';
import { SandboxOrder, SandboxRefund } from './sandbox/sandbox.entity.js';

const DAY = 86_400_000;
const SYSTEM = '00000000-0000-0000-0000-000000000000';

/**
 * Payments of the demo park's seeded bills, as the sandbox would have booked them: most of last
 * month's bills paid in full before or a little after their due date, some in part, some not at
 * all (overdue); a few of this month's paid early; one payment partly refunded. Each has its
 * sandbox order, intent, ledger entry and logged callback, so every screen and report has data.
 */
export async function seedDemoPayments(em: EntityManager): Promise<Record<string, number>> {
  const park = await em.findOne(Park, { code: DEMO_PARK.code });
  if (!park) return {};
  const now = wallClock.now();
  const random = new Random(20261206);
  const bills = await em.find(
    Bill,
    { park, status: { $in: [BillStatus.ISSUED, BillStatus.OVERDUE] }, totalFen: { $gt: 0 } },
    { orderBy: { number: 'asc' } },
  );
  let payments = 0;
  let refunds = 0;
  let lost: { bill: (typeof bills)[number]; at: Date } | undefined;
  const paidOn = new Map<string, number>();
  // Money moves after one flush of every row: a flush per payment re-scanned the whole identity
  // map each time (18 s for the demo park's bills).
  const credits: { billId: string; fen: number }[] = [];
  const debits: { billId: string; fen: number }[] = [];
  for (const bill of bills) {
    const overdue = bill.status === BillStatus.OVERDUE;
    const roll = random.next();
    // Last month: 70 % paid in full, 12 % in part, the rest owed. This month: a fifth paid early.
    const share = overdue
      ? roll < 0.7
        ? 1
        : roll < 0.82
          ? 0.3 + 0.4 * random.next()
          : 0
      : roll < 0.2
        ? 1
        : 0;
    if (share === 0) {
      lost ??= overdue ? { bill, at: new Date(Date.parse(`${bill.dueOn}T10:30:00+08:00`) - DAY) } : undefined;
      continue;
    }
    const amount = share === 1 ? bill.totalFen : Math.max(1, Math.round(bill.totalFen * share));
    const issued = Date.parse(`${bill.issuedOn}T00:00:00+08:00`);
    const due = Date.parse(`${bill.dueOn}T00:00:00+08:00`);
    const paidAt = new Date(
      Math.min(
        now.getTime() - 3600_000,
        issued +
          random.int(1, Math.max(2, Math.round((due - issued) / DAY) + 5)) * DAY +
          random.int(8, 20) * 3600_000,
      ),
    );
    const seq = String(payments + 1).padStart(5, '0');
    const outTradeNo = `PK${paidAt.toISOString().replace(/\D/g, '').slice(0, 14)}D${seq}`;
    const transactionId = `4200${paidAt.toISOString().slice(0, 10).replaceAll('-', '')}${seq.padStart(16, '0')}`;
    const order = em.create(SandboxOrder, {
      mchId: '1900000109',
      appId: 'wxd678efh567hg6787',
      outTradeNo,
      description: `${bill.number} 物业账单`,
      amountFen: amount,
      currency: 'CNY',
      notifyUrl: '',
      expiresAt: new Date(paidAt.getTime() + 15 * 60_000),
      state: 'SUCCESS',
      transactionId,
      successAt: paidAt,
    });
    const channel = random.next() < 0.3 ? PaymentChannel.KIOSK : PaymentChannel.PORTAL;
    const key = `demo-${seq}`;
    const intent = em.create(PaymentIntent, {
      park,
      tenant: bill.tenant,
      bill,
      provider: PaymentProviderName.SANDBOX,
      channel,
      idempotencyKey: key,
      requestHash: createHash('sha256').update(key).digest('hex'),
      amountFen: amount,
      currency: 'CNY',
      outTradeNo,
      status: PaymentIntentStatus.SUCCEEDED,
      payUrl: '',
      expiresAt: order.expiresAt,
      providerTradeNo: transactionId,
      paidAt,
      createdBy: SYSTEM,
      createdAt: new Date(paidAt.getTime() - 60_000),
    });
    em.create(PaymentEntry, {
      park,
      tenant: bill.tenant,
      bill,
      intent,
      kind: PaymentEntryKind.PAYMENT,
      provider: PaymentProviderName.SANDBOX,
      providerRef: transactionId,
      amountFen: amount,
      bookedAt: paidAt,
      receiptNo: `SJ${outTradeNo.slice(2)}`,
    });
    em.create(PaymentCallback, {
      park,
      provider: PaymentProviderName.SANDBOX,
      receivedAt: new Date(paidAt.getTime() + 2000),
      outcome: CallbackOutcome.APPLIED,
      refusal: null,
      verifiedNonce: `demo-${seq}`,
      eventType: 'TRANSACTION.SUCCESS',
      outTradeNo,
      ip: '127.0.0.1',
      detail: null,
    });
    credits.push({ billId: bill.id, fen: amount });
    payments += 1;
    const day = chinaDay(paidAt);
    paidOn.set(day, (paidOn.get(day) ?? 0) + 1);
    if (payments === 3) {
      // One payment partly refunded (an overcharge put right): owed again on its bill.
      const back = Math.max(1, Math.round(amount / 10));
      const at = new Date(paidAt.getTime() + DAY);
      order.refundedFen = back;
      order.state = 'REFUND';
      intent.refundedFen = back;
      em.create(SandboxRefund, {
        mchId: order.mchId,
        order,
        outRefundNo: `RF${outTradeNo.slice(2)}01`,
        refundId: `5030${transactionId.slice(4)}`,
        amountFen: back,
        notifyUrl: null,
        status: 'SUCCESS',
        successAt: at,
      });
      em.create(Refund, {
        park,
        tenant: bill.tenant,
        bill,
        intent,
        amountFen: back,
        reason: RefundReason.REQUESTED,
        note: '多收物业费退还',
        status: RefundStatus.SUCCEEDED,
        outRefundNo: `RF${outTradeNo.slice(2)}01`,
        providerRefundId: `5030${transactionId.slice(4)}`,
        requestedBy: SYSTEM,
        finishedAt: at,
      });
      em.create(PaymentEntry, {
        park,
        tenant: bill.tenant,
        bill,
        intent,
        kind: PaymentEntryKind.REFUND,
        provider: PaymentProviderName.SANDBOX,
        providerRef: `5030${transactionId.slice(4)}`,
        amountFen: -back,
        bookedAt: at,
        receiptNo: null,
      });
      debits.push({ billId: bill.id, fen: back });
      refunds += 1;
    }
  }
  await em.flush();
  for (const c of credits) await billMoney.credit(em, c.billId, c.fen);
  for (const d of debits) await billMoney.debit(em, d.billId, d.fen, now);
  if (lost) await seedLostCallback(em, park, lost.bill, lost.at, paidOn.get(chinaDay(lost.at)) ?? 0);
  return { payments, refunds, reconciliations: lost ? 1 : 0 };
}

const chinaDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * One payment whose callback never came: the sandbox holds it paid, the product's intent still
 * open; that day's reconciliation found it (STATUS_MISMATCH), and it waits for finance to book it.
 */
async function seedLostCallback(em: EntityManager, park: Park, bill: Bill, at: Date, matched: number) {
  const outTradeNo = `PK${at.toISOString().replace(/\D/g, '').slice(0, 14)}L00001`;
  const transactionId = `4200${chinaDay(at).replaceAll('-', '')}${'7'.padStart(16, '0')}`;
  const order = em.create(SandboxOrder, {
    mchId: '1900000109',
    appId: 'wxd678efh567hg6787',
    outTradeNo,
    description: `${bill.number} 物业账单`,
    amountFen: bill.totalFen,
    currency: 'CNY',
    notifyUrl: '',
    expiresAt: new Date(at.getTime() + 15 * 60_000),
    state: 'SUCCESS',
    transactionId,
    successAt: at,
  });
  const intent = em.create(PaymentIntent, {
    park,
    tenant: bill.tenant,
    bill,
    provider: PaymentProviderName.SANDBOX,
    channel: PaymentChannel.KIOSK,
    idempotencyKey: 'demo-lost-callback',
    requestHash: createHash('sha256').update('demo-lost-callback').digest('hex'),
    amountFen: bill.totalFen,
    currency: 'CNY',
    outTradeNo,
    status: PaymentIntentStatus.PENDING,
    payUrl: '',
    expiresAt: order.expiresAt,
    createdBy: SYSTEM,
    createdAt: new Date(at.getTime() - 60_000),
  });
  const run = em.create(Reconciliation, {
    provider: PaymentProviderName.SANDBOX,
    billDate: chinaDay(at),
    status: ReconciliationStatus.DONE,
    startedBy: SYSTEM,
    statementRows: matched + 1,
    matched,
    differences: 1,
    error: null,
    finishedAt: new Date(at.getTime() + DAY),
    createdAt: new Date(at.getTime() + DAY),
  });
  em.create(ReconciliationDifference, {
    reconciliation: run,
    park,
    kind: DifferenceKind.STATUS_MISMATCH,
    entry: 'PAYMENT',
    outTradeNo: intent.outTradeNo,
    providerRef: transactionId,
    providerFen: bill.totalFen,
    localFen: null,
    providerStatus: 'SUCCESS',
    localStatus: 'PENDING',
    resolution: null,
    note: null,
    resolvedBy: null,
    resolvedAt: null,
  });
  await em.flush();
}
