import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader } from '../../graphql/loader-utils.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { WorkOrder } from './work-order.entity.js';
import { WorkOrderComment } from './work-order-comment.entity.js';
import { WorkOrderEvent } from './work-order-event.entity.js';

export const workOrderLoaders = (em: EntityManager) => ({
  workOrderById: byIdLoader(em, WorkOrder),
  /** The transition log of many orders in one query, oldest first. */
  eventsByWorkOrder: childrenLoader(em, WorkOrderEvent, 'workOrder', { createdAt: 'asc' }),
  commentsByWorkOrder: childrenLoader(em, WorkOrderComment, 'workOrder', { createdAt: 'asc' }),
  attachmentsByWorkOrder: childrenLoader(em, Attachment, 'workOrder', { createdAt: 'asc' }),
});
