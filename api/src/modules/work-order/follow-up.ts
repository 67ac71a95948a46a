import type { RequestContext } from '../../graphql/context.js';
import { NotificationKind } from '../notification/notification.entity.js';
import { notificationService } from '../notification/notification.service.js';
import { CATEGORY_DEPARTMENT } from './dispatch.js';
import {
  type WorkOrder,
  WorkOrderCategory,
  WorkOrderPriority,
  WorkOrderSource,
} from './work-order.entity.js';
import { fileOrder } from './work-order.service.js';

/** The follow-up department files its jobs under this category. */
const DEPARTMENT_CATEGORY: Record<string, WorkOrderCategory> = {
  customer_service: WorkOrderCategory.SERVICE,
};

/**
 * When the requester confirms a job, files the follow-ups the park configured for the job's
 * department (QUALITY 七.5: an engineering repair → a customer-service return visit) and tells
 * that department. A follow-up of a follow-up is never created.
 */
export async function createFollowUps(ctx: RequestContext, order: WorkOrder): Promise<void> {
  if (order.followUpOf) return;
  const rules = await ctx.em.execute<{ to_department: string; title_prefix: string }[]>(
    `select to_department, title_prefix from work_order_follow_up_rule where park_id = ? and from_department = ?`,
    [order.park.id, CATEGORY_DEPARTMENT[order.category]],
  );
  for (const rule of rules) {
    const followUp = await fileOrder(ctx, {
      park: order.park,
      source: WorkOrderSource.STAFF,
      category: DEPARTMENT_CATEGORY[rule.to_department] ?? WorkOrderCategory.OTHER,
      priority: WorkOrderPriority.NORMAL,
      title: `${rule.title_prefix}：${order.title}`.slice(0, 100),
      description: `${order.number}`,
      building: order.building ?? null,
      unit: order.unit ?? null,
      equipment: order.equipment ?? null,
      tenant: order.tenant ?? null,
      followUpOf: order,
    });
    const members = await ctx.em.execute<{ id: string }[]>(
      'select park_department_members as id from park_department_members(?, ?)',
      [order.park.id, rule.to_department],
    );
    notificationService.notify(
      ctx,
      members.map((m) => m.id),
      {
        parkId: order.park.id,
        kind: NotificationKind.FOLLOW_UP,
        title: `${rule.title_prefix}：${order.number} ${order.title}`.slice(0, 200),
        workOrderId: followUp.id,
      },
    );
  }
}
