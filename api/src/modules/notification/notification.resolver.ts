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
import { connectionOf, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { SIGNED_IN } from '../auth/permissions.js';
import { notificationService } from './notification.service.js';
import { NotificationType } from './notification.type.js';

const NotificationConnection = connectionOf(NotificationType, 'Notification', 'notification');

@Resolver(() => NotificationType)
export class NotificationResolver {
  @Authorized(SIGNED_IN)
  @Query(() => NotificationConnection, { description: 'The signed-in user’s notifications, newest first.' })
  notifications(
    @Args() page: PageArgs,
    @Arg('unreadOnly', { defaultValue: false, description: 'Only those not yet read.' }) unreadOnly: boolean,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return notificationService.list(ctx, unreadOnly, page, info);
  }

  @Authorized(SIGNED_IN)
  @Query(() => Int, { description: 'How many of the signed-in user’s notifications are unread.' })
  unreadNotificationCount(@Ctx() ctx: RequestContext) {
    return notificationService.unreadCount(ctx);
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => Int, { description: 'Marks notifications read (all when no ids); returns how many.' })
  markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true, description: 'Which; omit for all.' }) ids:
      | string[]
      | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return notificationService.markRead(ctx, ids);
  }

  @Authorized(SIGNED_IN)
  @Subscription(() => NotificationType, {
    // Keyed by the subscriber's own id: nobody can listen to someone else's.
    subscribe: ({ context }) => {
      const ctx = context as RequestContext;
      return ctx.pubsub.subscribe('NOTIFICATION_RECEIVED', ctx.signedIn.id);
    },
    description: 'The signed-in user’s notifications as they are sent.',
  })
  notificationReceived(@Root() payload: { notificationId: string }, @Ctx() ctx: RequestContext) {
    return notificationService.get(ctx, payload.notificationId);
  }
}
