import { registerEnumType } from 'type-graphql';
import type { Actor } from '../../kernel/actor.js';
import { BadInputError, ConflictError, type DomainError, ForbiddenError } from '../../kernel/errors.js';
import type { Permission } from '../auth/permissions.js';
import { QuoteState } from './work-order.enums.js';
import { WorkOrderState } from './work-order.machine.js';

/** What can be done to a work order besides moving it through its states. */
export enum WorkOrderExtraAction {
  QUOTE = 'QUOTE',
  RECORD_VISIT = 'RECORD_VISIT',
}
registerEnumType(WorkOrderExtraAction, {
  name: 'WorkOrderExtraAction',
  description: 'What can be done to a work order besides moving it through its states.',
  valuesConfig: {
    QUOTE: { description: 'Quote a paid repair (quoteWorkOrder).' },
    RECORD_VISIT: { description: 'Record the return visit (recordReturnVisit).' },
  },
});

/** What the rules below read of an order, from its entity or its GraphQL type alike. */
export type ExtraActionOrder = {
  state: WorkOrderState;
  tenantId: string | null;
  assigneeId: string | null;
  quoteState: QuoteState | null;
  visitedAt: Date | null;
};

/** A quote is given after dispatch and before work starts. */
const QUOTABLE = new Set([WorkOrderState.DISPATCHED, WorkOrderState.ACCEPTED]);
/** The return visit follows the requester's confirmation. */
const VISITABLE = new Set([WorkOrderState.VERIFIED, WorkOrderState.CLOSED]);

/**
 * Why the actor may not quote the order now, or null when they may: the desk
 * (`workOrder.dispatch`) or the assigned technician, on a tenant's order, after dispatch and
 * before work starts, until the tenant accepts a quote. `quoteWorkOrder` throws it; the order's
 * `viewerExtraActions` lists QUOTE when it is null, so the console shows the button by the same rule.
 */
export function quoteRefusal(actor: Actor<Permission>, o: ExtraActionOrder): DomainError | null {
  if (actor.kind === 'anonymous') return new ForbiddenError();
  if (!actor.permissions.has('workOrder.dispatch')) {
    if (!actor.permissions.has('workOrder.work')) return new ForbiddenError();
    if (o.assigneeId !== actor.id)
      return new ForbiddenError('Only the assigned technician or the desk can quote', 'NOT_ASSIGNEE');
  }
  if (!o.tenantId)
    return new BadInputError('id', 'Only a tenant’s order can be a paid repair', 'NO_TENANT_TO_BILL');
  if (!QUOTABLE.has(o.state))
    return new ConflictError('Quote after dispatch and before work starts', 'NOT_QUOTABLE', 'id');
  if (o.quoteState === QuoteState.ACCEPTED)
    return new ConflictError('The tenant already accepted a quote', 'QUOTE_ALREADY_ACCEPTED', 'id');
  return null;
}

/**
 * Why the actor may not record the order's return visit now, or null: the desk
 * (`workOrder.dispatch`), once the requester verified the job, once.
 */
export function visitRefusal(actor: Actor<Permission>, o: ExtraActionOrder): DomainError | null {
  if (actor.kind === 'anonymous' || !actor.permissions.has('workOrder.dispatch')) return new ForbiddenError();
  if (!VISITABLE.has(o.state))
    return new ConflictError('Visit after the requester has verified the job', 'VISIT_TOO_EARLY');
  if (o.visitedAt) return new ConflictError('This job already had its return visit', 'ALREADY_VISITED');
  return null;
}

/** The rules' view of an order entity. */
export const extraActionOrder = (w: {
  state: WorkOrderState;
  tenant?: { id: string } | null;
  assignee?: { id: string } | null;
  quoteState?: QuoteState | null;
  visitedAt?: Date | null;
}): ExtraActionOrder => ({
  state: w.state,
  tenantId: w.tenant?.id ?? null,
  assigneeId: w.assignee?.id ?? null,
  quoteState: w.quoteState ?? null,
  visitedAt: w.visitedAt ?? null,
});

/** The extra actions the actor may take on the order now. */
export function viewerExtraActions(actor: Actor<Permission>, o: ExtraActionOrder): WorkOrderExtraAction[] {
  return [
    ...(quoteRefusal(actor, o) ? [] : [WorkOrderExtraAction.QUOTE]),
    ...(visitRefusal(actor, o) ? [] : [WorkOrderExtraAction.RECORD_VISIT]),
  ];
}
