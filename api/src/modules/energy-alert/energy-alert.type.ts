import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MeterKind, MeterLevel, UNIT_OF } from '../energy/index.js';
import { WorkOrderCategory, WorkOrderPriority } from '../work-order/work-order.enums.js';
import type { EnergyAlert, EnergyAlertRule } from './energy-alert.entity.js';
import { AlertGrain, AlertRuleKind, AlertStatus } from './energy-alert.enums.js';

registerEnumType(AlertRuleKind, {
  name: 'EnergyAlertKind',
  description: 'What an energy alert rule watches (用能预警).',
  valuesConfig: {
    THRESHOLD: { description: 'Consumption per interval above a limit' },
    ABOVE_BASELINE: { description: 'An hour above the same weekday and hour’s average over past weeks' },
    NIGHT_USE: { description: 'Use in night hours, weekends or holidays above a limit' },
    NIGHT_WATER_FLOW: { description: 'Water flowing every hour of the night (a leak)' },
    OFFLINE: { description: 'No reading for a number of reporting intervals' },
  },
});
registerEnumType(AlertStatus, {
  name: 'EnergyAlertStatus',
  description: 'Where an energy alert stands.',
  valuesConfig: {
    OPEN: { description: 'Active, not yet seen' },
    ACKNOWLEDGED: { description: 'Active, seen by staff' },
    CLEARED: { description: 'The condition ended on its own' },
    CLOSED: { description: 'Closed by staff' },
  },
});
registerEnumType(AlertGrain, {
  name: 'EnergyAlertGrain',
  description: 'The interval a threshold rule measures.',
  valuesConfig: {
    QUARTER: { description: '15 minutes' },
    HOUR: { description: 'Hour' },
    DAY: { description: 'Day (park time)' },
  },
});

@ObjectType('EnergyAlertRule', { description: 'A park’s energy alert rule.' })
export class EnergyAlertRuleType {
  @Field(() => ID, { description: 'Rule id.' })
  id!: string;

  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => AlertRuleKind, { description: 'What it watches.' })
  kind!: AlertRuleKind;

  @Field(() => ID, { nullable: true, description: 'The one meter it watches; none: by kind and level.' })
  meterId!: string | null;

  @Field(() => String, { nullable: true, description: 'That meter’s code.' })
  meterCode!: string | null;

  @Field(() => String, { nullable: true, description: 'That meter’s name.' })
  meterName!: string | null;

  @Field(() => MeterKind, { nullable: true, description: 'Every meter of this kind.' })
  meterKind!: MeterKind | null;

  @Field(() => MeterLevel, { nullable: true, description: 'Every meter of this level.' })
  meterLevel!: MeterLevel | null;

  @Field(() => AlertGrain, { nullable: true, description: 'THRESHOLD: the interval measured.' })
  grain!: AlertGrain | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Limit in the meter’s unit: per interval (THRESHOLD), per hour (NIGHT_USE), least hourly flow (NIGHT_WATER_FLOW), least consumption (ABOVE_BASELINE).',
  })
  threshold!: number | null;

  @Field(() => Float, { nullable: true, description: 'ABOVE_BASELINE: times the baseline.' })
  factor!: number | null;

  @Field(() => Int, { nullable: true, description: 'ABOVE_BASELINE: weeks averaged.' })
  weeks!: number | null;

  @Field(() => Int, { nullable: true, description: 'Night’s first hour, park time (0–23).' })
  nightStart!: number | null;

  @Field(() => Int, { nullable: true, description: 'Hour the night ends, park time (0–23).' })
  nightEnd!: number | null;

  @Field({ description: 'NIGHT_USE: weekends count whole.' })
  weekends!: boolean;

  @Field(() => [String], { description: 'NIGHT_USE: holidays (YYYY-MM-DD) that count whole.' })
  holidays!: string[];

  @Field(() => Int, { nullable: true, description: 'OFFLINE: missed reporting intervals.' })
  intervals!: number | null;

  @Field({ description: 'An alert files a work order.' })
  openWorkOrder!: boolean;

  @Field(() => WorkOrderCategory, { nullable: true, description: 'Category of the work order.' })
  workOrderCategory!: WorkOrderCategory | null;

  @Field(() => WorkOrderPriority, { nullable: true, description: 'Priority of the work order.' })
  workOrderPriority!: WorkOrderPriority | null;

  @Field({ description: 'Evaluated (a disabled rule’s alerts clear).' })
  enabled!: boolean;
}

export const toEnergyAlertRuleType = (r: EnergyAlertRule): EnergyAlertRuleType => ({
  id: r.id,
  parkId: r.park.id,
  name: r.name,
  kind: r.kind,
  meterId: r.meter?.id ?? null,
  meterCode: r.meter?.code ?? null,
  meterName: r.meter?.name ?? null,
  meterKind: r.meterKind ?? null,
  meterLevel: r.meterLevel ?? null,
  grain: r.grain ?? null,
  threshold: r.threshold === null || r.threshold === undefined ? null : Number(r.threshold),
  factor: r.factor === null || r.factor === undefined ? null : Number(r.factor),
  weeks: r.weeks ?? null,
  nightStart: r.nightStart ?? null,
  nightEnd: r.nightEnd ?? null,
  weekends: r.weekends,
  holidays: r.holidays ?? [],
  intervals: r.intervals ?? null,
  openWorkOrder: r.openWorkOrder,
  workOrderCategory: r.workOrderCategory ?? null,
  workOrderPriority: r.workOrderPriority ?? null,
  enabled: r.enabled,
});

@ObjectType('EnergyAlert', { description: 'An alert of a rule on a meter (用能预警).' })
export class EnergyAlertType {
  @Field(() => ID, { description: 'Alert id.' })
  id!: string;

  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => AlertRuleKind, { description: 'What its rule watches.' })
  kind!: AlertRuleKind;

  @Field(() => AlertStatus, { description: 'Where it stands.' })
  status!: AlertStatus;

  @Field(() => ID, { description: 'Its rule.' })
  ruleId!: string;

  @Field({ description: 'The rule’s name when it opened.' })
  ruleName!: string;

  @Field(() => ID, { description: 'The meter.' })
  meterId!: string;

  @Field({ description: 'The meter’s code when it opened.' })
  meterCode!: string;

  @Field({ description: 'The meter’s name when it opened.' })
  meterName!: string;

  @Field(() => MeterKind, { description: 'What the meter measures.' })
  meterKind!: MeterKind;

  @Field({
    description: 'Unit of value and limit: the meter’s (kWh, m³), or minutes for OFFLINE.',
  })
  unit!: string;

  @Field({ description: 'Opened.' })
  openedAt!: Date;

  @Field({ description: 'The latest observation the condition held for.' })
  observedAt!: Date;

  @Field(() => Float, { description: 'The latest value that held.' })
  value!: number;

  @Field(() => Float, { description: 'The highest value while active.' })
  peakValue!: number;

  @Field(() => Float, { description: 'The limit it was measured against.' })
  limitValue!: number;

  @Field(() => Date, { nullable: true, description: 'Acknowledged by staff.' })
  acknowledgedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The condition ended.' })
  clearedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'No longer active (cleared or closed).' })
  closedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The work order it filed.' })
  workOrderId!: string | null;

  @Field(() => String, { nullable: true, description: 'That work order’s number.' })
  workOrderNumber!: string | null;
}

export const toEnergyAlertType = (a: EnergyAlert): EnergyAlertType => ({
  id: a.id,
  parkId: a.park.id,
  kind: a.kind,
  status: a.status,
  ruleId: a.rule.id,
  ruleName: a.ruleName,
  meterId: a.meter.id,
  meterCode: a.meterCode,
  meterName: a.meterName,
  meterKind: a.meterKind,
  unit: a.kind === AlertRuleKind.OFFLINE ? 'min' : UNIT_OF[a.meterKind],
  openedAt: a.openedAt,
  observedAt: a.observedAt,
  value: Number(a.value),
  peakValue: Number(a.peakValue),
  limitValue: Number(a.limitValue),
  acknowledgedAt: a.acknowledgedAt ?? null,
  clearedAt: a.clearedAt ?? null,
  closedAt: a.closedAt ?? null,
  workOrderId: a.workOrder?.id ?? null,
  workOrderNumber: a.workOrderNumber ?? null,
});

@ObjectType('EnergyAlertChange', { description: 'An energy alert opened, cleared, acknowledged or closed.' })
export class EnergyAlertChangeType {
  @Field({ description: 'OPENED, CLEARED, ACKNOWLEDGED or CLOSED.' })
  action!: string;

  @Field(() => EnergyAlertType, { description: 'The alert as it is now.' })
  alert!: EnergyAlertType;
}

@ObjectType('EnergyAlertEvaluation', { description: 'What an evaluation of the rules did.' })
export class EnergyAlertEvaluationType {
  @Field(() => Int, { description: 'Alerts opened.' })
  opened!: number;

  @Field(() => Int, { description: 'Alerts cleared.' })
  cleared!: number;
}
