import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsCalendarDate } from '../../graphql/scalars.js';
import { MeterKind } from '../energy/energy.enums.js';
import { FeeBasis, FeeItem } from './fee.enums.js';
import { MoneyRounding } from './money.js';

/** A price in yuan: up to 4 decimals (1/100 fen), no sign, no exponent, under 100 million. */
export const FEE_PRICE = /^\d{1,8}(\.\d{1,4})?$/;
const PRICE_MESSAGE = 'A price in yuan, at most 4 decimals, not negative';

@InputType({ description: 'A new fee standard with its first price.' })
export class CreateFeeStandardInput {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field({ description: 'Code (1–30: letters, digits, -, _), unique in the park.' })
  @Length(1, 30)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'Letters, digits, - and _ only' })
  code!: string;

  @Field({ description: 'Name (1–60), e.g. 物业管理费（研发楼）.' })
  @Length(1, 60)
  name!: string;

  @Field(() => FeeItem, { description: 'What it charges for.' })
  item!: FeeItem;

  @Field(() => FeeBasis, { description: 'What its price is per.' })
  basis!: FeeBasis;

  @Field(() => MeterKind, {
    nullable: true,
    description: 'UTILITY: the kind of meter (required then, else empty).',
  })
  @IsOptional()
  meterKind?: MeterKind;

  @Field(() => MoneyRounding, {
    description: 'How each line’s amount is rounded to fen; fixed once created.',
  })
  rounding!: MoneyRounding;

  @Field({ nullable: true, description: 'Notes (up to 500).' })
  @IsOptional()
  @MaxLength(500)
  description?: string;

  @Field({ description: 'Its first price, yuan per basis, up to 4 decimals (e.g. "6.5").' })
  @Matches(FEE_PRICE, { message: PRICE_MESSAGE })
  @MaxLength(13)
  price!: string;

  @Field({ description: 'First day the price applies (YYYY-MM-DD, park time).' })
  @IsCalendarDate()
  @MaxLength(10)
  effectiveFrom!: string;
}

@InputType({
  description: 'Changes to a fee standard; omitted fields stay. Its item, basis and rounding stay.',
})
export class UpdateFeeStandardInput {
  @Field({ nullable: true, description: 'Name (1–60).' })
  @IsOptional()
  @Length(1, 60)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Notes (up to 500); empty clears them.' })
  @IsOptional()
  @MaxLength(500)
  description?: string;

  @Field({ nullable: true, description: 'Offered for new leases and charges.' })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'A new price of a fee standard from a date on.' })
export class AddFeeRateInput {
  @Field(() => ID, { description: 'The fee standard.' })
  standardId!: string;

  @Field({ description: 'First day it applies (YYYY-MM-DD, park time): today or later.' })
  @IsCalendarDate()
  @MaxLength(10)
  effectiveFrom!: string;

  @Field({ description: 'Price, yuan per basis, up to 4 decimals.' })
  @Matches(FEE_PRICE, { message: PRICE_MESSAGE })
  @MaxLength(13)
  price!: string;
}
