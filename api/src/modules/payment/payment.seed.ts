import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PARK } from '../../db/seeders/demo-data.js';
import { Random } from '../../db/seeders/random.js';
import { wallClock } from '../../kernel/clock.js';
import {
  Bill,
  BillStatus,
  billMoney,
  monthDays,
  previousMonth,
  seedBillMonth,
  seedCharges,
  seedOverdue,
} from '../billing/index.js';
import { addDays } from '../lease/index.js';
import { todayIn } from '../maintenance/recurrence.js';
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
const HOUR = 3_600_000;
const SYSTEM = '00000000-0000-0000-0000-000000000000';

/** How a demo company pays its bills: most on time, some after the due date, a few fall behind. */
type Habit = 'ON_TIME' | 'LATE' | 'BEHIND';

/** Midnight of a park day (China, UTC+8). */
const chinaMidnight = (day: string) => Date.parse(`${day}T00:00:00+08:00`);

/**
 * A year of the demo park's bills and their payments, month by month as they would have happened:
 * each month's bill run (the billing feature's, issued on the 1st), then that month's payments,
 * so the next run charges late fees on what was really left owed. Each company has a habit: 72 %
 * pay in full before the due date, 20 % some days after it (one bill in seven only in part), 8 %
 * fall behind (nearly half their bills never paid, so the aging report has debts of every age).
 * This month's bills are only paid by those who already did (bills are due mid-month). Each
 * payment has its sandbox order, intent, ledger entry and logged callback; one is partly
 * refunded; one of last month's has a callback that never came, found by that day's
 * reconciliation, so every screen and report has data.
 */
export async function seedDemoPayments(em: EntityManager): Promise<Record<string, number>> {
  const park = await em.findOne(Park, { code: DEMO_PARK.code });
  if (!park) return {};
  const now = wallClock.now();
  const random = new Random(20261206);
  const current = todayIn(park.timeZone, now).slice(0, 7);
  const periods = [current];
  while (periods.length < 12) periods.unshift(previousMonth(periods[0]!));
  const habits = new Map<string, Habit>();
  const habitOf = (tenantId: string): Habit => {
    let habit = habits.get(tenantId);
    if (!habit) {
      const roll = random.next();
      habit = roll < 0.72 ? 'ON_TIME' : roll < 0.92 ? 'LATE' : 'BEHIND';
      habits.set(tenantId, habit);
    }
    return habit;
  };
  const counts = { bills: 0, charges: 0, payments: 0, refunds: 0 };
  let lost: { bill: Bill; at: Date } | undefined;
  const paidOn = new Map<string, number>();
  const today = todayIn(park.timeZone, now);
  // Its own sequence, so the companies' paying habits stay what they were.
  const charges = new Random(20261207);
  for (const period of periods) {
    // What companies used the month before, billed with this month's bill.
    counts.charges += await seedCharges(em, park, previousMonth(period), today, charges, now);
    counts.bills += await seedBillMonth(em, park, period, now);
    const nextRun = chinaMidnight(`${addDays(monthDays(period).to, 1)}`);
    const bills = await em.find(
      Bill,
      { park, period, status: BillStatus.ISSUED, totalFen: { $gt: 0 } },
      { orderBy: { number: 'asc' } },
    );
    // Money moves after one flush of the month's rows: a flush per payment re-scanned the whole
    // identity map each time.
    const credits: { billId: string; fen: number }[] = [];
    const debits: { billId: string; fen: number }[] = [];
    for (const bill of bills) {
      const issued = chinaMidnight(bill.issuedOn);
      const due = chinaMidnight(bill.dueOn);
      const at = (day: number) => day + random.int(8, 20) * HOUR + random.int(0, 59) * 60_000;
      let share = 1;
      let paidAt: number;
      const habit = habitOf(bill.tenant.id);
      if (habit === 'ON_TIME')
        paidAt = at(issued + random.int(1, Math.max(1, (due - issued) / DAY - 1)) * DAY);
      else if (habit === 'LATE') {
        if (random.chance(1 / 7)) share = 0.3 + 0.4 * random.next();
        paidAt = at(due + random.int(1, 10) * DAY);
      } else {
        if (random.chance(0.45)) share = 0;
        paidAt = at(due + random.int(3, 12) * DAY);
      }
      // Paid before the next month's run, and not in the future: this month's are mostly still owed.
      paidAt = Math.min(paidAt, nextRun - 6 * HOUR);
      if (share === 0 || paidAt > now.getTime() - HOUR) {
        if (period === periods.at(-2) && !lost) lost = { bill, at: new Date(due - DAY + 10.5 * HOUR) };
        continue;
      }
      const amount = share === 1 ? bill.totalFen : Math.max(1, Math.round(bill.totalFen * share));
      const payment = recordPayment(em, park, bill, amount, new Date(paidAt), ++counts.payments, random);
      credits.push({ billId: bill.id, fen: amount });
      const day = chinaDay(new Date(paidAt));
      paidOn.set(day, (paidOn.get(day) ?? 0) + 1);
      if (counts.payments === 3) {
        debits.push({ billId: bill.id, fen: recordRefund(em, park, bill, payment, amount) });
        counts.refunds += 1;
      }
    }
    await em.flush();
    for (const c of credits) await billMoney.credit(em, c.billId, c.fen);
    for (const d of debits) await billMoney.debit(em, d.billId, d.fen, now);
  }
  // This month's so far: standing, for next month's bill.
  counts.charges += await seedCharges(em, park, current, today, charges, now);
  await seedOverdue(em, now);
  if (lost) await seedLostCallback(em, park, lost.bill, lost.at, paidOn.get(chinaDay(lost.at)) ?? 0);
  return { ...counts, reconciliations: lost ? 1 : 0 };
}

/** One payment as the sandbox books it: its order, intent, ledger entry and logged callback. */
function recordPayment(
  em: EntityManager,
  park: Park,
  bill: Bill,
  amount: number,
  paidAt: Date,
  n: number,
  random: Random,
) {
  const seq = String(n).padStart(5, '0');
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
  return { order, intent, outTradeNo, transactionId, paidAt };
}

/**
 * A tenth of a payment refunded the next day (an overcharge put right): owed again on its bill.
 * The amount refunded.
 */
function recordRefund(
  em: EntityManager,
  park: Park,
  bill: Bill,
  payment: ReturnType<typeof recordPayment>,
  amount: number,
): number {
  const { order, intent, outTradeNo, transactionId } = payment;
  const back = Math.max(1, Math.round(amount / 10));
  const at = new Date(payment.paidAt.getTime() + DAY);
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
  return back;
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
