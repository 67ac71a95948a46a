import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { appendOnlyProperties, baseProperties } from '../../db/base-properties.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { AppUser } from '../user/user.entity.js';
import { BillKind, BillLineSource, BillRunStatus, BillStatus } from './billing.enums.js';

/**
 * One bill run of a park and month (issue 19 §3): it walks the park's companies in batches, one
 * job and one transaction each, so its progress is visible and its memory flat. One runs at a
 * time per park and month (a partial unique index).
 */
export const BillRun = defineEntity({
  name: 'BillRun',
  tableName: 'bill_run',
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    /** The month billed, `YYYY-MM`: rent in advance for it, utilities, repairs and charges of the month before. */
    period: p.string().length(7),
    status: p.enum(() => BillRunStatus).nativeEnumName('bill_run_status'),
    startedBy: () => p.manyToOne(AppUser).nullable(),
    /** The last company handled (by id): the next batch starts after it. */
    cursor: p.uuid().nullable(),
    tenantsTotal: p.integer(),
    tenantsDone: p.integer().default(0),
    billsIssued: p.integer().default(0),
    adjustments: p.integer().default(0),
    finishedAt: p.datetime().nullable(),
    error: p.string().length(500).nullable(),
  },
});
export type BillRun = InferEntity<typeof BillRun>;

/**
 * A bill 账单 to a tenant company for one month: immutable once issued (a later change of its
 * sources becomes an ADJUSTMENT bill, never an edit), money in fen.
 */
export const Bill = defineEntity({
  name: 'Bill',
  tableName: 'bill',
  uniques: [{ properties: ['park', 'number'] }],
  indexes: [{ properties: ['tenant', 'period'] }, { properties: ['park', 'status', 'dueOn'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    tenant: () => p.manyToOne(TenantCompany),
    run: () => p.manyToOne(BillRun).nullable(),
    /** `ZD202612-0001`, unique in the park; an adjustment's ends `-A1`, `-A2`… */
    number: p.string().length(30),
    period: p.string().length(7),
    kind: p.enum(() => BillKind).nativeEnumName('bill_kind'),
    status: p.enum(() => BillStatus).nativeEnumName('bill_status'),
    issuedOn: p.string().columnType('date'),
    dueOn: p.string().columnType('date'),
    totalFen: p.bigint('number'),
    paidFen: p.bigint('number').default(0),
    /** Printed on the bill: with its number it finds the bill at the kiosk. */
    checkCode: p.string().length(8),
    voidedAt: p.datetime().nullable(),
    voidReason: p.string().length(200).nullable(),
  },
});
export type Bill = InferEntity<typeof Bill>;

/** A line of a bill, traceable to its source (a lease clause, a meter's month, a work order). */
export const BillLine = defineEntity({
  name: 'BillLine',
  tableName: 'bill_line',
  indexes: [{ properties: ['bill'] }],
  properties: {
    ...appendOnlyProperties,
    park: () => p.manyToOne(Park),
    bill: () => p.manyToOne(Bill),
    source: p.enum(() => BillLineSource).nativeEnumName('bill_line_source'),
    /** What the line charges for, the same in every run: re-runs compare by it. */
    sourceKey: p.string().length(120),
    /** The lease, meter or work order. */
    sourceId: p.uuid(),
    description: p.string().length(200),
    periodFrom: p.string().columnType('date'),
    periodTo: p.string().columnType('date'),
    quantity: p.decimal('string').precision(16).scale(3).nullable(),
    unit: p.string().length(10).nullable(),
    unitPrice: p.decimal('string').precision(12).scale(4).nullable(),
    /** Fen; negative on an adjustment that takes back. */
    amountFen: p.bigint('number'),
    /** What the amount rests on: days charged, free days, opening and closing readings. */
    evidence: p.json<Record<string, unknown>>(),
  },
});
export type BillLine = InferEntity<typeof BillLine>;
