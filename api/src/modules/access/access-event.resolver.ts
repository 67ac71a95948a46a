import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { connectionOf, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { parkService } from '../park/park.service.js';
import {
  AccessDecisionArgs,
  AccessEventFilter,
  IngestAccessEventsInput,
  SecurityEventFilter,
  UpdateSecurityEventInput,
} from './access.inputs.js';
import type { SecurityEventChangePayload } from './access.topics.js';
import {
  AccessDecisionResult,
  AccessEventNode,
  AccessIngestResult,
  AccessPointType,
  SecurityEventChange,
  SecurityEventNode,
  toAccessEventNode,
  toAccessPointType,
} from './access.type.js';
import { accessEventService } from './access-event.service.js';

const AccessEventConnection = connectionOf(AccessEventNode, 'AccessEvent', 'access event');
const SecurityEventConnection = connectionOf(SecurityEventNode, 'SecurityEvent', 'security event');

/** The point's name, code and kind beside an event (one loader for a page). */
async function pointOf(ctx: RequestContext, pointId: string) {
  const p = await ctx.loaders.accessPointById.load(pointId);
  return p ? toAccessPointType(p) : null;
}

@Resolver(() => AccessEventNode)
export class AccessEventResolver {
  @Authorized('access.read')
  @Query(() => AccessEventNode, {
    nullable: true,
    description: 'One access event; NOT_FOUND when unknown or out of reach (tenants: their employees’ only).',
  })
  accessEvent(
    @Arg('id', () => ID, { description: 'Access event id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return accessEventService.event(ctx, id);
  }

  @Authorized('access.read')
  @Query(() => AccessEventConnection, {
    description: 'The access event log (tenants: their employees’ events), newest first.',
  })
  accessEvents(
    @Args() page: PageArgs,
    @Arg('filter', () => AccessEventFilter, { nullable: true, description: 'Which events.' })
    filter: AccessEventFilter | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return accessEventService.events(ctx, filter, page, info);
  }

  @Authorized('access.ingest')
  @Mutation(() => AccessIngestResult, {
    description:
      'Records device events of one park (partner key with access:write), at most 500 a call; replays of a vendor event id are skipped; one bad event refuses the batch.',
  })
  ingestAccessEvents(
    @Arg('input', () => IngestAccessEventsInput, { description: 'The batch.' })
    input: IngestAccessEventsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return accessEventService.ingest(ctx, input);
  }

  @Authorized('access.ingest')
  @Query(() => AccessDecisionResult, {
    description:
      'May this credential pass this device’s point now? From its validity, groups and their schedules.',
  })
  accessDecision(@Args() args: AccessDecisionArgs, @Ctx() ctx: RequestContext) {
    return accessEventService.decide(ctx, args);
  }

  @FieldResolver(() => AccessPointType, { nullable: true, description: 'The access point.' })
  point(@Root() e: AccessEventNode, @Ctx() ctx: RequestContext) {
    return pointOf(ctx, e.pointId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The person’s name (null when unknown or out of reach).',
  })
  async holderName(@Root() e: AccessEventNode, @Ctx() ctx: RequestContext) {
    return e.holderId ? ((await ctx.loaders.userById.load(e.holderId))?.displayName ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Their company’s short name.' })
  async tenantName(@Root() e: AccessEventNode, @Ctx() ctx: RequestContext) {
    if (!e.tenantId) return null;
    const t = await ctx.loaders.tenantById.load(e.tenantId);
    return t ? (t.shortName ?? t.name) : null;
  }
}

@Resolver(() => SecurityEventNode)
export class SecurityEventResolver {
  @Authorized('access.security')
  @Query(() => SecurityEventNode, {
    nullable: true,
    description: 'One security event; NOT_FOUND when unknown.',
  })
  securityEvent(
    @Arg('id', () => ID, { description: 'Security event id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return accessEventService.securityEvent(ctx, id);
  }

  @Authorized('access.security')
  @Query(() => SecurityEventConnection, { description: 'Security events in reach, newest first.' })
  securityEvents(
    @Args() page: PageArgs,
    @Arg('filter', () => SecurityEventFilter, { nullable: true, description: 'Which events.' })
    filter: SecurityEventFilter | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return accessEventService.securityEvents(ctx, filter, page, info);
  }

  @Authorized('access.security')
  @Mutation(() => SecurityEventNode, {
    description: 'A guard takes an OPEN event; CONFLICT when taken already.',
  })
  acknowledgeSecurityEvent(
    @Arg('id', () => ID, { description: 'Security event id.' }) id: string,
    @Arg('input', () => UpdateSecurityEventInput, { nullable: true, description: 'A note.' })
    input: UpdateSecurityEventInput | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return accessEventService.acknowledge(ctx, id, input);
  }

  @Authorized('access.security')
  @Mutation(() => SecurityEventNode, { description: 'Closes an event; CONFLICT when closed already.' })
  closeSecurityEvent(
    @Arg('id', () => ID, { description: 'Security event id.' }) id: string,
    @Arg('input', () => UpdateSecurityEventInput, { nullable: true, description: 'What was found or done.' })
    input: UpdateSecurityEventInput | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return accessEventService.close(ctx, id, input);
  }

  @Authorized('access.security')
  @Subscription(() => SecurityEventChange, {
    subscribe: async ({ args, context }) => {
      const ctx = context as RequestContext;
      // Staff of the park only: the permission, then the park in reach.
      return parkService.subscribe(ctx, 'SECURITY_EVENT_CHANGED', (args as { parkId: string }).parkId);
    },
    description:
      'Security events of a park raised, acknowledged or closed, as it happens (the control room).',
  })
  async securityEventChanged(
    @Root() payload: SecurityEventChangePayload,
    @Arg('parkId', () => ID, { description: 'Park to watch.' }) _parkId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<SecurityEventChange> {
    return {
      action: payload.action,
      securityEvent: await accessEventService.securityEvent(ctx, payload.securityEventId),
    };
  }

  @Authorized('access.read')
  @FieldResolver(() => AccessPointType, { nullable: true, description: 'The access point.' })
  point(@Root() s: SecurityEventNode, @Ctx() ctx: RequestContext) {
    return pointOf(ctx, s.pointId);
  }

  @Authorized('access.read')
  @FieldResolver(() => AccessEventNode, { nullable: true, description: 'The device event behind it.' })
  async accessEvent(@Root() s: SecurityEventNode, @Ctx() ctx: RequestContext) {
    const e = await ctx.loaders.accessEventById.load(s.accessEventId);
    return e ? toAccessEventNode(e) : null;
  }
}
