import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { connectionOf, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { KIOSK } from '../../kernel/requirements.js';
import { BillType } from '../billing/billing.type.js';
import { KioskPayInput, PayBillInput, PaymentFilter, RefundPaymentInput } from './payment.inputs.js';
import { paymentQueries } from './payment.queries.js';
import { paymentService } from './payment.service.js';
import type { PaymentIntentPayload } from './payment.topics.js';
import { KioskBillType, PaymentEntryType, PaymentIntentType, RefundType } from './payment.type.js';
import { RECEIPT_LINK_MS, receiptPath } from './receipt/receipt.http.js';

const PaymentConnection = connectionOf(PaymentIntentType, 'PaymentIntent', 'payment');

@Resolver(() => PaymentIntentType)
export class PaymentResolver {
  @Authorized('payment.read')
  @Query(() => PaymentConnection, {
    description: 'Console: payments of the parks the caller sees, newest first.',
  })
  payments(
    @Args() page: PageArgs,
    @Arg('filter', () => PaymentFilter, { nullable: true, description: 'Which payments.' }) filter:
      | PaymentFilter
      | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return paymentService.list(ctx, filter, page, info);
  }

  @Authorized('bill.pay')
  @Mutation(() => PaymentIntentType, {
    description:
      'Portal: opens a payment of one of the company’s bills and returns the QR to scan. The same idempotencyKey answers the same intent; used for another payment it is CONFLICT.',
  })
  payBill(
    @Arg('input', () => PayBillInput, { description: 'Bill, amount, key.' }) input: PayBillInput,
    @Ctx() ctx: RequestContext,
  ) {
    return paymentService.payBill(ctx, input);
  }

  @Authorized(KIOSK)
  @Query(() => KioskBillType, {
    description:
      'Kiosk: a bill by its number and printed check code (NOT_FOUND otherwise; wrong codes are rate-limited).',
  })
  kioskBill(
    @Arg('number', { description: 'Bill number.' }) number: string,
    @Arg('checkCode', { description: 'Six-digit check code.' }) checkCode: string,
    @Ctx() ctx: RequestContext,
  ) {
    return paymentService.kioskBill(ctx, number.slice(0, 30), checkCode.slice(0, 6));
  }

  @Authorized(KIOSK)
  @Mutation(() => PaymentIntentType, {
    description:
      'Kiosk: opens a payment of a bill found by its number and check code; returns the QR to scan.',
  })
  kioskPayBill(
    @Arg('input', () => KioskPayInput, { description: 'Bill, code, key.' }) input: KioskPayInput,
    @Ctx() ctx: RequestContext,
  ) {
    return paymentService.kioskPay(ctx, input);
  }

  @Authorized('bill.read')
  @Query(() => PaymentIntentType, {
    description: 'A payment intent: the company’s own, or any of the park for staff (others NOT_FOUND).',
  })
  paymentIntent(@Arg('id', () => ID, { description: 'Intent id.' }) id: string, @Ctx() ctx: RequestContext) {
    return paymentQueries.intent(ctx, id);
  }

  @Authorized(KIOSK)
  @Query(() => PaymentIntentType, { description: 'Kiosk: one of the payments it opened (others NOT_FOUND).' })
  kioskPaymentIntent(
    @Arg('id', () => ID, { description: 'Intent id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return paymentQueries.intent(ctx, id);
  }

  @Authorized('bill.read')
  @Subscription(() => PaymentIntentType, {
    subscribe: ({ args, context }) =>
      (context as RequestContext).pubsub.subscribe('PAYMENT_INTENT_CHANGED', String(args.id)),
    description:
      'A payment intent as it changes (paid, failed, closed, refunded); another company’s is NOT_FOUND.',
  })
  paymentIntentChanged(
    @Arg('id', () => ID, { description: 'Intent id.' }) _id: string,
    @Root() payload: PaymentIntentPayload,
    @Ctx() ctx: RequestContext,
  ) {
    return paymentQueries.intent(ctx, payload.intentId);
  }

  @Authorized(KIOSK)
  @Subscription(() => PaymentIntentType, {
    subscribe: ({ args, context }) =>
      (context as RequestContext).pubsub.subscribe('PAYMENT_INTENT_CHANGED', String(args.id)),
    description: 'Kiosk: a payment it opened as it changes (paid, failed, closed); another’s is NOT_FOUND.',
  })
  kioskPaymentIntentChanged(
    @Arg('id', () => ID, { description: 'Intent id.' }) _id: string,
    @Root() payload: PaymentIntentPayload,
    @Ctx() ctx: RequestContext,
  ) {
    return paymentQueries.intent(ctx, payload.intentId);
  }

  @Authorized('payment.refund')
  @Mutation(() => RefundType, {
    description: 'Finance: refunds (part of) a payment through its provider; never more than it took.',
  })
  refundPayment(
    @Arg('input', () => RefundPaymentInput, { description: 'Payment, amount, note.' })
    input: RefundPaymentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return paymentService.refund(ctx, input);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Receipt number 收据号, once paid.' })
  async receiptNo(@Root() intent: PaymentIntentType, @Ctx() ctx: RequestContext) {
    if (intent.status !== 'SUCCEEDED') return null;
    return (await ctx.loaders.receiptByIntent.load(intent.id))?.receiptNo ?? null;
  }

  @Authorized('bill.read')
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Once paid: a link to its receipt as a PDF 收款收据, valid for an hour.',
  })
  async receiptUrl(@Root() intent: PaymentIntentType, @Ctx() ctx: RequestContext) {
    if (intent.status !== 'SUCCEEDED') return null;
    const receipt = await ctx.loaders.receiptByIntent.load(intent.id);
    return receipt ? receiptLink(ctx, receipt.entryId) : null;
  }

  @FieldResolver(() => String, { description: 'The bill’s number.' })
  async billNumber(@Root() intent: PaymentIntentType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.paidBillById.load(intent.billId))?.number ?? '';
  }

  @Authorized('bill.read')
  @FieldResolver(() => String, { description: 'The company billed.' })
  async tenantName(@Root() intent: PaymentIntentType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.tenantById.load(intent.tenantId))?.name ?? '';
  }

  @Authorized('bill.read')
  @FieldResolver(() => [RefundType], { description: 'Its refunds.' })
  refunds(@Root() intent: PaymentIntentType, @Ctx() ctx: RequestContext) {
    return paymentQueries.refunds(ctx, intent.id);
  }
}

/** What the bill gains from payments: its intents and its ledger entries. */
@Resolver(() => PaymentEntryType)
export class PaymentEntryResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'A payment’s receipt as a PDF 收款收据 (a link valid for an hour); null for a refund.',
  })
  receiptUrl(@Root() entry: PaymentEntryType, @Ctx() ctx: RequestContext) {
    return entry.receiptNo ? receiptLink(ctx, entry.id) : null;
  }
}

/** A signed link to the receipt PDF of ledger entry `entryId`, for a caller who sees it. */
const receiptLink = (ctx: RequestContext, entryId: string) =>
  ctx.services.files.signer.link(
    receiptPath(entryId),
    'receipt',
    entryId,
    new Date(ctx.now().getTime() + RECEIPT_LINK_MS),
  );

@Resolver(() => BillType)
export class BillPaymentsResolver {
  @Authorized('bill.read')
  @FieldResolver(() => [PaymentIntentType], { description: 'Payments tried on it, newest first.' })
  payments(@Root() bill: BillType, @Ctx() ctx: RequestContext) {
    return paymentQueries.billIntents(ctx, bill.id);
  }

  @Authorized('bill.read')
  @FieldResolver(() => [PaymentEntryType], { description: 'Money received and refunded on it (the ledger).' })
  ledger(@Root() bill: BillType, @Ctx() ctx: RequestContext) {
    return paymentQueries.billEntries(ctx, bill.id);
  }
}
