import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { appendOnlyProperties, baseProperties } from '../../../db/base-properties.js';
import { Park } from '../../park/park.entity.js';
import { PaymentProviderName } from '../payment.enums.js';

export enum ReconciliationStatus {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

export enum DifferenceKind {
  /** The provider took money for an order we do not know. */
  MISSING_LOCALLY = 'MISSING_LOCALLY',
  /** Our ledger holds a movement the provider's statement does not. */
  MISSING_AT_PROVIDER = 'MISSING_AT_PROVIDER',
  AMOUNT_MISMATCH = 'AMOUNT_MISMATCH',
  /** We know the order but hold it unpaid (or the refund unbooked): a callback that never came. */
  STATUS_MISMATCH = 'STATUS_MISMATCH',
}

export enum DifferenceResolution {
  /** Booked from the provider's answer (a lost callback). */
  BOOKED = 'BOOKED',
  /** Looked into and accepted as explained (the note says how). */
  ACCEPTED = 'ACCEPTED',
}

/** One day's statement of a provider compared with the ledger (issue 19 §5). */
export const Reconciliation = defineEntity({
  name: 'Reconciliation',
  tableName: 'payment_reconciliation',
  indexes: [{ properties: ['provider', 'billDate'] }],
  properties: {
    ...baseProperties,
    provider: p.enum(() => PaymentProviderName).nativeEnumName('payment_provider'),
    /** The statement's day (China time), YYYY-MM-DD. */
    billDate: p.string().columnType('date'),
    status: p.enum(() => ReconciliationStatus).nativeEnumName('reconciliation_status'),
    startedBy: p.uuid(),
    statementRows: p.integer().default(0),
    matched: p.integer().default(0),
    differences: p.integer().default(0),
    error: p.string().length(300).nullable(),
    finishedAt: p.datetime().nullable(),
  },
});
export type Reconciliation = InferEntity<typeof Reconciliation>;

/** One difference a reconciliation found, until finance resolves it. */
export const ReconciliationDifference = defineEntity({
  name: 'ReconciliationDifference',
  tableName: 'payment_difference',
  indexes: [{ properties: ['reconciliation'] }],
  properties: {
    ...appendOnlyProperties,
    reconciliation: () => p.manyToOne(Reconciliation),
    /** The order's park, when the order is ours. */
    park: () => p.manyToOne(Park).nullable(),
    kind: p.enum(() => DifferenceKind).nativeEnumName('payment_difference_kind'),
    entry: p.string().length(10),
    outTradeNo: p.string().length(64),
    providerRef: p.string().length(64),
    providerFen: p.bigint('number').nullable(),
    localFen: p.bigint('number').nullable(),
    providerStatus: p.string().length(20).nullable(),
    localStatus: p.string().length(20).nullable(),
    resolution: p
      .enum(() => DifferenceResolution)
      .nativeEnumName('payment_difference_resolution')
      .nullable(),
    note: p.string().length(200).nullable(),
    resolvedBy: p.uuid().nullable(),
    resolvedAt: p.datetime().nullable(),
  },
});
export type ReconciliationDifference = InferEntity<typeof ReconciliationDifference>;
