import { IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';

/** The most one payment moves, fen (GraphQL's Int; 21 million yuan). */
const MAX_FEN = 2_000_000_000;

import { ArrayMaxSize, IsIn, IsISO8601 } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PaymentIntentStatus, PaymentProviderName } from './payment.enums.js';
import { DifferenceResolution } from './reconciliation/reconciliation.entity.js';

/** An idempotency key: the client makes one per payment attempt (a UUID does). */
const KEY = /^[A-Za-z0-9_-]{8,64}$/;

@InputType({ description: 'A bill of the company to pay online.' })
export class PayBillInput {
  @Field(() => ID, { description: 'The bill.' })
  billId!: string;

  @Field(() => Int, { nullable: true, description: 'How much, fen (default: everything owed).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  amountFen?: number | null;

  @Field(() => String, { nullable: true, description: 'Currency; only CNY.' })
  @IsOptional()
  @MaxLength(3)
  currency?: string | null;

  @Field({
    description:
      'The client’s key of this attempt (8–64 of A–Z a–z 0–9 _ -): sent again, it answers the same.',
  })
  @Matches(KEY, { message: '8–64 letters, digits, _ or -' })
  @MaxLength(64)
  idempotencyKey!: string;
}

@InputType({ description: 'A bill paid at the lobby kiosk, identified as printed on it.' })
export class KioskPayInput {
  @Field({ description: 'The bill number.' })
  @Length(1, 30)
  number!: string;

  @Field({ description: 'The six-digit check code printed beside it.' })
  @Matches(/^\d{6}$/, { message: 'Six digits' })
  @MaxLength(6)
  checkCode!: string;

  @Field(() => Int, { nullable: true, description: 'How much, fen (default: everything owed).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  amountFen?: number | null;

  @Field(() => String, { nullable: true, description: 'Currency; only CNY.' })
  @IsOptional()
  @MaxLength(3)
  currency?: string | null;

  @Field({ description: 'The kiosk’s key of this attempt: sent again, it answers the same.' })
  @Matches(KEY, { message: '8–64 letters, digits, _ or -' })
  @MaxLength(64)
  idempotencyKey!: string;
}

@InputType({ description: 'A refund of (part of) a payment.' })
export class RefundPaymentInput {
  @Field(() => ID, { description: 'The payment (intent).' })
  intentId!: string;

  @Field(() => Int, { description: 'How much, fen.' })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  amountFen!: number;

  @Field(() => String, { nullable: true, description: 'Why (shown to the payer by the provider).' })
  @IsOptional()
  @MaxLength(200)
  note?: string | null;
}

@InputType({ description: 'Which payments.' })
export class PaymentFilter {
  @Field(() => ID, { nullable: true, description: 'Of this park.' })
  @IsOptional()
  parkId?: string;

  @Field(() => ID, { nullable: true, description: 'Of this company.' })
  @IsOptional()
  tenantId?: string;

  @Field(() => [PaymentIntentStatus], { nullable: true, description: 'In these states.' })
  @IsOptional()
  @ArrayMaxSize(4)
  statuses?: PaymentIntentStatus[];

  @Field(() => String, { nullable: true, description: 'Our order number contains this.' })
  @IsOptional()
  @MaxLength(32)
  outTradeNo?: string;
}

@InputType({ description: 'A provider’s statement of a day to reconcile.' })
export class ReconcilePaymentsInput {
  @Field({ description: 'The day (China time), YYYY-MM-DD; a day that has ended.' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  billDate!: string;

  @Field(() => PaymentProviderName, {
    nullable: true,
    description: 'Whose statement (default: the one configured).',
  })
  @IsOptional()
  @IsIn(Object.values(PaymentProviderName))
  provider?: PaymentProviderName | null;
}

@InputType({ description: 'How a reconciliation difference is resolved.' })
export class ResolvePaymentDifferenceInput {
  @Field(() => DifferenceResolution, {
    description:
      'BOOKED: book it from the provider’s answer (a payment held unpaid); ACCEPTED: explained (note).',
  })
  action!: DifferenceResolution;

  @Field(() => String, { nullable: true, description: 'How it is explained.' })
  @IsOptional()
  @MaxLength(200)
  note?: string | null;
}
