import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsPositive,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { MeterKind, MeterLevel, ReadingFlag, ReadingSource, RollupGrain } from './energy.enums.js';

registerEnumType(MeterKind, {
  name: 'MeterKind',
  description: 'What a meter measures.',
  valuesConfig: {
    ELECTRICITY: { description: 'Electricity 电 (kWh)' },
    WATER: { description: 'Water 水 (m³)' },
    GAS: { description: 'Gas 燃气 (m³)' },
    HEAT: { description: 'Heat 热 (kWh)' },
    COOLING: { description: 'Cooling 冷 (kWh)' },
  },
});
registerEnumType(MeterLevel, {
  name: 'MeterLevel',
  description: 'Where a meter sits in the metering tree.',
  valuesConfig: {
    PARK: { description: 'Park main meter 园区总表' },
    BUILDING: { description: 'Building meter 楼栋表' },
    FLOOR: { description: 'Floor meter 楼层表' },
    TENANT: { description: 'Tenant sub-meter 企业分表' },
    EQUIPMENT: { description: 'Equipment or public-area meter 设备/公区表' },
  },
});
registerEnumType(ReadingFlag, {
  name: 'ReadingFlag',
  description: 'What validation said of a reading of a cumulative register.',
  valuesConfig: {
    FIRST: { description: 'First reading: the baseline' },
    OK: { description: 'Accepted' },
    GAP: { description: 'Accepted after missed readings; its consumption is interpolated (estimated)' },
    ROLLOVER: { description: 'The register wrapped at its width; counted through the wrap' },
    BACKWARD: { description: 'Below the baseline: ignored, baseline kept' },
    ZERO: { description: 'A zero from a running register: ignored, baseline kept' },
    SPIKE: { description: 'More than the meter can pass in the time: ignored, baseline kept' },
  },
});
registerEnumType(ReadingSource, {
  name: 'ReadingSource',
  description: 'Where a reading came from.',
  valuesConfig: {
    DEVICE: { description: 'Reported by its device' },
    MANUAL: { description: 'Typed in by staff' },
    SEED: { description: 'Demo history' },
  },
});
registerEnumType(RollupGrain, {
  name: 'RollupGrain',
  description: 'Consumption buckets.',
  valuesConfig: {
    QUARTER: { description: '15 minutes' },
    HOUR: { description: 'Hour' },
    DAY: { description: 'Day (park time)' },
    MONTH: { description: 'Month (park time)' },
  },
});

@InputType({ description: 'One term of a virtual meter.' })
export class VirtualTermInput {
  @Field(() => ID, { description: 'A real meter of the same park and kind.' })
  meterId!: string;

  @Field(() => Int, { description: '+1 adds its consumption, −1 takes it away.' })
  @IsIn([1, -1])
  @Min(-1)
  @Max(1)
  sign!: number;
}

@InputType({ description: 'How a meter is read and linked; omitted fields keep their value.' })
export class UpdateMeterInput {
  @Field(() => String, { nullable: true, description: 'Name (1–60).' })
  @IsOptional()
  @Length(1, 60)
  name?: string;

  @Field(() => ID, { nullable: true, description: 'Upstream meter in the tree (same park and kind).' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Building where it is.' })
  buildingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Floor where it is.' })
  floorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Unit where it is.' })
  unitId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The company whose consumption it measures; none: public area.',
  })
  tenantId?: string | null;

  @Field(() => Float, { nullable: true, description: 'CT/PT ratio (0.0001–100000).' })
  @IsOptional()
  @IsPositive()
  @Min(0.0001)
  @Max(100_000)
  multiplier?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Integer digits of the register (1–12): it wraps at 10^digits.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  registerDigits?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Most it can pass in 15 minutes, in its unit after the multiplier (spike limit).',
  })
  @IsOptional()
  @IsPositive()
  @Min(0.001)
  @Max(10_000_000_000)
  spikeLimit?: number | null;

  @Field(() => Int, { nullable: true, description: 'How often it reports, minutes (1–1440).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  intervalMinutes?: number;

  @Field(() => ID, { nullable: true, description: 'The IoT device that reports it.' })
  deviceId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its register code on a multi-register device (1–30).',
  })
  @IsOptional()
  @Length(1, 30)
  deviceRegister?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Inactive meters take no readings.' })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'A new meter.' })
export class CreateMeterInput extends UpdateMeterInput {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field({ description: 'Code, unique in the park (1–30), e.g. E-A-01.' })
  @Length(1, 30)
  code!: string;

  @Field(() => MeterKind, { description: 'What it measures.' })
  kind!: MeterKind;

  @Field(() => MeterLevel, { description: 'Its level in the tree.' })
  level!: MeterLevel;

  @Field(() => [VirtualTermInput], {
    nullable: true,
    description: 'A virtual meter: the signed sum of these meters (1–50); it has no register or device.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  terms?: VirtualTermInput[];
}

@InputType({ description: 'A reading typed in from a meter without a device link.' })
export class ManualReadingInput {
  @Field(() => ID, { description: 'Meter.' })
  meterId!: string;

  @Field({ description: 'When it was read.' })
  at!: Date;

  @Field(() => Float, { description: 'The register as shown (0–10^12), in the meter’s unit.' })
  @Min(0)
  @Max(1_000_000_000_000)
  value!: number;

  @Field(() => ID, {
    nullable: true,
    description:
      'Photo of the register (createMeterReadingPhotoUpload, uploaded, for this meter, not used by another reading).',
  })
  @IsOptional()
  photoId?: string | null;
}

@InputType({ description: 'A photo of a meter’s register about to be uploaded for a manual reading.' })
export class MeterReadingPhotoUploadInput {
  @Field(() => ID, { description: 'The meter.' })
  meterId!: string;

  @Field({ description: 'File name (1–200 characters).' })
  @Length(1, 200)
  fileName!: string;

  @Field({ description: 'image/jpeg, image/png, image/webp or image/heic; must match the bytes.' })
  @Length(1, 100)
  contentType!: string;

  @Field(() => Int, { description: 'Its size in bytes (at most the configured limit).' })
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  size!: number;
}
