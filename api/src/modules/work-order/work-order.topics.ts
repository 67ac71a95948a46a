import type { WorkOrder } from './work-order.entity.js';

/** A work order was filed or moved; `tenantId` lets tenant subscribers skip other companies'. */
export type WorkOrderChangePayload = {
  workOrderId: string;
  tenantId: string | null;
  action: string;
  /** Staff-only news (an internal comment): tenants do not wake for it. */
  staffOnly?: boolean;
};

/** The work-order feature's subscription topics, keyed by park id. */
export type WorkOrderTopics = {
  WORK_ORDER_CHANGED: [parkId: string, payload: WorkOrderChangePayload];
};

/**
 * What the work-order feature announces inside the acting transaction, for features it must not
 * import (maintenance records a completed plan order) and for its own follow-ups.
 */
export type WorkOrderEvents = {
  /** The assignee reported the job done. */
  'workOrder.completed': WorkOrder;
  /** The requester (or the desk) confirmed the job. */
  'workOrder.verified': WorkOrder;
};
