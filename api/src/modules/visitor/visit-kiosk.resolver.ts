import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { KIOSK } from '../auth/permissions.js';
import { passService } from './pass.service.js';
import { PassDirection } from './visitor.enums.js';
import { WalkInInput } from './visitor.inputs.js';
import { KioskHostType, PassScanType, VisitType } from './visitor.type.js';
import { limitKiosk, walkInService } from './walk-in.service.js';

/** The lobby kiosk's visit operations: hosts to name, walk-in registration and its live answer, pass scans. */
@Resolver(() => VisitType)
export class VisitKioskResolver {
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
}
