import {
  ArrayMaxSize,
  IsEmail,
  IsOptional,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { registerOrderField, SortDirection } from '../../graphql/connection.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { TenantStatus } from './tenant.entity.js';

/** Mainland mobile numbers, or landlines with area code (0512-62881234). */
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

@InputType({ description: 'A contact person.' })
export class TenantContactInput {
  @Field({ description: 'Full name.' })
  @Length(1, 50)
  name!: string;

  @Field({ nullable: true, description: 'Job title.' })
  @IsOptional()
  @Length(1, 50)
  title?: string;

  @Field({ description: 'Mobile (11 digits) or landline with area code.' })
  @Matches(PHONE, { message: 'phone must be a mainland mobile number or a landline with area code' })
  @MaxLength(20)
  phone!: string;

  @Field({ nullable: true, description: 'E-mail address.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(120)
  email?: string;

  @Field({
    defaultValue: false,
    description: 'The first person to call; the first contact when none is marked.',
  })
  isPrimary!: boolean;
}

@InputType({ description: 'A new tenant company.' })
export class CreateTenantCompanyInput {
  @Field(() => ID, { description: 'Park the company is in.' })
  parkId!: string;

  @Field({ description: 'Registered name.' })
  @Length(2, 100)
  name!: string;

  @Field({ nullable: true, description: 'Short name.' })
  @IsOptional()
  @Length(1, 40)
  shortName?: string;

  @Field({ description: 'Unified social credit code; its check digit is verified.' })
  @MaxLength(18)
  uscc!: string;

  @Field({ description: 'GB/T 4754-2017 division code, e.g. C39 (see the industries query).' })
  @MaxLength(4)
  industryCode!: string;

  @Field({ nullable: true, description: 'Legal representative.' })
  @IsOptional()
  @Length(1, 50)
  legalRepresentative?: string;

  @Field(() => Int, { nullable: true, description: 'Number of employees.' })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  employeeCount?: number;

  @Field(() => TenantStatus, { defaultValue: TenantStatus.ONBOARDING, description: 'Stay in the park.' })
  status!: TenantStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Move-in date.' })
  @IsOptional()
  moveInDate?: string;

  @Field({ nullable: true, description: 'Web site (https://...).' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(200)
  website?: string;

  @Field({ nullable: true, description: 'What the company does.' })
  @IsOptional()
  @Length(0, 2000)
  description?: string;

  @Field(() => [TenantContactInput], { defaultValue: [], description: 'Contact people, at most 20.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  contacts!: TenantContactInput[];
}

@InputType({ description: 'Changes to a tenant company; omitted fields stay as they are.' })
export class UpdateTenantCompanyInput {
  @Field({ nullable: true, description: 'Registered name.' })
  @IsOptional()
  @Length(2, 100)
  name?: string;

  @Field({ nullable: true, description: 'Short name.' })
  @IsOptional()
  @Length(1, 40)
  shortName?: string;

  @Field({ nullable: true, description: 'Unified social credit code.' })
  @IsOptional()
  @MaxLength(18)
  uscc?: string;

  @Field({ nullable: true, description: 'GB/T 4754-2017 division code.' })
  @IsOptional()
  @MaxLength(4)
  industryCode?: string;

  @Field({ nullable: true, description: 'Legal representative.' })
  @IsOptional()
  @Length(1, 50)
  legalRepresentative?: string;

  @Field(() => Int, { nullable: true, description: 'Number of employees.' })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  employeeCount?: number;

  @Field(() => TenantStatus, { nullable: true, description: 'Stay in the park.' })
  @IsOptional()
  status?: TenantStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Move-in date.' })
  @IsOptional()
  moveInDate?: string;

  @Field({ nullable: true, description: 'Web site.' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(200)
  website?: string;

  @Field({ nullable: true, description: 'What the company does.' })
  @IsOptional()
  @Length(0, 2000)
  description?: string;

  @Field(() => [TenantContactInput], { nullable: true, description: 'Replaces all contacts when given.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  contacts?: TenantContactInput[];
}

@InputType({ description: 'Which tenant companies to list.' })
export class TenantCompanyFilter {
  @Field(() => ID, { nullable: true, description: 'Only this park.' })
  @IsOptional()
  parkId?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Any of these industry codes (division C39 or section C).',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(4, { each: true })
  industryCodes?: string[];

  @Field(() => [TenantStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(5)
  statuses?: TenantStatus[];

  @Field({ nullable: true, description: 'Part of the name, short name or credit code.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;
}

export enum TenantCompanyOrderField {
  NAME = 'name',
  CREATED_AT = 'createdAt',
}
registerOrderField(TenantCompanyOrderField, 'TenantCompanyOrderField', 'tenant companies');

@InputType({ description: 'Sort order of tenant companies.' })
export class TenantCompanyOrder {
  @Field(() => TenantCompanyOrderField, { description: 'Sort key.' })
  field!: TenantCompanyOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  direction!: SortDirection;
}
