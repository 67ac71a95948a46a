import { randomInt } from 'node:crypto';
import type { RequestContext } from '../../graphql/context.js';
import { scheduleJob } from '../../jobs/queue.js';
import { wallClock } from '../../kernel/clock.js';
import { BadInputError } from '../../kernel/errors.js';
import { billMoney } from '../billing/index.js';
import { Refund } from './payment.entity.js';
import { PaymentEntryKind, RefundReason, RefundStatus } from './payment.enums.js';
import { paymentQueries } from './payment.queries.js';
import { type IntentRow, paymentRepository } from './payment.repository.js';
import type { RefundState, TradeState } from './providers/provider.js';

/**
 * Booking what providers say (callbacks, status queries, refund answers), each step once: the
 * intent's state flips in a conditional statement, the ledger has a unique reference, the bill's
 * money moves in a conditional statement. Shared by the service, the jobs and reconciliation.
 */

/** Tells the payer's screens: the intent (kiosk, portal) and the company's bills (portal). */
export function announce(
  ctx: RequestContext,
  intentId: string,
  tenantId: string,
  billId: string,
  parkId: string,
) {
  ctx.publish('PAYMENT_INTENT_CHANGED', intentId, { intentId });
  ctx.publish('BILL_CHANGED', tenantId, { billId });
  ctx.publish('PARK_BILL_CHANGED', parkId, { billId });
}

/** Books what the provider says about an order: paid (once), failed or closed. Returns whether anything changed. */
export async function applyTrade(ctx: RequestContext, trade: TradeState, intent: IntentRow) {
  if (trade.state === 'PAID') {
    if (!(await paymentRepository.markPaid(ctx.em, intent.id, trade.transactionId, trade.paidAt)))
      return false;
    const amount = Number(intent.amount_fen);
    await paymentRepository.book(ctx.em, {
      parkId: intent.park_id,
      tenantId: intent.tenant_id,
      billId: intent.bill_id,
      intentId: intent.id,
      kind: PaymentEntryKind.PAYMENT,
      provider: intent.provider,
      ref: trade.transactionId,
      amountFen: amount,
      at: trade.paidAt,
      receiptNo: `SJ${intent.out_trade_no.slice(2)}`.slice(0, 30),
    });
    const bill = await billMoney.credit(ctx.em, intent.bill_id, amount);
    ctx.recordChange({
      targetType: 'Payment',
      targetId: intent.id,
      parkId: intent.park_id,
      tenantId: intent.tenant_id,
      after: {
        billId: intent.bill_id,
        amountFen: amount,
        transactionId: trade.transactionId,
        booked: !!bill,
      },
    });
    if (!bill) {
      // Paid twice, or on a bill voided meanwhile: the money goes back, in full.
      await startRefund(ctx, intent, amount, RefundReason.OVERPAID, 'The bill was already paid or void');
    }
    announce(ctx, intent.id, intent.tenant_id, intent.bill_id, intent.park_id);
    return true;
  }
  if (trade.state === 'FAILED' || trade.state === 'CLOSED') {
    const changed = await paymentRepository.markEnded(ctx.em, intent.id, trade.state, trade.reason);
    if (changed) announce(ctx, intent.id, intent.tenant_id, intent.bill_id, intent.park_id);
    return changed;
  }
  return false;
}

/** Sets the amount aside on the intent and queues the provider call (a job, retried). */
export async function startRefund(
  ctx: RequestContext,
  intent: IntentRow,
  fen: number,
  reason: RefundReason,
  note: string | null,
) {
  const reserved = await paymentRepository.reserveRefund(ctx.em, intent.id, fen);
  if (!reserved)
    throw new BadInputError('input.amountFen', 'More than what is left of this payment', 'REFUND_OVER_PAID');
  const refund = ctx.em.create(Refund, {
    park: intent.park_id,
    tenant: intent.tenant_id,
    bill: intent.bill_id,
    intent: intent.id,
    amountFen: fen,
    reason,
    note,
    status: RefundStatus.PROCESSING,
    outRefundNo: `RF${intent.out_trade_no.slice(2, 24)}${String(randomInt(0, 1e8)).padStart(8, '0')}`,
    requestedBy: ctx.signedIn.id,
  });
  await ctx.em.flush();
  await scheduleJob(
    ctx.em,
    'payment.refund',
    { refundId: refund.id },
    { runAt: wallClock.now(), key: `refund:${refund.id}` },
  );
  return refund;
}

/** Books a refund's end, once: the ledger, the bill, the intent's refundable amount. */
export async function applyRefund(ctx: RequestContext, state: RefundState) {
  if (state.state === 'PROCESSING') return false;
  const now = wallClock.now();
  const done = await paymentRepository.finishRefund(
    ctx.em,
    state.outRefundNo,
    state.state,
    state.refundId || null,
    now,
  );
  if (!done) return false;
  const fen = Number(done.amount_fen);
  if (state.state === 'FAILED') {
    await paymentRepository.releaseRefund(ctx.em, done.intent_id, fen);
  } else {
    const intent = await paymentQueries.intentRow(ctx, done.intent_id);
    await paymentRepository.book(ctx.em, {
      parkId: done.park_id,
      tenantId: done.tenant_id,
      billId: done.bill_id,
      intentId: done.intent_id,
      kind: PaymentEntryKind.REFUND,
      provider: intent.provider,
      ref: state.refundId || state.outRefundNo,
      amountFen: -fen,
      at: now,
      receiptNo: null,
    });
    // An overpayment was never credited to the bill; any other refund is owed again.
    const refund = await ctx.em.findOneOrFail(Refund, { id: done.id });
    if (refund.reason !== RefundReason.OVERPAID) {
      await billMoney.debit(ctx.em, done.bill_id, fen, ctx.now());
      await ctx.emit('payment.refunded', {
        refundId: done.id,
        billId: done.bill_id,
        parkId: done.park_id,
        amountFen: fen,
      });
    }
  }
  ctx.recordChange({
    targetType: 'Refund',
    targetId: done.id,
    parkId: done.park_id,
    tenantId: done.tenant_id,
    after: { status: state.state, amountFen: fen },
  });
  announce(ctx, done.intent_id, done.tenant_id, done.bill_id, done.park_id);
  return true;
}
