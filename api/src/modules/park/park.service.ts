import { QueryOrder } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate } from '../../db/paginate.js';
import { type PageArgs, toOrder } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict, lockByIdOrFail, readByIdOrFail } from '../../graphql/lookup.js';
import type { Topics } from '../../graphql/pubsub.js';
import { applyPatch, assertTimeZone, likePattern } from '../../graphql/validate.js';
import { ConflictError } from '../../kernel/errors.js';
import { Building } from '../building/building.entity.js';
import { TenantCompany, TenantStatus } from '../tenant/tenant.entity.js';
import { Park } from './park.entity.js';
import type { CreateParkInput, ParkFilter, ParkOrder, UpdateParkInput } from './park.inputs.js';
import { toParkType } from './park.type.js';

const uniques = { park_code_unique: 'input.code' };

export const parkService = {
  async get(ctx: RequestContext, id: string) {
    return toParkType(await readByIdOrFail(ctx.em, Park, id, 'Park'));
  },

  /**
   * Subscribes to a park-scoped topic once the park is in the caller's reach (NOT_FOUND
   * otherwise), so nothing is subscribed for a park the caller cannot see.
   */
  async subscribe<K extends keyof Topics>(
    ctx: RequestContext,
    topic: K,
    parkId: string,
  ): Promise<AsyncIterable<Topics[K][1]>> {
    await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    // Every topic is keyed by park id; the typed pubsub cannot see that through a generic K.
    const subscribe = ctx.pubsub.subscribe as (t: K, id: string) => AsyncIterable<Topics[K][1]>;
    return subscribe(topic, parkId);
  },

  list(
    ctx: RequestContext,
    filter: ParkFilter | undefined,
    order: ParkOrder | undefined,
    page: PageArgs,
    info: GraphQLResolveInfo,
  ) {
    const s = filter?.search ? likePattern(filter.search) : undefined;
    return paginate({
      em: ctx.em,
      entity: Park,
      where: s ? { $or: [{ name: { $ilike: s } }, { code: { $ilike: s } }, { city: { $ilike: s } }] } : {},
      orderBy: order ? { [order.field]: toOrder(order.direction) } : { name: QueryOrder.ASC },
      page,
      info,
      map: toParkType,
    });
  },

  async create(ctx: RequestContext, input: CreateParkInput) {
    assertTimeZone('input.timeZone', input.timeZone);
    const park = ctx.em.create(Park, {
      code: input.code,
      name: input.name,
      city: input.city,
      address: input.address,
      timeZone: input.timeZone ?? 'Asia/Shanghai',
      landArea: input.landArea ?? null,
    });
    await flushOrConflict(ctx.em, uniques);
    ctx.recordChange({ targetType: 'Park', targetId: park.id, parkId: park.id, after: toParkType(park) });
    return toParkType(park);
  },

  async update(ctx: RequestContext, id: string, input: UpdateParkInput) {
    const park = await findByIdOrFail(ctx.em, Park, id, 'Park');
    if (park.retiredAt) throw new ConflictError('The park is retired', 'ALREADY_RETIRED');
    const before = toParkType(park);
    assertTimeZone('input.timeZone', input.timeZone);
    applyPatch(park, { ...input });
    await flushOrConflict(ctx.em, uniques);
    ctx.recordChange({
      targetType: 'Park',
      targetId: park.id,
      parkId: park.id,
      before,
      after: toParkType(park),
    });
    return toParkType(park);
  },

  /**
   * Retires (停用) a park: refused while a building is in use or a company is still in the
   * park. The row lock makes a second retire, or a building added meanwhile, wait and see it.
   */
  async retire(ctx: RequestContext, id: string) {
    const park = await lockByIdOrFail(ctx.em, Park, id, 'Park');
    if (park.retiredAt) throw new ConflictError('The park is already retired', 'ALREADY_RETIRED');
    const buildings = await ctx.em.count(Building, { park, retiredAt: null });
    if (buildings > 0) {
      throw new ConflictError(
        `${buildings} building(s) of the park are still in use; retire them first`,
        'PARK_HAS_BUILDINGS',
      );
    }
    const tenants = await ctx.em.count(TenantCompany, { park, status: { $ne: TenantStatus.MOVED_OUT } });
    if (tenants > 0) {
      throw new ConflictError(`${tenants} company(ies) are still in the park`, 'PARK_HAS_TENANTS');
    }
    const before = toParkType(park);
    park.retiredAt = ctx.now();
    await ctx.em.flush();
    ctx.recordChange({
      targetType: 'Park',
      targetId: park.id,
      parkId: park.id,
      before,
      after: toParkType(park),
    });
    return toParkType(park);
  },
};
