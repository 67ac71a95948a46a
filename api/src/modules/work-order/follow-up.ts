import type { RequestContext } from '../../graphql/context.js';
import { scheduleJob } from '../../jobs/queue.js';
import { wallClock } from '../../kernel/clock.js';
import { NotificationKind } from '../notification/notification.entity.js';
import { notificationService } from '../notification/notification.service.js';
import { CATEGORY_DEPARTMENT } from './dispatch.js';
import { WorkOrder, WorkOrderCategory, WorkOrderPriority, WorkOrderSource } from './work-order.entity.js';
import { workOrderRepository } from './work-order.repository.js';
import { fileOrder } from './work-order.service.js';

/** The follow-up department files its jobs under this category. */
const DEPARTMENT_CATEGORY: Record<string, WorkOrderCategory> = {
  customer_service: WorkOrderCategory.SERVICE,
};

/**
 * Queues the follow-ups of a confirmed job (on `workOrder.verified`), in the confirming transaction. The job actor files
 * them: the requester (a tenant) may not file work for a department.
 */
export async function queueFollowUps(ctx: RequestContext, order: WorkOrder): Promise<void> {
  if (order.followUpOf) return;
  await scheduleJob(
    ctx.em,
    'workOrder.followUp',
    { workOrderId: order.id },
    // runAt is a real instant for the queue (see realTimeOf): due at once, whatever the domain clock says.
    { runAt: wallClock.now(), key: `follow-up:${order.id}` },
  );
}

/**
 * The follow-up task: files the follow-ups the park configured for the confirmed job's
 * department (QUALITY 七.5: an engineering repair → a customer-service return visit) and tells
 * that department. A follow-up of a follow-up is never created, nor one twice.
 */
export async function createFollowUps(ctx: RequestContext, payload: { workOrderId: string }): Promise<void> {
  const order = await ctx.em.findOne(WorkOrder, { id: String(payload.workOrderId) });
  if (!order || order.followUpOf) return;
  const done = await workOrderRepository.hasFollowUp(ctx.em, order.id);
  if (done) return;
  const rules = await workOrderRepository.followUpRules(
    ctx.em,
    order.park.id,
    CATEGORY_DEPARTMENT[order.category],
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
      // The department's own job: the company sees its repair, not the desk's call list.
      tenant: null,
      followUpOf: order,
    });
    const members = await workOrderRepository.departmentMembers(ctx.em, order.park.id, rule.to_department);
    notificationService.notify(
      ctx,
      members.map((m) => m.id),
      {
        parkId: order.park.id,
        kind: NotificationKind.FOLLOW_UP,
        title: `${rule.title_prefix}：${order.number} ${order.title}`.slice(0, 200),
        facts: { prefix: rule.title_prefix, workOrderNumber: order.number, workOrderTitle: order.title },
        workOrderId: followUp.id,
      },
    );
  }
}
