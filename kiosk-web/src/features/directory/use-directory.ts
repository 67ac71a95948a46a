import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref, shallowRef } from 'vue';
import { KioskDirectoryDocument, type KioskDirectoryQuery } from '../../gql/graphql.js';

type CompanySearch = typeof import('./company-search.js');

export type DirectoryEntry = KioskDirectoryQuery['kioskDirectory'][number];
export type FloorGroup = { id: string; name: string; level: number; entries: DirectoryEntry[] };

/**
 * The park's company directory, loaded once and searched on the screen: `query` by name, short
 * name or pinyin, `buildingId` to browse one building (grouped by floor, top floor first).
 */
export function useDirectory(query: Ref<string>, buildingId: Ref<string | null>) {
  const { result, loading, error, refetch } = useQuery(KioskDirectoryDocument);
  const entries = computed(() => result.value?.kioskDirectory ?? []);
  // The pinyin dictionary is most of the page's weight: the list shows first, pinyin follows.
  const search = shallowRef<CompanySearch | null>(null);
  void import('./company-search.js').then((m) => {
    search.value = m;
  });
  const index = computed(() => search.value?.indexCompanies(entries.value) ?? null);

  const buildings = computed(() => {
    const byId = new Map<string, DirectoryEntry['locations'][number]['building']>();
    for (const e of entries.value) for (const l of e.locations) byId.set(l.building.id, l.building);
    return [...byId.values()].sort((a, b) => a.code.localeCompare(b.code));
  });

  const matches = computed(() => {
    const q = query.value.trim().toLowerCase();
    const found =
      search.value && index.value
        ? search.value.searchCompanies(index.value, q)
        : entries.value.filter((e) => `${e.name} ${e.shortName ?? ''}`.toLowerCase().includes(q));
    const id = buildingId.value;
    return id ? found.filter((e) => e.locations.some((l) => l.building.id === id)) : found;
  });

  /** The selected building's floors with their companies, for browsing without a query. */
  const floors = computed<FloorGroup[]>(() => {
    const id = buildingId.value;
    if (!id) return [];
    const groups = new Map<string, FloorGroup>();
    for (const e of matches.value) {
      for (const l of e.locations) {
        if (l.building.id !== id) continue;
        const group = groups.get(l.floor.id) ?? { ...l.floor, entries: [] };
        if (!group.entries.includes(e)) group.entries.push(e);
        groups.set(l.floor.id, group);
      }
    }
    return [...groups.values()].sort((a, b) => b.level - a.level);
  });

  return { entries, buildings, matches, floors, loading, error, refetch };
}
