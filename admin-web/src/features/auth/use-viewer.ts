import { useQuery } from '@vue/apollo-composable';
import { computed, ref, watch } from 'vue';
import { ViewerDocument } from '../../gql/graphql.js';

/** Each user's last chosen park is kept under this key and their id. */
const PARK_KEY = 'park.admin.park';
/** The park the console is looking at; shared by every page. */
const selectedParkId = ref<string | null>(null);
/** Whose choice `selectedParkId` is: another user signing in on this browser has their own. */
let selectionOwner: string | null = null;

/**
 * The signed-in operator: permissions (what the menu and routes allow), parks in reach and the
 * park currently selected with the park switcher.
 */
export function useViewer() {
  const { result, loading, error, refetch } = useQuery(ViewerDocument, null, { fetchPolicy: 'cache-first' });
  const viewer = computed(() => result.value?.viewer ?? null);
  const permissions = computed(() => new Set(viewer.value?.permissions ?? []));
  const parks = computed(() => viewer.value?.parks ?? []);
  /** Until the user chooses: the park with most open work orders, not whichever sorts first. */
  const fallback = computed(
    () => parks.value.find((p) => p.id === viewer.value?.busiestParkId) ?? parks.value[0] ?? null,
  );
  const park = computed(() => parks.value.find((p) => p.id === selectedParkId.value) ?? fallback.value);
  watch(
    viewer,
    (v) => {
      if (!v || selectionOwner === v.id) return;
      selectionOwner = v.id;
      selectedParkId.value = localStorage.getItem(`${PARK_KEY}.${v.id}`);
    },
    { immediate: true },
  );
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

/** Switches the console to a park and remembers it as the signed-in user's choice. */
export function selectPark(id: string): void {
  selectedParkId.value = id;
  if (selectionOwner) localStorage.setItem(`${PARK_KEY}.${selectionOwner}`, id);
}
