import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { registerOrderField, SortDirection } from '../../graphql/connection.js';
import { UnitStatus, UnitType } from './unit.entity.js';

const CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;
const CODE_MESSAGE = 'code must be 1–32 letters, digits or dashes';

/** Largest area of one unit, m² (the column holds less than 10⁸). */
export const MAX_UNIT_AREA = 1_000_000;

@InputType({ description: 'A new unit on a floor.' })
export class CreateUnitInput {
  @Field(() => ID, { description: 'Floor the unit is on; its building and park follow from it.' })
  floorId!: string;

  @Field({ description: 'Room number, unique within the building.' })
  @Matches(CODE, { message: CODE_MESSAGE })
  @MaxLength(32)
  code!: string;

  @Field(() => UnitType, { description: 'Use of the space.' })
  type!: UnitType;

  @Field(() => UnitStatus, {
    defaultValue: UnitStatus.VACANT,
    description: 'Letting state; VACANT when omitted.',
  })
  status!: UnitStatus;

  @Field(() => Float, { description: 'Gross area, m² (> 0).' })
  @Min(0.01)
  @Max(MAX_UNIT_AREA)
  grossArea!: number;

  @Field(() => Float, { description: 'Usable area, m² (> 0, at most the gross area).' })
  @Min(0.01)
  @Max(MAX_UNIT_AREA)
  usableArea!: number;

  @Field(() => ID, { nullable: true, description: 'Occupying tenant company (for LEASED or RESERVED).' })
  @IsOptional()
  tenantId?: string;
}

@InputType({ description: 'Changes to a unit; omitted fields stay as they are.' })
export class UpdateUnitInput {
  @Field({ nullable: true, description: 'Room number.' })
  @IsOptional()
  @Matches(CODE, { message: CODE_MESSAGE })
  @MaxLength(32)
  code?: string;

  @Field(() => UnitType, { nullable: true, description: 'Use of the space.' })
  @IsOptional()
  type?: UnitType;

  @Field(() => UnitStatus, { nullable: true, description: 'Letting state.' })
  @IsOptional()
  status?: UnitStatus;

  @Field(() => Float, { nullable: true, description: 'Gross area, m².' })
  @IsOptional()
  @Min(0.01)
  @Max(MAX_UNIT_AREA)
  grossArea?: number;

  @Field(() => Float, { nullable: true, description: 'Usable area, m².' })
  @IsOptional()
  @Min(0.01)
  @Max(MAX_UNIT_AREA)
  usableArea?: number;

  @Field(() => ID, { nullable: true, description: 'Occupying tenant company.' })
  @IsOptional()
  tenantId?: string;

  @Field({
    nullable: true,
    description: 'True removes the occupying tenant (with a status that allows none).',
  })
  @IsOptional()
  clearTenant?: boolean;
}

@InputType({ description: 'Which units to list; all given conditions must hold.' })
export class UnitFilter {
  @Field(() => ID, { nullable: true, description: 'Only this park.' })
  @IsOptional()
  parkId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this building.' })
  @IsOptional()
  buildingId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this floor.' })
  @IsOptional()
  floorId?: string;

  @Field(() => ID, { nullable: true, description: 'Only units of this tenant company.' })
  @IsOptional()
  tenantId?: string;

  @Field(() => [UnitType], { nullable: true, description: 'Any of these types.' })
  @IsOptional()
  @ArrayMaxSize(10)
  types?: UnitType[];

  @Field(() => [UnitStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(10)
  statuses?: UnitStatus[];

  @Field(() => Float, { nullable: true, description: 'Gross area at least, m².' })
  @IsOptional()
  @Min(0)
  @Max(MAX_UNIT_AREA)
  minArea?: number;

  @Field(() => Float, { nullable: true, description: 'Gross area at most, m².' })
  @IsOptional()
  @Min(0)
  @Max(MAX_UNIT_AREA)
  maxArea?: number;

  @Field({ nullable: true, description: 'Part of the room number.' })
  @IsOptional()
  @Length(1, 32)
  search?: string;
}

export enum UnitOrderField {
  CODE = 'code',
  GROSS_AREA = 'grossArea',
  USABLE_AREA = 'usableArea',
  STATUS = 'status',
  CREATED_AT = 'createdAt',
}
registerOrderField(UnitOrderField, 'UnitOrderField', 'units');

@InputType({ description: 'Sort order of units.' })
export class UnitOrder {
  @Field(() => UnitOrderField, { description: 'Sort key.' })
  field!: UnitOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  direction!: SortDirection;
}
