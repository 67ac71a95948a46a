import { type FilterQuery, QueryOrder } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate } from '../../db/paginate.js';
import { type PageArgs, toOrder } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict, lockByIdOrFail, readByIdOrFail } from '../../graphql/lookup.js';
import { applyPatch, idOrNone, isUuid, likePattern } from '../../graphql/validate.js';
import { BadInputError, ConflictError, NotFoundError } from '../../kernel/errors.js';
import { Floor } from '../building/floor.entity.js';
import { Equipment, EquipmentStatus } from '../equipment/equipment.entity.js';
import { TenantCompany, TenantStatus } from '../tenant/tenant.entity.js';
import { Unit } from './unit.entity.js';
import type { CreateUnitInput, UnitFilter, UnitOrder, UpdateUnitInput } from './unit.inputs.js';
import { checkUnitState } from './unit.rules.js';
import { toUnitType } from './unit.type.js';

const uniques = { unit_building_id_code_unique: 'input.code' };

function unitWhere(f: UnitFilter | undefined): FilterQuery<Unit> {
  if (!f) return {};
  if (f.minArea !== undefined && f.maxArea !== undefined && f.minArea > f.maxArea) {
    throw new BadInputError('filter.maxArea', 'maxArea is below minArea');
  }
  const area = {
    ...(f.minArea !== undefined && { $gte: f.minArea }),
    ...(f.maxArea !== undefined && { $lte: f.maxArea }),
  };
  return {
    ...(f.parkId !== undefined && { park: idOrNone(f.parkId) }),
    ...(f.buildingId !== undefined && { building: idOrNone(f.buildingId) }),
    ...(f.floorId !== undefined && { floor: idOrNone(f.floorId) }),
    ...(f.tenantId !== undefined && { tenant: idOrNone(f.tenantId) }),
    ...(f.types?.length && { type: { $in: f.types } }),
    ...(f.statuses?.length && { status: { $in: f.statuses } }),
    ...(Object.keys(area).length > 0 && { grossArea: area }),
    ...(f.search && { code: { $ilike: likePattern(f.search) } }),
  } as FilterQuery<Unit>;
}

/** The tenant a unit may point at: same park and still in the park, else NOT_FOUND. */
async function tenantFor(ctx: RequestContext, tenantId: string, parkId: string) {
  const tenant = isUuid(tenantId)
    ? await ctx.em.findOne(TenantCompany, { id: tenantId, park: parkId })
    : null;
  if (!tenant) throw new NotFoundError('TenantCompany', 'input.tenantId');
  if (tenant.status === TenantStatus.MOVED_OUT) {
    throw new BadInputError('input.tenantId', 'The company has moved out of the park', 'TENANT_MOVED_OUT');
  }
  return tenant;
}

export const unitService = {
  async get(ctx: RequestContext, id: string) {
    return toUnitType(await readByIdOrFail(ctx.em, Unit, id, 'Unit'));
  },

  list(
    ctx: RequestContext,
    filter: UnitFilter | undefined,
    order: UnitOrder | undefined,
    page: PageArgs,
    info: GraphQLResolveInfo,
  ) {
    return paginate({
      em: ctx.em,
      entity: Unit,
      where: unitWhere(filter),
      orderBy: order ? { [order.field]: toOrder(order.direction) } : { code: QueryOrder.ASC },
      page,
      info,
      map: toUnitType,
    });
  },

  async create(ctx: RequestContext, input: CreateUnitInput) {
    // Shared lock: retiring the floor waits for this unit, or this waits and sees it retired.
    const floor = await lockByIdOrFail(ctx.em, Floor, input.floorId, 'Floor', 'input.floorId', true);
    if (floor.retiredAt) throw new ConflictError('The floor is retired', 'RETIRED', 'input.floorId');
    checkUnitState({ ...input, hasTenant: input.tenantId !== undefined });
    const tenant = input.tenantId ? await tenantFor(ctx, input.tenantId, floor.park.id) : null;
    const unit = ctx.em.create(Unit, {
      park: floor.park,
      building: floor.building,
      floor,
      code: input.code,
      type: input.type,
      status: input.status,
      grossArea: input.grossArea,
      usableArea: input.usableArea,
      tenant,
    });
    await flushOrConflict(ctx.em, uniques);
    ctx.recordChange({
      targetType: 'Unit',
      targetId: unit.id,
      parkId: unit.park.id,
      after: toUnitType(unit),
    });
    return toUnitType(unit);
  },

  async update(ctx: RequestContext, id: string, input: UpdateUnitInput) {
    const unit = await findByIdOrFail(ctx.em, Unit, id, 'Unit');
    if (unit.retiredAt) throw new ConflictError('The unit is retired', 'RETIRED', 'id');
    const before = toUnitType(unit);
    if (input.clearTenant && input.tenantId !== undefined) {
      throw new BadInputError('input.clearTenant', 'Give either tenantId or clearTenant, not both');
    }
    const hasTenant = input.clearTenant ? false : input.tenantId !== undefined || unit.tenant !== null;
    checkUnitState({
      type: input.type ?? unit.type,
      status: input.status ?? unit.status,
      grossArea: input.grossArea ?? unit.grossArea,
      usableArea: input.usableArea ?? unit.usableArea,
      hasTenant,
    });
    const { tenantId, clearTenant, ...fields } = input;
    if (tenantId !== undefined) unit.tenant = await tenantFor(ctx, tenantId, unit.park.id);
    if (clearTenant) unit.tenant = null;
    applyPatch(unit, fields);
    await flushOrConflict(ctx.em, uniques);
    ctx.recordChange({
      targetType: 'Unit',
      targetId: unit.id,
      parkId: unit.park.id,
      before,
      after: toUnitType(unit),
    });
    return toUnitType(unit);
  },

  /**
   * Retires (停用) a unit: refused while a company leases or reserves it (UNIT_OCCUPIED) or
   * equipment is installed in it. Locked first, so a second retire waits and is refused.
   */
  async retire(ctx: RequestContext, id: string) {
    const unit = await lockByIdOrFail(ctx.em, Unit, id, 'Unit');
    if (unit.retiredAt) throw new ConflictError('The unit is already retired', 'ALREADY_RETIRED');
    if (unit.tenant) {
      throw new ConflictError('A company leases or reserves the unit; release it first', 'UNIT_OCCUPIED');
    }
    const equipment = await ctx.em.count(Equipment, { unit, status: { $ne: EquipmentStatus.RETIRED } });
    if (equipment > 0) {
      throw new ConflictError(
        `${equipment} piece(s) of equipment are still installed in the unit`,
        'UNIT_HAS_EQUIPMENT',
      );
    }
    const before = toUnitType(unit);
    unit.retiredAt = ctx.now();
    await ctx.em.flush();
    ctx.recordChange({
      targetType: 'Unit',
      targetId: unit.id,
      parkId: unit.park.id,
      before,
      after: toUnitType(unit),
    });
    return toUnitType(unit);
  },
};
