import { coalescedRefetch } from '@park/web-shared';
import { useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, onBeforeUnmount, type Ref, ref } from 'vue';
import {
  MyRepairsDocument,
  type MyRepairsQuery,
  RepairChangedDocument,
  type WorkOrderState,
} from '../../gql/graphql.js';
import { useViewer } from '../auth/use-viewer.js';
import { appendPage } from '../layout/use-pull-and-page.js';

export type RepairItem = MyRepairsQuery['workOrders']['nodes'][number];

const PAGE_SIZE = 20;
/** Several steps often land together (a submit dispatches itself): one refetch for them. */
const SETTLE_MS = 300;

/**
 * The caller's own requests (or, for a tenant admin who asks, the whole company's: row-level
 * security keeps them to it), newest first, in the given states, a page at a time; refetched
 * whenever one of them is filed or moves.
 */
export function useMyRepairs(states: Ref<WorkOrderState[] | null>, company: Ref<boolean> = ref(false)) {
  const { parkId } = useViewer();
  const { result, loading, error, refetch, fetchMore } = useQuery(
    MyRepairsDocument,
    () => ({
      first: PAGE_SIZE,
      filter: {
        ...(states.value && { states: states.value }),
        ...(!company.value && { requestedByMe: true }),
      },
    }),
    { notifyOnNetworkStatusChange: true },
  );
  const page = computed(() => result.value?.workOrders ?? null);

  const live = useSubscription(
    RepairChangedDocument,
    () => ({ parkId: parkId.value ?? '' }),
    () => ({ enabled: parkId.value !== null }),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refetchAll = coalescedRefetch(refetch);
  live.onResult(() => {
    clearTimeout(timer);
    timer = setTimeout(refetchAll, SETTLE_MS);
  });
  onBeforeUnmount(() => clearTimeout(timer));

  async function loadMore(): Promise<void> {
    const after = page.value?.pageInfo.endCursor;
    if (after) await fetchMore({ variables: { after }, updateQuery: appendPage('workOrders') });
  }

  return {
    repairs: computed(() => page.value?.nodes ?? []),
    hasMore: computed(() => page.value?.pageInfo.hasNextPage ?? false),
    loaded: computed(() => page.value !== null),
    loading,
    error,
    refetch: () => refetch(),
    loadMore,
  };
}
