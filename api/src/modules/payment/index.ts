import { SIGNED_IN } from '../../kernel/requirements.js';
import { declare, defineModule } from '../manifest.js';
import { PaymentCallback, PaymentEntry, PaymentIntent, Refund } from './payment.entity.js';
import type { PaymentEvents } from './payment.events.js';
import { paymentCallbackHandler } from './payment.http.js';
import { paymentLoaders } from './payment.loaders.js';
import { BillPaymentsResolver, PaymentEntryResolver, PaymentResolver } from './payment.resolver.js';
import { seedDemoPayments } from './payment.seed.js';
import { paymentService } from './payment.service.js';
import type { PaymentTopics } from './payment.topics.js';
import { receiptHandler } from './receipt/receipt.http.js';
import { Reconciliation, ReconciliationDifference } from './reconciliation/reconciliation.entity.js';
import { ReconciliationResolver } from './reconciliation/reconciliation.resolver.js';
import { reconciliationService } from './reconciliation/reconciliation.service.js';
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
    'payment.receipt': { zh: '下载收款收据', en: 'Download a receipt' },
    'payment.checkIntent': { zh: '查询支付结果', en: 'Ask the provider about a payment' },
    'payment.refund': { zh: '向支付机构退款', en: 'Refund through the provider' },
    'payment.sandbox': { zh: '沙箱支付', en: 'Sandbox provider' },
    'payment.sandboxNotify': { zh: '沙箱支付通知', en: 'Sandbox callback' },
    'payment.reconcile': { zh: '对账', en: 'Reconcile a statement' },
    reconcilePayments: { zh: '发起对账', en: 'Start a reconciliation' },
    resolvePaymentDifference: { zh: '处理对账差异', en: 'Resolve a reconciliation difference' },
  },
  entities: [
    PaymentIntent,
    PaymentEntry,
    Refund,
    PaymentCallback,
    Reconciliation,
    ReconciliationDifference,
    SandboxOrder,
    SandboxRefund,
  ],
  resolvers: [PaymentResolver, PaymentEntryResolver, BillPaymentsResolver, ReconciliationResolver],
  typeAccess: {
    PaymentIntent: SIGNED_IN,
    PaymentEntry: 'bill.read',
    Refund: 'bill.read',
    KioskBill: 'inherit',
    PaymentReconciliation: 'payment.reconcile',
    PaymentDifference: 'payment.reconcile',
  },
  loaders: paymentLoaders,
  topics: declare<PaymentTopics>(),
  events: declare<PaymentEvents>(),
  tasks: {
    'payment.checkIntent': (ctx, payload: { intentId: string }) => paymentService.checkIntent(ctx, payload),
    'payment.refund': (ctx, payload: { refundId: string }) => paymentService.runRefund(ctx, payload),
    'payment.sandboxNotify': (ctx, payload: { orderId?: string; refundId?: string }) =>
      sandboxNotify(ctx, payload),
    'payment.reconcile': (ctx, payload: { id: string }) => reconciliationService.run(ctx, payload),
  },
  // A year of the demo park's bills (the billing feature's runs) and their payments, month by month.
  seed: [{ name: 'demo bills and payments', run: seedDemoPayments }],
  http: {
    '/pay/notify/': paymentCallbackHandler,
    [`${SANDBOX_PREFIX}/`]: sandboxHandler,
    '/receipts/': receiptHandler,
  },
  permissions: {
    'bill.pay': {
      // BOTH, so the HQ admin (who holds every staff permission) may grant roles holding it.
      audience: 'BOTH',
      name: { zh: '在线缴费', en: 'Pay bills online' },
      description: {
        zh: '在线支付账单（企业：本企业的账单）。',
        en: 'Pays bills online (tenants: their company’s).',
      },
      grants: ['tenant_admin'],
    },
    'payment.read': {
      audience: 'STAFF',
      name: { zh: '查看收款', en: 'View payments' },
      description: {
        zh: '查看园区的收款、退款和支付回调记录。',
        en: 'Reads the park’s payments, refunds and provider callbacks.',
      },
      grants: ['park_manager', 'finance', 'customer_service'],
    },
    'payment.reconcile': {
      audience: 'STAFF',
      name: { zh: '对账', en: 'Reconcile payments' },
      description: {
        zh: '下载支付渠道的对账单，与收款流水核对并处理差异。',
        en: 'Downloads providers’ statements, compares them with the ledger and resolves differences.',
      },
      grants: ['finance'],
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
