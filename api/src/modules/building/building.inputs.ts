import { IsOptional, Length, Matches, Max, MaxLength, Min, NotEquals } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { registerOrderField, SortDirection } from '../../graphql/connection.js';

const CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/;
const CODE_MESSAGE = 'code must be 1–16 letters, digits or dashes';

/** Largest gross area of a building or floor, m² (the column holds less than 10¹⁰). */
export const MAX_BUILDING_AREA = 10_000_000;

@InputType({ description: 'A new building; its floors are created with it.' })
export class CreateBuildingInput {
  @Field(() => ID, { description: 'Park the building stands in.' })
  parkId!: string;

  @Field({ description: 'Code within the park, e.g. A1.' })
  @Matches(CODE, { message: CODE_MESSAGE })
  @MaxLength(16)
  code!: string;

  @Field({ description: 'Display name.' })
  @Length(1, 100)
  name!: string;

  @Field(() => Int, { description: 'Storeys above ground (1–200).' })
  @Min(1)
  @Max(200)
  floorsAbove!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Storeys below ground (0–10).' })
  @Min(0)
  @Max(10)
  floorsBelow!: number;

  @Field(() => Float, { description: 'Gross floor area, m².' })
  @Min(1)
  @Max(MAX_BUILDING_AREA)
  grossArea!: number;

  @Field(() => Int, { nullable: true, description: 'Year of completion.' })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  completedYear?: number;
}

@InputType({ description: 'Changes to a building; omitted fields stay as they are.' })
export class UpdateBuildingInput {
  @Field({ nullable: true, description: 'Code within the park.' })
  @IsOptional()
  @Matches(CODE, { message: CODE_MESSAGE })
  @MaxLength(16)
  code?: string;

  @Field({ nullable: true, description: 'Display name.' })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => Float, { nullable: true, description: 'Gross floor area, m².' })
  @IsOptional()
  @Min(1)
  @Max(MAX_BUILDING_AREA)
  grossArea?: number;

  @Field(() => Int, { nullable: true, description: 'Year of completion.' })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  completedYear?: number;
}

@InputType({ description: 'A new floor of a building (a storey added or missed at creation).' })
export class CreateFloorInput {
  @Field(() => ID, { description: 'Building.' })
  buildingId!: string;

  @Field(() => Int, { description: 'Level: 1 is the ground floor, -1 the first basement; never 0.' })
  @Min(-10)
  @Max(200)
  @NotEquals(0, { message: 'level 0 does not exist: 1 is the ground floor, -1 the first basement' })
  level!: number;

  @Field({ nullable: true, description: 'Display name; 3F or B1 from the level when omitted.' })
  @IsOptional()
  @Length(1, 32)
  name?: string;

  @Field(() => Float, { nullable: true, description: 'Gross floor area, m².' })
  @IsOptional()
  @Min(0)
  @Max(MAX_BUILDING_AREA)
  grossArea?: number;
}

@InputType({ description: 'Changes to a floor.' })
export class UpdateFloorInput {
  @Field({ nullable: true, description: 'Display name, e.g. 3F.' })
  @IsOptional()
  @Length(1, 32)
  name?: string;

  @Field(() => Float, { nullable: true, description: 'Gross floor area, m².' })
  @IsOptional()
  @Min(0)
  @Max(MAX_BUILDING_AREA)
  grossArea?: number;
}

@InputType({ description: 'Which buildings to list.' })
export class BuildingFilter {
  @Field(() => ID, { nullable: true, description: 'Only this park.' })
  @IsOptional()
  parkId?: string;

  @Field({ nullable: true, description: 'Part of the code or name.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;
}

export enum BuildingOrderField {
  CODE = 'code',
  NAME = 'name',
  GROSS_AREA = 'grossArea',
  CREATED_AT = 'createdAt',
}
registerOrderField(BuildingOrderField, 'BuildingOrderField', 'buildings');

@InputType({ description: 'Sort order of buildings.' })
export class BuildingOrder {
  @Field(() => BuildingOrderField, { description: 'Sort key.' })
  field!: BuildingOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  direction!: SortDirection;
}
