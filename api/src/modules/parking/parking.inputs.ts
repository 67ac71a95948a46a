import { ArrayMaxSize, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsCalendarDate } from '../../graphql/scalars.js';
import {
  GateDirection,
  GateSource,
  ParkingChargeStatus,
  ParkingDecision,
  SpaceType,
  VehicleListKind,
} from './parking.enums.js';

registerEnumType(SpaceType, {
  name: 'ParkingSpaceType',
  description: 'Kinds of parking space, counted apart (IPARK 5.1.2.2).',
  valuesConfig: {
    REGULAR: { description: 'Regular space 普通车位' },
    EV_CHARGING: { description: 'EV charging space 充电车位' },
    RESERVED: { description: 'Reserved (fixed) space 固定车位' },
    ACCESSIBLE: { description: 'Accessible space 无障碍车位' },
  },
});
registerEnumType(ParkingDecision, {
  name: 'ParkingDecision',
  description: 'Why a gate let a car in or out, or refused it.',
  valuesConfig: {
    WHITELISTED: { description: 'A listed vehicle 白名单' },
    VISITOR: { description: 'A visitor’s plate inside its pass window 访客' },
    TEMPORARY: { description: 'Any other car; pays at exit 临时车' },
    DENIED_FULL: { description: 'No free space of a type it may use 车位已满' },
    DENIED_BLACKLIST: { description: 'Blocked plate 黑名单' },
    DENIED_ALREADY_INSIDE: { description: 'The plate is already inside 重复入场' },
    EXITED: { description: 'Left; the stay is closed 已出场' },
    EXIT_NO_SESSION: { description: 'Left without a recorded entry 无入场记录' },
  },
});
registerEnumType(GateDirection, {
  name: 'GateDirection',
  description: 'In or out.',
  valuesConfig: { IN: { description: 'Entry 入场' }, OUT: { description: 'Exit 出场' } },
});
registerEnumType(GateSource, {
  name: 'GateSource',
  description: 'Who reported a gate event.',
  valuesConfig: {
    PARTNER: { description: 'A barrier system (partner API)' },
    STAFF: { description: 'The booth, by hand' },
  },
});
registerEnumType(VehicleListKind, {
  name: 'VehicleListKind',
  description: 'Whether a listed plate is let in or kept out.',
  valuesConfig: { ALLOW: { description: 'Let in 白名单' }, BLOCK: { description: 'Kept out 黑名单' } },
});

registerEnumType(ParkingChargeStatus, {
  name: 'ParkingChargeStatus',
  description: 'Where the fee of a temporary stay stands.',
  valuesConfig: {
    UNBILLED: { description: 'Recorded at exit, not yet on a bill 未出账' },
    BILLED: { description: 'On a bill 已出账' },
    PAID: { description: 'Paid 已支付' },
  },
});

export enum FlowGranularity {
  HOUR = 'HOUR',
  DAY = 'DAY',
}
registerEnumType(FlowGranularity, {
  name: 'FlowGranularity',
  description: 'Buckets of flow statistics.',
  valuesConfig: { HOUR: { description: 'Per hour 按小时' }, DAY: { description: 'Per day 按天' } },
});

@InputType({ description: 'Spaces of a lot by type.' })
class SpaceCounts {
  @Field(() => Int, { description: 'Regular spaces (0–20000).' })
  @IsInt()
  @Min(0)
  @Max(20_000)
  regularSpaces!: number;

  @Field(() => Int, { description: 'EV charging spaces (0–20000).' })
  @IsInt()
  @Min(0)
  @Max(20_000)
  evSpaces!: number;

  @Field(() => Int, { description: 'Reserved spaces (0–20000).' })
  @IsInt()
  @Min(0)
  @Max(20_000)
  reservedSpaces!: number;

  @Field(() => Int, { description: 'Accessible spaces (0–20000).' })
  @IsInt()
  @Min(0)
  @Max(20_000)
  accessibleSpaces!: number;
}

@InputType({ description: 'A new parking lot.' })
export class CreateParkingLotInput extends SpaceCounts {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => ID, { nullable: true, description: 'The building whose garage it is.' })
  buildingId?: string;

  @Field({ description: 'Code, unique in the park (1–20), e.g. P1.' })
  @Length(1, 20)
  code!: string;

  @Field({ description: 'Name (1–60), e.g. 地面停车场.' })
  @Length(1, 60)
  name!: string;
}

@InputType({ description: 'Changes to a lot.' })
export class UpdateParkingLotInput extends SpaceCounts {
  @Field({ description: 'Name (1–60).' })
  @Length(1, 60)
  name!: string;

  @Field({ description: 'Open (true) or closed.' })
  active!: boolean;
}

@InputType({ description: 'A row of the rate table, from a date on.' })
export class CreateParkingRateInput {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field({ description: 'First day it applies (YYYY-MM-DD, park time), today or later.' })
  @IsCalendarDate()
  @MaxLength(10)
  effectiveFrom!: string;

  @Field(() => Int, { description: 'Stays up to this many minutes are free (0–1440).' })
  @IsInt()
  @Min(0)
  @Max(1440)
  freeMinutes!: number;

  @Field(() => Int, { description: 'Per started hour, fen (0–100000).' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  perHourFen!: number;

  @Field(() => Int, { description: 'At most per calendar day, fen (0–1000000).' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  dailyCapFen!: number;
}

@InputType({ description: 'A plate to list.' })
export class AddVehicleInput {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The company (staff; a tenant admin lists for their own).',
  })
  tenantId?: string;

  @Field(() => VehicleListKind, {
    defaultValue: VehicleListKind.ALLOW,
    description: 'Let in or keep out (staff).',
  })
  kind!: VehicleListKind;

  @Field({ description: 'Plate, e.g. 苏E12345 or 苏ED12345.' })
  @Length(1, 16)
  plate!: string;

  @Field({ nullable: true, description: 'Driver or owner (up to 50).' })
  @IsOptional()
  @Length(1, 50)
  ownerName?: string;

  @Field(() => SpaceType, { nullable: true, description: 'A reserved or accessible space for it (staff).' })
  spaceType?: SpaceType;

  @Field({ nullable: true, description: 'From (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  @MaxLength(10)
  validFrom?: string;

  @Field({ nullable: true, description: 'Until, inclusive (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  @MaxLength(10)
  validUntil?: string;

  @Field({ nullable: true, description: 'Note (up to 200).' })
  @IsOptional()
  @Length(1, 200)
  note?: string;
}

@InputType({ description: 'A car at a gate.' })
export class GateEventInput {
  @Field(() => ID, { description: 'The lot of the gate.' })
  lotId!: string;

  @Field({ description: 'Plate as read (normalised: 苏e·12345 → 苏E12345).' })
  @Length(1, 16)
  plate!: string;

  @Field({
    nullable: true,
    description: 'The barrier system’s event id: a replay is answered with the first decision (1–64).',
  })
  @IsOptional()
  @Length(1, 64)
  eventId?: string;

  @Field(() => Date, { nullable: true, description: 'When it happened (at most a day ago); now when empty.' })
  occurredAt?: Date;
}

@InputType({ description: 'Filters of the entry/exit log.' })
export class ParkingEventFilter {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => ID, { nullable: true, description: 'Lot.' })
  lotId?: string;

  @Field({ nullable: true, description: 'Part of the plate.' })
  @IsOptional()
  @MaxLength(16)
  plate?: string;

  @Field(() => GateDirection, { nullable: true, description: 'In or out.' })
  direction?: GateDirection;

  @Field(() => [ParkingDecision], { nullable: true, description: 'With these decisions.' })
  @IsOptional()
  @ArrayMaxSize(10)
  decisions?: ParkingDecision[];

  @Field(() => Date, { nullable: true, description: 'At or after.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Before.' })
  to?: Date;
}

@InputType({ description: 'Filters of the parking charges (fees of temporary stays).' })
export class ParkingChargeFilter {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => ID, { nullable: true, description: 'Lot the car parked in.' })
  lotId?: string;

  @Field({ nullable: true, description: 'Part of the plate.' })
  @IsOptional()
  @MaxLength(16)
  plate?: string;

  @Field(() => ParkingChargeStatus, { nullable: true, description: 'In this state only.' })
  status?: ParkingChargeStatus;

  @Field(() => Date, { nullable: true, description: 'Car left at or after.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Car left before.' })
  to?: Date;
}
