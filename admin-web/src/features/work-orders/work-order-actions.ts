import type { WorkOrderAction, WorkOrderState } from '../../gql/graphql.js';

/** The order buttons show in: the step forward first. */
const ORDER: readonly WorkOrderAction[] = [
  'ACCEPT',
  'START',
  'RESUME',
  'COMPLETE',
  'VERIFY',
  'CLOSE',
  'DISPATCH',
  'HOLD',
  'REWORK',
  'DECLINE',
  'CANCEL',
];

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

/**
 * What the viewer may do to the order now, as the API says in `viewerActions` (state, permission,
 * assignee: the rules it checks when an action is taken), in button order.
 */
export function permittedActions(order: { viewerActions: readonly WorkOrderAction[] }): WorkOrderAction[] {
  return ORDER.filter((a) => order.viewerActions.includes(a));
}

/**
 * The message key of an action's button: dispatching an order someone already has is a
 * re-dispatch (改派), not a first dispatch (派单).
 */
export function actionLabelKey(action: WorkOrderAction, state: WorkOrderState): string {
  return action === 'DISPATCH' && state !== 'SUBMITTED'
    ? 'workOrder.actions.REDISPATCH'
    : `workOrder.actions.${action}`;
}
