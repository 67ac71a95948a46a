import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { ViewerDocument } from '../../gql/graphql.js';

/**
 * The signed-in tenant user: who they are, their company and what they may do. The router has
 * already loaded it (cache-first), so pages read it without a round trip.
 */
export function useViewer() {
  const { result, loading, error, refetch } = useQuery(ViewerDocument, null, { fetchPolicy: 'cache-first' });
  const viewer = computed(() => result.value?.viewer ?? null);
  const permissions = computed(() => new Set(viewer.value?.permissions ?? []));
  return {
    viewer,
    /** The company's id; every tenant user has one. */
    tenantId: computed(() => viewer.value?.tenant?.id ?? null),
    /** The company's park: live updates are per park. */
    parkId: computed(() => viewer.value?.parks[0]?.id ?? null),
    /** Times are shown in the park's zone (SPEC §4), whatever the phone's is. */
    timeZone: computed(() => viewer.value?.parks[0]?.timeZone ?? 'Asia/Shanghai'),
    loading,
    error,
    refetch,
    can: (permission: string) => permissions.value.has(permission),
  };
}
