import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader } from '../../graphql/loader-utils.js';
import { WorkOrder } from './work-order.entity.js';
import { WorkOrderEvent } from './work-order-event.entity.js';

export const workOrderLoaders = (em: EntityManager) => ({
  workOrderById: byIdLoader(em, WorkOrder),
  /** The transition log of many orders in one query, oldest first. */
  eventsByWorkOrder: childrenLoader(em, WorkOrderEvent, 'workOrder', { createdAt: 'asc' }),
});
