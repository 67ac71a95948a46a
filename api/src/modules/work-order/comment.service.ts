import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { BadInputError } from '../../kernel/errors.js';
import { WorkOrder } from './work-order.entity.js';
import { recordOrderChange } from './work-order.service.js';
import { WorkOrderComment } from './work-order-comment.entity.js';

/** Remarks on work orders; tenants write and see public ones only. */
export const commentService = {
  async add(ctx: RequestContext, workOrderId: string, body: string, internal: boolean) {
    const actor = ctx.signedIn;
    if (body.length === 0 || body.length > 1000)
      throw new BadInputError('body', 'A comment has 1–1000 characters', 'BAD_LENGTH');
    if (internal && actor.kind !== 'staff')
      throw new BadInputError('internal', 'Only staff write internal comments', 'INTERNAL_FOR_STAFF');
    const order = await findByIdOrFail(ctx.em, WorkOrder, workOrderId, 'WorkOrder', 'workOrderId');
    const comment = ctx.em.create(WorkOrderComment, {
      park: order.park,
      workOrder: order,
      authorId: actor.id,
      authorLabel: actor.label,
      body,
      internal,
    });
    await ctx.em.flush();
    recordOrderChange(ctx, order, { after: { commentId: comment.id, internal } });
    ctx.publish('WORK_ORDER_CHANGED', order.park.id, {
      workOrderId: order.id,
      tenantId: order.tenant?.id ?? null,
      action: 'COMMENT',
      staffOnly: internal,
    });
    return comment;
  },
};
