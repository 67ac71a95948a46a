import { QueryOrder } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate } from '../../db/paginate.js';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict } from '../../graphql/lookup.js';
import { likePattern } from '../../graphql/validate.js';
import { BadInputError, ForbiddenError } from '../../kernel/errors.js';
import { plateOrFail } from '../../kernel/plate.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { VehicleListEntry } from './parking.entity.js';
import { VehicleListKind } from './parking.enums.js';
import type { AddVehicleInput } from './parking.inputs.js';
import { toVehicleListEntryType } from './parking.type.js';

/** The park’s vehicle lists: companies’ cars, the park’s own, blocked plates. */
export const vehicleListService = {
  async vehicles(
    ctx: RequestContext,
    filter: { parkId?: string; tenantId?: string; kind?: VehicleListKind; search?: string },
    page: PageArgs,
    info: GraphQLResolveInfo,
  ) {
    const actor = ctx.signedIn;
    const where: Record<string, unknown> = {};
    if (filter.parkId) where.park = filter.parkId;
    if (actor.kind === 'tenant') where.tenant = actor.tenantId;
    else if (filter.tenantId) where.tenant = filter.tenantId;
    if (filter.kind) where.kind = filter.kind;
    if (filter.search)
      where.$or = [
        { plate: { $ilike: likePattern(filter.search.toUpperCase()) } },
        { ownerName: { $ilike: likePattern(filter.search) } },
      ];
    return paginate({
      em: ctx.em,
      entity: VehicleListEntry,
      where,
      orderBy: { plate: QueryOrder.ASC },
      page,
      info,
      map: toVehicleListEntryType,
    });
  },

  async vehicle(ctx: RequestContext, id: string) {
    return toVehicleListEntryType(await findByIdOrFail(ctx.em, VehicleListEntry, id, 'VehicleListEntry'));
  },

  /**
   * Lists a plate. A tenant admin lists their own company's vehicles (let in, any space); staff
   * list anyone's, the park's own and blocked plates.
   */
  async addVehicle(ctx: RequestContext, input: AddVehicleInput) {
    const actor = ctx.signedIn;
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const plate = plateOrFail(input.plate, 'input.plate');
    let tenantId = input.tenantId ?? null;
    if (actor.kind === 'tenant') {
      if (input.kind !== VehicleListKind.ALLOW || input.spaceType)
        throw new ForbiddenError('Only the park blocks plates or assigns spaces', 'STAFF_ONLY');
      if (tenantId && tenantId !== actor.tenantId)
        throw new ForbiddenError('Only your own company’s vehicles');
      tenantId = actor.tenantId;
    }
    if (input.kind === VehicleListKind.BLOCK && tenantId)
      throw new BadInputError('input.tenantId', 'A blocked plate belongs to no company', 'BLOCK_WITH_TENANT');
    if (input.validFrom && input.validUntil && input.validUntil < input.validFrom)
      throw new BadInputError('input.validUntil', 'Not before validFrom', 'EMPTY_RANGE');
    const tenant = tenantId
      ? await findByIdOrFail(ctx.em, TenantCompany, tenantId, 'TenantCompany', 'input.tenantId')
      : null;
    if (tenant && tenant.park.id !== park.id)
      throw new BadInputError('input.tenantId', 'Not in this park', 'OTHER_PARK');
    const entry = ctx.em.create(VehicleListEntry, {
      park,
      tenant,
      kind: input.kind,
      plate,
      ownerName: input.ownerName?.trim() ?? null,
      spaceType: input.spaceType ?? null,
      validFrom: input.validFrom ?? null,
      validUntil: input.validUntil ?? null,
      note: input.note ?? null,
    });
    await flushOrConflict(ctx.em, { vehicle_list_entry_park_id_plate_tenant_id: 'input.plate' });
    ctx.recordChange({
      targetType: 'VehicleListEntry',
      targetId: entry.id,
      parkId: park.id,
      ...(tenant && { tenantId: tenant.id }),
      after: toVehicleListEntryType(entry),
    });
    return toVehicleListEntryType(entry);
  },

  async removeVehicle(ctx: RequestContext, id: string) {
    const entry = await findByIdOrFail(ctx.em, VehicleListEntry, id, 'VehicleListEntry');
    const actor = ctx.signedIn;
    if (actor.kind === 'tenant' && entry.tenant?.id !== actor.tenantId) throw new ForbiddenError();
    const before = toVehicleListEntryType(entry);
    ctx.em.remove(entry);
    await ctx.em.flush();
    ctx.recordChange({ targetType: 'VehicleListEntry', targetId: id, parkId: before.parkId, before });
    return before;
  },
};
