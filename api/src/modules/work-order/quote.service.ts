import { authorize } from '../../graphql/authorize.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { checkLength } from '../../graphql/validate.js';
import { BadInputError, ConflictError, ForbiddenError } from '../../kernel/errors.js';
import { NotificationKind } from '../notification/notification.entity.js';
import { notificationService } from '../notification/notification.service.js';
import { extraActionOrder, quoteRefusal } from './extra-actions.js';
import { QuoteState, WorkOrder } from './work-order.entity.js';
import type { QuoteWorkOrderInput } from './work-order.inputs.js';
import { applyMove } from './work-order.service.js';
import { toWorkOrderType } from './work-order.type.js';

/**
 * Paid repairs (SPEC §3.4): staff quote labour and materials before work starts; the tenant
 * accepts or declines in the portal; START waits for acceptance; the accepted amount is billable.
 */
export const quoteService = {
  async quote(ctx: RequestContext, id: string, input: QuoteWorkOrderInput) {
    const actor = ctx.signedIn;
    // Without either permission the refusal is audited as such before anything is read.
    if (!actor.permissions.has('workOrder.dispatch')) authorize(ctx, 'workOrder.work', 'quoteWorkOrder');
    const order = await findByIdOrFail(ctx.em, WorkOrder, id, 'WorkOrder');
    const refusal = quoteRefusal(actor, extraActionOrder(order));
    if (refusal) throw refusal;
    if (input.labourFen + input.materialsFen === 0)
      throw new BadInputError('input', 'A quote of nothing is not a paid repair', 'EMPTY_QUOTE');
    await applyMove(ctx, order, {
      action: 'QUOTE',
      changes: {
        quoteLabourFen: input.labourFen,
        quoteMaterialsFen: input.materialsFen,
        quoteNote: input.note ?? null,
        quoteState: QuoteState.PENDING,
        quotedAt: ctx.now(),
        quotedByLabel: actor.label,
        quoteDecidedAt: null,
        quoteDecidedByLabel: null,
        billableFen: null,
      },
      note: `¥${((input.labourFen + input.materialsFen) / 100).toFixed(2)}${input.note ? ` ${input.note}` : ''}`,
      audit: { labourFen: input.labourFen, materialsFen: input.materialsFen },
    });
    if (order.requester)
      notificationService.notify(ctx, [order.requester.id], {
        parkId: order.park.id,
        kind: NotificationKind.QUOTE_WAITING,
        title: `工单 ${order.number} 需要您确认报价`,
        body: order.title,
        facts: { workOrderNumber: order.number, workOrderTitle: order.title },
        workOrderId: order.id,
      });
    return toWorkOrderType(order);
  },

  /** The tenant's answer; only a user of the order's company decides. */
  async decide(ctx: RequestContext, id: string, accept: boolean, note: string | undefined) {
    const actor = ctx.signedIn;
    checkLength('note', note, 500);
    if (actor.kind !== 'tenant')
      throw new ForbiddenError('The tenant decides on its quote', 'TENANT_DECIDES');
    const order = await findByIdOrFail(ctx.em, WorkOrder, id, 'WorkOrder');
    if (order.quoteState !== QuoteState.PENDING)
      throw new ConflictError('No quote waits for a decision', 'NO_PENDING_QUOTE', 'id');
    const total = (order.quoteLabourFen ?? 0) + (order.quoteMaterialsFen ?? 0);
    await applyMove(ctx, order, {
      action: accept ? 'QUOTE_ACCEPTED' : 'QUOTE_DECLINED',
      changes: {
        quoteState: accept ? QuoteState.ACCEPTED : QuoteState.DECLINED,
        quoteDecidedAt: ctx.now(),
        quoteDecidedByLabel: actor.label,
        billableFen: accept ? total : null,
      },
      note: note ?? null,
      audit: { billableFen: accept ? total : null },
    });
    return toWorkOrderType(order);
  },
};
