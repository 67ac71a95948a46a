import { useSubscription } from '@vue/apollo-composable';
import { MyBillChangedDocument } from '../../gql/graphql.js';
import { useViewer } from '../auth/use-viewer.js';

/**
 * Keeps the company’s bills current while a bill page is open: each payment or refund booked on
 * one of them, and each change of its invoice request (issued, refused…), arrives over
 * `myBillChanged` with the whole bill (status, paid, outstanding, its ledger, its newest invoice
 * request), which Apollo's cache merges into the list, the owed summary and the open bill alike.
 * Events missed while the socket was down are caught up by the client's refetch on reconnect.
 */
export function useBillChanges(): void {
  const { can } = useViewer();
  useSubscription(MyBillChangedDocument, null, () => ({ enabled: can('bill.read') }));
}
