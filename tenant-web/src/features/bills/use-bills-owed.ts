import { useQuery } from '@vue/apollo-composable';
import { computed, watch } from 'vue';
import { MyBillsOwedDocument } from '../../gql/graphql.js';
import { useFormat } from '../layout/use-format.js';
import { appendPage } from '../layout/use-pull-and-page.js';
import { owedSummary } from './bill-terms.js';

const PAGE_SIZE = 100;

/**
 * What the company owes over all its bills, not only those the list has paged in: every bill
 * still open is read (a page of 100 at a time, the next as soon as one arrives), then summed as
 * the API's aging does (owed and past due by the park's today).
 */
export function useBillsOwed() {
  const { today } = useFormat();
  const { result, loading, error, refetch, fetchMore } = useQuery(
    MyBillsOwedDocument,
    { first: PAGE_SIZE },
    { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true },
  );
  const page = computed(() => result.value?.bills ?? null);
  /** The cursor whose next page was asked for, so each is asked for once. */
  let asked: string | null = null;
  watch(page, (p) => {
    const cursor = p?.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
    if (!cursor || cursor === asked) return;
    asked = cursor;
    void fetchMore({ variables: { after: cursor }, updateQuery: appendPage('bills') });
  });
  const complete = computed(() => (page.value && !page.value.pageInfo.hasNextPage ? page.value : null));
  return {
    /** Null until every open bill is in. */
    summary: computed(() => (complete.value ? owedSummary(complete.value.nodes, today.value) : null)),
    loading,
    error,
    refetch: () => {
      asked = null;
      return refetch();
    },
  };
}
