import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BillLineType, BillStatus } from '../billing/index.js';
import {
  PaymentChannel,
  PaymentEntryKind,
  PaymentIntentStatus,
  PaymentProviderName,
  RefundReason,
  RefundStatus,
} from './payment.enums.js';

registerEnumType(PaymentProviderName, {
  name: 'PaymentProvider',
  description: 'Who moves the money.',
  valuesConfig: {
    SANDBOX: { description: 'The in-product sandbox (no real money) 沙箱' },
    WECHAT: { description: 'WeChat Pay 微信支付' },
    ALIPAY: { description: 'Alipay 支付宝' },
  },
});
registerEnumType(PaymentChannel, {
  name: 'PaymentChannel',
  description: 'Where the payer started.',
  valuesConfig: { KIOSK: { description: 'The lobby kiosk' }, PORTAL: { description: 'The tenant portal' } },
});
registerEnumType(PaymentIntentStatus, {
  name: 'PaymentIntentStatus',
  description: 'Where a payment stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the payer 待支付' },
    SUCCEEDED: { description: 'Paid 支付成功' },
    FAILED: { description: 'The payment failed 支付失败' },
    CLOSED: { description: 'Expired or closed unpaid 已关闭' },
  },
});
registerEnumType(PaymentEntryKind, {
  name: 'PaymentEntryKind',
  description: 'Money in or out.',
  valuesConfig: { PAYMENT: { description: 'Received 收款' }, REFUND: { description: 'Refunded 退款' } },
});
registerEnumType(RefundStatus, {
  name: 'RefundStatus',
  description: 'Where a refund stands.',
  valuesConfig: {
    PROCESSING: { description: 'With the provider 退款中' },
    SUCCEEDED: { description: 'Refunded 已退款' },
    FAILED: { description: 'The provider refused 退款失败' },
  },
});
registerEnumType(RefundReason, {
  name: 'RefundReason',
  description: 'Why money went back.',
  valuesConfig: {
    REQUESTED: { description: 'Finance refunded on request' },
    OVERPAID: { description: 'Paid again on a paid or void bill: returned automatically' },
  },
});

@ObjectType('PaymentIntent', { description: 'One attempt to pay a bill through a provider.' })
export class PaymentIntentType {
  @Field(() => ID, { description: 'Intent id.' })
  id!: string;

  @Field(() => ID, { description: 'The bill paid.' })
  billId!: string;

  @Field(() => ID, { description: 'The company billed.' })
  tenantId!: string;

  @Field(() => PaymentProviderName, { description: 'The provider.' })
  provider!: PaymentProviderName;

  @Field(() => PaymentChannel, { description: 'Kiosk or portal.' })
  channel!: PaymentChannel;

  @Field(() => Int, { description: 'Amount, fen.' })
  amountFen!: number;

  @Field({ description: 'Currency (CNY).' })
  currency!: string;

  @Field(() => PaymentIntentStatus, { description: 'Where it stands.' })
  status!: PaymentIntentStatus;

  @Field({ description: 'Our order number at the provider 商户订单号.' })
  outTradeNo!: string;

  @Field({ description: 'What the QR code encodes: scan it with the provider’s app to pay.' })
  payUrl!: string;

  @Field({ description: 'The QR stops working at this time.' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was paid.' })
  paidAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The provider’s transaction number, once paid.' })
  providerTradeNo!: string | null;

  @Field(() => Int, { description: 'Refunded so far (or being refunded), fen.' })
  refundedFen!: number;

  @Field({ description: 'When it was opened.' })
  createdAt!: Date;
}

@ObjectType('PaymentEntry', { description: 'A movement in the ledger 收款流水: money in or out.' })
export class PaymentEntryType {
  @Field(() => ID, { description: 'Entry id.' })
  id!: string;

  @Field(() => ID, { description: 'The bill.' })
  billId!: string;

  @Field(() => ID, { description: 'The intent it belongs to.' })
  intentId!: string;

  @Field(() => PaymentEntryKind, { description: 'In or out.' })
  kind!: PaymentEntryKind;

  @Field(() => PaymentProviderName, { description: 'The provider.' })
  provider!: PaymentProviderName;

  @Field({ description: 'The provider’s reference (transaction or refund id).' })
  providerRef!: string;

  @Field(() => Int, { description: 'Fen: positive in, negative out.' })
  amountFen!: number;

  @Field({ description: 'When it happened.' })
  bookedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Receipt number, payments only.' })
  receiptNo!: string | null;
}

@ObjectType('Refund', { description: 'Money going back to a payer.' })
export class RefundType {
  @Field(() => ID, { description: 'Refund id.' })
  id!: string;

  @Field(() => ID, { description: 'The payment refunded.' })
  intentId!: string;

  @Field(() => ID, { description: 'Its bill.' })
  billId!: string;

  @Field(() => Int, { description: 'Amount, fen.' })
  amountFen!: number;

  @Field(() => RefundReason, { description: 'Why.' })
  reason!: RefundReason;

  @Field(() => String, { nullable: true, description: 'Finance’s note.' })
  note!: string | null;

  @Field(() => RefundStatus, { description: 'Where it stands.' })
  status!: RefundStatus;

  @Field({ description: 'Our refund number 商户退款单号.' })
  outRefundNo!: string;

  @Field({ description: 'When it was asked for.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended.' })
  finishedAt!: Date | null;
}

@ObjectType('KioskBill', {
  description: 'A bill as the lobby kiosk shows it, found by its number and check code.',
})
export class KioskBillType {
  @Field(() => ID, { description: 'Bill id.' })
  id!: string;

  parkId!: string;
  tenantId!: string;

  @Field({ description: 'Bill number.' })
  number!: string;

  @Field({ description: 'The company billed.' })
  tenantName!: string;

  @Field({ description: 'The month, YYYY-MM.' })
  period!: string;

  @Field(() => BillStatus, { description: 'Where it stands.' })
  status!: BillStatus;

  @Field({ description: 'Due on (YYYY-MM-DD).' })
  dueOn!: string;

  @Field(() => Int, { description: 'Total, fen.' })
  totalFen!: number;

  @Field(() => Int, { description: 'Paid so far, fen.' })
  paidFen!: number;

  @Field(() => Int, { description: 'Still owed, fen.' })
  outstandingFen!: number;

  @Field(() => [BillLineType], { description: 'Its lines.' })
  lines!: BillLineType[];
}
