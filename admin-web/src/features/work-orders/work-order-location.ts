type Located = {
  building?: { name: string } | null;
  unit?: { code: string } | null;
  equipment?: { code: string; name: string } | null;
  locationNote?: string | null;
};

/** Where the job is, in words: building · unit · equipment (code) · note. */
export function locationOf(o: Located): string {
  const equipment = o.equipment && `${o.equipment.name}（${o.equipment.code}）`;
  return [o.building?.name, o.unit?.code, equipment, o.locationNote].filter(Boolean).join(' · ');
}
