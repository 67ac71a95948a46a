import { ArrayMaxSize, IsIn, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { registerOrderField, SortDirection } from '../../graphql/connection.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { EquipmentCategory, EquipmentStatus } from './equipment.entity.js';
import { EquipmentEventKind } from './equipment-event.entity.js';

const CODE = /^[A-Z0-9][A-Z0-9-]{2,39}$/;
const CODE_MESSAGE = 'code must be 3–40 upper-case letters, digits or dashes';

@InputType({ description: 'Where equipment is: a unit, a floor or a building, and/or a note.' })
export class EquipmentLocationInput {
  @Field(() => ID, { nullable: true, description: 'Building; implied by floorId or unitId.' })
  @IsOptional()
  buildingId?: string;

  @Field(() => ID, { nullable: true, description: 'Floor; implied by unitId.' })
  @IsOptional()
  floorId?: string;

  @Field(() => ID, { nullable: true, description: 'Unit (room, plant room, shaft).' })
  @IsOptional()
  unitId?: string;

  @Field({ nullable: true, description: 'Free-text place: 屋顶, 地下车库 B1 东侧...' })
  @IsOptional()
  @Length(1, 200)
  note?: string;
}

@InputType({ description: 'A new asset for the equipment ledger.' })
export class CreateEquipmentInput {
  @Field(() => ID, { description: 'Park that owns the equipment.' })
  parkId!: string;

  @Field({ description: 'Unique digital code for the QR label, e.g. SZXH-ELV-A1-01.' })
  @Matches(CODE, { message: CODE_MESSAGE })
  @MaxLength(40)
  code!: string;

  @Field({ description: 'Display name.' })
  @Length(1, 100)
  name!: string;

  @Field(() => EquipmentCategory, { description: 'Kind of equipment.' })
  category!: EquipmentCategory;

  @Field(() => EquipmentStatus, { defaultValue: EquipmentStatus.RUNNING, description: 'Operating state.' })
  status!: EquipmentStatus;

  @Field(() => EquipmentLocationInput, { description: 'Where it is installed.' })
  location!: EquipmentLocationInput;

  @Field({ nullable: true, description: 'Maker.' })
  @IsOptional()
  @Length(1, 100)
  manufacturer?: string;

  @Field({ nullable: true, description: 'Model.' })
  @IsOptional()
  @Length(1, 100)
  model?: string;

  @Field({ nullable: true, description: 'Serial number.' })
  @IsOptional()
  @Length(1, 100)
  serialNumber?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date installed; not in the future.' })
  @IsOptional()
  installDate?: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day of the warranty; not before installation.',
  })
  @IsOptional()
  warrantyEnd?: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Technical parameters by name (at most 8 KB).',
  })
  @IsOptional()
  parameters?: Record<string, unknown>;
}

@InputType({ description: 'Changes to equipment details; status changes go through changeEquipmentStatus.' })
export class UpdateEquipmentInput {
  @Field({ nullable: true, description: 'Display name.' })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => EquipmentCategory, { nullable: true, description: 'Kind of equipment.' })
  @IsOptional()
  category?: EquipmentCategory;

  @Field(() => EquipmentLocationInput, { nullable: true, description: 'New place; recorded as a move.' })
  @IsOptional()
  location?: EquipmentLocationInput;

  @Field({ nullable: true, description: 'Maker.' })
  @IsOptional()
  @Length(1, 100)
  manufacturer?: string;

  @Field({ nullable: true, description: 'Model.' })
  @IsOptional()
  @Length(1, 100)
  model?: string;

  @Field({ nullable: true, description: 'Serial number.' })
  @IsOptional()
  @Length(1, 100)
  serialNumber?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date installed.' })
  @IsOptional()
  installDate?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of the warranty.' })
  @IsOptional()
  warrantyEnd?: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Replaces the technical parameters.' })
  @IsOptional()
  parameters?: Record<string, unknown>;
}

/** Kinds a person records by hand; the others follow from changes. */
export const RECORDABLE_KINDS = [
  EquipmentEventKind.INSPECTED,
  EquipmentEventKind.MAINTAINED,
  EquipmentEventKind.REPAIRED,
];

@InputType({ description: 'An inspection, maintenance or repair done on equipment.' })
export class RecordEquipmentEventInput {
  @Field(() => EquipmentEventKind, { description: 'INSPECTED, MAINTAINED or REPAIRED.' })
  @IsIn(RECORDABLE_KINDS, { message: 'kind must be INSPECTED, MAINTAINED or REPAIRED' })
  kind!: EquipmentEventKind;

  @Field({ nullable: true, description: 'When it happened; now when omitted; never in the future.' })
  @IsOptional()
  occurredAt?: Date;

  @Field({ nullable: true, description: 'What was done or found.' })
  @IsOptional()
  @Length(1, 500)
  note?: string;
}

@InputType({ description: 'Which equipment to list.' })
export class EquipmentFilter {
  @Field(() => ID, { nullable: true, description: 'Only this park.' })
  @IsOptional()
  parkId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this building.' })
  @IsOptional()
  buildingId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this floor.' })
  @IsOptional()
  floorId?: string;

  @Field(() => [EquipmentCategory], { nullable: true, description: 'Any of these categories.' })
  @IsOptional()
  @ArrayMaxSize(20)
  categories?: EquipmentCategory[];

  @Field(() => [EquipmentStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(10)
  statuses?: EquipmentStatus[];

  @Field(() => LocalDateScalar, { nullable: true, description: 'Warranty ends on or before this date.' })
  @IsOptional()
  warrantyEndsBefore?: string;

  @Field({ nullable: true, description: 'Part of the code, name, maker or model.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only these (at most 100, a page), e.g. the labels to print.',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[];
}

export enum EquipmentOrderField {
  CODE = 'code',
  NAME = 'name',
  CATEGORY = 'category',
  STATUS = 'status',
  UPDATED_AT = 'updatedAt',
}
registerOrderField(EquipmentOrderField, 'EquipmentOrderField', 'equipment');

@InputType({ description: 'Sort order of equipment.' })
export class EquipmentOrder {
  @Field(() => EquipmentOrderField, { description: 'Sort key.' })
  field!: EquipmentOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  direction!: SortDirection;
}
