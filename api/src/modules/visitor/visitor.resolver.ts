import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { readByIdOrFail } from '../../graphql/lookup.js';
import { SIGNED_IN } from '../auth/permissions.js';
import { visitQueryService } from './visit-query.service.js';
import { Visit } from './visitor.entity.js';
import { WatchlistEntryInput } from './visitor.inputs.js';
import { passOf, phaseOf, visitorPii } from './visitor.service.js';
import {
  toVisitorType,
  toVisitType,
  VisitorPassType,
  VisitorType,
  VisitPhase,
  VisitType,
  WatchlistEntryType,
} from './visitor.type.js';
import { watchlistService } from './watchlist.service.js';

/** Each live event re-reads the visit as the subscriber: row-level security decides what arrives. */
export const visitAsSubscriber = async (ctx: RequestContext, visitId: string) =>
  toVisitType(await readByIdOrFail(ctx.em, Visit, visitId, 'Visit'));

/** A visit by id, and the fields every reader of a visit resolves. */
@Resolver(() => VisitType)
export class VisitResolver {
  // ── Anyone who may read the visit ───────────────────────────────────────────
  @Authorized(SIGNED_IN)
  @Query(() => VisitType, {
    description:
      'One visit: staff of its park (visitor.read), its host company (visitor.invite), or the kiosk that registered it.',
  })
  visit(@Arg('id', () => ID, { description: 'Visit.' }) id: string, @Ctx() ctx: RequestContext) {
    return visitQueryService.get(ctx, id);
  }

  // ── Fields ──────────────────────────────────────────────────────────────────
  @FieldResolver(() => VisitPhase, {
    description: 'Where the visit stands now (from state, stamps and time).',
  })
  phase(@Root() v: VisitType, @Ctx() ctx: RequestContext) {
    return phaseOf(v, ctx.now());
  }

  @Authorized(SIGNED_IN)
  @FieldResolver(() => VisitorPassType, {
    nullable: true,
    description:
      'The pass while it can be used (approved, window not over, not checked out): for the host company, the kiosk that registered it, and the front desk; null for others.',
  })
  pass(@Root() v: VisitType, @Ctx() ctx: RequestContext) {
    const actor = ctx.signedIn;
    const may =
      (actor.kind === 'tenant' && actor.tenantId === v.tenantId) ||
      actor.kind === 'device' ||
      (actor.kind === 'staff' && actor.permissions.has('visitor.frontDesk'));
    return may ? passOf(v, ctx.now()) : null;
  }

  @FieldResolver(() => VisitorType, { description: 'The visitor.' })
  async visitor(@Root() v: VisitType, @Ctx() ctx: RequestContext) {
    const row = await ctx.loaders.visitorById.load(v.visitorId);
    if (!row) throw new Error('visit without its visitor');
    return toVisitorType(row);
  }

  @FieldResolver(() => String, { description: 'The host company’s name.' })
  async tenantName(@Root() v: VisitType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.tenantById.load(v.tenantId))?.name ?? '';
  }
}

@Resolver(() => VisitorType)
export class VisitorResolver {
  @Authorized(SIGNED_IN)
  @Query(() => VisitorType, {
    description: 'One visitor record: the host company’s, or any of the park for staff.',
  })
  visitor(@Arg('id', () => ID, { description: 'Visitor.' }) id: string, @Ctx() ctx: RequestContext) {
    return visitQueryService.getVisitor(ctx, id);
  }

  @Authorized(SIGNED_IN)
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Mobile number: in full for the host company and holders of visitor.pii, masked (138****5678) for others.',
  })
  phone(@Root() v: VisitorType, @Ctx() ctx: RequestContext) {
    return visitorPii.phone(ctx, v);
  }

  @Authorized(SIGNED_IN)
  @FieldResolver(() => String, {
    nullable: true,
    description: 'E-mail: in full for the host company and holders of visitor.pii, masked for others.',
  })
  email(@Root() v: VisitorType, @Ctx() ctx: RequestContext) {
    return visitorPii.email(ctx, v);
  }

  @Authorized(SIGNED_IN)
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'ID-card number: in full for holders of visitor.pii, masked (110***********1234) for others.',
  })
  idNumber(@Root() v: VisitorType, @Ctx() ctx: RequestContext) {
    return visitorPii.idNumber(ctx, v.idSealed, v.idMasked);
  }
}

@Resolver(() => WatchlistEntryType)
export class WatchlistResolver {
  @Authorized('visitor.watchlist')
  @Query(() => [WatchlistEntryType], { description: 'Console: the park’s watchlist, newest first.' })
  visitorWatchlist(
    @Arg('parkId', () => ID, { description: 'Park.' }) parkId: string,
    @Arg('includeInactive', { defaultValue: false, description: 'Also the entries switched off.' })
    includeInactive: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return watchlistService.list(ctx, parkId, includeInactive);
  }

  @Authorized('visitor.watchlist')
  @Mutation(() => WatchlistEntryType, { description: 'Console: puts a person on the park’s watchlist.' })
  addWatchlistEntry(
    @Arg('input', () => WatchlistEntryInput, { description: 'The person.' }) input: WatchlistEntryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return watchlistService.add(ctx, input);
  }

  @Authorized('visitor.watchlist')
  @Mutation(() => WatchlistEntryType, { description: 'Console: switches a watchlist entry on or off.' })
  setWatchlistEntryActive(
    @Arg('id', () => ID, { description: 'Entry.' }) id: string,
    @Arg('active', { description: 'On (true) or off (false).' }) active: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return watchlistService.setActive(ctx, id, active);
  }

  @Authorized('visitor.watchlist')
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Phone: in full for holders of visitor.pii, masked for others.',
  })
  phone(@Root() e: WatchlistEntryType, @Ctx() ctx: RequestContext) {
    return watchlistService.phone(ctx, e);
  }

  @Authorized('visitor.watchlist')
  @FieldResolver(() => String, {
    nullable: true,
    description: 'ID-card number: in full for holders of visitor.pii, masked for others.',
  })
  idNumber(@Root() e: WatchlistEntryType, @Ctx() ctx: RequestContext) {
    return watchlistService.idNumber(ctx, e);
  }
}
