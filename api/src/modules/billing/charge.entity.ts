import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { FeeStandard } from '../fee/fee-standard.entity.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { AppUser } from '../user/user.entity.js';

/**
 * A one-off charge 其他收费 to a company (issue 19 §1, §3: bills come "from leases, usage and
 * charges"): a parking permit, a room booking, a value-added service, priced by a fee standard at
 * the rate in force on its day. The run of the month after its day bills it as a CHARGE line
 * traced to it; a cancelled charge is taken back by the next run of that month (an adjustment).
 */
export const BillCharge = defineEntity({
  name: 'BillCharge',
  tableName: 'bill_charge',
  indexes: [{ properties: ['park', 'chargedOn'] }, { properties: ['tenant', 'chargedOn'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    tenant: () => p.manyToOne(TenantCompany),
    standard: () => p.manyToOne(FeeStandard),
    /** The day of the service (park time): the run of the month after bills it. */
    chargedOn: p.string().columnType('date'),
    /** Uses or months, ≤ 2 decimals. */
    quantity: p.decimal('string').precision(12).scale(2),
    /** The standard's price in force on `chargedOn`, yuan, fixed when the charge is made. */
    unitPrice: p.decimal('string').precision(12).scale(4),
    /** quantity × unit price, rounded once by the standard's rule. */
    amountFen: p.bigint('number'),
    description: p.string().length(200),
    createdBy: () => p.manyToOne(AppUser).nullable(),
    cancelledAt: p.datetime().nullable(),
    cancelledBy: () => p.manyToOne(AppUser).nullable(),
    cancelReason: p.string().length(200).nullable(),
  },
});
export type BillCharge = InferEntity<typeof BillCharge>;
