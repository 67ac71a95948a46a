import { useQuery } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { HolderOptionsDocument, type UserFilter } from '../../gql/graphql.js';
import { useViewer } from '../auth/use-viewer.js';

export type HolderOption = { id: string; label: string; tenantId: string | null };

/**
 * People of the park who may hold a credential or join a group, searched by name as the user types
 * (`search` is what the remote select sets); `scope` narrows to one company's employees or to staff.
 */
export function useHolderOptions(scope: () => Pick<UserFilter, 'tenantId' | 'kind'> = () => ({})) {
  const { park, can } = useViewer();
  const search = ref('');
  const { result, loading } = useQuery(
    HolderOptionsDocument,
    () => ({
      filter: {
        parkId: park.value!.id,
        status: 'ACTIVE' as const,
        ...scope(),
        ...(search.value && { search: search.value }),
      },
    }),
    () => ({ enabled: can('user.read') }),
  );
  const options = computed<HolderOption[]>(() =>
    (result.value?.users.nodes ?? []).map((u) => ({
      id: u.id,
      label: `${u.displayName} · ${u.tenant?.name ?? u.login}`,
      tenantId: u.tenant?.id ?? null,
    })),
  );
  return { search, options, loading, enabled: computed(() => can('user.read')) };
}
