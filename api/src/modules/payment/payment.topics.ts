/** A payment intent moved (paid, failed, closed, refunded). */
export type PaymentIntentPayload = { intentId: string };

/** The payment feature's subscription topics, keyed by intent id. */
export type PaymentTopics = {
  PAYMENT_INTENT_CHANGED: [intentId: string, payload: PaymentIntentPayload];
};
