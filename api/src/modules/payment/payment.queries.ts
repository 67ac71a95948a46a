import { QueryOrder } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/validate.js';
import { NotFoundError } from '../../kernel/errors.js';
import { toBillLineType } from '../billing/index.js';
import { PaymentEntry, PaymentIntent, Refund } from './payment.entity.js';
import { type IntentRow, paymentRepository } from './payment.repository.js';
import type { KioskBillType, PaymentEntryType, PaymentIntentType, RefundType } from './payment.type.js';

export const toPaymentIntentType = (i: PaymentIntent): PaymentIntentType => ({
  id: i.id,
  billId: i.bill.id,
  tenantId: i.tenant.id,
  provider: i.provider,
  channel: i.channel,
  amountFen: i.amountFen,
  currency: i.currency,
  status: i.status,
  outTradeNo: i.outTradeNo,
  payUrl: i.payUrl,
  expiresAt: i.expiresAt,
  paidAt: i.paidAt ?? null,
  providerTradeNo: i.providerTradeNo ?? null,
  refundedFen: i.refundedFen,
  createdAt: i.createdAt,
});

export const toPaymentEntryType = (e: PaymentEntry): PaymentEntryType => ({
  id: e.id,
  billId: e.bill.id,
  intentId: e.intent.id,
  kind: e.kind,
  provider: e.provider,
  providerRef: e.providerRef,
  amountFen: e.amountFen,
  bookedAt: e.bookedAt,
  receiptNo: e.receiptNo ?? null,
});

export const toRefundType = (r: Refund): RefundType => ({
  id: r.id,
  intentId: r.intent.id,
  billId: r.bill.id,
  amountFen: r.amountFen,
  reason: r.reason,
  note: r.note ?? null,
  status: r.status,
  outRefundNo: r.outRefundNo,
  createdAt: r.createdAt,
  finishedAt: r.finishedAt ?? null,
});

/** The payment feature's reads, each under the caller's row-level security. */
export const paymentQueries = {
  async intentEntity(ctx: RequestContext, id: string): Promise<PaymentIntent> {
    const i = isUuid(id) ? await ctx.em.findOne(PaymentIntent, { id }) : null;
    if (!i) throw new NotFoundError('PaymentIntent');
    return i;
  },

  async intent(ctx: RequestContext, id: string): Promise<PaymentIntentType> {
    return toPaymentIntentType(await paymentQueries.intentEntity(ctx, id));
  },

  async intentRowOrNone(ctx: RequestContext, id: string): Promise<IntentRow | undefined> {
    return paymentRepository.intentById(ctx.em, id);
  },

  async intentRow(ctx: RequestContext, id: string): Promise<IntentRow> {
    const row = await paymentQueries.intentRowOrNone(ctx, id);
    if (!row) throw new NotFoundError('PaymentIntent');
    return row;
  },

  async refund(ctx: RequestContext, id: string): Promise<RefundType> {
    const r = await ctx.em.findOne(Refund, { id });
    if (!r) throw new NotFoundError('Refund');
    return toRefundType(r);
  },

  /** A bill's intents, newest first (what was tried, paid and refunded). */
  async billIntents(ctx: RequestContext, billId: string): Promise<PaymentIntentType[]> {
    const intents = await ctx.em.find(
      PaymentIntent,
      { bill: billId },
      { orderBy: { createdAt: QueryOrder.DESC } },
    );
    return intents.map(toPaymentIntentType);
  },

  async billEntries(ctx: RequestContext, billId: string): Promise<PaymentEntryType[]> {
    const entries = await ctx.em.find(
      PaymentEntry,
      { bill: billId },
      { orderBy: { bookedAt: QueryOrder.ASC } },
    );
    return entries.map(toPaymentEntryType);
  },

  async refunds(ctx: RequestContext, intentId: string): Promise<RefundType[]> {
    const rows = await ctx.em.find(Refund, { intent: intentId }, { orderBy: { createdAt: QueryOrder.ASC } });
    return rows.map(toRefundType);
  },

  /** The kiosk's bill: found only with its number and check code (security-definer functions). */
  async kioskBill(
    ctx: RequestContext,
    number: string,
    checkCode: string,
  ): Promise<(KioskBillType & { parkId: string; tenantId: string }) | undefined> {
    const b = await paymentRepository.kioskBill(ctx.em, number, checkCode);
    if (!b) return undefined;
    const lines = await paymentRepository.kioskBillLines(ctx.em, b.id, checkCode);
    const total = Number(b.total_fen);
    const paid = Number(b.paid_fen);
    return {
      id: b.id,
      parkId: b.park_id,
      tenantId: b.tenant_id,
      number: b.number,
      tenantName: b.tenant_name,
      period: b.period,
      status: b.status,
      dueOn: b.due_on,
      totalFen: total,
      paidFen: paid,
      outstandingFen: Math.max(0, total - paid),
      lines: lines.map((l) =>
        toBillLineType({
          id: l.id,
          source: l.source,
          sourceId: l.source_id,
          description: l.description,
          periodFrom: l.period_from,
          periodTo: l.period_to,
          quantity: l.quantity,
          unit: l.unit,
          unitPrice: l.unit_price,
          amountFen: Number(l.amount_fen),
          evidence: l.evidence,
        } as never),
      ),
    };
  },
};
