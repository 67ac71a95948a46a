import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsPlate } from '../../graphql/validate.js';
import { PHONE } from '../tenant/tenant.inputs.js';
import { VisitSource, VisitState } from './visitor.enums.js';

/** 17 digits and a digit or X; the check character is verified by the service. */
const ID_SHAPE = /^\d{17}[\dXx]$/;

@InputType({ description: 'A visitor to invite: new, or one the company has invited before (`visitorId`).' })
export class VisitorDetailsInput {
  @Field(() => ID, {
    nullable: true,
    description:
      '“Visit again”: a visitor of this company (from `companyVisitors`); the fields below update it.',
  })
  @IsOptional()
  @IsUUID()
  visitorId?: string;
  @Field({ description: 'Full name (1–50).' })
  @Length(1, 50)
  name!: string;
  @Field({ description: 'Mobile number (the pass is sent to it).' })
  @Matches(PHONE, { message: 'phone must be a mainland mobile number or a landline with area code' })
  @MaxLength(20)
  phone!: string;
  @Field({
    nullable: true,
    description: 'E-mail address (the pass is also sent there when e-mail is configured).',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(120)
  email?: string;
  @Field({ nullable: true, description: 'The visitor’s company (1–100).' })
  @IsOptional()
  @Length(1, 100)
  company?: string;
  @Field({
    nullable: true,
    description: '18-character resident ID-card number; its check digit is verified. Stored encrypted.',
  })
  @IsOptional()
  @Matches(ID_SHAPE, { message: 'idNumber must be 17 digits and a digit or X' })
  @MaxLength(18)
  idNumber?: string;
  @Field({ nullable: true, description: 'Vehicle plate, e.g. 粤B12345 or 粤BD12345 (new energy).' })
  @IsOptional()
  @IsPlate()
  @MaxLength(10)
  plate?: string;
  @Field(() => Int, { nullable: true, description: 'People coming along (0–50, default 0).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(50)
  companions?: number;
}

@InputType({ description: 'An invitation: one or more visitors sharing a purpose, a window and the areas.' })
export class InviteVisitorsInput {
  @Field(() => [VisitorDetailsInput], { description: 'Who is invited (1–20).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  visitors!: VisitorDetailsInput[];
  @Field({ description: 'Why they come (1–200), e.g. 商务洽谈.' })
  @Length(1, 200)
  purpose!: string;
  @Field({ description: 'Window start; not more than a day in the past.' })
  startsAt!: Date;
  @Field({ description: 'Window end: after the start, at most 7 days later.' })
  endsAt!: Date;
  @Field(() => [ID], {
    nullable: true,
    description: 'Buildings they may enter (of the host’s park; up to 20).',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  buildingIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Floors they may enter (of those buildings; up to 50).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  floorIds?: string[];
  @Field({ nullable: true, description: 'Send each visitor the pass now (default true).' })
  @IsOptional()
  notify?: boolean;
}

@InputType({ description: 'A walk-in registration typed on the kiosk.' })
export class WalkInInput {
  @Field(() => ID, { description: 'The host company (from `kioskDirectory`).' })
  @IsUUID()
  tenantId!: string;
  @Field(() => ID, { description: 'The host (from `kioskHosts`).' })
  @IsUUID()
  hostUserId!: string;
  @Field({ description: 'Full name (1–50).' })
  @Length(1, 50)
  name!: string;
  @Field({ description: 'Mobile number.' })
  @Matches(PHONE, { message: 'phone must be a mainland mobile number or a landline with area code' })
  @MaxLength(20)
  phone!: string;
  @Field({ nullable: true, description: 'The visitor’s company (1–100).' })
  @IsOptional()
  @Length(1, 100)
  company?: string;
  @Field({ description: 'Why they come (1–200).' })
  @Length(1, 200)
  purpose!: string;
  @Field({ nullable: true, description: '18-character ID-card number, optional; check digit verified.' })
  @IsOptional()
  @Matches(ID_SHAPE, { message: 'idNumber must be 17 digits and a digit or X' })
  @MaxLength(18)
  idNumber?: string;
  @Field({ nullable: true, description: 'Vehicle plate.' })
  @IsOptional()
  @IsPlate()
  @MaxLength(10)
  plate?: string;
  @Field(() => Int, { nullable: true, description: 'People coming along (0–50).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(50)
  companions?: number;
  @Field(() => Int, { nullable: true, description: 'Hours the pass should last (1–12, default 4).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  hours?: number;
}

@InputType({ description: 'Filters of the park’s visit log; all optional, combined with AND.' })
export class VisitFilter {
  @Field(() => ID, { description: 'Park.' })
  @IsUUID()
  parkId!: string;
  @Field(() => VisitState, { nullable: true, description: 'Approval state.' })
  @IsOptional()
  state?: VisitState;
  @Field(() => VisitSource, { nullable: true, description: 'Invitation or walk-in.' })
  @IsOptional()
  source?: VisitSource;
  @Field({ nullable: true, description: 'Windows starting at or after this instant.' })
  @IsOptional()
  from?: Date;
  @Field({ nullable: true, description: 'Windows starting before this instant.' })
  @IsOptional()
  to?: Date;
  @Field(() => ID, { nullable: true, description: 'One host company.' })
  @IsOptional()
  @IsUUID()
  tenantId?: string;
  @Field({ nullable: true, description: 'Part of the visitor’s name, the host’s name or the plate (1–50).' })
  @IsOptional()
  @Length(1, 50)
  search?: string;
}

@InputType({ description: 'Filters of the host company’s visits.' })
export class MyVisitFilter {
  @Field(() => VisitState, { nullable: true, description: 'Approval state.' })
  @IsOptional()
  state?: VisitState;
  @Field({ nullable: true, description: 'Only those the signed-in user hosts.' })
  @IsOptional()
  mine?: boolean;
  @Field({ nullable: true, description: 'Windows starting at or after this instant.' })
  @IsOptional()
  from?: Date;
  @Field({ nullable: true, description: 'Part of the visitor’s name or the plate (1–50).' })
  @IsOptional()
  @Length(1, 50)
  search?: string;
}

@InputType({
  description: 'A person to put on the park’s watchlist: a name with a phone, an ID number, or both.',
})
export class WatchlistEntryInput {
  @Field(() => ID, { description: 'Park.' })
  @IsUUID()
  parkId!: string;
  @Field({ description: 'Name (1–50).' })
  @Length(1, 50)
  name!: string;
  @Field({ nullable: true, description: 'Phone number (matched with the name).' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a mainland mobile number or a landline with area code' })
  @MaxLength(20)
  phone?: string;
  @Field({
    nullable: true,
    description: 'ID-card number (matched alone); check digit verified, stored encrypted.',
  })
  @IsOptional()
  @Matches(ID_SHAPE, { message: 'idNumber must be 17 digits and a digit or X' })
  @MaxLength(18)
  idNumber?: string;
  @Field({ description: 'Why (1–200).' })
  @Length(1, 200)
  reason!: string;
}
