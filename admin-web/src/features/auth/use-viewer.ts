import { useQuery } from '@vue/apollo-composable';
import { computed, ref, watch } from 'vue';
import { ViewerDocument } from '../../gql/graphql.js';

const PARK_KEY = 'park.admin.park';
/** The park the console is looking at; shared by every page. */
const selectedParkId = ref<string | null>(localStorage.getItem(PARK_KEY));

/**
 * The signed-in operator: permissions (what the menu and routes allow), parks in reach and the
 * park currently selected with the park switcher.
 */
export function useViewer() {
  const { result, loading, error, refetch } = useQuery(ViewerDocument, null, { fetchPolicy: 'cache-first' });
  const viewer = computed(() => result.value?.viewer ?? null);
  const permissions = computed(() => new Set(viewer.value?.permissions ?? []));
  const parks = computed(() => viewer.value?.parks ?? []);
  const park = computed(
    () => parks.value.find((p) => p.id === selectedParkId.value) ?? parks.value[0] ?? null,
  );
  watch(parks, (list) => {
    if (list.length > 0 && !list.some((p) => p.id === selectedParkId.value)) selectPark(list[0]!.id);
  });
  return {
    viewer,
    loading,
    error,
    refetch,
    permissions,
    parks,
    park,
    can: (permission: string) => permissions.value.has(permission),
    selectPark,
  };
}

export function selectPark(id: string): void {
  selectedParkId.value = id;
  localStorage.setItem(PARK_KEY, id);
}
