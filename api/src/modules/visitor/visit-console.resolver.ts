import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { passService } from './pass.service.js';
import { visitQueryService } from './visit-query.service.js';
import { PassDirection, VisitState } from './visitor.enums.js';
import { VisitFilter } from './visitor.inputs.js';
import { visitAsSubscriber } from './visitor.resolver.js';
import { visitorService } from './visitor.service.js';
import { PassScanType, VisitConnection, VisitType } from './visitor.type.js';

/** The console's visit operations: the log, the live queues and their decisions, the gate scan. */
@Resolver(() => VisitType)
export class VisitConsoleResolver {
  @Authorized('visitor.read')
  @Query(() => VisitConnection, { description: 'Console: the park’s visit log, newest window first.' })
  visits(
    @Arg('filter', () => VisitFilter, { description: 'Park and filters.' }) filter: VisitFilter,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return visitQueryService.list(ctx, filter, page, info);
  }

  @Authorized('visitor.read')
  @Query(() => [VisitType], {
    description: 'Console: visitors in the park now (checked in, not out), by arrival.',
  })
  visitorsOnSite(
    @Arg('parkId', () => ID, { description: 'Park.' }) parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return visitQueryService.onSite(ctx, parkId);
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
    return visitQueryService.queue(ctx, parkId, [VisitState.AWAITING_FRONT_DESK]);
  }

  @Authorized('visitor.security')
  @Query(() => [VisitType], {
    description: 'Console: visits the watchlist held for security review, oldest first.',
  })
  securityReviewQueue(
    @Arg('parkId', () => ID, { description: 'Park.' }) parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return visitQueryService.queue(ctx, parkId, [VisitState.AWAITING_SECURITY]);
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
}
