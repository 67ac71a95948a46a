import { type Ref, ref } from 'vue';

/**
 * The phone list pattern (STYLE rule 17): Vant's pull-to-refresh and its "load more" list over a
 * connection query. `refreshing` and `loadingMore` are the two flags Vant sets when the user pulls
 * or scrolls to the end; `refresh` and `more` run the query's refetch or next page and clear them
 * whatever happens, so a failed request never leaves a spinner turning.
 */
export function usePullAndPage(
  refetch: () => Promise<unknown> | undefined,
  loadMore: () => Promise<unknown> | undefined,
) {
  const refreshing: Ref<boolean> = ref(false);
  const loadingMore: Ref<boolean> = ref(false);
  async function refresh(): Promise<void> {
    try {
      await refetch();
    } finally {
      refreshing.value = false;
    }
  }
  async function more(): Promise<void> {
    try {
      await loadMore();
    } finally {
      loadingMore.value = false;
    }
  }
  return { refreshing, loadingMore, refresh, more };
}

/**
 * An `updateQuery` for Apollo's `fetchMore` on the connection under `key`: the next page's nodes
 * appended to those already shown, its page info in place of the old.
 */
export function appendPage<K extends string>(key: K) {
  return <Q extends Record<K, { nodes: readonly unknown[] }>>(
    prev: Q,
    { fetchMoreResult }: { fetchMoreResult?: Q | null },
  ): Q =>
    fetchMoreResult
      ? {
          ...prev,
          [key]: { ...fetchMoreResult[key], nodes: [...prev[key].nodes, ...fetchMoreResult[key].nodes] },
        }
      : prev;
}
