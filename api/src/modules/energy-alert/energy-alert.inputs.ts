import { ArrayMaxSize, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MeterKind, MeterLevel } from '../energy/index.js';
import { WorkOrderCategory, WorkOrderPriority } from '../work-order/work-order.enums.js';
import { AlertGrain, AlertRuleKind, AlertStatus } from './energy-alert.enums.js';
import './energy-alert.type.js';

/** The settings a rule is created with or changed to (undefined keeps, null clears). */
@InputType({ description: 'An energy alert rule’s settings; what each kind needs is checked.' })
export class EnergyAlertRuleSettingsInput {
  @Field(() => String, { nullable: true, description: 'Name (1–60).' })
  @IsOptional()
  @Length(1, 60)
  name?: string;

  @Field(() => ID, { nullable: true, description: 'One meter of the park (a real one).' })
  meterId?: string | null;

  @Field(() => MeterKind, { nullable: true, description: 'Or every meter of this kind.' })
  meterKind?: MeterKind | null;

  @Field(() => MeterLevel, { nullable: true, description: 'And/or every meter of this level.' })
  meterLevel?: MeterLevel | null;

  @Field(() => AlertGrain, { nullable: true, description: 'THRESHOLD: the interval measured.' })
  grain?: AlertGrain | null;

  @Field(() => Float, { nullable: true, description: 'Limit in the meter’s unit (0–10^11).' })
  @IsOptional()
  @Min(0)
  @Max(100_000_000_000)
  threshold?: number | null;

  @Field(() => Float, { nullable: true, description: 'ABOVE_BASELINE: times the baseline (1.01–100).' })
  @IsOptional()
  @Min(1.01)
  @Max(100)
  factor?: number | null;

  @Field(() => Int, { nullable: true, description: 'ABOVE_BASELINE: weeks averaged (1–12).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  weeks?: number | null;

  @Field(() => Int, { nullable: true, description: 'Night’s first hour, park time (0–23).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(23)
  nightStart?: number | null;

  @Field(() => Int, { nullable: true, description: 'Hour the night ends, park time (0–23).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(23)
  nightEnd?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'NIGHT_USE: weekends count whole.' })
  weekends?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'NIGHT_USE: holidays, YYYY-MM-DD (at most 60).' })
  @IsOptional()
  @ArrayMaxSize(60)
  @MaxLength(10, { each: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true })
  holidays?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'OFFLINE: missed reporting intervals (1–96).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(96)
  intervals?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'An alert files a work order.' })
  openWorkOrder?: boolean | null;

  @Field(() => WorkOrderCategory, { nullable: true, description: 'Its category (default by meter kind).' })
  workOrderCategory?: WorkOrderCategory | null;

  @Field(() => WorkOrderPriority, { nullable: true, description: 'Its priority (default NORMAL).' })
  workOrderPriority?: WorkOrderPriority | null;
}

@InputType({ description: 'A new energy alert rule.' })
export class CreateEnergyAlertRuleInput extends EnergyAlertRuleSettingsInput {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => AlertRuleKind, { description: 'What it watches.' })
  kind!: AlertRuleKind;

  @Field(() => String, { description: 'Name (1–60).' })
  @Length(1, 60)
  override name!: string;
}

@InputType({ description: 'Which energy alerts.' })
export class EnergyAlertFilter {
  @Field(() => ID, { nullable: true, description: 'Park.' })
  parkId?: string;

  @Field(() => [AlertStatus], { nullable: true, description: 'In any of these states.' })
  @IsOptional()
  @ArrayMaxSize(4)
  status?: AlertStatus[];

  @Field(() => ID, { nullable: true, description: 'One meter.' })
  meterId?: string;

  @Field(() => Date, { nullable: true, description: 'Opened at or after.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Opened before.' })
  to?: Date;
}
