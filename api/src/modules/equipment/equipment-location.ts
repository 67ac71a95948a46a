import type { EntityName } from '@mikro-orm/core';
import { findLean } from '../../db/lean.js';
import type { RequestContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/validate.js';
import { BadInputError, NotFoundError } from '../../kernel/errors.js';
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

/** A row of `parkId` by id, read lean (validation only: no managed entity is needed). */
async function inPark<E extends { id: string }>(
  ctx: RequestContext,
  entity: EntityName<E>,
  id: string,
  parkId: string,
): Promise<E | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await findLean(ctx.em, entity, '"t"."id" = ? and "t"."park_id" = ?', [id, parkId]);
  return row;
}

/**
 * Turns a location input into building, floor and unit of `parkId`, as references to set on
 * equipment. The most specific id wins and implies the others; ids given alongside it must
 * agree. Rows of other parks are unknown.
 */
export async function resolveLocation(
  ctx: RequestContext,
  parkId: string,
  loc: EquipmentLocationInput,
  path: string,
): Promise<ResolvedLocation> {
  const missing = (label: string, field: string) => new NotFoundError(label, `${path}.${field}`);
  let unitId: string | null = null;
  let floorId: string | null = null;
  let buildingId: string | null = null;
  if (loc.unitId) {
    const unit = await inPark(ctx, Unit, loc.unitId, parkId);
    if (!unit) throw missing('Unit', 'unitId');
    if (loc.floorId && loc.floorId !== unit.floor.id)
      throw new BadInputError(`${path}.floorId`, 'The unit is not on this floor', 'LOCATION_MISMATCH');
    [unitId, floorId, buildingId] = [unit.id, unit.floor.id, unit.building.id];
  } else if (loc.floorId) {
    const floor = await inPark(ctx, Floor, loc.floorId, parkId);
    if (!floor) throw missing('Floor', 'floorId');
    [floorId, buildingId] = [floor.id, floor.building.id];
  }
  if (floorId && loc.buildingId && loc.buildingId !== buildingId) {
    throw new BadInputError(`${path}.buildingId`, 'The floor is not in this building', 'LOCATION_MISMATCH');
  }
  if (!floorId && loc.buildingId) {
    const building = await inPark(ctx, Building, loc.buildingId, parkId);
    if (!building) throw missing('Building', 'buildingId');
    buildingId = building.id;
  }
  const ref = <E extends object>(entity: EntityName<E>, id: string | null) =>
    id ? ctx.em.getReference(entity, id as never) : null;
  const [building, floor, unit] = [ref(Building, buildingId), ref(Floor, floorId), ref(Unit, unitId)];
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
