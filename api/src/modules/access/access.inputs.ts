import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  AccessDecision,
  AccessDirection,
  AccessEventType,
  AccessPointKind,
  AccessReason,
  CredentialKind,
  CredentialStatus,
  SecurityEventKind,
  SecurityEventStatus,
} from './access.enums.js';

/** Most events one ingestion call takes. */
export const MAX_BATCH = 500;
/** A code the console and the devices show: letters, digits, '-', '_', '.'. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

@InputType({ description: 'A new access point.' })
export class CreateAccessPointInput {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field({ description: 'Code, unique in the park, e.g. A-1F-E01 (letters, digits, - _ .).' })
  @Length(1, 32)
  @Matches(CODE)
  code!: string;

  @Field({ description: 'Name, e.g. A栋大堂闸机1.' })
  @Length(1, 100)
  name!: string;

  @Field(() => AccessPointKind, { description: 'Kind of device.' })
  kind!: AccessPointKind;

  @Field({ description: 'The vendor’s device id its events carry; unique in the park.' })
  @Length(1, 64)
  @Matches(CODE)
  vendorDeviceId!: string;

  @Field(() => ID, { nullable: true, description: 'Building it is in.' })
  buildingId?: string;

  @Field(() => ID, { nullable: true, description: 'Floor it is on (of that building).' })
  floorId?: string;
}

@InputType({ description: 'Changes to an access point; omitted fields stay as they are.' })
export class UpdateAccessPointInput {
  @Field({ nullable: true, description: 'Name.' })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => AccessPointKind, { nullable: true, description: 'Kind of device.' })
  kind?: AccessPointKind;

  @Field({ nullable: true, description: 'The vendor’s device id.' })
  @IsOptional()
  @Length(1, 64)
  @Matches(CODE)
  vendorDeviceId?: string;

  @Field({ nullable: true, description: 'Disabled points grant nothing.' })
  active?: boolean;
}

@InputType({ description: 'Which access points.' })
export class AccessPointFilter {
  @Field(() => ID, { nullable: true, description: 'Of this park.' })
  parkId?: string;

  @Field(() => ID, { nullable: true, description: 'In this building.' })
  buildingId?: string;

  @Field(() => [AccessPointKind], { nullable: true, description: 'Of these kinds.' })
  @IsOptional()
  @ArrayMaxSize(4)
  kinds?: AccessPointKind[];

  @Field({ nullable: true, description: 'Code, name or device id contains this.' })
  @IsOptional()
  @MaxLength(64)
  search?: string;
}

@InputType({ description: 'A credential for one person.' })
export class CreateAccessCredentialInput {
  @Field(() => ID, { description: 'The holder: a tenant employee or a staff user of the park.' })
  holderId!: string;

  @Field(() => ID, { description: 'Park it opens in.' })
  parkId!: string;

  @Field(() => CredentialKind, { description: 'Card, QR pass or plate.' })
  kind!: CredentialKind;

  @Field({
    description:
      'Card number (4–32 hex digits or digits), QR pass reference (letters, digits, - _), or plate (e.g. 苏E12345, 苏ED12345).',
  })
  @Length(4, 32)
  identifier!: string;

  @Field(() => Date, { nullable: true, description: 'Valid from (default now).' })
  validFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Valid until (open when omitted).' })
  validUntil?: Date;
}

@InputType({ description: 'Which credentials.' })
export class AccessCredentialFilter {
  @Field(() => ID, { nullable: true, description: 'Of this park.' })
  parkId?: string;

  @Field(() => ID, { nullable: true, description: 'Held by this person.' })
  holderId?: string;

  @Field(() => ID, { nullable: true, description: 'Of this company’s employees.' })
  tenantId?: string;

  @Field(() => [CredentialKind], { nullable: true, description: 'Of these kinds.' })
  @IsOptional()
  @ArrayMaxSize(3)
  kinds?: CredentialKind[];

  @Field(() => [CredentialStatus], { nullable: true, description: 'In these states.' })
  @IsOptional()
  @ArrayMaxSize(3)
  statuses?: CredentialStatus[];

  @Field({ nullable: true, description: 'Identifier contains this.' })
  @IsOptional()
  @MaxLength(64)
  search?: string;
}

@InputType({ description: 'One weekly window of an access group.' })
export class ScheduleWindowInput {
  @Field(() => [Int], { description: 'ISO weekdays, 1 = Monday … 7 = Sunday.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  days!: number[];

  @Field(() => Int, { description: 'Start, minutes after midnight in the park’s zone (420 = 07:00).' })
  @IsInt()
  @Min(0)
  @Max(1439)
  start!: number;

  @Field(() => Int, {
    description: 'End, minutes after midnight (1320 = 22:00); not after start runs overnight.',
  })
  @IsInt()
  @Min(1)
  @Max(1440)
  end!: number;
}

@InputType({ description: 'A new access group.' })
export class CreateAccessGroupInput {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The company whose employees it is for (none: park staff).',
  })
  tenantId?: string;

  @Field({ description: 'Name, unique in the park, e.g. 星湖科技-办公区.' })
  @Length(1, 100)
  name!: string;

  @Field(() => [ID], { description: 'Access points it opens (of the park), at most 200.' })
  @ArrayMaxSize(200)
  pointIds!: string[];

  @Field(() => [ScheduleWindowInput], { description: 'When, at most 14 windows.' })
  @ArrayMaxSize(14)
  @ValidateNested({ each: true })
  schedule!: ScheduleWindowInput[];
}

@InputType({ description: 'Changes to an access group; omitted fields stay as they are.' })
export class UpdateAccessGroupInput {
  @Field({ nullable: true, description: 'Name.' })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces its access points.' })
  @IsOptional()
  @ArrayMaxSize(200)
  pointIds?: string[];

  @Field(() => [ScheduleWindowInput], { nullable: true, description: 'Replaces its schedule.' })
  @IsOptional()
  @ArrayMaxSize(14)
  @ValidateNested({ each: true })
  schedule?: ScheduleWindowInput[];
}

@InputType({ description: 'Whom to offer as a credential holder or group member.' })
export class AccessHolderFilter {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field({ nullable: true, description: 'Part of the name or login.' })
  @IsOptional()
  @MaxLength(50)
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Employees of this company only.' })
  tenantId?: string;

  @Field({ nullable: true, description: 'Park staff only (true) or company employees only (false).' })
  staff?: boolean;
}

@InputType({ description: 'Which access groups.' })
export class AccessGroupFilter {
  @Field(() => ID, { nullable: true, description: 'Of this park.' })
  parkId?: string;

  @Field(() => ID, { nullable: true, description: 'Of this company.' })
  tenantId?: string;
}

@InputType({ description: 'One event a device reported.' })
export class CreateAccessEventInput {
  @Field({
    description: 'The vendor’s event id; a replay with the same id (per point) is not recorded again.',
  })
  @Length(1, 64)
  vendorEventId!: string;

  @Field({ description: 'The device that reported it (an access point’s vendorDeviceId).' })
  @Length(1, 64)
  vendorDeviceId!: string;

  @Field(() => Date, { description: 'When it happened (not in the future).' })
  occurredAt!: Date;

  @Field(() => AccessEventType, { defaultValue: AccessEventType.PASS, description: 'What happened.' })
  type!: AccessEventType;

  @Field(() => AccessDecision, { description: 'What the device decided.' })
  decision!: AccessDecision;

  @Field(() => AccessReason, { nullable: true, description: 'Why; required when DENIED.' })
  reason?: AccessReason;

  @Field(() => AccessDirection, { description: 'In or out.' })
  direction!: AccessDirection;

  @Field(() => CredentialKind, { nullable: true, description: 'What was presented.' })
  credentialKind?: CredentialKind;

  @Field({ nullable: true, description: 'What the device read: card number, pass reference or plate.' })
  @IsOptional()
  @Length(1, 64)
  credentialRef?: string;
}

@InputType({ description: 'A batch of device events for one park.' })
export class IngestAccessEventsInput {
  @Field(() => ID, { description: 'Park (one of the key’s).' })
  parkId!: string;

  @Field(() => [CreateAccessEventInput], { description: `The events, 1 to ${MAX_BATCH}.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH)
  @ValidateNested({ each: true })
  events!: CreateAccessEventInput[];
}

@ArgsType()
export class AccessDecisionArgs {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field({ description: 'The device asking (an access point’s vendorDeviceId).' })
  @Length(1, 64)
  vendorDeviceId!: string;

  @Field(() => CredentialKind, { description: 'What was presented.' })
  credentialKind!: CredentialKind;

  @Field({ description: 'What the device read: card number, pass reference or plate.' })
  @Length(1, 64)
  credentialRef!: string;
}

@InputType({ description: 'Which access events.' })
export class AccessEventFilter {
  @Field(() => ID, { nullable: true, description: 'Of this park.' })
  parkId?: string;

  @Field(() => ID, { nullable: true, description: 'At this access point.' })
  pointId?: string;

  @Field(() => ID, { nullable: true, description: 'Of this person.' })
  holderId?: string;

  @Field(() => ID, { nullable: true, description: 'Of this company’s employees.' })
  tenantId?: string;

  @Field(() => AccessDecision, { nullable: true, description: 'Granted or denied only.' })
  decision?: AccessDecision;

  @Field(() => [AccessEventType], { nullable: true, description: 'Of these types.' })
  @IsOptional()
  @ArrayMaxSize(4)
  types?: AccessEventType[];

  @Field(() => Date, { nullable: true, description: 'From this time on.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Before this time.' })
  to?: Date;

  @Field({ nullable: true, description: 'The credential read is exactly this.' })
  @IsOptional()
  @MaxLength(64)
  credentialRef?: string;
}

@InputType({ description: 'Which security events.' })
export class SecurityEventFilter {
  @Field(() => ID, { nullable: true, description: 'Of this park.' })
  parkId?: string;

  @Field(() => [SecurityEventStatus], { nullable: true, description: 'In these states.' })
  @IsOptional()
  @ArrayMaxSize(3)
  statuses?: SecurityEventStatus[];

  @Field(() => [SecurityEventKind], { nullable: true, description: 'Of these kinds.' })
  @IsOptional()
  @ArrayMaxSize(4)
  kinds?: SecurityEventKind[];
}

@InputType({ description: 'A guard’s step on a security event.' })
export class UpdateSecurityEventInput {
  @Field({ nullable: true, description: 'What was found or done.' })
  @IsOptional()
  @Length(1, 500)
  note?: string;
}
