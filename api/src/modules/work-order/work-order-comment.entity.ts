import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { appendOnlyProperties } from '../../db/base-properties.js';
import { Park } from '../park/park.entity.js';
import { WorkOrder } from './work-order.entity.js';

/** A remark on a work order. Internal ones are for staff only (row-level security). */
export const WorkOrderComment = defineEntity({
  name: 'WorkOrderComment',
  tableName: 'work_order_comment',
  properties: {
    ...appendOnlyProperties,
    park: () => p.manyToOne(Park),
    workOrder: () => p.manyToOne(WorkOrder).deleteRule('cascade'),
    authorId: p.uuid().nullable(),
    authorLabel: p.string().length(100).nullable(),
    body: p.string().length(1000),
    internal: p.boolean().default(false),
  },
});
export type WorkOrderComment = InferEntity<typeof WorkOrderComment>;
