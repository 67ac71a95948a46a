import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { EmployeesDocument, type EmployeesQuery } from '../../gql/graphql.js';
import { useViewer } from '../auth/use-viewer.js';

export type Employee = EmployeesQuery['users']['nodes'][number];

const PAGE_SIZE = 30;

/** The company's users (row-level security keeps them to it), by login, a page at a time. */
export function useEmployees(search: Ref<string>) {
  const { tenantId } = useViewer();
  const { result, loading, error, refetch, fetchMore } = useQuery(
    EmployeesDocument,
    () => ({
      first: PAGE_SIZE,
      filter: { tenantId: tenantId.value ?? '', ...(search.value && { search: search.value }) },
    }),
    () => ({ enabled: tenantId.value !== null, notifyOnNetworkStatusChange: true }),
  );
  const page = computed(() => result.value?.users ?? null);

  async function loadMore(): Promise<void> {
    const after = page.value?.pageInfo.endCursor;
    if (!after) return;
    await fetchMore({
      variables: { after },
      updateQuery: (prev, { fetchMoreResult }) =>
        fetchMoreResult
          ? {
              users: {
                ...fetchMoreResult.users,
                nodes: [...prev.users.nodes, ...fetchMoreResult.users.nodes],
              },
            }
          : prev,
    });
  }

  return {
    employees: computed(() => page.value?.nodes ?? []),
    total: computed(() => page.value?.totalCount ?? null),
    hasMore: computed(() => page.value?.pageInfo.hasNextPage ?? false),
    loaded: computed(() => page.value !== null),
    loading,
    error,
    refetch: () => refetch(),
    loadMore,
  };
}
