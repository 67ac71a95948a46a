import { useMutation } from '@vue/apollo-composable';
import { PayBillDocument, type PaymentFieldsFragment } from '../../gql/graphql.js';

/** A fresh idempotency key (36 of A–Z a–z 0–9 -); plain-HTTP pages have no randomUUID, only random bytes. */
function attemptKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Opens a payment of a bill. One attempt (a bill and an amount) has one idempotency key: sent
 * again after a time-out or a dropped connection, it gets the payment the first try may already
 * have opened, never a second one. Another amount, or a try after an answer, is a new attempt.
 */
export function usePayBill() {
  const { mutate, loading } = useMutation(PayBillDocument);
  let attempt: { billId: string; amountFen: number; key: string } | null = null;

  /** The payment opened; throws the API's error (the attempt is kept for a retry). */
  async function pay(billId: string, amountFen: number): Promise<PaymentFieldsFragment> {
    if (attempt?.billId !== billId || attempt.amountFen !== amountFen)
      attempt = { billId, amountFen, key: attemptKey() };
    const result = await mutate({ input: { billId, amountFen, idempotencyKey: attempt.key } });
    const payment = result?.data?.payBill;
    if (!payment) throw new Error('payBill answered nothing');
    attempt = null;
    return payment;
  }

  return { pay, paying: loading };
}
