import { IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';

/** The most one payment moves, fen (GraphQL's Int; 21 million yuan). */
const MAX_FEN = 2_000_000_000;

import { Field, ID, InputType, Int } from 'type-graphql';

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
