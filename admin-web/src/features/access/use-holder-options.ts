import { useQuery } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { type AccessHolderFilter, HolderOptionsDocument } from '../../gql/graphql.js';
import { useViewer } from '../auth/use-viewer.js';

export type HolderOption = { id: string; name: string; label: string; tenantId: string | null };

/**
 * People of the park who may hold a credential or join a group, searched by name as the user types
 * (`search` is what the remote select sets); `scope` narrows to one company's employees or to staff.
 * Guards find them too: the list needs access.assign, not user.read.
 */
export function useHolderOptions(scope: () => Pick<AccessHolderFilter, 'tenantId' | 'staff'> = () => ({})) {
  const { park, can } = useViewer();
  const search = ref('');
  const enabled = computed(() => can('access.assign'));
  const { result, loading } = useQuery(
    HolderOptionsDocument,
    () => ({
      filter: { parkId: park.value!.id, ...scope(), ...(search.value && { search: search.value }) },
    }),
    () => ({ enabled: enabled.value }),
  );
  const options = computed<HolderOption[]>(() =>
    (result.value?.accessHolderOptions ?? []).map((u) => ({
      id: u.id,
      name: u.name,
      label: u.tenantName ? `${u.name} · ${u.tenantName}` : u.name,
      tenantId: u.tenantId,
    })),
  );
  return { search, options, loading, enabled };
}
