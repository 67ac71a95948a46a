import type { GraphQLResolveInfo } from 'graphql';
import { paginate } from '../../db/paginate.js';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { readByIdOrFail } from '../../graphql/lookup.js';
import { isUuid } from '../../graphql/validate.js';
import { NotFoundError } from '../../kernel/errors.js';
import { Visit, Visitor } from './visitor.entity.js';
import type { VisitState } from './visitor.enums.js';
import type { MyVisitFilter, VisitFilter } from './visitor.inputs.js';
import { visitorRepository } from './visitor.repository.js';
import { hostCompany } from './visitor.service.js';
import { toVisitorType, toVisitType, type VisitorType, type VisitType } from './visitor.type.js';

/** Reading visits and visitors: the park's log and boards, the host company's lists. */
export const visitQueryService = {
  /** One visit, as the caller's row-level security shows it (staff, host company, its kiosk). */
  async get(ctx: RequestContext, id: string): Promise<VisitType> {
    const actor = ctx.signedIn;
    const allowed =
      actor.kind === 'device' ||
      (actor.kind === 'tenant' && actor.permissions.has('visitor.invite')) ||
      (actor.kind === 'staff' && actor.permissions.has('visitor.read')) ||
      actor.kind === 'job';
    if (!allowed) throw new NotFoundError('Visit');
    return toVisitType(await readByIdOrFail(ctx.em, Visit, id, 'Visit'));
  },

  async getVisitor(ctx: RequestContext, id: string): Promise<VisitorType> {
    const actor = ctx.signedIn;
    const allowed =
      (actor.kind === 'tenant' && actor.permissions.has('visitor.invite')) ||
      (actor.kind === 'staff' && actor.permissions.has('visitor.read'));
    if (!allowed) throw new NotFoundError('Visitor');
    return toVisitorType(await readByIdOrFail(ctx.em, Visitor, id, 'Visitor'));
  },

  /** The park's visit log, newest window first. */
  async list(ctx: RequestContext, filter: VisitFilter, page: PageArgs, info: GraphQLResolveInfo) {
    if (!isUuid(filter.parkId)) throw new NotFoundError('Park', 'filter.parkId');
    return paginate({
      em: ctx.em,
      entity: Visit,
      where: visitorRepository.parkWhere(filter),
      order: { prop: 'startsAt', descending: true },
      page,
      info,
      map: toVisitType,
    });
  },

  /** The host company's visits, newest window first. */
  async listCompany(
    ctx: RequestContext,
    filter: MyVisitFilter | undefined,
    page: PageArgs,
    info: GraphQLResolveInfo,
  ) {
    const host = hostCompany(ctx);
    return paginate({
      em: ctx.em,
      entity: Visit,
      where: visitorRepository.companyWhere(host.tenantId, host.userId, filter),
      order: { prop: 'startsAt', descending: true },
      page,
      info,
      map: toVisitType,
    });
  },

  async onSite(ctx: RequestContext, parkId: string) {
    if (!isUuid(parkId)) throw new NotFoundError('Park', 'parkId');
    return (await visitorRepository.onSite(ctx.em, parkId)).map(toVisitType);
  },

  async queue(ctx: RequestContext, parkId: string, states: readonly VisitState[]) {
    if (!isUuid(parkId)) throw new NotFoundError('Park', 'parkId');
    return (await visitorRepository.inStates(ctx.em, parkId, states)).map(toVisitType);
  },

  async awaitingCompany(ctx: RequestContext) {
    // Staff hold no company: nothing waits for them here (the front desk has its own queue).
    if (ctx.signedIn.kind !== 'tenant') return [];
    const host = hostCompany(ctx);
    return (await visitorRepository.awaitingCompany(ctx.em, host.tenantId)).map(toVisitType);
  },

  /** “Visit again”: the company's visitors matching a search, last seen first. */
  async companyVisitors(ctx: RequestContext, search: string | undefined, first: number) {
    const host = hostCompany(ctx);
    return (await visitorRepository.companyVisitors(ctx.em, host.tenantId, search, first)).map(toVisitorType);
  },

  /** A visitor's earlier visits to the company, newest first, to pre-fill a new invitation. */
  async previousVisits(ctx: RequestContext, visitorId: string, first: number) {
    const host = hostCompany(ctx);
    if (!isUuid(visitorId)) throw new NotFoundError('Visitor', 'visitorId');
    return (await visitorRepository.visitsOf(ctx.em, host.tenantId, visitorId, first)).map(toVisitType);
  },
};
