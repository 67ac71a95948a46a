import { useMutation } from '@vue/apollo-composable';
import {
  CancelInvoiceRequestDocument,
  type CreateInvoiceRequestInput,
  type InvoiceRequestFieldsFragment,
  RequestInvoiceDocument,
} from '../../gql/graphql.js';

/**
 * Asking for an invoice of a bill and withdrawing the request. A new request becomes the bill's
 * `invoiceRequest` in Apollo's cache at once, so the bill page shows 待开票 without asking again;
 * a withdrawn one is the same request in a new state, which the cache merges by its id.
 */
export function useInvoiceActions() {
  const requesting = useMutation(RequestInvoiceDocument, {
    update(cache, { data }) {
      const made = data?.requestInvoice;
      if (!made) return;
      cache.modify({
        id: cache.identify({ __typename: 'Bill', id: made.billId }),
        fields: {
          invoiceRequest: (_, { toReference }) =>
            toReference({ __typename: 'InvoiceRequest', id: made.id }) ?? null,
        },
      });
    },
  });
  const cancelling = useMutation(CancelInvoiceRequestDocument);

  return {
    /** The request made; throws the API's error. */
    async request(input: CreateInvoiceRequestInput): Promise<InvoiceRequestFieldsFragment> {
      const made = (await requesting.mutate({ input }))?.data?.requestInvoice;
      if (!made) throw new Error('requestInvoice answered nothing');
      return made;
    },
    /** Withdraws a request finance has not handled; throws the API's error. */
    async cancel(id: string): Promise<void> {
      await cancelling.mutate({ id });
    },
    requesting: requesting.loading,
    cancelling: cancelling.loading,
  };
}
