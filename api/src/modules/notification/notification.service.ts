import { QueryOrder } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate } from '../../db/paginate.js';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { readByIdOrFail } from '../../graphql/lookup.js';
import { isUuid } from '../../graphql/validate.js';
import { Park } from '../park/park.entity.js';
import { AppUser } from '../user/user.entity.js';
import { WorkOrder } from '../work-order/work-order.entity.js';
import { Notification, type NotificationFacts, type NotificationKind } from './notification.entity.js';
import { toNotificationType } from './notification.type.js';

export type NewNotification = {
  parkId: string;
  kind: NotificationKind;
  title: string;
  body?: string | null;
  /** What title and body name, for the apps to say in the reader's language. */
  facts: NotificationFacts;
  workOrderId?: string | null;
};

/** Messages to users: written in the sender's transaction, pushed live after it commits. */
export const notificationService = {
  /** Sends one notification to each recipient (duplicates ignored). */
  notify(ctx: RequestContext, recipientIds: Iterable<string>, n: NewNotification): void {
    const em = ctx.em;
    for (const recipientId of new Set(recipientIds)) {
      const row = em.create(Notification, {
        park: em.getReference(Park, n.parkId),
        recipient: em.getReference(AppUser, recipientId),
        kind: n.kind,
        title: n.title,
        body: n.body ?? null,
        facts: n.facts,
        workOrder: n.workOrderId ? em.getReference(WorkOrder, n.workOrderId) : null,
      });
      ctx.publish('NOTIFICATION_RECEIVED', recipientId, { notificationId: row.id });
    }
  },

  list(ctx: RequestContext, unreadOnly: boolean, page: PageArgs, info: GraphQLResolveInfo) {
    return paginate({
      em: ctx.em,
      entity: Notification,
      where: { recipient: ctx.signedIn.id, ...(unreadOnly && { readAt: null }) },
      orderBy: { createdAt: QueryOrder.DESC },
      page,
      info,
      map: toNotificationType,
    });
  },

  unreadCount(ctx: RequestContext) {
    return ctx.em.count(Notification, { recipient: ctx.signedIn.id, readAt: null });
  },

  async get(ctx: RequestContext, id: string) {
    return toNotificationType(await readByIdOrFail(ctx.em, Notification, id, 'Notification'));
  },

  /** Marks the given notifications (or all) read; returns how many changed. */
  markRead(ctx: RequestContext, ids: readonly string[] | undefined) {
    return ctx.em.nativeUpdate(
      Notification,
      // Ids that are not UUIDs match nothing (rather than failing the statement).
      { recipient: ctx.signedIn.id, readAt: null, ...(ids && { id: { $in: ids.filter(isUuid) } }) },
      { readAt: ctx.now() },
    );
  },
};
