import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { KioskViewerDocument } from '../../gql/graphql.js';

/** How often a kiosk asks who it is: a revoked kiosk finds out and returns to pairing. */
const RECHECK_MS = 60_000;

/**
 * This kiosk as the API knows it: its name, building and the one park it serves. The screen's
 * frame polls (`recheck`), so a revoked credential does not linger on a screen nobody touches;
 * pages inside it read the same cached answer.
 */
export function useKioskViewer(opts: { recheck?: boolean } = {}) {
  const { result, loading, error } = useQuery(KioskViewerDocument, null, () => ({
    fetchPolicy: opts.recheck ? 'cache-and-network' : 'cache-first',
    pollInterval: opts.recheck ? RECHECK_MS : 0,
  }));
  const viewer = computed(() => result.value?.viewer ?? null);
  const park = computed(() => viewer.value?.parks[0] ?? null);
  const kiosk = computed(() => viewer.value?.kioskDevice ?? null);
  return { viewer, park, kiosk, loading, error };
}
