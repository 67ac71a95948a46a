import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { connectionOf, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { readByIdOrFail } from '../../graphql/lookup.js';
import { KIOSK, SIGNED_IN } from '../auth/permissions.js';
import { passService } from './pass.service.js';
import { Visit } from './visitor.entity.js';
import { PassDirection, VisitState } from './visitor.enums.js';
import {
  InviteVisitorsInput,
  MyVisitFilter,
  VisitFilter,
  WalkInInput,
  WatchlistEntryInput,
} from './visitor.inputs.js';
import { passOf, phaseOf, visitorPii, visitorService } from './visitor.service.js';
import {
  KioskHostType,
  PassScanType,
  toVisitorType,
  toVisitType,
  VisitorPassType,
  VisitorType,
  VisitPhase,
  VisitType,
  WatchlistEntryType,
} from './visitor.type.js';
import { limitKiosk, walkInService } from './walk-in.service.js';
import { watchlistService } from './watchlist.service.js';

const VisitConnection = connectionOf(VisitType, 'Visit', 'visit');

/** Each live event re-reads the visit as the subscriber: row-level security decides what arrives. */
const visitAsSubscriber = async (ctx: RequestContext, visitId: string) =>
  toVisitType(await readByIdOrFail(ctx.em, Visit, visitId, 'Visit'));

@Resolver(() => VisitType)
export class VisitResolver {
  // ── Console (staff) ─────────────────────────────────────────────────────────
  @Authorized('visitor.read')
  @Query(() => VisitConnection, { description: 'Console: the park’s visit log, newest window first.' })
  visits(
    @Arg('filter', () => VisitFilter, { description: 'Park and filters.' }) filter: VisitFilter,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return visitorService.list(ctx, filter, page, info);
  }

  @Authorized('visitor.read')
  @Query(() => [VisitType], {
    description: 'Console: visitors in the park now (checked in, not out), by arrival.',
  })
  visitorsOnSite(
    @Arg('parkId', () => ID, { description: 'Park.' }) parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return visitorService.onSite(ctx, parkId);
  }

  @Authorized('visitor.frontDesk')
  @Query(() => [VisitType], {
    description:
      'Console: walk-ins the front desk decides (hosts that did not answer in time), oldest first.',
  })
  frontDeskQueue(
    @Arg('parkId', () => ID, { description: 'Park.' }) parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return visitorService.queue(ctx, parkId, [VisitState.AWAITING_FRONT_DESK]);
  }

  @Authorized('visitor.security')
  @Query(() => [VisitType], {
    description: 'Console: visits the watchlist held for security review, oldest first.',
  })
  securityReviewQueue(
    @Arg('parkId', () => ID, { description: 'Park.' }) parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return visitorService.queue(ctx, parkId, [VisitState.AWAITING_SECURITY]);
  }

  @Authorized('visitor.frontDesk')
  @Mutation(() => VisitType, { description: 'Console: the front desk approves or rejects a walk-in.' })
  decideFrontDeskVisit(
    @Arg('id', () => ID, { description: 'Visit.' }) id: string,
    @Arg('approve', { description: 'Approve (true) or reject (false).' }) approve: boolean,
    @Arg('note', () => String, { nullable: true, description: 'Note (up to 200).' }) note: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return visitorService.decide(ctx, id, approve, note?.slice(0, 200), 'frontDesk');
  }

  @Authorized('visitor.security')
  @Mutation(() => VisitType, {
    description:
      'Console: security clears or rejects a visit the watchlist held. A cleared invitation is approved (the pass is sent); a cleared walk-in goes to its host.',
  })
  decideSecurityReview(
    @Arg('id', () => ID, { description: 'Visit.' }) id: string,
    @Arg('approve', { description: 'Clear (true) or reject (false).' }) approve: boolean,
    @Arg('note', () => String, { nullable: true, description: 'Note (up to 200).' }) note: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return visitorService.decide(ctx, id, approve, note?.slice(0, 200), 'security');
  }

  @Authorized('visitor.checkin')
  @Mutation(() => PassScanType, {
    description:
      'Guards and gates (partner keys with `visitor:checkin`): checks a pass in or out. Refusals are CONFLICT with domainCode PASS_<reason> (see PassRefusal) and write nothing.',
  })
  scanVisitorPass(
    @Arg('token', { description: 'The text of the QR code.' }) token: string,
    @Arg('direction', () => PassDirection, {
      defaultValue: PassDirection.AUTO,
      description: 'In, out or AUTO.',
    })
    direction: PassDirection,
    @Ctx() ctx: RequestContext,
  ) {
    return passService.scan(ctx, token.slice(0, 400), direction);
  }

  @Authorized('visitor.read')
  @Subscription(() => VisitType, {
    subscribe: ({ args, context }) =>
      (context as RequestContext).pubsub.subscribe('VISIT_QUEUE_CHANGED', String(args.parkId)),
    description:
      'Console: a visit of the park changed (queues, on-site board); each event as the subscriber may see it.',
  })
  visitChanged(
    @Arg('parkId', () => ID, { description: 'Park.' }) _parkId: string,
    @Root() payload: { visitId: string },
    @Ctx() ctx: RequestContext,
  ) {
    return visitAsSubscriber(ctx, payload.visitId);
  }

  // ── Portal (host company) ───────────────────────────────────────────────────
  @Authorized('visitor.invite')
  @Mutation(() => [VisitType], {
    description:
      'Portal: invites one or more visitors; each gets a pass (sent through the notifier) unless the watchlist holds the visit for security.',
  })
  inviteVisitors(
    @Arg('input', () => InviteVisitorsInput, { description: 'The invitation.' }) input: InviteVisitorsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return visitorService.invite(ctx, input);
  }

  @Authorized('visitor.invite')
  @Mutation(() => VisitType, { description: 'Portal: withdraws a visit; its pass stops working at once.' })
  revokeVisit(
    @Arg('id', () => ID, { description: 'Visit.' }) id: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why (up to 200).' }) reason:
      | string
      | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return visitorService.revoke(ctx, id, reason?.slice(0, 200));
  }

  @Authorized('visitor.invite')
  @Mutation(() => VisitType, {
    description:
      'Portal: moves an approved visit’s end later (at most 7 days after the start); a new pass is sent.',
  })
  extendVisit(
    @Arg('id', () => ID, { description: 'Visit.' }) id: string,
    @Arg('endsAt', { description: 'The new end.' }) endsAt: Date,
    @Ctx() ctx: RequestContext,
  ) {
    return visitorService.extend(ctx, id, endsAt);
  }

  @Authorized('visitor.invite')
  @Mutation(() => VisitType, {
    description:
      'Portal: the host company approves or rejects a walk-in (also after the front desk was asked).',
  })
  decideVisit(
    @Arg('id', () => ID, { description: 'Visit.' }) id: string,
    @Arg('approve', { description: 'Approve (true) or reject (false).' }) approve: boolean,
    @Arg('note', () => String, { nullable: true, description: 'Note (up to 200).' }) note: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return visitorService.decide(ctx, id, approve, note?.slice(0, 200), 'host');
  }

  @Authorized('visitor.invite')
  @Query(() => VisitConnection, { description: 'Portal: the company’s visits, newest window first.' })
  myCompanyVisits(
    @Arg('filter', () => MyVisitFilter, { nullable: true, description: 'Filters.' }) filter:
      | MyVisitFilter
      | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return visitorService.listCompany(ctx, filter, page, info);
  }

  @Authorized('visitor.invite')
  @Query(() => [VisitType], {
    description: 'Portal: walk-ins waiting for the company’s answer, oldest first.',
  })
  pendingVisitApprovals(@Ctx() ctx: RequestContext) {
    return visitorService.awaitingCompany(ctx);
  }

  @Authorized('visitor.invite')
  @Query(() => [VisitorType], {
    description:
      'Portal, “visit again”: the company’s visitors matching a name, phone or company, last seen first.',
  })
  companyVisitors(
    @Arg('search', () => String, { nullable: true, description: 'Part of a name, phone or company.' })
    search: string | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many (1–100).' }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    return visitorService.companyVisitors(ctx, search?.slice(0, 50), Math.min(Math.max(first, 1), 100));
  }

  @Authorized('visitor.invite')
  @Query(() => [VisitType], {
    description:
      'Portal, “visit again”: a visitor’s earlier visits to the company, newest first, to pre-fill.',
  })
  previousVisits(
    @Arg('visitorId', () => ID, { description: 'Visitor.' }) visitorId: string,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many (1–50).' }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    return visitorService.previousVisits(ctx, visitorId, Math.min(Math.max(first, 1), 50));
  }

  @Authorized('visitor.invite')
  @Subscription(() => VisitType, {
    subscribe: ({ context }) => {
      const ctx = context as RequestContext;
      // Keyed by the subscriber's own company: nobody listens to another's.
      return ctx.pubsub.subscribe(
        'VISIT_APPROVAL_REQUESTED',
        (ctx.actor.kind === 'tenant' ? ctx.actor.tenantId : null) ?? 'none',
      );
    },
    description:
      'Portal: a walk-in asks the company (play the prompt), or one it was asked about changed (answered, timed out).',
  })
  visitApprovalRequested(@Root() payload: { visitId: string }, @Ctx() ctx: RequestContext) {
    return visitAsSubscriber(ctx, payload.visitId);
  }

  // ── Anyone who may read the visit ───────────────────────────────────────────
  @Authorized(SIGNED_IN)
  @Query(() => VisitType, {
    description:
      'One visit: staff of its park (visitor.read), its host company (visitor.invite), or the kiosk that registered it.',
  })
  visit(@Arg('id', () => ID, { description: 'Visit.' }) id: string, @Ctx() ctx: RequestContext) {
    return visitorService.get(ctx, id);
  }

  // ── Kiosk ───────────────────────────────────────────────────────────────────
  @Authorized(KIOSK)
  @Query(() => [KioskHostType], {
    description:
      'Kiosk: people of a company in the directory a visitor may name as host, by name, pinyin or initials.',
  })
  kioskHosts(
    @Arg('tenantId', () => ID, { description: 'Company (from kioskDirectory).' }) tenantId: string,
    @Arg('search', () => String, { nullable: true, description: 'Name, pinyin or initials (zw → 张伟).' })
    search: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return walkInService.hosts(ctx, tenantId, search?.slice(0, 50));
  }

  @Authorized(KIOSK)
  @Mutation(() => VisitType, {
    description:
      'Kiosk: registers a walk-in; the host’s company is prompted live. Wait on kioskRegistrationUpdated for the answer.',
  })
  registerWalkIn(
    @Arg('input', () => WalkInInput, { description: 'What the visitor typed.' }) input: WalkInInput,
    @Ctx() ctx: RequestContext,
  ) {
    return walkInService.register(ctx, input);
  }

  @Authorized(KIOSK)
  @Query(() => VisitType, { description: 'Kiosk: one of its own registrations (others are NOT_FOUND).' })
  kioskRegistration(@Arg('id', () => ID, { description: 'Visit.' }) id: string, @Ctx() ctx: RequestContext) {
    return walkInService.registration(ctx, id);
  }

  @Authorized(KIOSK)
  @Subscription(() => VisitType, {
    subscribe: ({ args, context }) =>
      (context as RequestContext).pubsub.subscribe('VISIT_UPDATED', String(args.id)),
    description:
      'Kiosk: its registration as it changes (approved with its pass, rejected, sent to the front desk). Another kiosk’s is NOT_FOUND.',
  })
  kioskRegistrationUpdated(
    @Arg('id', () => ID, { description: 'The registration (visit) id.' }) _id: string,
    @Root() payload: { visitId: string },
    @Ctx() ctx: RequestContext,
  ) {
    return walkInService.registration(ctx, payload.visitId);
  }

  @Authorized(KIOSK)
  @Mutation(() => PassScanType, {
    description:
      'Kiosk “I have a pass”: checks a pass of the kiosk’s park in or out. Refusals are CONFLICT with domainCode PASS_<reason>.',
  })
  kioskScanVisitorPass(
    @Arg('token', { description: 'The text of the QR code (scanner or camera).' }) token: string,
    @Arg('direction', () => PassDirection, {
      defaultValue: PassDirection.AUTO,
      description: 'In, out or AUTO.',
    })
    direction: PassDirection,
    @Ctx() ctx: RequestContext,
  ) {
    limitKiosk(ctx, 'scan');
    return passService.scan(ctx, token.slice(0, 400), direction);
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
    return visitorService.getVisitor(ctx, id);
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
