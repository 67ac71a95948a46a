import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'bill.pay': ({ none }) =>
      `mutation { payBill(input: { billId: "${none}", idempotencyKey: "probe-0000-0000" }) { id } }`,
    'payment.read': () => '{ payments(first: 1) { totalCount } }',
    'payment.reconcile': () => '{ paymentReconciliations(first: 1) { id } }',
    'payment.refund': ({ none }) =>
      `mutation { refundPayment(input: { intentId: "${none}", amountFen: 1 }) { id } }`,
  },
  tables: [
    'payment_intent',
    'payment_entry',
    'refund',
    'payment_callback',
    'payment_reconciliation',
    'payment_difference',
  ],
  isolation: [
    {
      table: 'payment_intent',
      byId: 'query ($id: ID!) { r: paymentIntent(id: $id) { id } }',
    },
  ],
  isolatedElsewhere: {
    payment_entry:
      'read only through Bill.ledger of a bill the caller sees (bill isolation) and by staff (payment.read)',
    refund: 'read only through PaymentIntent.refunds of an intent the caller sees (payment_intent isolation)',
  },
  identity: {},
});
