import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader } from '../../graphql/loader-utils.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { WorkOrder } from './work-order.entity.js';
import { WorkOrderComment } from './work-order-comment.entity.js';
import { WorkOrderEvent } from './work-order-event.entity.js';

/** DataLoader factories, each made on first use in a request (`kernel/lazy-loaders.ts`). */
export const workOrderLoaders = {
  workOrderById: (em: EntityManager) => byIdLoader(em, WorkOrder),
  /** The transition log of many orders in one query, oldest first. */
  eventsByWorkOrder: (em: EntityManager) =>
    childrenLoader(em, WorkOrderEvent, 'workOrder', { createdAt: 'asc' }),
  commentsByWorkOrder: (em: EntityManager) =>
    childrenLoader(em, WorkOrderComment, 'workOrder', { createdAt: 'asc' }),
  attachmentsByWorkOrder: (em: EntityManager) =>
    childrenLoader(em, Attachment, 'workOrder', { createdAt: 'asc' }),
};
