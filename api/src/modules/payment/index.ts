import { SIGNED_IN } from '../../kernel/requirements.js';
import { declare, defineModule } from '../manifest.js';
import { PaymentCallback, PaymentEntry, PaymentIntent, Refund } from './payment.entity.js';
import { paymentCallbackHandler } from './payment.http.js';
import { BillPaymentsResolver, PaymentResolver } from './payment.resolver.js';
import { seedDemoPayments } from './payment.seed.js';
import { paymentService } from './payment.service.js';
import type { PaymentTopics } from './payment.topics.js';
import { SandboxOrder, SandboxRefund } from './sandbox/sandbox.entity.js';
import { SANDBOX_PREFIX, sandboxHandler } from './sandbox/sandbox.http.js';
import { sandboxNotify } from './sandbox/sandbox.jobs.js';

/**
 * Payments 缴费 (SPEC §3.5, issue 19 §4): intents with idempotency keys, verified provider
 * callbacks, the ledger, refunds; the sandbox provider runs inside the product.
 */
export const paymentModule = defineModule({
  name: 'payment',
  title: { zh: '收款', en: 'Payments' },
  actions: {
    payBill: { zh: '在线缴费', en: 'Pay a bill online' },
    kioskPayBill: { zh: '自助机缴费', en: 'Pay a bill at the kiosk' },
    refundPayment: { zh: '退款', en: 'Refund a payment' },
    'payment.callback': { zh: '支付回调', en: 'Payment callback' },
    'payment.checkIntent': { zh: '查询支付结果', en: 'Ask the provider about a payment' },
    'payment.refund': { zh: '向支付机构退款', en: 'Refund through the provider' },
    'payment.sandbox': { zh: '沙箱支付', en: 'Sandbox provider' },
    'payment.sandboxNotify': { zh: '沙箱支付通知', en: 'Sandbox callback' },
  },
  entities: [PaymentIntent, PaymentEntry, Refund, PaymentCallback, SandboxOrder, SandboxRefund],
  resolvers: [PaymentResolver, BillPaymentsResolver],
  typeAccess: {
    PaymentIntent: SIGNED_IN,
    PaymentEntry: 'bill.read',
    Refund: 'bill.read',
    KioskBill: 'inherit',
  },
  topics: declare<PaymentTopics>(),
  tasks: {
    'payment.checkIntent': (ctx, payload: { intentId: string }) => paymentService.checkIntent(ctx, payload),
    'payment.refund': (ctx, payload: { refundId: string }) => paymentService.runRefund(ctx, payload),
    'payment.sandboxNotify': (ctx, payload: { orderId?: string; refundId?: string }) =>
      sandboxNotify(ctx, payload),
  },
  seed: [{ name: 'demo payments', run: seedDemoPayments }],
  http: { '/pay/notify/': paymentCallbackHandler, [`${SANDBOX_PREFIX}/`]: sandboxHandler },
  permissions: {
    'bill.pay': {
      audience: 'TENANT',
      name: { zh: '在线缴费', en: 'Pay bills online' },
      description: { zh: '在线支付本企业的账单。', en: 'Pays the company’s bills online.' },
      grants: ['tenant_admin'],
    },
    'payment.refund': {
      audience: 'STAFF',
      name: { zh: '退款', en: 'Refund payments' },
      description: {
        zh: '将已收款项原路退回付款人。',
        en: 'Returns received money to the payer, the way it came.',
      },
      grants: ['finance'],
    },
  },
});
