import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../../db/base-properties.js';

/**
 * An order at the in-product sandbox provider: what WeChat Pay would hold for the merchant. The
 * sandbox is a provider, not the product, so it knows no park: only the job actor reads it.
 */
export const SandboxOrder = defineEntity({
  name: 'SandboxOrder',
  tableName: 'sandbox_pay_order',
  uniques: [{ properties: ['mchId', 'outTradeNo'] }, { properties: ['transactionId'] }],
  properties: {
    ...baseProperties,
    mchId: p.string().length(32),
    appId: p.string().length(32),
    outTradeNo: p.string().length(32),
    description: p.string().length(127),
    amountFen: p.bigint('number'),
    currency: p.string().length(3),
    notifyUrl: p.string().length(500),
    expiresAt: p.datetime(),
    /** WeChat's trade_state: NOTPAY, SUCCESS, PAYERROR, CLOSED, REFUND. */
    state: p.string().length(12),
    transactionId: p.string().length(32),
    successAt: p.datetime().nullable(),
    refundedFen: p.bigint('number').default(0),
  },
});
export type SandboxOrder = InferEntity<typeof SandboxOrder>;

/** A refund at the sandbox provider. */
export const SandboxRefund = defineEntity({
  name: 'SandboxRefund',
  tableName: 'sandbox_pay_refund',
  uniques: [{ properties: ['mchId', 'outRefundNo'] }],
  properties: {
    ...baseProperties,
    mchId: p.string().length(32),
    order: () => p.manyToOne(SandboxOrder),
    outRefundNo: p.string().length(64),
    refundId: p.string().length(32),
    amountFen: p.bigint('number'),
    notifyUrl: p.string().length(500).nullable(),
    /** SUCCESS once done (the sandbox refunds at once). */
    status: p.string().length(12),
    successAt: p.datetime().nullable(),
  },
});
export type SandboxRefund = InferEntity<typeof SandboxRefund>;
