import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { BillStatus } from './billing.enums.js';

/** A month, `YYYY-MM`. */
export const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

@InputType({ description: 'A bill run to start.' })
export class StartBillRunInput {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field({ description: 'The month to bill, YYYY-MM: at most next month.' })
  @Matches(PERIOD, { message: 'A month written YYYY-MM' })
  @MaxLength(7)
  period!: string;
}

@InputType({ description: 'Which bills.' })
export class BillFilter {
  @Field(() => ID, { nullable: true, description: 'Of this park.' })
  @IsOptional()
  parkId?: string;

  @Field(() => ID, { nullable: true, description: 'Of this company.' })
  @IsOptional()
  tenantId?: string;

  @Field({ nullable: true, description: 'Of this month, YYYY-MM.' })
  @IsOptional()
  @Matches(PERIOD, { message: 'A month written YYYY-MM' })
  @MaxLength(7)
  period?: string;

  @Field(() => [BillStatus], { nullable: true, description: 'In these statuses.' })
  @IsOptional()
  @ArrayMaxSize(5)
  statuses?: BillStatus[];

  @Field({ nullable: true, description: 'Bill number contains (1–30).' })
  @IsOptional()
  @Length(1, 30)
  number?: string;
}

@InputType({ description: 'Why a bill is withdrawn.' })
export class VoidBillInput {
  @Field({ description: 'Reason (1–200).' })
  @Length(1, 200)
  reason!: string;
}
