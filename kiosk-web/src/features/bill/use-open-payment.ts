import { useMutation } from '@vue/apollo-composable';
import { ref } from 'vue';
import { KioskPayBillDocument, type KioskPaymentFragment } from '../../gql/graphql.js';
import { billProblem, type Said } from './bill-errors.js';
import { type BillFlow, newAttemptKey } from './bill-flow.js';

/**
 * Opens the payment of everything owed on the flow's bill and keeps it in the flow, under the
 * flow's attempt key: asking again before that payment is over (an answer lost on the way, or
 * back and pay again) gets the same payment. The pay screen drops the key once the payment
 * failed or expired, so the next call is a new attempt. A failure is `problem` (its words), and
 * `nothingDue` says the bill turned out to be paid already.
 */
export function useOpenPayment(flow: BillFlow) {
  const { mutate, loading } = useMutation(KioskPayBillDocument);
  const problem = ref<Said | null>(null);
  const nothingDue = ref(false);

  async function open(): Promise<KioskPaymentFragment | null> {
    if (loading.value) return null;
    flow.attemptKey ??= newAttemptKey();
    problem.value = null;
    try {
      const res = await mutate({
        input: { number: flow.number, checkCode: flow.checkCode, idempotencyKey: flow.attemptKey },
      });
      const payment = res?.data?.kioskPayBill ?? null;
      if (payment) flow.payment = payment;
      return payment;
    } catch (err) {
      const said = billProblem(err);
      nothingDue.value = said.domainCode === 'NOTHING_DUE';
      problem.value = said;
      return null;
    }
  }
  return { open, opening: loading, problem, nothingDue };
}
