import { useApolloClient } from '@vue/apollo-composable';
import { reactive, watch } from 'vue';
import { PaymentBillDocument, type PaymentBillQuery } from '../../gql/graphql.js';

export type PaymentBill = PaymentBillQuery['bill'];

/**
 * The bills of the payments on screen, by id: their number, company and receipts.
 *
 * A stopgap: `PaymentIntent` carries only `billId` and `tenantId`, and the `payments` list leaves
 * `receiptNo` empty, so each bill is read once (cached) with `bill(id)`. When the API gives the
 * intent its bill's number, the company's name and the receipt in the list, this goes.
 */
export function usePaymentBills(billIds: () => readonly string[]) {
  const { resolveClient } = useApolloClient();
  const bills = reactive(new Map<string, PaymentBill>());
  const asked = new Set<string>();

  async function load(id: string, force = false) {
    if (asked.has(id) && !force) return;
    asked.add(id);
    try {
      const { data } = await resolveClient().query({
        query: PaymentBillDocument,
        variables: { id },
        fetchPolicy: force ? 'network-only' : 'cache-first',
      });
      if (data?.bill) bills.set(id, data.bill);
    } catch {
      // Not the viewer's to see, or the network: the row shows a dash; asking again is allowed.
      asked.delete(id);
    }
  }

  watch(
    billIds,
    (ids) => {
      for (const id of new Set(ids)) void load(id);
    },
    { immediate: true },
  );

  /** The receipt number of a paid intent, from its bill's ledger. */
  const receiptOf = (billId: string, intentId: string) =>
    bills.get(billId)?.ledger.find((e) => e.intentId === intentId && e.kind === 'PAYMENT')?.receiptNo ?? null;

  return { bills, receiptOf, reload: (id: string) => load(id, true) };
}
