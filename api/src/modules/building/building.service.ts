import { QueryOrder } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate } from '../../db/paginate.js';
import { type PageArgs, toOrder } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict, readByIdOrFail } from '../../graphql/lookup.js';
import { applyPatch, idOrNone, likePattern } from '../../graphql/validate.js';
import { Park } from '../park/park.entity.js';
import { Building } from './building.entity.js';
import type {
  BuildingFilter,
  BuildingOrder,
  CreateBuildingInput,
  UpdateBuildingInput,
  UpdateFloorInput,
} from './building.inputs.js';
import { floorName } from './building.rules.js';
import { toBuildingType, toFloorType } from './building.type.js';
import { Floor } from './floor.entity.js';

const uniques = { building_park_id_code_unique: 'input.code' };

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
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
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
};
