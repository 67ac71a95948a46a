import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import {
  AddRepairCommentDocument,
  DecideRepairQuoteDocument,
  RepairChangedDocument,
  RepairDocument,
  type RepairFieldsFragment,
  TransitionRepairDocument,
  type TransitionWorkOrderInput,
} from '../../gql/graphql.js';
import { useViewer } from '../auth/use-viewer.js';

export type Repair = RepairFieldsFragment;

/**
 * One of the company's requests, kept current: every step anyone takes arrives over
 * `workOrderChanged` with the whole order, which Apollo's cache merges into this query. The
 * tenant's own moves send the version they saw, so acting on an order that moved meanwhile is
 * refused (STALE_VERSION) rather than applied blindly. Each action throws the API's error.
 */
export function useRepair(id: Ref<string>) {
  const { parkId } = useViewer();
  const query = useQuery(RepairDocument, () => ({ id: id.value }));
  const repair = computed(() => query.result.value?.workOrder ?? null);
  useSubscription(
    RepairChangedDocument,
    () => ({ parkId: parkId.value ?? '' }),
    () => ({ enabled: parkId.value !== null }),
  );

  const transition = useMutation(TransitionRepairDocument);
  const decide = useMutation(DecideRepairQuoteDocument);
  const comment = useMutation(AddRepairCommentDocument);

  async function act(input: Omit<TransitionWorkOrderInput, 'expectedVersion'>): Promise<void> {
    const version = repair.value?.version;
    await transition.mutate({ id: id.value, input: { ...input, expectedVersion: version } });
  }

  return {
    repair,
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
    busy: computed(() => transition.loading.value || decide.loading.value),
    cancel: () => act({ action: 'CANCEL' }),
    verify: (rating: number, ratingComment: string) =>
      act({ action: 'VERIFY', rating, ...(ratingComment && { ratingComment }) }),
    rework: (note: string) => act({ action: 'REWORK', note }),
    decideQuote: async (accept: boolean, note?: string) => {
      await decide.mutate({ id: id.value, accept, ...(note && { note }) });
    },
    addComment: async (body: string) => {
      await comment.mutate({ workOrderId: id.value, body });
      // The comment list is on the order; the live event brings it too, this is for a slow socket.
      await query.refetch();
    },
    commenting: comment.loading,
  };
}
