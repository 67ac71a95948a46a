import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/context.js';
import { scheduleJob } from '../../jobs/queue.js';
import { realTimeOf } from '../../kernel/clock.js';
import { NotificationKind } from '../notification/notification.entity.js';
import { notificationService } from '../notification/notification.service.js';
import { staffWithPermission } from '../user/index.js';
import { type SlaAlertKind, slaMilestones } from './sla.js';
import { WorkOrder } from './work-order.entity.js';
import { FINAL_STATES } from './work-order.machine.js';
import { workOrderRepository } from './work-order.repository.js';

const jobKey = (orderId: string) => `sla:${orderId}`;

const WORDS: Record<SlaAlertKind, string> = {
  RESPONSE_WARNING: '即将超过响应时限',
  RESPONSE_BREACH: '已超过响应时限',
  RESOLUTION_WARNING: '即将超过处理时限',
  RESOLUTION_BREACH: '已超过处理时限',
};

/**
 * Sets the order's SLA timer to its next milestone (or leaves none), in the caller's transaction.
 * Called on dispatch; the check re-arms itself until the clock has nothing left to say.
 */
export async function armSlaTimer(ctx: RequestContext, order: WorkOrder): Promise<void> {
  const next = slaMilestones(order).find((m) => m.at > ctx.now());
  if (!next) return;
  await scheduleJob(
    ctx.em,
    'workOrder.slaCheck',
    { workOrderId: order.id },
    { runAt: realTimeOf(ctx.services.clock, next.at), key: jobKey(order.id) },
  );
}

/** Active staff bound to the park whose roles receive escalations. */
async function supervisors(ctx: RequestContext, parkId: string): Promise<string[]> {
  return staffWithPermission(ctx.em, parkId, 'workOrder.supervise');
}

/**
 * The timer's task: raises every milestone that is due and not yet raised for these deadlines
 * (a warning to the assignee; a breach to the assignee and the park's supervisors), publishes
 * it to the boards, and re-arms for the next one. Raising is idempotent, so a retried or
 * duplicated run notifies nobody twice.
 */
export async function checkSla(ctx: RequestContext, payload: { workOrderId: string }): Promise<void> {
  const id = String(payload.workOrderId);
  const order = await ctx.em.findOne(WorkOrder, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!order || FINAL_STATES.has(order.state)) return;
  const now = ctx.now();
  for (const m of slaMilestones(order).filter((x) => x.at <= now)) {
    const raised = await workOrderRepository.raiseSlaAlert(ctx.em, {
      workOrderId: order.id,
      parkId: order.park.id,
      kind: m.kind,
      deadline: m.deadline,
      raisedAt: now,
    });
    if (!raised) continue;
    const breach = m.kind.endsWith('BREACH');
    const recipients = [
      ...(order.assignee ? [order.assignee.id] : []),
      ...(breach ? await supervisors(ctx, order.park.id) : []),
    ];
    notificationService.notify(ctx, recipients, {
      parkId: order.park.id,
      kind: breach ? NotificationKind.SLA_ESCALATION : NotificationKind.SLA_WARNING,
      title: `工单 ${order.number} ${WORDS[m.kind]}`,
      body: `${order.title}（时限 ${m.deadline.toISOString()}）`,
      facts: {
        workOrderNumber: order.number,
        workOrderTitle: order.title,
        slaKind: m.kind,
        deadline: m.deadline.toISOString(),
      },
      workOrderId: order.id,
    });
    ctx.publish('WORK_ORDER_CHANGED', order.park.id, {
      workOrderId: order.id,
      tenantId: order.tenant?.id ?? null,
      action: m.kind,
    });
  }
  await ctx.em.flush();
  await armSlaTimer(ctx, order);
}
