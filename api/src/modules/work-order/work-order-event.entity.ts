import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { Park } from '../park/park.entity.js';
import { WorkOrder } from './work-order.entity.js';
import { WorkOrderAction, WorkOrderState } from './work-order.machine.js';

/** One transition of a work order: who did what, when, from which state to which. Only added. */
export const WorkOrderEvent = defineEntity({
  name: 'WorkOrderEvent',
  tableName: 'work_order_event',
  indexes: [{ properties: ['workOrder', 'createdAt'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    park: () => p.manyToOne(Park),
    workOrder: () => p.manyToOne(WorkOrder).deleteRule('cascade'),
    /** SUBMIT for the first entry; otherwise the action taken. */
    action: p.string().length(16),
    fromState: p
      .enum(() => WorkOrderState)
      .nativeEnumName('work_order_state')
      .nullable(),
    toState: p.enum(() => WorkOrderState).nativeEnumName('work_order_state'),
    actorId: p.uuid().nullable(),
    actorLabel: p.string().length(100).nullable(),
    note: p.string().length(500).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type WorkOrderEvent = InferEntity<typeof WorkOrderEvent>;

export { WorkOrderAction };
