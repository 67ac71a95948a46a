import pg from 'pg';

/** How many rows the benchmark adds on top of the demo seed. */
export type DatasetSize = {
  parks: number;
  buildingsPerPark: number;
  floorsPerBuilding: number;
  unitsPerFloor: number;
  equipmentPerFloor: number;
};

/** 200 parks × 5 buildings × 10 floors: 200,000 units and 100,000 pieces of equipment. */
export const FULL: DatasetSize = {
  parks: 200,
  buildingsPerPark: 5,
  floorsPerBuilding: 10,
  unitsPerFloor: 20,
  equipmentPerFloor: 10,
};

/** Enough rows for the harness to exercise every path in a second. */
export const SMOKE: DatasetSize = {
  parks: 4,
  buildingsPerPark: 2,
  floorsPerBuilding: 3,
  unitsPerFloor: 4,
  equipmentPerFloor: 2,
};

const CATEGORIES = `array['POWER_DISTRIBUTION','HVAC','ELEVATOR','WATER_SUPPLY_DRAINAGE','FIRE_PROTECTION',
  'WEAK_CURRENT_CCTV','LIGHTING','EV_CHARGER','OTHER']::equipment_category[]`;

/**
 * Adds parks, buildings, floors, units and equipment with plain SQL as the owner (a superuser,
 * so row-level security does not apply). Ids are `md5(name)::uuid` of each row's position,
 * so the same size gives the same rows on every run. Returns the row counts of the two big
 * tables after generation.
 */
export async function generateDataset(ownerUrl: string, size: DatasetSize) {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const {
      parks: P,
      buildingsPerPark: B,
      floorsPerBuilding: F,
      unitsPerFloor: U,
      equipmentPerFloor: E,
    } = size;
    const parkId = `md5('park-' || p)::uuid`;
    const buildingId = `md5('building-' || p || '-' || b)::uuid`;
    const floorId = `md5('floor-' || p || '-' || b || '-' || f)::uuid`;
    const floors = `generate_series(0, ${P - 1}) p, generate_series(0, ${B - 1}) b, generate_series(1, ${F}) f`;
    await db.query('begin');
    await db.query(`insert into park (id, created_at, updated_at, code, name, city, address)
      select ${parkId}, now(), now(), 'BP' || lpad(p::text, 3, '0'), 'Bench park ' || p, 'Suzhou',
             'Bench road ' || p
      from generate_series(0, ${P - 1}) p`);
    await db.query(`insert into building (id, created_at, updated_at, park_id, code, name, floors_above,
        gross_area, completed_year)
      select ${buildingId}, now(), now(), ${parkId}, 'B' || b, 'Building ' || b, ${F}, 12000, 2020
      from generate_series(0, ${P - 1}) p, generate_series(0, ${B - 1}) b`);
    await db.query(`insert into floor (id, created_at, updated_at, park_id, building_id, level, name, gross_area)
      select ${floorId}, now(), now(), ${parkId}, ${buildingId}, f, f || 'F', 1200
      from ${floors}`);
    await db.query(`insert into unit (id, created_at, updated_at, park_id, building_id, floor_id, code, type,
        status, gross_area, usable_area)
      select md5('unit-' || p || '-' || b || '-' || f || '-' || u)::uuid, now(), now(), ${parkId},
             ${buildingId}, ${floorId}, 'B' || b || '-' || lpad(f::text, 2, '0') || lpad(u::text, 2, '0'),
             'OFFICE', 'VACANT', 60, 48
      from ${floors}, generate_series(1, ${U}) u`);
    await db.query(`insert into equipment (id, created_at, updated_at, park_id, code, name, category, status,
        building_id, floor_id, manufacturer, model)
      select md5('equipment-' || p || '-' || b || '-' || f || '-' || e)::uuid, now(), now(), ${parkId},
             'BE-' || lpad(p::text, 3, '0') || '-' || b || '-' || lpad(f::text, 2, '0') || '-' || e,
             'Bench equipment ' || e, (${CATEGORIES})[1 + (p + b + f + e) % 9], 'RUNNING',
             ${buildingId}, ${floorId}, 'Bench Co.', 'M-' || e
      from ${floors}, generate_series(1, ${E}) e`);
    // PostGraphile inserts without an id or timestamps; the API and the limit always send them.
    await db.query(`alter table equipment alter column id set default gen_random_uuid(),
      alter column created_at set default now(), alter column updated_at set default now()`);
    await db.query('commit');
    await db.query('analyze park, building, floor, unit, equipment');
    const { rows } = await db.query<{ units: string; equipment: string; parks: string }>(
      'select (select count(*) from unit) units, (select count(*) from equipment) equipment, (select count(*) from park) parks',
    );
    return {
      parks: Number(rows[0]!.parks),
      units: Number(rows[0]!.units),
      equipment: Number(rows[0]!.equipment),
    };
  } finally {
    await db.end();
  }
}
