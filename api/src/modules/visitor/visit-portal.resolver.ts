import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { visitQueryService } from './visit-query.service.js';
import { InviteVisitorsInput, MyVisitFilter } from './visitor.inputs.js';
import { visitAsSubscriber } from './visitor.resolver.js';
import { visitorService } from './visitor.service.js';
import { VisitConnection, VisitorType, VisitType } from './visitor.type.js';

/** The host company's visit operations in the portal: invite, revoke, extend, approve, history. */
@Resolver(() => VisitType)
export class VisitPortalResolver {
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
    return visitQueryService.listCompany(ctx, filter, page, info);
  }

  @Authorized('visitor.invite')
  @Query(() => [VisitType], {
    description: 'Portal: walk-ins waiting for the company’s answer, oldest first.',
  })
  pendingVisitApprovals(@Ctx() ctx: RequestContext) {
    return visitQueryService.awaitingCompany(ctx);
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
    return visitQueryService.companyVisitors(ctx, search?.slice(0, 50), Math.min(Math.max(first, 1), 100));
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
    return visitQueryService.previousVisits(ctx, visitorId, Math.min(Math.max(first, 1), 50));
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
}
