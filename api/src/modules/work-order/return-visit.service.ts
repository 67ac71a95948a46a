import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { ConflictError } from '../../kernel/errors.js';
import { extraActionOrder, visitRefusal } from './extra-actions.js';
import type { ReturnVisitInput } from './kpi.type.js';
import { WorkOrder } from './work-order.entity.js';
import { WorkOrderState } from './work-order.machine.js';
import { recordOrderChange } from './work-order.service.js';
import { toWorkOrderType } from './work-order.type.js';

/** Customer service calls the requester back once the job is verified (回访率 100%, IPARK 5.2.1.6). */
export const returnVisitService = {
  async record(ctx: RequestContext, id: string, input: ReturnVisitInput) {
    const actor = ctx.signedIn;
    const order = await findByIdOrFail(ctx.em, WorkOrder, id, 'WorkOrder');
    const refusal = visitRefusal(actor, extraActionOrder(order));
    if (refusal) throw refusal;
    // Once only, decided by the database: of concurrent visits the first update wins and the
    // rest find the visit already recorded (a read-then-write let several through).
    const recorded = await ctx.em.nativeUpdate(
      WorkOrder,
      { id: order.id, visitedAt: null, state: { $in: [WorkOrderState.VERIFIED, WorkOrderState.CLOSED] } },
      {
        visitedAt: ctx.now(),
        visitedBy: actor.id,
        visitScore: input.score,
        visitComment: input.comment ?? null,
        updatedAt: ctx.now(),
      },
    );
    if (recorded === 0) throw new ConflictError('This job already had its return visit', 'ALREADY_VISITED');
    await ctx.em.refresh(order);
    recordOrderChange(ctx, order, {
      after: { visitScore: input.score, visitComment: input.comment ?? null },
    });
    return toWorkOrderType(order);
  },
};
