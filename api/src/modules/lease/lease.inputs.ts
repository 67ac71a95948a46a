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
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsCalendarDate } from '../../graphql/scalars.js';
import { FEE_PRICE } from '../fee/fee.inputs.js';
import { MoneyRounding } from '../fee/money.js';
import { EscalationKind, LeaseStatus, PaymentCycle } from './lease.enums.js';

const PRICE_MESSAGE = 'A price in yuan, at most 4 decimals, not negative';
/** A percentage or per mille with up to 2 decimals, under 1,000. */
const SMALL_DECIMAL = /^\d{1,3}(\.\d{1,2})?$/;

@InputType({ description: 'A stepped rent’s price from a date on.' })
export class RentStepInput {
  @Field({ description: 'First day (YYYY-MM-DD), inside the term, after its first day.' })
  @IsCalendarDate()
  @MaxLength(10)
  from!: string;

  @Field({ description: 'Rent from then on, yuan per m² per month, up to 4 decimals.' })
  @Matches(FEE_PRICE, { message: PRICE_MESSAGE })
  @MaxLength(13)
  price!: string;
}

@InputType({ description: 'Days from one date to another, both included.' })
export class DateSpanInput {
  @Field({ description: 'First day (YYYY-MM-DD).' })
  @IsCalendarDate()
  @MaxLength(10)
  from!: string;

  @Field({ description: 'Last day (YYYY-MM-DD), not before the first.' })
  @IsCalendarDate()
  @MaxLength(10)
  to!: string;
}

@InputType({ description: 'The terms of a lease: its term, rent and charges.' })
export class LeaseTermsInput {
  @Field({ description: 'Contract number (1–30), unique in the park, e.g. HT-2026-0042.' })
  @Length(1, 30)
  number!: string;

  @Field(() => [ID], { description: 'The units leased (1–50), of the park, not public areas or retired.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  unitIds!: string[];

  @Field({ description: 'First day of the term (YYYY-MM-DD).' })
  @IsCalendarDate()
  @MaxLength(10)
  startOn!: string;

  @Field({ description: 'Last day of the term, at most 20 years after the first.' })
  @IsCalendarDate()
  @MaxLength(10)
  endOn!: string;

  @Field(() => PaymentCycle, { description: 'Billed by month or quarter.' })
  paymentCycle!: PaymentCycle;

  @Field({ description: 'Rent, yuan per m² per month, up to 4 decimals.' })
  @Matches(FEE_PRICE, { message: PRICE_MESSAGE })
  @MaxLength(13)
  rentPrice!: string;

  @Field(() => MoneyRounding, {
    nullable: true,
    description: 'How rent lines round to fen; HALF_UP when omitted.',
  })
  @IsOptional()
  rentRounding?: MoneyRounding;

  @Field(() => EscalationKind, { nullable: true, description: 'How the rent rises; NONE when omitted.' })
  @IsOptional()
  escalation?: EscalationKind;

  @Field({ nullable: true, description: 'FIXED_PERCENT: yearly rise, % (0.01–50, up to 2 decimals).' })
  @IsOptional()
  @Matches(SMALL_DECIMAL, { message: 'A percentage with at most 2 decimals' })
  @MaxLength(6)
  escalationPercent?: string;

  @Field(() => [RentStepInput], { nullable: true, description: 'STEPPED: 1–20 steps, by date.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  rentSteps?: RentStepInput[];

  @Field(() => [DateSpanInput], {
    nullable: true,
    description: 'Rent-free periods (up to 10) inside the term, not overlapping.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  freePeriods?: DateSpanInput[];

  @Field(() => ID, {
    nullable: true,
    description: 'Property fee standard (per m² per month) billed with the rent.',
  })
  @IsOptional()
  propertyFeeStandardId?: string;

  @Field(() => Int, { nullable: true, description: 'Deposit, fen (0–2,000,000,000); 0 when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  depositFen?: number;

  @Field({
    nullable: true,
    description: 'Late fee per day overdue, ‰ (0–10, up to 2 decimals); 0 when omitted.',
  })
  @IsOptional()
  @Matches(SMALL_DECIMAL, { message: 'A per mille with at most 2 decimals' })
  @MaxLength(6)
  lateFeePermille?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Days from a bill’s issue to its due date (0–90); 15 when omitted.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(90)
  dueDays?: number;

  @Field({ nullable: true, description: 'Notes (up to 500).' })
  @IsOptional()
  @MaxLength(500)
  notes?: string;
}

@InputType({ description: 'A new lease draft.' })
export class CreateLeaseInput extends LeaseTermsInput {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => ID, { description: 'The tenant company, of the park and not moved out.' })
  tenantId!: string;
}

@InputType({ description: 'An early end of a lease.' })
export class TerminateLeaseInput {
  @Field({ description: 'Its last day (YYYY-MM-DD): today or later, inside the term.' })
  @IsCalendarDate()
  @MaxLength(10)
  lastDay!: string;

  @Field({ description: 'Why (1–200).' })
  @Length(1, 200)
  reason!: string;
}

@InputType({ description: 'Which leases.' })
export class LeaseFilter {
  @Field(() => ID, { nullable: true, description: 'Of this park.' })
  @IsOptional()
  parkId?: string;

  @Field(() => ID, { nullable: true, description: 'Of this tenant company.' })
  @IsOptional()
  tenantId?: string;

  @Field(() => [LeaseStatus], { nullable: true, description: 'In these statuses.' })
  @IsOptional()
  @ArrayMaxSize(5)
  statuses?: LeaseStatus[];

  @Field(() => Int, {
    nullable: true,
    description:
      'Active or signed leases whose term ends within this many days from today (1–366): expiring soon.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  expiringWithinDays?: number;

  @Field({ nullable: true, description: 'Contract number contains (1–30).' })
  @IsOptional()
  @Length(1, 30)
  number?: string;
}

@InputType({ description: 'The renewal of a lease, from the day after its last day.' })
export class RenewLeaseInput {
  @Field({ description: 'The renewal’s contract number (1–30), unique in the park.' })
  @Length(1, 30)
  number!: string;

  @Field({ description: 'The renewal’s last day (YYYY-MM-DD).' })
  @IsCalendarDate()
  @MaxLength(10)
  endOn!: string;

  @Field({
    nullable: true,
    description: 'Its rent, yuan per m² per month, up to 4 decimals; the old one when omitted.',
  })
  @IsOptional()
  @Matches(FEE_PRICE, { message: PRICE_MESSAGE })
  @MaxLength(13)
  rentPrice?: string;
}
