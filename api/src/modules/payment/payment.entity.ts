import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { appendOnlyProperties, baseProperties } from '../../db/base-properties.js';
import { Bill } from '../billing/billing.entity.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import {
  CallbackOutcome,
  CallbackRefusal,
  PaymentChannel,
  PaymentEntryKind,
  PaymentIntentStatus,
  PaymentProviderName,
  RefundReason,
  RefundStatus,
} from './payment.enums.js';

/**
 * One attempt to pay (part of) a bill through a provider (issue 19 §4): created once per
 * idempotency key (a unique index), with the provider's order behind it. Money is fen.
 */
export const PaymentIntent = defineEntity({
  name: 'PaymentIntent',
  tableName: 'payment_intent',
  uniques: [{ properties: ['park', 'idempotencyKey'] }, { properties: ['outTradeNo'] }],
  indexes: [{ properties: ['bill'] }, { properties: ['status', 'expiresAt'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    tenant: () => p.manyToOne(TenantCompany),
    bill: () => p.manyToOne(Bill),
    provider: p.enum(() => PaymentProviderName).nativeEnumName('payment_provider'),
    channel: p.enum(() => PaymentChannel).nativeEnumName('payment_channel'),
    /** The caller's key: the same key answers with this intent, whatever happens meanwhile. */
    idempotencyKey: p.string().length(64),
    /** SHA-256 of what the intent was asked for: the same key with other parameters is a CONFLICT. */
    requestHash: p.string().length(64),
    amountFen: p.bigint('number'),
    currency: p.string().length(3),
    /** Our order number at the provider (商户订单号), 32 characters at most. */
    outTradeNo: p.string().length(32),
    status: p.enum(() => PaymentIntentStatus).nativeEnumName('payment_intent_status'),
    /** What the QR encodes (WeChat's code_url, Alipay's qr_code, the sandbox's checkout page). */
    payUrl: p.string().length(500),
    expiresAt: p.datetime(),
    /** The provider's transaction id (微信支付订单号 / 支付宝交易号), once paid. */
    providerTradeNo: p.string().length(64).nullable(),
    paidAt: p.datetime().nullable(),
    refundedFen: p.bigint('number').default(0),
    /** The user or kiosk that asked. */
    createdBy: p.uuid(),
    /** Why it failed or closed, as the provider put it. */
    failure: p.string().length(200).nullable(),
  },
});
export type PaymentIntent = InferEntity<typeof PaymentIntent>;

/**
 * The ledger 收款流水: one row per movement of money, never edited. A payment or refund is booked
 * once, whatever the number of callbacks (a unique index on the provider's reference).
 */
export const PaymentEntry = defineEntity({
  name: 'PaymentEntry',
  tableName: 'payment_entry',
  uniques: [{ properties: ['provider', 'kind', 'providerRef'] }],
  indexes: [{ properties: ['bill'] }, { properties: ['park', 'bookedAt'] }],
  properties: {
    ...appendOnlyProperties,
    park: () => p.manyToOne(Park),
    tenant: () => p.manyToOne(TenantCompany),
    bill: () => p.manyToOne(Bill),
    intent: () => p.manyToOne(PaymentIntent),
    kind: p.enum(() => PaymentEntryKind).nativeEnumName('payment_entry_kind'),
    provider: p.enum(() => PaymentProviderName).nativeEnumName('payment_provider'),
    /** The provider's transaction id (payments) or refund id (refunds). */
    providerRef: p.string().length(64),
    /** Fen: positive in, negative out. */
    amountFen: p.bigint('number'),
    /** When the provider says it happened. */
    bookedAt: p.datetime(),
    /** Receipt number 收据号, payments only. */
    receiptNo: p.string().length(30).nullable(),
  },
});
export type PaymentEntry = InferEntity<typeof PaymentEntry>;

/** Money going back to a payer, through the provider that took it. */
export const Refund = defineEntity({
  name: 'Refund',
  tableName: 'refund',
  uniques: [{ properties: ['outRefundNo'] }],
  indexes: [{ properties: ['intent'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    tenant: () => p.manyToOne(TenantCompany),
    bill: () => p.manyToOne(Bill),
    intent: () => p.manyToOne(PaymentIntent),
    amountFen: p.bigint('number'),
    reason: p.enum(() => RefundReason).nativeEnumName('refund_reason'),
    note: p.string().length(200).nullable(),
    status: p.enum(() => RefundStatus).nativeEnumName('refund_status'),
    outRefundNo: p.string().length(64),
    providerRefundId: p.string().length(64).nullable(),
    requestedBy: p.uuid(),
    finishedAt: p.datetime().nullable(),
  },
});
export type Refund = InferEntity<typeof Refund>;

/**
 * Every callback a provider (or someone claiming to be one) sent: what became of it and why.
 * A verified callback's nonce is unique per provider, so a replay is refused.
 */
export const PaymentCallback = defineEntity({
  name: 'PaymentCallback',
  tableName: 'payment_callback',
  indexes: [{ properties: ['receivedAt'] }],
  properties: {
    ...appendOnlyProperties,
    /** Unknown until the callback names an order of ours. */
    park: () => p.manyToOne(Park).nullable(),
    provider: p.enum(() => PaymentProviderName).nativeEnumName('payment_provider'),
    receivedAt: p.datetime(),
    outcome: p.enum(() => CallbackOutcome).nativeEnumName('payment_callback_outcome'),
    refusal: p
      .enum(() => CallbackRefusal)
      .nativeEnumName('payment_callback_refusal')
      .nullable(),
    /** Set only once the signature verified: the replay guard's key. */
    verifiedNonce: p.string().length(64).nullable(),
    eventType: p.string().length(40).nullable(),
    outTradeNo: p.string().length(64).nullable(),
    ip: p.string().length(45).nullable(),
    detail: p.string().length(300).nullable(),
  },
});
export type PaymentCallback = InferEntity<typeof PaymentCallback>;
