import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PaymentProviderName } from '../payment.enums.js';
import {
  DifferenceKind,
  DifferenceResolution,
  type Reconciliation,
  type ReconciliationDifference,
  ReconciliationStatus,
} from './reconciliation.entity.js';

registerEnumType(ReconciliationStatus, {
  name: 'ReconciliationStatus',
  description: 'Where a reconciliation stands.',
  valuesConfig: {
    RUNNING: { description: 'Downloading and comparing' },
    DONE: { description: 'Compared' },
    FAILED: { description: 'The statement could not be had or read (see error)' },
  },
});
registerEnumType(DifferenceKind, {
  name: 'PaymentDifferenceKind',
  description: 'How the statement and the ledger differ.',
  valuesConfig: {
    MISSING_LOCALLY: { description: 'The provider took money for an order we do not know 本地缺失' },
    MISSING_AT_PROVIDER: { description: 'Our ledger holds what the provider does not 渠道缺失' },
    AMOUNT_MISMATCH: { description: 'Both hold it, with other amounts 金额不符' },
    STATUS_MISMATCH: { description: 'We hold the order unpaid (or the refund unbooked) 状态不符' },
  },
});
registerEnumType(DifferenceResolution, {
  name: 'PaymentDifferenceResolution',
  description: 'How a difference was resolved.',
  valuesConfig: {
    BOOKED: { description: 'Booked from the provider’s answer' },
    ACCEPTED: { description: 'Explained (see the note)' },
  },
});

@ObjectType('PaymentReconciliation', {
  description: 'A provider’s statement of a day compared with the ledger.',
})
export class ReconciliationType {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => PaymentProviderName, { description: 'Whose statement.' })
  provider!: PaymentProviderName;

  @Field({ description: 'The day, YYYY-MM-DD (China time).' })
  billDate!: string;

  @Field(() => ReconciliationStatus, { description: 'Where it stands.' })
  status!: ReconciliationStatus;

  @Field(() => Int, { description: 'Rows in the statement.' })
  statementRows!: number;

  @Field(() => Int, { description: 'Completed movements found alike on both sides.' })
  matched!: number;

  @Field(() => Int, { description: 'Differences found.' })
  differences!: number;

  @Field(() => String, { nullable: true, description: 'Why it failed.' })
  error!: string | null;

  @Field({ description: 'When it was started.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it finished.' })
  finishedAt!: Date | null;
}

@ObjectType('PaymentDifference', { description: 'One difference between a statement and the ledger.' })
export class DifferenceType {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => DifferenceKind, { description: 'What differs.' })
  kind!: DifferenceKind;

  @Field({ description: 'PAYMENT or REFUND.' })
  entry!: string;

  @Field({ description: 'Our order number.' })
  outTradeNo!: string;

  @Field({ description: 'The provider’s transaction or refund id.' })
  providerRef!: string;

  @Field(() => Int, { nullable: true, description: 'What the provider says, fen.' })
  providerFen!: number | null;

  @Field(() => Int, { nullable: true, description: 'What the ledger says, fen.' })
  localFen!: number | null;

  @Field(() => String, { nullable: true, description: 'The provider’s status.' })
  providerStatus!: string | null;

  @Field(() => String, { nullable: true, description: 'Our intent’s status.' })
  localStatus!: string | null;

  @Field(() => DifferenceResolution, {
    nullable: true,
    description: 'How it was resolved; empty while open.',
  })
  resolution!: DifferenceResolution | null;

  @Field(() => String, { nullable: true, description: 'Finance’s note.' })
  note!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved.' })
  resolvedAt!: Date | null;
}

export const toReconciliationType = (r: Reconciliation): ReconciliationType => ({
  id: r.id,
  provider: r.provider,
  billDate: r.billDate,
  status: r.status,
  statementRows: r.statementRows,
  matched: r.matched,
  differences: r.differences,
  error: r.error ?? null,
  createdAt: r.createdAt,
  finishedAt: r.finishedAt ?? null,
});

export const toDifferenceType = (d: ReconciliationDifference): DifferenceType => ({
  id: d.id,
  kind: d.kind,
  entry: d.entry,
  outTradeNo: d.outTradeNo,
  providerRef: d.providerRef,
  providerFen: d.providerFen ?? null,
  localFen: d.localFen ?? null,
  providerStatus: d.providerStatus ?? null,
  localStatus: d.localStatus ?? null,
  resolution: d.resolution ?? null,
  note: d.note ?? null,
  resolvedAt: d.resolvedAt ?? null,
});
