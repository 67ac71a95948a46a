import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { BadInputError } from '../../kernel/errors.js';
import { NotificationKind } from '../notification/notification.entity.js';
import { notificationService } from '../notification/notification.service.js';
import { AppUser } from '../user/user.entity.js';
import { chooseTechnician } from './dispatch.js';
import { armSlaTimer } from './sla-alerts.js';
import { AUTO_DISPATCH } from './system-actor.js';
import type { WorkOrder } from './work-order.entity.js';
import { WorkOrderAction as A, WorkOrderState } from './work-order.machine.js';
import { workOrderRepository } from './work-order.repository.js';
import { WorkOrderEvent } from './work-order-event.entity.js';

/** Who automatic dispatch would send now (see dispatch.ts), or undefined. */
export async function autoAssignee(ctx: RequestContext, order: WorkOrder): Promise<string | undefined> {
  const rows = await workOrderRepository.candidates(ctx.em, order.park.id, order.building?.id ?? null);
  return chooseTechnician(
    order.category,
    rows.map((r) => ({
      userId: r.user_id,
      departments: r.departments,
      onShift: r.on_shift,
      openOrders: r.open_orders,
      openInBuilding: r.open_in_building,
    })),
  );
}

/** Who files an order for someone named in advance (a maintenance plan's assignee), signing the dispatch. */
export type PlannedAssignee = { userId: string; actorLabel: string };

/**
 * Sends a new order straight to a technician: the one named in advance while they may still take
 * the park's jobs (active staff of the park who works orders), else one automatic dispatch finds
 * (department, on shift, load, building); with nobody, it waits, SUBMITTED, for the desk.
 */
export async function dispatchAutomatically(
  ctx: RequestContext,
  order: WorkOrder,
  planned?: PlannedAssignee,
): Promise<void> {
  const named =
    planned && (await workOrderRepository.assignableStaff(ctx.em, order.park.id, planned.userId)).length > 0;
  const assignee = named ? planned.userId : await autoAssignee(ctx, order);
  if (!assignee) return;
  order.state = WorkOrderState.DISPATCHED;
  order.version += 1;
  order.dispatchedAt = ctx.now();
  order.assignee = ctx.em.getReference(AppUser, assignee);
  ctx.em.create(WorkOrderEvent, {
    park: order.park,
    workOrder: order,
    action: A.DISPATCH,
    fromState: WorkOrderState.SUBMITTED,
    toState: WorkOrderState.DISPATCHED,
    actorId: null,
    actorLabel: named ? planned.actorLabel : AUTO_DISPATCH,
    note: null,
  });
  await ctx.em.flush();
  await announceDispatch(ctx, order);
}

/** After any dispatch: the SLA timer starts and the technician hears of the job. */
export async function announceDispatch(ctx: RequestContext, order: WorkOrder): Promise<void> {
  await armSlaTimer(ctx, order);
  if (order.assignee)
    notificationService.notify(ctx, [order.assignee.id], {
      parkId: order.park.id,
      kind: NotificationKind.WORK_ORDER_ASSIGNED,
      title: `新工单 ${order.number}：${order.title}`,
      facts: { workOrderNumber: order.number, workOrderTitle: order.title },
      workOrderId: order.id,
    });
}

/** A staff member of the park who works orders: the only valid assignee. */
export async function checkedAssignee(
  ctx: RequestContext,
  assigneeId: string,
  parkId: string,
): Promise<AppUser> {
  const user = await findByIdOrFail(ctx.em, AppUser, assigneeId, 'User', 'input.assigneeId');
  const ok = await workOrderRepository.worksOrdersIn(ctx.em, user.id, parkId);
  if (user.kind !== 'STAFF' || user.status !== 'ACTIVE' || !ok)
    throw new BadInputError(
      'input.assigneeId',
      'This person does not work orders in this park',
      'NOT_A_TECHNICIAN',
    );
  return user;
}
