import { LockMode, QueryOrder } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate } from '../../db/paginate.js';
import { type PageArgs, toOrder } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict, lockByIdOrFail, readByIdOrFail } from '../../graphql/lookup.js';
import { applyPatch, idOrNone, likePattern } from '../../graphql/validate.js';
import { ConflictError } from '../../kernel/errors.js';
import { Equipment, EquipmentStatus } from '../equipment/equipment.entity.js';
import { Park } from '../park/park.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Building } from './building.entity.js';
import type {
  BuildingFilter,
  BuildingOrder,
  CreateBuildingInput,
  CreateFloorInput,
  UpdateBuildingInput,
  UpdateFloorInput,
} from './building.inputs.js';
import { floorName } from './building.rules.js';
import { toBuildingType, toFloorType } from './building.type.js';
import { Floor } from './floor.entity.js';

const uniques = { building_park_id_code_unique: 'input.code' };
const floorUniques = { floor_building_id_level_unique: 'input.level' };

function refuseRetired(row: { retiredAt?: Date | null }, what: string, field = 'id') {
  if (row.retiredAt) throw new ConflictError(`The ${what} is retired`, 'RETIRED', field);
}

export const buildingService = {
  async get(ctx: RequestContext, id: string) {
    return toBuildingType(await readByIdOrFail(ctx.em, Building, id, 'Building'));
  },

  list(
    ctx: RequestContext,
    filter: BuildingFilter | undefined,
    order: BuildingOrder | undefined,
    page: PageArgs,
    info: GraphQLResolveInfo,
  ) {
    const s = filter?.search ? likePattern(filter.search) : undefined;
    const parkId = filter?.parkId;
    return paginate({
      em: ctx.em,
      entity: Building,
      where: {
        ...(parkId !== undefined && { park: idOrNone(parkId) }),
        ...(s && { $or: [{ code: { $ilike: s } }, { name: { $ilike: s } }] }),
      },
      orderBy: order ? { [order.field]: toOrder(order.direction) } : { code: QueryOrder.ASC },
      page,
      info,
      map: toBuildingType,
    });
  },

  async create(ctx: RequestContext, input: CreateBuildingInput) {
    // Shared lock: retiring the park waits for this building, or this waits and sees it retired.
    const park = await lockByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId', true);
    refuseRetired(park, 'park', 'input.parkId');
    const building = ctx.em.create(Building, {
      park,
      code: input.code,
      name: input.name,
      floorsAbove: input.floorsAbove,
      floorsBelow: input.floorsBelow,
      grossArea: input.grossArea,
      completedYear: input.completedYear ?? null,
    });
    for (let level = -input.floorsBelow; level <= input.floorsAbove; level += 1) {
      if (level === 0) continue;
      ctx.em.create(Floor, { park, building, level, name: floorName(level), grossArea: null });
    }
    await flushOrConflict(ctx.em, uniques);
    ctx.recordChange({
      targetType: 'Building',
      targetId: building.id,
      parkId: park.id,
      after: toBuildingType(building),
    });
    return toBuildingType(building);
  },

  async update(ctx: RequestContext, id: string, input: UpdateBuildingInput) {
    const building = await findByIdOrFail(ctx.em, Building, id, 'Building');
    refuseRetired(building, 'building');
    const before = toBuildingType(building);
    applyPatch(building, { ...input });
    await flushOrConflict(ctx.em, uniques);
    ctx.recordChange({
      targetType: 'Building',
      targetId: building.id,
      parkId: building.park.id,
      before,
      after: toBuildingType(building),
    });
    return toBuildingType(building);
  },

  async getFloor(ctx: RequestContext, id: string) {
    return toFloorType(await readByIdOrFail(ctx.em, Floor, id, 'Floor'));
  },

  async updateFloor(ctx: RequestContext, id: string, input: UpdateFloorInput) {
    const floor = await findByIdOrFail(ctx.em, Floor, id, 'Floor');
    refuseRetired(floor, 'floor');
    const before = toFloorType(floor);
    applyPatch(floor, { ...input });
    await ctx.em.flush();
    ctx.recordChange({
      targetType: 'Floor',
      targetId: floor.id,
      parkId: floor.park.id,
      before,
      after: toFloorType(floor),
    });
    return toFloorType(floor);
  },

  /**
   * Retires (停用) a building and its floors: refused while a unit is in use or equipment is
   * installed in it. Building and floors are locked first, so a unit added meanwhile is seen.
   */
  async retire(ctx: RequestContext, id: string) {
    const building = await lockByIdOrFail(ctx.em, Building, id, 'Building');
    if (building.retiredAt) throw new ConflictError('The building is already retired', 'ALREADY_RETIRED');
    const floors = await ctx.em.find(Floor, { building }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const units = await ctx.em.count(Unit, { building, retiredAt: null });
    if (units > 0) {
      throw new ConflictError(`${units} unit(s) of the building are still in use`, 'BUILDING_HAS_UNITS');
    }
    const equipment = await ctx.em.count(Equipment, {
      building,
      status: { $ne: EquipmentStatus.RETIRED },
    });
    if (equipment > 0) {
      throw new ConflictError(
        `${equipment} piece(s) of equipment are still installed in the building`,
        'BUILDING_HAS_EQUIPMENT',
      );
    }
    const before = toBuildingType(building);
    const now = ctx.now();
    building.retiredAt = now;
    for (const floor of floors) floor.retiredAt ??= now;
    await ctx.em.flush();
    ctx.recordChange({
      targetType: 'Building',
      targetId: building.id,
      parkId: building.park.id,
      before,
      after: { ...toBuildingType(building), floorsRetired: floors.length },
    });
    return toBuildingType(building);
  },

  /** Adds a storey; its level is unique in the building (CONFLICT DUPLICATE on `input.level`). */
  async createFloor(ctx: RequestContext, input: CreateFloorInput) {
    // For update, not share: the storey counts may change, and two share locks upgrading deadlock.
    const building = await lockByIdOrFail(ctx.em, Building, input.buildingId, 'Building', 'input.buildingId');
    refuseRetired(building, 'building', 'input.buildingId');
    const floor = ctx.em.create(Floor, {
      park: building.park,
      building,
      level: input.level,
      name: input.name ?? floorName(input.level),
      grossArea: input.grossArea ?? null,
    });
    // The building's storey counts follow the floors it has.
    if (input.level > building.floorsAbove) building.floorsAbove = input.level;
    if (-input.level > building.floorsBelow) building.floorsBelow = -input.level;
    await flushOrConflict(ctx.em, floorUniques);
    ctx.recordChange({
      targetType: 'Floor',
      targetId: floor.id,
      parkId: building.park.id,
      after: toFloorType(floor),
    });
    return toFloorType(floor);
  },

  /** Retires (停用) a floor: refused while a unit on it is in use or equipment is installed on it. */
  async retireFloor(ctx: RequestContext, id: string) {
    const floor = await lockByIdOrFail(ctx.em, Floor, id, 'Floor');
    if (floor.retiredAt) throw new ConflictError('The floor is already retired', 'ALREADY_RETIRED');
    const units = await ctx.em.count(Unit, { floor, retiredAt: null });
    if (units > 0)
      throw new ConflictError(`${units} unit(s) on the floor are still in use`, 'FLOOR_HAS_UNITS');
    const equipment = await ctx.em.count(Equipment, { floor, status: { $ne: EquipmentStatus.RETIRED } });
    if (equipment > 0) {
      throw new ConflictError(
        `${equipment} piece(s) of equipment are still installed on the floor`,
        'FLOOR_HAS_EQUIPMENT',
      );
    }
    const before = toFloorType(floor);
    floor.retiredAt = ctx.now();
    await ctx.em.flush();
    ctx.recordChange({
      targetType: 'Floor',
      targetId: floor.id,
      parkId: floor.park.id,
      before,
      after: toFloorType(floor),
    });
    return toFloorType(floor);
  },
};
