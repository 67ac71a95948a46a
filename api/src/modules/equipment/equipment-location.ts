import type { RequestContext } from '../../graphql/context.js';
import { BadInputError, NotFoundError } from '../../graphql/errors.js';
import { idOrNone } from '../../graphql/validate.js';
import { Building } from '../building/building.entity.js';
import { Floor } from '../building/floor.entity.js';
import { Unit } from '../unit/unit.entity.js';
import type { EquipmentLocationInput } from './equipment.inputs.js';

export type ResolvedLocation = {
  building: Building | null;
  floor: Floor | null;
  unit: Unit | null;
  locationNote: string | null;
};

/**
 * Turns a location input into building, floor and unit of `parkId`. The most specific id wins
 * and implies the others; ids given alongside it must agree. Rows of other parks are unknown.
 */
export async function resolveLocation(
  ctx: RequestContext,
  parkId: string,
  loc: EquipmentLocationInput,
  path: string,
): Promise<ResolvedLocation> {
  const missing = (label: string, field: string) => new NotFoundError(label, `${path}.${field}`);
  const inPark = (id: string) => ({ id: idOrNone(id), park: parkId });
  let unit: Unit | null = null;
  let floor: Floor | null = null;
  let building: Building | null = null;
  if (loc.unitId) {
    unit = await ctx.em.findOne(Unit, inPark(loc.unitId));
    if (!unit) throw missing('Unit', 'unitId');
  }
  if (unit) {
    floor = unit.floor;
    building = unit.building;
  } else if (loc.floorId) {
    floor = await ctx.em.findOne(Floor, inPark(loc.floorId));
    if (!floor) throw missing('Floor', 'floorId');
  }
  if (floor) building ??= floor.building;
  else if (loc.buildingId) {
    building = await ctx.em.findOne(Building, inPark(loc.buildingId));
    if (!building) throw missing('Building', 'buildingId');
  }
  if (unit && loc.floorId && loc.floorId !== unit.floor.id) {
    throw new BadInputError(`${path}.floorId`, 'The unit is not on this floor', 'LOCATION_MISMATCH');
  }
  if (floor && loc.buildingId && loc.buildingId !== floor.building.id) {
    throw new BadInputError(`${path}.buildingId`, 'The floor is not in this building', 'LOCATION_MISMATCH');
  }
  if (!building && !loc.note) {
    throw new BadInputError(
      path,
      'Give a building, floor or unit, or describe the place in note',
      'LOCATION_REQUIRED',
    );
  }
  return { building, floor, unit, locationNote: loc.note ?? null };
}

/** The comparable place of equipment or of a resolved location, for MOVED history entries. */
export function locationKey(l: {
  building?: { id: string } | null;
  floor?: { id: string } | null;
  unit?: { id: string } | null;
  locationNote?: string | null;
}) {
  return {
    building: l.building?.id ?? null,
    floor: l.floor?.id ?? null,
    unit: l.unit?.id ?? null,
    note: l.locationNote ?? null,
  };
}
