import type { EquipmentCategory } from '../../gql/graphql.js';

type Translate = (key: string, values?: Record<string, unknown>) => string;

type Located = {
  building?: { name: string } | null;
  unit?: { code: string } | null;
  equipment?: { code: string; name: string } | null;
  locationNote?: string | null;
  equipmentCategory?: EquipmentCategory | null;
};

/**
 * Where the job is besides the building, unit and equipment: park-wide maintenance of a category,
 * worded in the reader's language from the API's code, or the note someone wrote.
 */
export function placeNoteOf(o: Located, t: Translate): string | null {
  if (o.equipmentCategory)
    return t('workOrderPlace.parkWide', { category: t(`equipment.categories.${o.equipmentCategory}`) });
  return o.locationNote ?? null;
}

/** Where the job is, in words: building · unit · equipment (code) · park-wide category or note. */
export function locationOf(o: Located, t: Translate): string {
  const equipment =
    o.equipment && t('workOrderPlace.equipment', { name: o.equipment.name, code: o.equipment.code });
  return [o.building?.name, o.unit?.code, equipment, placeNoteOf(o, t)].filter(Boolean).join(' · ');
}
