import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsCalendarDate } from '../../graphql/scalars.js';
import { ConsumptionGroup } from './consumption.repository.js';
import { MeterKind, RollupGrain } from './energy.enums.js';
import './meter.inputs.js';

registerEnumType(ConsumptionGroup, {
  name: 'ConsumptionGroup',
  description: 'How consumption is grouped: each by the meters of its level, so nothing is counted twice.',
  valuesConfig: {
    METER: { description: 'The meters asked for (a virtual meter as the signed sum of its terms)' },
    BUILDING: { description: 'Building meters, per building' },
    FLOOR: { description: 'Floor meters, per floor' },
    TENANT: { description: 'Tenant sub-meters, per company' },
    KIND: { description: 'Park main meters, per kind' },
  },
});

@InputType({ description: 'Which consumption, over which days, in which buckets.' })
export class ConsumptionQueryInput {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => ConsumptionGroup, { description: 'How to group.' })
  groupBy!: ConsumptionGroup;

  @Field(() => MeterKind, { nullable: true, description: 'What is measured (required but for KIND).' })
  kind?: MeterKind;

  @Field(() => [ID], { nullable: true, description: 'The meters, for METER (1–100).' })
  @IsOptional()
  @ArrayMaxSize(100)
  meterIds?: string[];

  @Field({ description: 'First day (YYYY-MM-DD, park time).' })
  @IsCalendarDate()
  @MaxLength(10)
  from!: string;

  @Field({ description: 'Last day, included (YYYY-MM-DD, park time).' })
  @IsCalendarDate()
  @MaxLength(10)
  to!: string;

  @Field(() => RollupGrain, {
    description: 'Bucket size: 15 minutes (≤ 7 days), hour (≤ 62), day (≤ 400), month.',
  })
  grain!: RollupGrain;
}

@ObjectType('ConsumptionPoint', { description: 'Consumption in one bucket.' })
export class ConsumptionPointType {
  @Field({ description: 'Start of the bucket.' })
  at!: Date;

  @Field(() => Float, { description: 'Consumption (the kind’s unit).' })
  amount!: number;

  @Field(() => Float, { description: 'Part of it interpolated over missed readings.' })
  estimated!: number;
}

@ObjectType('ConsumptionSeries', { description: 'Consumption of one group over the period.' })
export class ConsumptionSeriesType {
  @Field({ description: 'The group: a meter, building, floor or company id, or a kind.' })
  key!: string;

  @Field({ description: 'Its name.' })
  label!: string;

  @Field({ description: 'Unit (kWh, m³).' })
  unit!: string;

  @Field(() => Float, { description: 'Consumption over the period.' })
  total!: number;

  @Field(() => Float, { description: 'Part of the total interpolated over missed readings.' })
  estimated!: number;

  @Field(() => Float, { nullable: true, description: 'Gross area, m², where known.' })
  area!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Consumption per m² (intensity), where the area is known.',
  })
  intensity!: number | null;

  @Field(() => [ConsumptionPointType], { description: 'Per bucket, in time order (empty buckets left out).' })
  points!: ConsumptionPointType[];
}

@ObjectType('ReadingEvidence', { description: 'A reading a bill line rests on.' })
export class ReadingEvidenceType {
  @Field({ description: 'When.' })
  at!: Date;

  @Field(() => Float, { description: 'Register value (before the multiplier).' })
  value!: number;
}

@ObjectType('TenantMeterUsage', {
  description: 'A tenant sub-meter’s consumption over a billing period, with its readings as evidence.',
})
export class TenantMeterUsageType {
  @Field(() => ID, { description: 'Meter.' })
  meterId!: string;

  @Field({ description: 'Meter code.' })
  meterCode!: string;

  @Field({ description: 'Meter name.' })
  meterName!: string;

  @Field(() => ID, { description: 'The company.' })
  tenantId!: string;

  @Field(() => MeterKind, { description: 'What it measures.' })
  kind!: MeterKind;

  @Field({ description: 'Unit.' })
  unit!: string;

  @Field(() => Float, { description: 'CT/PT ratio applied.' })
  multiplier!: number;

  @Field(() => Float, { description: 'Consumption over the period (from the day rollups).' })
  consumption!: number;

  @Field(() => Float, { description: 'Part of it interpolated over missed readings.' })
  estimated!: number;

  @Field(() => ReadingEvidenceType, {
    nullable: true,
    description: 'Last accepted reading at or before the start.',
  })
  opening!: ReadingEvidenceType | null;

  @Field(() => ReadingEvidenceType, {
    nullable: true,
    description: 'Last accepted reading at or before the end.',
  })
  closing!: ReadingEvidenceType | null;

  @Field(() => Int, { description: 'Readings in the period that validation flagged.' })
  flaggedReadings!: number;
}
