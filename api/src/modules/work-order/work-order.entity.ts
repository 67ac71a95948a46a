import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { Building } from '../building/building.entity.js';
import { Equipment, EquipmentCategory } from '../equipment/equipment.entity.js';
import { MaintenancePlan } from '../maintenance/maintenance-plan.entity.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { AppUser } from '../user/user.entity.js';
import { QuoteState, WorkOrderCategory, WorkOrderPriority, WorkOrderSource } from './work-order.enums.js';
import { WorkOrderState } from './work-order.machine.js';

// Re-exported: the enums are the entity's columns; importers keep one place to find them.
export { QuoteState, WorkOrderCategory, WorkOrderPriority, WorkOrderSource };

/**
 * A job for park staff: a repair, a complaint, an inspection finding. `version` rises with
 * every transition, so two people acting on the same order at once cannot both win.
 */
export const WorkOrder = defineEntity({
  name: 'WorkOrder',
  tableName: 'work_order',
  indexes: [{ properties: ['park', 'state'] }, { properties: ['assignee', 'state'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    /** Human-readable number, e.g. WO-20261121-0042. */
    number: p.string().length(24).unique(),
    source: p.enum(() => WorkOrderSource).nativeEnumName('work_order_source'),
    category: p.enum(() => WorkOrderCategory).nativeEnumName('work_order_category'),
    priority: p.enum(() => WorkOrderPriority).nativeEnumName('work_order_priority'),
    state: p
      .enum(() => WorkOrderState)
      .nativeEnumName('work_order_state')
      .default(WorkOrderState.SUBMITTED),
    version: p.integer().default(0),
    title: p.string().length(100),
    description: p.text().nullable(),
    building: () => p.manyToOne(Building).nullable(),
    unit: () => p.manyToOne(Unit).nullable(),
    equipment: () => p.manyToOne(Equipment).nullable(),
    locationNote: p.string().length(200).nullable(),
    /**
     * Park-wide maintenance: every piece of this category in the park (a plan's order that names no
     * single equipment). Kept as the code, so each app words it in its own language.
     */
    equipmentCategory: p
      .enum(() => EquipmentCategory)
      .nativeEnumName('equipment_category')
      .nullable(),
    /** The tenant company it was filed for; tenants see their own orders only. */
    tenant: () => p.manyToOne(TenantCompany).nullable().index(),
    requester: () => p.manyToOne(AppUser).nullable(),
    assignee: () => p.manyToOne(AppUser).nullable(),
    holdReason: p.string().length(200).nullable(),
    submittedAt: p.datetime(),
    dispatchedAt: p.datetime().nullable(),
    acceptedAt: p.datetime().nullable(),
    startedAt: p.datetime().nullable(),
    completedAt: p.datetime().nullable(),
    verifiedAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    cancelledAt: p.datetime().nullable(),
    /** The return visit (回访) by customer service after the job (QUALITY 七.5; IPARK 5.2.1.6). */
    visitedAt: p.datetime().nullable(),
    visitedBy: () => p.manyToOne(AppUser).nullable(),
    visitScore: p.smallint().nullable(),
    visitComment: p.string().length(500).nullable(),
    /** Paid repairs: labour and materials in fen, quoted by staff before work starts. */
    quoteLabourFen: p.integer().nullable(),
    quoteMaterialsFen: p.integer().nullable(),
    quoteNote: p.string().length(500).nullable(),
    quoteState: p
      .enum(() => QuoteState)
      .nativeEnumName('quote_state')
      .nullable(),
    quotedAt: p.datetime().nullable(),
    quotedByLabel: p.string().length(100).nullable(),
    quoteDecidedAt: p.datetime().nullable(),
    quoteDecidedByLabel: p.string().length(100).nullable(),
    /** The accepted amount, for billing (SPEC §3.5). */
    billableFen: p.integer().nullable(),
    /** The requester's own rating when confirming the fix. */
    rating: p.smallint().nullable(),
    ratingComment: p.string().length(500).nullable(),
    /** The order this one follows up (e.g. the repair a return visit is about). */
    followUpOf: () => p.manyToOne(WorkOrder).nullable(),
    /** Filed by this maintenance plan for `planDueOn` ('YYYY-MM-DD'). */
    maintenancePlan: () => p.manyToOne(MaintenancePlan).nullable(),
    planDueOn: p.string().columnType('date').nullable(),
  },
});
export type WorkOrder = InferEntity<typeof WorkOrder>;
