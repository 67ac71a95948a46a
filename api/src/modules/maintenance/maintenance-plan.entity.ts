import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { Equipment, EquipmentCategory } from '../equipment/equipment.entity.js';
import { Park } from '../park/park.entity.js';
import { AppUser } from '../user/user.entity.js';
import { WorkOrderCategory } from '../work-order/work-order.enums.js';
import { RecurrenceUnit } from './recurrence.js';

/**
 * A recurring maintenance job (SPEC §3.1) for one piece of equipment or a whole category of a
 * park, with its checklist. The queue files its work order when it comes due.
 */
export const MaintenancePlan = defineEntity({
  name: 'MaintenancePlan',
  tableName: 'maintenance_plan',
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    name: p.string().length(100),
    /** One piece of equipment, or else every one of `equipmentCategory` in the park. */
    equipment: () => p.manyToOne(Equipment).nullable(),
    equipmentCategory: p
      .enum(() => EquipmentCategory)
      .nativeEnumName('equipment_category')
      .nullable(),
    workCategory: p.enum(() => WorkOrderCategory).nativeEnumName('work_order_category'),
    recurrenceUnit: p.enum(() => RecurrenceUnit).nativeEnumName('recurrence_unit'),
    recurrenceInterval: p.smallint(),
    checklist: p.array().default([]),
    graceDays: p.smallint(),
    /** 'YYYY-MM-DD' in the park's time zone: the next order's due date. */
    nextDueOn: p.string().columnType('date'),
    /** The day of the month the plan keeps (for months shorter than its first). */
    anchorDay: p.smallint(),
    active: p.boolean().default(true),
    /** Required by regulation; the clause it follows. */
    statutory: p.boolean().default(false),
    basis: p.string().length(200).nullable(),
    /**
     * The staff member its orders go to; none: automatic dispatch chooses. Checked when set (active
     * staff of the park who works orders) and again when an order is filed.
     */
    assignee: () => p.manyToOne(AppUser).nullable(),
  },
});
export type MaintenancePlan = InferEntity<typeof MaintenancePlan>;
