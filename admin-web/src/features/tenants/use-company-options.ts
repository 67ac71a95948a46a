import { useQuery } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { TenantOptionsDocument } from '../../gql/graphql.js';
import { useViewer } from '../auth/use-viewer.js';

/**
 * The current park's companies as the user types into a list's company filter: `search` is what
 * was typed (an `el-select`'s remote method sets it), `options` the first 20 matches. Asked only
 * of those who may read the companies (tenant.read); others get none and the page hides the filter.
 */
export function useCompanyOptions() {
  const { park, can } = useViewer();
  const search = ref('');
  const companies = useQuery(
    TenantOptionsDocument,
    () => ({ filter: { parkId: park.value!.id, ...(search.value && { search: search.value }) } }),
    () => ({ enabled: can('tenant.read') }),
  );
  const options = computed(() => companies.result.value?.tenantCompanies.nodes ?? []);
  return { search, options };
}
