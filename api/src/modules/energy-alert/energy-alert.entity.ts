import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { Meter } from '../energy/energy.entity.js';
import { MeterKind, MeterLevel } from '../energy/energy.enums.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { AppUser } from '../user/user.entity.js';
import { WorkOrder } from '../work-order/work-order.entity.js';
import { WorkOrderCategory, WorkOrderPriority } from '../work-order/work-order.enums.js';
import { AlertGrain, AlertRuleKind, AlertStatus } from './energy-alert.enums.js';

/**
 * A park's energy alert rule (issue 18 §6): what to watch, on one meter or on every meter of a
 * kind and/or level, with the parameters its kind uses, and whether an alert files a work order.
 */
export const EnergyAlertRule = defineEntity({
  name: 'EnergyAlertRule',
  tableName: 'energy_alert_rule',
  indexes: [{ properties: ['park'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    name: p.string().length(60),
    kind: p.enum(() => AlertRuleKind).nativeEnumName('energy_alert_kind'),
    /** One meter; none: every active, real meter of the park matching the kind and level. */
    meter: () => p.manyToOne(Meter).nullable().deleteRule('cascade'),
    meterKind: p
      .enum(() => MeterKind)
      .nativeEnumName('meter_kind')
      .nullable(),
    meterLevel: p
      .enum(() => MeterLevel)
      .nativeEnumName('meter_level')
      .nullable(),
    /** THRESHOLD: the interval measured. */
    grain: p
      .enum(() => AlertGrain)
      .nativeEnumName('energy_alert_grain')
      .nullable(),
    /**
     * The limit in the meter's unit: per interval (THRESHOLD), per hour (NIGHT_USE), the least
     * hourly flow counted as flowing (NIGHT_WATER_FLOW), the least consumption that can alert
     * (ABOVE_BASELINE).
     */
    threshold: p.decimal('number').precision(14).scale(3).nullable(),
    /** ABOVE_BASELINE: how many times the baseline. */
    factor: p.decimal('number').precision(6).scale(2).nullable(),
    /** ABOVE_BASELINE: weeks averaged. */
    weeks: p.smallint().nullable(),
    /** NIGHT_USE, NIGHT_WATER_FLOW: the night's first hour and the hour it ends, park time (0–23). */
    nightStart: p.smallint().nullable(),
    nightEnd: p.smallint().nullable(),
    /** NIGHT_USE: Saturdays and Sundays count whole. */
    weekends: p.boolean().default(false),
    /** NIGHT_USE: holidays (YYYY-MM-DD, park time) that count whole. */
    holidays: p.array().default([]),
    /** OFFLINE: missed reporting intervals. */
    intervals: p.smallint().nullable(),
    openWorkOrder: p.boolean().default(false),
    workOrderCategory: p
      .enum(() => WorkOrderCategory)
      .nativeEnumName('work_order_category')
      .nullable(),
    workOrderPriority: p
      .enum(() => WorkOrderPriority)
      .nativeEnumName('work_order_priority')
      .nullable(),
    enabled: p.boolean().default(true),
  },
});
export type EnergyAlertRule = InferEntity<typeof EnergyAlertRule>;

/**
 * One alert of a rule on a meter: opened when its condition holds, cleared when it ends, or
 * acknowledged and closed by staff. At most one active (`closed_at is null`) per rule and meter:
 * a partial unique index, written by hand in the migration. The rule's name and the meter's code
 * and name are copied as they were when it opened; `tenant` (the meter's) keeps a company's
 * alerts to it (row-level security).
 */
export const EnergyAlert = defineEntity({
  name: 'EnergyAlert',
  tableName: 'energy_alert',
  indexes: [{ properties: ['park', 'openedAt'] }, { properties: ['meter'] }, { properties: ['tenant'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    rule: () => p.manyToOne(EnergyAlertRule).deleteRule('cascade'),
    meter: () => p.manyToOne(Meter).deleteRule('cascade'),
    tenant: () => p.manyToOne(TenantCompany).nullable().deleteRule('set null'),
    kind: p.enum(() => AlertRuleKind).nativeEnumName('energy_alert_kind'),
    status: p.enum(() => AlertStatus).nativeEnumName('energy_alert_status'),
    ruleName: p.string().length(60),
    meterCode: p.string().length(30),
    meterName: p.string().length(60),
    meterKind: p.enum(() => MeterKind).nativeEnumName('meter_kind'),
    openedAt: p.datetime(),
    /** The latest observation the condition held for (an interval's start; OFFLINE: the last reading). */
    observedAt: p.datetime(),
    /** The latest value that held (consumption, the night's least hourly flow, minutes offline). */
    value: p.decimal('number').precision(14).scale(3),
    peakValue: p.decimal('number').precision(14).scale(3),
    /** The limit it was measured against. */
    limitValue: p.decimal('number').precision(14).scale(3),
    acknowledgedAt: p.datetime().nullable(),
    acknowledgedBy: () => p.manyToOne(AppUser).nullable().deleteRule('set null'),
    clearedAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    closedBy: () => p.manyToOne(AppUser).nullable().deleteRule('set null'),
    workOrder: () => p.manyToOne(WorkOrder).nullable().deleteRule('set null'),
    workOrderNumber: p.string().length(24).nullable(),
  },
});
export type EnergyAlert = InferEntity<typeof EnergyAlert>;
