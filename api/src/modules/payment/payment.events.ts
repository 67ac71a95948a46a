/**
 * What payments announce for features they must not import (invoices: a refund may leave an
 * issued invoice for more than its bill now keeps). Emitted inside the booking's transaction, so a
 * subscriber's writes commit or roll back with the refund's.
 */
export type PaymentEvents = {
  /** A refund was booked and its bill owes the money again (an overpayment's refund is not). */
  'payment.refunded': { refundId: string; billId: string; parkId: string; amountFen: number };
};
