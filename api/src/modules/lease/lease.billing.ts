/** What the bill run reads of leases (`billing` imports it through `lease/index.ts`). */
import { QueryOrder } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/context.js';
import { FeeRate, FeeStandard } from '../fee/fee-standard.entity.js';
import { Lease } from './lease.entity.js';
import { LeaseStatus } from './lease.enums.js';
import { leaseRepository } from './lease.repository.js';
import { type LeaseTerms } from './rent-schedule.js';

/** A lease's money terms for the schedule. */
export function termsOf(
  lease: Lease,
  area: string,
  standard: FeeStandard | null,
  rates: FeeRate[],
): LeaseTerms {
  return {
    startOn: lease.startOn,
    endOn: lease.endOn,
    cycle: lease.paymentCycle,
    area,
    rent: {
      price: lease.rentPrice,
      rounding: lease.rentRounding,
      escalation: lease.escalation,
      escalationPercent: lease.escalationPercent ?? null,
      steps: lease.rentSteps,
      freePeriods: lease.freePeriods,
    },
    propertyFee: standard
      ? { rounding: standard.rounding, rates: rates.map((r) => ({ from: r.effectiveFrom, price: r.price })) }
      : null,
    depositFen: lease.depositFen,
  };
}

/** A lease as the bill run reads it: whom it bills, when bills fall due, and its money terms. */
export type BillableLease = {
  id: string;
  number: string;
  tenantId: string;
  dueDays: number;
  /** Late fee per day overdue, ‰ (2 decimals); '0.00': none. */
  lateFeePermille: string;
  terms: LeaseTerms;
};

/**
 * The signed leases (any status but draft) of `tenantIds` whose term overlaps [from, to], with
 * their area and property fee rates: three statements for any number of tenants.
 */
export async function billableLeases(
  em: RequestContext['em'],
  tenantIds: readonly string[],
  from: string,
  to: string,
): Promise<BillableLease[]> {
  if (tenantIds.length === 0) return [];
  const leases = await em.find(
    Lease,
    {
      tenant: { $in: [...tenantIds] },
      status: { $ne: LeaseStatus.DRAFT },
      startOn: { $lte: to },
      endOn: { $gte: from },
    },
    { orderBy: { number: QueryOrder.ASC } },
  );
  if (leases.length === 0) return [];
  const units = await leaseRepository.unitsOf(
    em,
    leases.map((l) => l.id),
  );
  const standardIds = [
    ...new Set(leases.flatMap((l) => (l.propertyFeeStandard ? [l.propertyFeeStandard.id] : []))),
  ];
  const standards = standardIds.length ? await em.find(FeeStandard, { id: { $in: standardIds } }) : [];
  const rates = standardIds.length
    ? await em.find(
        FeeRate,
        { standard: { $in: standardIds } },
        { orderBy: { effectiveFrom: QueryOrder.ASC } },
      )
    : [];
  return leases.map((lease) => {
    const area = units
      .filter((u) => u.lease_id === lease.id)
      .reduce((s, u) => s + Math.round(Number(u.area) * 100), 0);
    const standard = standards.find((s) => s.id === lease.propertyFeeStandard?.id) ?? null;
    return {
      id: lease.id,
      number: lease.number,
      tenantId: lease.tenant.id,
      dueDays: lease.dueDays,
      lateFeePermille: lease.lateFeePermille,
      terms: termsOf(
        lease,
        (area / 100).toFixed(2),
        standard,
        rates.filter((r) => r.standard.id === standard?.id),
      ),
    };
  });
}
