import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsCalendarDate } from '../../graphql/scalars.js';
import { EquipmentCategory } from '../equipment/equipment.entity.js';
import { WorkOrderCategory } from '../work-order/work-order.entity.js';
import { WorkOrderState } from '../work-order/work-order.machine.js';
import type { MaintenancePlan } from './maintenance-plan.entity.js';
import { RecurrenceUnit } from './recurrence.js';

registerEnumType(RecurrenceUnit, {
  name: 'RecurrenceUnit',
  description: 'The unit of a recurrence: every N days, weeks, months or years.',
  valuesConfig: {
    DAY: { description: 'Days (daily; every 15 days) 日' },
    WEEK: { description: 'Weeks 周' },
    MONTH: { description: 'Months (monthly, quarterly, half-yearly) 月' },
    YEAR: { description: 'Years 年' },
  },
});

export enum ComplianceStatus {
  UPCOMING = 'UPCOMING',
  DUE = 'DUE',
  DONE_ON_TIME = 'DONE_ON_TIME',
  LATE = 'LATE',
  MISSED = 'MISSED',
}
registerEnumType(ComplianceStatus, {
  name: 'ComplianceStatus',
  description: 'Where one due date of a plan stands.',
  valuesConfig: {
    UPCOMING: { description: 'Not yet due; no order filed yet 待生成' },
    DUE: { description: 'Order filed, within its window 进行中' },
    DONE_ON_TIME: { description: 'Completed by the due date plus grace 按时完成' },
    LATE: { description: 'Completed after its window 逾期完成' },
    MISSED: { description: 'Window passed without completion, or cancelled 漏检' },
  },
});

@ObjectType('MaintenancePlan', { description: 'A recurring maintenance job with its checklist.' })
export class MaintenancePlanType {
  @Field(() => ID, { description: 'Plan id.' })
  id!: string;

  @Field({ description: 'Name, e.g. 电梯半月保养.' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The one piece of equipment it covers.' })
  equipmentId!: string | null;

  @Field(() => EquipmentCategory, { nullable: true, description: 'Or: every equipment of this category.' })
  equipmentCategory!: EquipmentCategory | null;

  @Field(() => WorkOrderCategory, { description: 'Category of its work orders (decides the department).' })
  workCategory!: WorkOrderCategory;

  @Field(() => RecurrenceUnit, { description: 'Recurrence unit.' })
  recurrenceUnit!: RecurrenceUnit;

  @Field(() => Int, { description: 'Every this many units.' })
  recurrenceInterval!: number;

  @Field(() => [String], { description: 'What the technician checks.' })
  checklist!: string[];

  @Field(() => Int, { description: 'Days after the due date still counted on time.' })
  graceDays!: number;

  @Field({ description: 'Next due date (YYYY-MM-DD, park time).' })
  nextDueOn!: string;

  @Field({ description: 'Paused plans file nothing.' })
  active!: boolean;

  @Field({ description: 'Required by regulation.' })
  statutory!: boolean;

  @Field(() => String, { nullable: true, description: 'The clause it follows.' })
  basis!: string | null;

  /** Read through `assignee`, which leads into the user feature. */
  assigneeId!: string | null;
}

export const toMaintenancePlanType = (m: MaintenancePlan): MaintenancePlanType => ({
  id: m.id,
  name: m.name,
  equipmentId: m.equipment?.id ?? null,
  equipmentCategory: m.equipmentCategory ?? null,
  workCategory: m.workCategory,
  recurrenceUnit: m.recurrenceUnit,
  recurrenceInterval: m.recurrenceInterval,
  checklist: m.checklist,
  graceDays: m.graceDays,
  nextDueOn: m.nextDueOn,
  active: m.active,
  statutory: m.statutory,
  basis: m.basis ?? null,
  assigneeId: m.assignee?.id ?? null,
});

@InputType({ description: 'A new maintenance plan.' })
export class CreateMaintenancePlanInput {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field({ description: 'Name (1–100).' })
  @Length(1, 100)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'One piece of equipment…' })
  equipmentId?: string;

  @Field(() => EquipmentCategory, { nullable: true, description: '…or a whole category (exactly one).' })
  equipmentCategory?: EquipmentCategory;

  @Field(() => WorkOrderCategory, { description: 'Category of its work orders.' })
  workCategory!: WorkOrderCategory;

  @Field(() => RecurrenceUnit, { description: 'Recurrence unit.' })
  recurrenceUnit!: RecurrenceUnit;

  @Field(() => Int, { description: 'Every this many units (1–366).' })
  @IsInt()
  @Min(1)
  @Max(366)
  recurrenceInterval!: number;

  @Field(() => [String], { description: 'Checklist items (up to 30, each 1–200).' })
  @ArrayMaxSize(30)
  @Length(1, 200, { each: true })
  checklist!: string[];

  @Field({ description: 'First due date (YYYY-MM-DD, park time), today or later.' })
  @IsCalendarDate()
  @MaxLength(10)
  firstDueOn!: string;

  @Field(() => Int, { nullable: true, description: 'Grace days (default: a fifth of the period, ≤ 14).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  graceDays?: number;

  @Field({ nullable: true, description: 'The regulation it follows, if statutory.' })
  @IsOptional()
  @Length(1, 200)
  basis?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Who receives its orders: active staff of the park who works orders (maintenancePlanAssignees). None: automatic dispatch.',
  })
  assigneeId?: string;
}

@InputType({
  description: 'Changes to a plan; omitted fields stay. Its target stays: a new target is a new plan.',
})
export class UpdateMaintenancePlanInput {
  @Field({ nullable: true, description: 'Name (1–100).' })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => WorkOrderCategory, {
    nullable: true,
    description: 'Category of its work orders: decides the department its orders are dispatched to.',
  })
  @IsOptional()
  workCategory?: WorkOrderCategory;

  @Field(() => RecurrenceUnit, { nullable: true, description: 'Recurrence unit.' })
  @IsOptional()
  recurrenceUnit?: RecurrenceUnit;

  @Field(() => Int, { nullable: true, description: 'Every this many units (1–366).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  recurrenceInterval?: number;

  @Field(() => [String], { nullable: true, description: 'Replaces the checklist (1–30 items, each 1–200).' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @Length(1, 200, { each: true })
  checklist?: string[];

  @Field({ nullable: true, description: 'Next due date (YYYY-MM-DD, park time), today or later.' })
  @IsOptional()
  @IsCalendarDate()
  @MaxLength(10)
  nextDueOn?: string;

  @Field(() => Int, { nullable: true, description: 'Grace days (0–60).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  graceDays?: number;

  @Field(() => ID, {
    nullable: true,
    description:
      'Who receives its orders from now on (active staff of the park who works orders); null: automatic dispatch.',
  })
  assigneeId?: string | null;
}

@ObjectType('ComplianceItem', { description: 'One due date of one plan.' })
export class ComplianceItemType {
  @Field(() => ID, { description: 'The plan.' })
  planId!: string;

  @Field({ description: 'Plan name.' })
  planName!: string;

  @Field({ description: 'Statutory plan.' })
  statutory!: boolean;

  @Field({ description: 'Due date (YYYY-MM-DD).' })
  dueOn!: string;

  @Field(() => ComplianceStatus, { description: 'Where it stands.' })
  status!: ComplianceStatus;

  @Field(() => ID, { nullable: true, description: 'Its work order, once filed.' })
  workOrderId!: string | null;

  @Field(() => String, { nullable: true, description: 'Work order number.' })
  workOrderNumber!: string | null;

  @Field(() => WorkOrderState, { nullable: true, description: 'Work order state.' })
  workOrderState!: WorkOrderState | null;

  @Field(() => Date, { nullable: true, description: 'When it was completed.' })
  completedAt!: Date | null;
}

@ObjectType('MaintenanceCompliance', { description: 'Plans’ due dates in a period and how they went.' })
export class MaintenanceComplianceType {
  @Field(() => [ComplianceItemType], { description: 'By due date.' })
  items!: ComplianceItemType[];

  @Field(() => Int, { description: 'Completed on time.' })
  onTime!: number;

  @Field(() => Int, { description: 'Completed late.' })
  late!: number;

  @Field(() => Int, { description: 'Missed.' })
  missed!: number;

  @Field(() => Int, { description: 'Open within their window.' })
  due!: number;

  @Field(() => Int, { description: 'Not yet due.' })
  upcoming!: number;

  @Field(() => Float, { nullable: true, description: 'On time ÷ (on time + late + missed); null if none.' })
  onTimeRate!: number | null;
}
