import type { QuoteState, WorkOrderAction, WorkOrderState } from '../../gql/graphql.js';

/**
 * The permission each action needs, as the API checks it, in the order buttons show: the step
 * forward first. CANCEL here is the desk's; requesters cancel their own in the tenant portal.
 */
const PERMISSION: Record<WorkOrderAction, string> = {
  ACCEPT: 'workOrder.work',
  START: 'workOrder.work',
  RESUME: 'workOrder.work',
  COMPLETE: 'workOrder.work',
  VERIFY: 'workOrder.verify',
  CLOSE: 'workOrder.dispatch',
  DISPATCH: 'workOrder.dispatch',
  HOLD: 'workOrder.work',
  REWORK: 'workOrder.verify',
  DECLINE: 'workOrder.work',
  CANCEL: 'workOrder.dispatch',
};
const ORDER = Object.keys(PERMISSION) as WorkOrderAction[];

/** Only the technician the order is assigned to takes these. */
export const WORK_ACTIONS: ReadonlySet<WorkOrderAction> = new Set([
  'ACCEPT',
  'DECLINE',
  'START',
  'HOLD',
  'RESUME',
  'COMPLETE',
]);

/** Actions that ask for words first: the input field they fill and whether it may stay empty. */
export const REASON: Partial<Record<WorkOrderAction, { field: 'note' | 'holdReason'; required: boolean }>> = {
  DECLINE: { field: 'note', required: true },
  HOLD: { field: 'holdReason', required: true },
  COMPLETE: { field: 'note', required: false },
  REWORK: { field: 'note', required: true },
  CANCEL: { field: 'note', required: false },
};

export const BUTTON_TYPE: Record<WorkOrderAction, 'primary' | 'success' | 'warning' | 'danger' | 'info'> = {
  ACCEPT: 'primary',
  START: 'primary',
  RESUME: 'primary',
  COMPLETE: 'success',
  VERIFY: 'success',
  CLOSE: 'info',
  DISPATCH: 'primary',
  HOLD: 'warning',
  REWORK: 'warning',
  DECLINE: 'danger',
  CANCEL: 'danger',
};

type Actionable = { availableActions: readonly WorkOrderAction[]; assignee?: { id: string } | null };

/**
 * What the viewer may do to the order now: the state allows it, a role grants it, and work
 * steps only for its own technician. The API decides again; this only hides dead buttons.
 */
export function permittedActions(
  order: Actionable,
  can: (permission: string) => boolean,
  userId: string | undefined,
): WorkOrderAction[] {
  return ORDER.filter(
    (a) =>
      order.availableActions.includes(a) &&
      can(PERMISSION[a]) &&
      (!WORK_ACTIONS.has(a) || (userId !== undefined && order.assignee?.id === userId)),
  );
}

/** A quote is given after dispatch and before work starts, as the API allows it. */
const QUOTABLE: ReadonlySet<WorkOrderState> = new Set(['DISPATCHED', 'ACCEPTED']);

type Quotable = {
  state: WorkOrderState;
  tenant?: { id: string } | null;
  assignee?: { id: string } | null;
  quote?: { state: QuoteState } | null;
};

/**
 * Whether the viewer may quote a paid repair now: a tenant's order between dispatch and start,
 * not yet accepted, by its technician or the desk.
 */
export function mayQuote(
  order: Quotable,
  can: (permission: string) => boolean,
  userId: string | undefined,
): boolean {
  const who =
    can('workOrder.dispatch') ||
    (can('workOrder.work') && userId !== undefined && order.assignee?.id === userId);
  return who && QUOTABLE.has(order.state) && !!order.tenant && order.quote?.state !== 'ACCEPTED';
}

/** Customer service records one return visit once the requester has verified the job. */
export function mayRecordVisit(
  order: { state: WorkOrderState; visitedAt?: string | null },
  can: (permission: string) => boolean,
): boolean {
  return (
    can('workOrder.dispatch') && (order.state === 'VERIFIED' || order.state === 'CLOSED') && !order.visitedAt
  );
}
