import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { FeeStandard } from '../fee/fee-standard.entity.js';
import { MoneyRounding } from '../fee/money.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { AppUser } from '../user/user.entity.js';
import { EscalationKind, LeaseStatus, PaymentCycle } from './lease.enums.js';

/** A stepped rent's price from a date on. */
export type RentStep = { from: string; price: string };
/** A rent-free period 免租期, inclusive. */
export type FreePeriod = { from: string; to: string };

/**
 * A lease contract 租赁合同 (SPEC §3.6, issue 19 §2): a tenant company leases units of a park for
 * a term at a rent, billed by month or quarter. Draft → signed → active → expired or terminated;
 * the units it holds are in `lease_unit`, where a constraint keeps two signed leases of one unit
 * from overlapping in time.
 */
export const Lease = defineEntity({
  name: 'Lease',
  tableName: 'lease',
  uniques: [{ properties: ['park', 'number'] }],
  indexes: [{ properties: ['park', 'status', 'endOn'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    tenant: () => p.manyToOne(TenantCompany).index(),
    /** Contract number, unique in the park, e.g. `HT-2026-0042`. */
    number: p.string().length(30),
    status: p.enum(() => LeaseStatus).nativeEnumName('lease_status'),
    /** First and last day of the term (YYYY-MM-DD, inclusive); the termination date once ended early. */
    startOn: p.string().columnType('date'),
    endOn: p.string().columnType('date'),
    paymentCycle: p.enum(() => PaymentCycle).nativeEnumName('payment_cycle'),
    /** Rent, yuan per m² of the leased area per month, exact to 1/10000 yuan. */
    rentPrice: p.decimal('string').precision(12).scale(4),
    rentRounding: p.enum(() => MoneyRounding).nativeEnumName('money_rounding'),
    escalation: p.enum(() => EscalationKind).nativeEnumName('escalation_kind'),
    /** FIXED_PERCENT: the rise on each anniversary, %. */
    escalationPercent: p.decimal('string').precision(5).scale(2).nullable(),
    /** STEPPED: the rent from each date on, by date. */
    rentSteps: p.json<RentStep[]>(),
    freePeriods: p.json<FreePeriod[]>(),
    /** The property fee standard (per m² per month) billed with the rent; none: not billed. */
    propertyFeeStandard: () => p.manyToOne(FeeStandard).nullable(),
    depositFen: p.bigint('number').default(0),
    /** Late fee per day overdue, ‰ of the amount due (e.g. 0.5 = 0.05 % a day); 0: none. */
    lateFeePermille: p.decimal('string').precision(5).scale(2).default('0'),
    /** Days after a cycle's bill is issued that it falls due. */
    dueDays: p.smallint().default(15),
    notes: p.string().length(500).nullable(),
    signedAt: p.datetime().nullable(),
    signedBy: () => p.manyToOne(AppUser).nullable(),
    terminatedOn: p.string().columnType('date').nullable(),
    terminationReason: p.string().length(200).nullable(),
    /** The lease this one renews. */
    renewalOf: () => p.manyToOne(Lease).nullable(),
  },
});
export type Lease = InferEntity<typeof Lease>;

/**
 * A unit a lease holds, with its area when added. `term` is the lease's term while it binds
 * (signed, active, and the days it ran once ended) and null while a draft; an exclusion
 * constraint keeps two terms of one unit from overlapping, whatever the order of signing.
 */
export const LeaseUnit = defineEntity({
  name: 'LeaseUnit',
  tableName: 'lease_unit',
  uniques: [{ properties: ['lease', 'unit'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    lease: () => p.manyToOne(Lease),
    unit: () => p.manyToOne(Unit).index(),
    /** The unit's code when added: the contract names it so, and a tenant sees it before moving in. */
    unitCode: p.string().length(32),
    /** Gross area leased, m². */
    area: p.decimal('string').precision(10).scale(2),
    /** The days this unit is bound to the lease: `[start, end]` once signed (a daterange). */
    term: p.string().columnType('daterange').nullable(),
  },
});
export type LeaseUnit = InferEntity<typeof LeaseUnit>;
