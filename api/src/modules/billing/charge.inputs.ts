import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsCalendarDate } from '../../graphql/scalars.js';
import { PERIOD } from './billing.inputs.js';

/** A quantity: uses or months, up to 2 decimals, more than 0 and under 10,000. */
export const CHARGE_QUANTITY = /^(?!0+(\.0+)?$)\d{1,4}(\.\d{1,2})?$/;

@InputType({ description: 'A one-off charge to a company, priced by a fee standard.' })
export class AddBillChargeInput {
  @Field(() => ID, { description: 'The company charged.' })
  tenantId!: string;

  @Field(() => ID, {
    description:
      'The fee standard it is priced by: parking, room booking, service or repair, per use or per month.',
  })
  standardId!: string;

  @Field({
    description: 'The day of the service (YYYY-MM-DD, park time): from the first day of last month to today.',
  })
  @IsCalendarDate()
  @MaxLength(10)
  chargedOn!: string;

  @Field({ description: 'Uses or months, more than 0, under 10,000, up to 2 decimals (e.g. "2" or "1.5").' })
  @Matches(CHARGE_QUANTITY, { message: 'A quantity over 0 and under 10,000, at most 2 decimals' })
  @MaxLength(7)
  quantity!: string;

  @Field({ description: 'What it was (1–200), printed on the bill line, e.g. 3 号会议室 2 小时.' })
  @Length(1, 200)
  description!: string;
}

@InputType({ description: 'Why a charge is withdrawn.' })
export class CancelBillChargeInput {
  @Field({ description: 'Reason (1–200).' })
  @Length(1, 200)
  reason!: string;
}

@InputType({ description: 'Which charges.' })
export class BillChargeFilter {
  @Field(() => ID, { nullable: true, description: 'Of this park.' })
  @IsOptional()
  parkId?: string;

  @Field(() => ID, { nullable: true, description: 'Of this company.' })
  @IsOptional()
  tenantId?: string;

  @Field({ nullable: true, description: 'Made for days of this month, YYYY-MM.' })
  @IsOptional()
  @Matches(PERIOD, { message: 'A month written YYYY-MM' })
  @MaxLength(7)
  month?: string;

  @Field({ nullable: true, description: 'Include cancelled ones (default: no).' })
  @IsOptional()
  includeCancelled?: boolean;
}
