import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { SiteOptionsDocument } from '../../gql/graphql.js';

export type PlaceOption = { value: string; label: string; children?: PlaceOption[] };

/**
 * The park's buildings, floors and (with `units`) rooms in use, as cascader options: where a new
 * unit goes, where equipment stands. Retired ones are left out: nothing new goes there.
 */
export function useSiteOptions(parkId: () => string, depth: 'floor' | 'unit') {
  const { result, loading } = useQuery(SiteOptionsDocument, () => ({ parkId: parkId() }));
  const options = computed<PlaceOption[]>(() =>
    (result.value?.park?.buildings ?? [])
      .filter((b) => !b.retiredAt)
      .map((b) => ({
        value: b.id,
        label: b.name,
        children: [...b.floors]
          .filter((f) => !f.retiredAt)
          .sort((x, y) => y.level - x.level)
          .map((f) => ({
            value: f.id,
            label: f.name,
            ...(depth === 'unit' && {
              children: f.units.filter((u) => !u.retiredAt).map((u) => ({ value: u.id, label: u.code })),
            }),
          })),
      })),
  );
  return { options, loading };
}
