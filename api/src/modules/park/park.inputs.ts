import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { registerOrderField, SortDirection } from '../../graphql/connection.js';

const CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
const CODE_MESSAGE = 'code must be 2–32 upper-case letters, digits or dashes';

/** Largest land area a park may declare, m² (100 km²; the column holds less than 10¹⁰). */
export const MAX_LAND_AREA = 100_000_000;

@InputType({ description: 'A new park.' })
export class CreateParkInput {
  @Field({ description: 'Operator code, unique, e.g. SZ-XH.' })
  @Matches(CODE, { message: CODE_MESSAGE })
  @MaxLength(32)
  code!: string;

  @Field({ description: 'Display name.' })
  @Length(2, 100)
  name!: string;

  @Field({ description: 'City.' })
  @Length(2, 50)
  city!: string;

  @Field({ description: 'Street address.' })
  @Length(2, 200)
  address!: string;

  @Field({ nullable: true, description: 'IANA time zone; Asia/Shanghai when omitted.' })
  @IsOptional()
  @MaxLength(64)
  timeZone?: string;

  @Field(() => Float, { nullable: true, description: 'Land area, m².' })
  @IsOptional()
  @Min(0)
  @Max(MAX_LAND_AREA)
  landArea?: number;
}

@InputType({ description: 'Changes to a park; omitted fields stay as they are.' })
export class UpdateParkInput {
  @Field({ nullable: true, description: 'Operator code.' })
  @IsOptional()
  @Matches(CODE, { message: CODE_MESSAGE })
  @MaxLength(32)
  code?: string;

  @Field({ nullable: true, description: 'Display name.' })
  @IsOptional()
  @Length(2, 100)
  name?: string;

  @Field({ nullable: true, description: 'City.' })
  @IsOptional()
  @Length(2, 50)
  city?: string;

  @Field({ nullable: true, description: 'Street address.' })
  @IsOptional()
  @Length(2, 200)
  address?: string;

  @Field({ nullable: true, description: 'IANA time zone.' })
  @IsOptional()
  @MaxLength(64)
  timeZone?: string;

  @Field(() => Float, { nullable: true, description: 'Land area, m².' })
  @IsOptional()
  @Min(0)
  @Max(MAX_LAND_AREA)
  landArea?: number;
}

@InputType({ description: 'Which parks to list.' })
export class ParkFilter {
  @Field({ nullable: true, description: 'Part of the name, code or city.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;
}

export enum ParkOrderField {
  NAME = 'name',
  CODE = 'code',
  CREATED_AT = 'createdAt',
}
registerOrderField(ParkOrderField, 'ParkOrderField', 'parks');

@InputType({ description: 'Sort order of parks.' })
export class ParkOrder {
  @Field(() => ParkOrderField, { description: 'Sort key.' })
  field!: ParkOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  direction!: SortDirection;
}
