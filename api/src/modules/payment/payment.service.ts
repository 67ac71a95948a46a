import { createHash, randomInt } from 'node:crypto';
import { QueryOrder } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate } from '../../db/paginate.js';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { idOrNone, isUuid, likePattern } from '../../graphql/validate.js';
import { scheduleJob } from '../../jobs/queue.js';
import { wallClock } from '../../kernel/clock.js';
import { BadInputError, ConflictError, NotFoundError, TooManyRequestsError } from '../../kernel/errors.js';
import { RateLimiter } from '../auth/rate-limiter.js';
import { Bill, BillStatus } from '../billing/index.js';
import { applyRefund, applyTrade, startRefund } from './payment.booking.js';
import { PaymentIntent, Refund } from './payment.entity.js';
import {
  CallbackOutcome,
  CallbackRefusal,
  PaymentChannel,
  type PaymentProviderName,
  RefundReason,
  RefundStatus,
} from './payment.enums.js';
import type { KioskPayInput, PayBillInput, PaymentFilter, RefundPaymentInput } from './payment.inputs.js';
import { paymentQueries, toPaymentIntentType } from './payment.queries.js';
import { type IntentRow, paymentRepository } from './payment.repository.js';
import { paymentSettings, providerOf } from './payment.settings.js';
import {
  CallbackRefused,
  type CallbackRequest,
  type PaymentProvider,
  ProviderError,
  type TradeState,
} from './providers/provider.js';

/**
 * When a pending intent first asks its provider (a failed payment sends no callback: the payer
 * learns of it from this), and how often after, until it ends.
 */
const CHECK_FIRST_MS = 10_000;
const CHECK_EVERY_MS = 30_000;
/** Wrong check codes a kiosk may try per ten minutes, and per bill number (guessing is slow). */
export const CHECK_CODE_TRIES = { perKiosk: 20, perBill: 5 } as const;
const codeLimiter = new RateLimiter(10 * 60_000, () => wallClock.now().getTime());

/** The bill as a payment sees it. */
type PayableBill = {
  id: string;
  park_id: string;
  tenant_id: string;
  number: string;
  status: string;
  total_fen: number;
  paid_fen: number;
};

/** Our order number at the provider: 32 characters at most, unique (a unique index), time-ordered. */
const tradeNo = (at: Date) =>
  `PK${at.toISOString().replace(/\D/g, '').slice(0, 14)}${String(randomInt(0, 1e9)).padStart(9, '0')}${String(randomInt(0, 1e6)).padStart(6, '0')}`;

const hashOf = (parts: readonly (string | number)[]) =>
  createHash('sha256').update(JSON.stringify(parts)).digest('hex');

function providerOrFail(ctx: RequestContext, name?: PaymentProviderName): PaymentProvider {
  const p = providerOf(ctx.services.origin.url, name);
  if (!p) throw new ConflictError('Online payment is not set up for this installation', 'PAYMENTS_OFF');
  return p;
}

const notifyUrl = (ctx: RequestContext, p: PaymentProvider) => `${ctx.services.origin.url}${p.callbackPath}`;

/**
 * Opens (or, for a key seen before, answers again with) a payment intent on a bill. The key is
 * claimed by a unique index before the provider is asked, so 50 concurrent requests with one key
 * make one order; the same key asking for something else is a CONFLICT.
 */
async function openIntent(
  ctx: RequestContext,
  bill: PayableBill,
  input: {
    amountFen?: number | null | undefined;
    currency?: string | null | undefined;
    idempotencyKey: string;
  },
  channel: PaymentChannel,
) {
  const provider = providerOrFail(ctx);
  const due = bill.total_fen - bill.paid_fen;
  const amount = input.amountFen ?? due;
  if ((input.currency ?? 'CNY') !== 'CNY')
    throw new BadInputError('input.currency', 'Bills are paid in CNY', 'WRONG_CURRENCY');
  if (!Number.isInteger(amount) || amount <= 0)
    throw new BadInputError('input.amountFen', 'The amount must be more than zero', 'AMOUNT_NOT_POSITIVE');
  const actorId = ctx.signedIn.id;
  const hash = hashOf([bill.id, amount, 'CNY', channel, actorId]);
  const existing = await paymentRepository.intentByKey(ctx.em, bill.park_id, input.idempotencyKey);
  if (existing) return sameRequest(ctx, existing, hash);
  if (bill.status === BillStatus.VOID || bill.status === BillStatus.PAID || due <= 0)
    throw new ConflictError('Nothing is owed on this bill', 'NOTHING_DUE', 'billId');
  if (amount > due)
    throw new BadInputError('input.amountFen', 'The amount is more than what is owed', 'AMOUNT_OVER_DUE');
  const now = wallClock.now();
  const expiresAt = new Date(now.getTime() + paymentSettings().intentMinutes * 60_000);
  const outTradeNo = tradeNo(now);
  const id = await paymentRepository.claimIntent(ctx.em, {
    parkId: bill.park_id,
    tenantId: bill.tenant_id,
    billId: bill.id,
    provider: provider.name as PaymentProviderName,
    channel,
    key: input.idempotencyKey,
    hash,
    amountFen: amount,
    outTradeNo,
    expiresAt,
    createdBy: actorId,
  });
  if (!id) {
    // A concurrent request with this key committed first: answer as it did.
    const winner = await paymentRepository.intentByKey(ctx.em, bill.park_id, input.idempotencyKey);
    if (!winner) throw new ConflictError('This idempotency key is already used', 'IDEMPOTENCY_KEY_REUSED');
    return sameRequest(ctx, winner, hash);
  }
  let payUrl: string;
  try {
    ({ payUrl } = await provider.createOrder({
      outTradeNo,
      amountFen: amount,
      description: `${bill.number} 物业账单`.slice(0, 40),
      expiresAt,
      notifyUrl: notifyUrl(ctx, provider),
    }));
  } catch (err) {
    if (!(err instanceof ProviderError)) throw err;
    ctx.logger.warn({ err, outTradeNo }, 'the payment provider refused or failed an order');
    throw new ConflictError('The payment provider is not available; try again', 'PROVIDER_UNAVAILABLE');
  }
  const intent = await paymentQueries.intentEntity(ctx, id);
  intent.payUrl = payUrl.slice(0, 500);
  ctx.recordChange({
    targetType: 'PaymentIntent',
    targetId: id,
    parkId: bill.park_id,
    tenantId: bill.tenant_id,
    after: { billId: bill.id, amountFen: amount, channel, outTradeNo },
  });
  await ctx.em.flush();
  // The fallback for a callback that never comes: ask the provider, until the intent ends.
  await scheduleJob(
    ctx.em,
    'payment.checkIntent',
    { intentId: id },
    { runAt: new Date(now.getTime() + CHECK_FIRST_MS), key: `pay-check:${id}` },
  );
  return paymentQueries.intent(ctx, id);
}

function sameRequest(ctx: RequestContext, row: IntentRow, hash: string) {
  if (row.request_hash !== hash)
    throw new ConflictError(
      'This idempotency key was used for another payment',
      'IDEMPOTENCY_KEY_REUSED',
      'input.idempotencyKey',
    );
  return paymentQueries.intent(ctx, row.id);
}

export const paymentService = {
  /** Portal: pays (part of) one of the company's bills. */
  async payBill(ctx: RequestContext, input: PayBillInput) {
    const bill = isUuid(input.billId) ? await ctx.em.findOne(Bill, { id: input.billId }) : null;
    if (!bill) throw new NotFoundError('Bill', 'input.billId');
    return openIntent(
      ctx,
      {
        id: bill.id,
        park_id: bill.park.id,
        tenant_id: bill.tenant.id,
        number: bill.number,
        status: bill.status,
        total_fen: bill.totalFen,
        paid_fen: bill.paidFen,
      },
      input,
      PaymentChannel.PORTAL,
    );
  },

  /**
   * Kiosk: finds the bill by its number and check code. Wrong codes count against the kiosk and
   * the bill number (TOO_MANY_REQUESTS past {@link CHECK_CODE_TRIES}); a right one is not counted.
   */
  async kioskBill(ctx: RequestContext, number: string, checkCode: string) {
    const actor = ctx.signedIn;
    const keys = [`kiosk:${actor.id}`, `bill:${number.toUpperCase()}`] as const;
    const waits = [
      codeLimiter.hit(keys[0], CHECK_CODE_TRIES.perKiosk),
      codeLimiter.hit(keys[1], CHECK_CODE_TRIES.perBill),
    ];
    if (waits.some((w) => w > 0))
      throw new TooManyRequestsError(
        'Too many wrong check codes; try again later',
        'CHECK_CODE_RATE_LIMITED',
        Math.max(...waits),
      );
    const bill = await paymentQueries.kioskBill(ctx, number.trim().toUpperCase(), checkCode.trim());
    if (!bill) throw new NotFoundError('Bill', 'checkCode');
    for (const k of keys) codeLimiter.release(k);
    return bill;
  },

  async kioskPay(ctx: RequestContext, input: KioskPayInput) {
    const bill = await paymentService.kioskBill(ctx, input.number, input.checkCode);
    return openIntent(
      ctx,
      {
        id: bill.id,
        park_id: bill.parkId,
        tenant_id: bill.tenantId,
        number: bill.number,
        status: bill.status,
        total_fen: bill.totalFen,
        paid_fen: bill.paidFen,
      },
      input,
      PaymentChannel.KIOSK,
    );
  },

  /**
   * A provider's callback (`POST /pay/notify/<provider>`), as the job actor once verified: every
   * one logged with its outcome; a refused one changes nothing. Returns the provider's answer.
   */
  async callback(ctx: RequestContext, name: PaymentProviderName, req: CallbackRequest, ip: string | null) {
    const provider = providerOf(ctx.services.origin.url, name);
    if (!provider) return { status: 404, contentType: 'text/plain', body: 'no such provider' };
    const at = wallClock.now();
    const log = (
      outcome: CallbackOutcome,
      refusal: CallbackRefusal | null,
      extra: Partial<Parameters<typeof paymentRepository.logCallback>[1]>,
    ) =>
      paymentRepository.logCallback(ctx.em, {
        parkId: null,
        provider: name,
        at,
        outcome,
        refusal,
        nonce: null,
        eventType: null,
        outTradeNo: null,
        ip,
        detail: null,
        ...extra,
      });
    let event: ReturnType<PaymentProvider['verifyCallback']>;
    try {
      event = provider.verifyCallback(req, at);
    } catch (err) {
      if (!(err instanceof CallbackRefused)) throw err;
      ctx.logger.warn({ refusal: err.refusal, provider: name, ip }, 'payment callback refused');
      await log(CallbackOutcome.REFUSED, err.refusal, {
        detail: err.message,
        outTradeNo: err.outTradeNo ?? null,
      });
      return provider.answer(false, err.refusal);
    }
    const outTradeNo = event.kind === 'TRADE' ? event.trade.outTradeNo : event.refund.outTradeNo;
    // The nonce is claimed first: a replay of this very message finds it taken.
    const claimed = await log(CallbackOutcome.DUPLICATE, null, {
      nonce: event.nonce,
      eventType: event.eventType,
      outTradeNo,
    });
    if (!claimed) {
      ctx.logger.warn({ provider: name, ip, outTradeNo }, 'payment callback replayed');
      await log(CallbackOutcome.REFUSED, CallbackRefusal.REPLAYED_NONCE, {
        eventType: event.eventType,
        outTradeNo,
        detail: `nonce ${event.nonce.slice(0, 64)} seen before`,
      });
      return provider.answer(false, CallbackRefusal.REPLAYED_NONCE);
    }
    const settle = (
      outcome: CallbackOutcome,
      refusal: CallbackRefusal | null,
      parkId: string | null,
      detail: string | null,
    ) => paymentRepository.settleCallback(ctx.em, name, event.nonce, outcome, refusal, parkId, detail);
    const intent = outTradeNo ? await paymentRepository.intentByTradeNo(ctx.em, outTradeNo) : undefined;
    if (!intent || intent.provider !== name) {
      await settle(CallbackOutcome.REFUSED, CallbackRefusal.UNKNOWN_ORDER, null, `no order ${outTradeNo}`);
      return provider.answer(false, CallbackRefusal.UNKNOWN_ORDER);
    }
    if (event.kind === 'TRADE') {
      const t = event.trade;
      if (t.state === 'PAID' && (t.amountFen !== Number(intent.amount_fen) || t.currency !== 'CNY')) {
        ctx.logger.warn(
          { provider: name, outTradeNo, amount: t.amountFen },
          'payment callback amount mismatch',
        );
        await settle(
          CallbackOutcome.REFUSED,
          CallbackRefusal.AMOUNT_MISMATCH,
          intent.park_id,
          `${t.amountFen} ${t.currency} for ${intent.amount_fen} CNY`,
        );
        return provider.answer(false, CallbackRefusal.AMOUNT_MISMATCH);
      }
      const changed = await applyTrade(ctx, t, intent);
      await settle(changed ? CallbackOutcome.APPLIED : CallbackOutcome.DUPLICATE, null, intent.park_id, null);
    } else {
      const changed = await applyRefund(ctx, event.refund);
      await settle(changed ? CallbackOutcome.APPLIED : CallbackOutcome.DUPLICATE, null, intent.park_id, null);
    }
    return provider.answer(true);
  },

  /** The fallback (a job): asks the provider about a pending intent; closes it once expired. */
  async checkIntent(ctx: RequestContext, payload: { intentId: string }) {
    const intent = await paymentQueries.intentRow(ctx, payload.intentId);
    if (intent.status !== 'PENDING') return;
    const provider = providerOf(ctx.services.origin.url, intent.provider);
    if (!provider) return;
    const trade = await provider.queryOrder(intent.out_trade_no);
    if (await applyTrade(ctx, trade, intent)) return;
    const entity = await paymentQueries.intentEntity(ctx, intent.id);
    const now = wallClock.now();
    if (entity.expiresAt <= now) {
      try {
        await provider.closeOrder(intent.out_trade_no);
      } catch (err) {
        // Paid at the last moment: the next query books it.
        if (err instanceof ProviderError && /PAID/.test(err.code)) {
          await scheduleJob(ctx.em, 'payment.checkIntent', payload, {
            runAt: now,
            key: `pay-check:${intent.id}`,
          });
          return;
        }
        throw err;
      }
      await applyTrade(ctx, { state: 'CLOSED', outTradeNo: intent.out_trade_no, reason: 'expired' }, intent);
      return;
    }
    await scheduleJob(ctx.em, 'payment.checkIntent', payload, {
      runAt: new Date(Math.min(now.getTime() + CHECK_EVERY_MS, entity.expiresAt.getTime() + 1000)),
      key: `pay-check:${intent.id}`,
    });
  },

  /**
   * Finance, resolving a reconciliation difference: asks the provider about an order we hold
   * unpaid and books it as its callback would have (NOT_PAID_AT_PROVIDER when it is not paid).
   */
  async settleFromProvider(ctx: RequestContext, outTradeNo: string) {
    const intent = await paymentRepository.intentByTradeNo(ctx.em, outTradeNo);
    if (!intent) throw new NotFoundError('PaymentIntent', 'outTradeNo');
    const provider = providerOrFail(ctx, intent.provider);
    let trade: TradeState;
    try {
      trade = await provider.queryOrder(outTradeNo);
    } catch (err) {
      if (!(err instanceof ProviderError)) throw err;
      throw new ConflictError('The payment provider is not available; try again', 'PROVIDER_UNAVAILABLE');
    }
    if (trade.state !== 'PAID')
      throw new ConflictError('The provider does not hold this order paid', 'NOT_PAID_AT_PROVIDER');
    await applyTrade(ctx, trade, intent);
  },

  /** Console: the park's payments, newest first. */
  list(ctx: RequestContext, filter: PaymentFilter | undefined, page: PageArgs, info: GraphQLResolveInfo) {
    return paginate({
      em: ctx.em,
      entity: PaymentIntent,
      where: {
        ...(filter?.parkId && { park: idOrNone(filter.parkId) }),
        ...(filter?.tenantId && { tenant: idOrNone(filter.tenantId) }),
        ...(filter?.statuses?.length && { status: { $in: filter.statuses } }),
        ...(filter?.outTradeNo && { outTradeNo: { $ilike: likePattern(filter.outTradeNo) } }),
      },
      orderBy: { createdAt: QueryOrder.DESC },
      page,
      info,
      map: toPaymentIntentType,
    });
  },

  /** Finance: refunds (part of) a payment through the provider that took it. */
  async refund(ctx: RequestContext, input: RefundPaymentInput) {
    const intent = isUuid(input.intentId)
      ? await paymentQueries.intentRowOrNone(ctx, input.intentId)
      : undefined;
    if (!intent) throw new NotFoundError('PaymentIntent', 'input.intentId');
    if (!Number.isInteger(input.amountFen) || input.amountFen <= 0)
      throw new BadInputError('input.amountFen', 'The amount must be more than zero', 'AMOUNT_NOT_POSITIVE');
    if (intent.status !== 'SUCCEEDED')
      throw new ConflictError(
        'Only a completed payment can be refunded',
        'PAYMENT_NOT_PAID',
        'input.intentId',
      );
    const refund = await startRefund(
      ctx,
      intent,
      input.amountFen,
      RefundReason.REQUESTED,
      input.note ?? null,
    );
    return paymentQueries.refund(ctx, refund.id);
  },

  /** The refund job: asks the provider, books its answer (a later callback is then a duplicate). */
  async runRefund(ctx: RequestContext, payload: { refundId: string }) {
    const refund = await ctx.em.findOneOrFail(Refund, { id: payload.refundId }, { populate: ['intent'] });
    if (refund.status !== RefundStatus.PROCESSING) return;
    const provider = providerOf(ctx.services.origin.url, refund.intent.provider);
    if (!provider) throw new Error(`no provider ${refund.intent.provider} for refund ${refund.id}`);
    const state = await provider.refund({
      outTradeNo: refund.intent.outTradeNo,
      outRefundNo: refund.outRefundNo,
      amountFen: refund.amountFen,
      totalFen: refund.intent.amountFen,
      reason: refund.reason === RefundReason.OVERPAID ? '重复缴费退款' : (refund.note ?? '退款'),
      notifyUrl: notifyUrl(ctx, provider),
    });
    await applyRefund(ctx, state);
  },
};
