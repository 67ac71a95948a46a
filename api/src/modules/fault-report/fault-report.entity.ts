import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { appendOnlyProperties } from '../../db/base-properties.js';
import { Equipment } from '../equipment/equipment.entity.js';
import { Park } from '../park/park.entity.js';
import { WorkOrder } from '../work-order/work-order.entity.js';

/**
 * One fault report filed by anyone through an equipment's QR label, without signing in. The
 * first report of a fault files the work order; later ones while it is open join it. Name and
 * phone are what the reporter typed: nobody checked them (the desk sees them as unverified).
 */
export const FaultReport = defineEntity({
  name: 'FaultReport',
  tableName: 'fault_report',
  properties: {
    ...appendOnlyProperties,
    park: () => p.manyToOne(Park),
    equipment: () => p.manyToOne(Equipment).index(),
    workOrder: () => p.manyToOne(WorkOrder).index().deleteRule('cascade'),
    description: p.string().length(500),
    reporterName: p.string().length(50).nullable(),
    reporterPhone: p.string().length(20).nullable(),
    /** Whether this report filed the order (false: it joined an open one). */
    filedOrder: p.boolean(),
  },
});
export type FaultReport = InferEntity<typeof FaultReport>;
