/** What the bill run reads of leases (`billing` imports it through `lease/index.ts`). */
import type { RequestContext } from '../../graphql/context.js';
import { feeRepository, type StandardPrices } from '../fee/fee.repository.js';
import type { Lease } from './lease.entity.js';
import { leaseRepository } from './lease.repository.js';
import type { LeaseTerms } from './rent-schedule.js';

/** What of a lease its money terms are made of: the entity, or the bill run's row of it. */
export type LeaseMoney = Pick<
  Lease,
  | 'startOn'
  | 'endOn'
  | 'paymentCycle'
  | 'rentPrice'
  | 'rentRounding'
  | 'escalation'
  | 'escalationPercent'
  | 'rentSteps'
  | 'freePeriods'
  | 'depositFen'
>;

/** A lease's money terms for the schedule. */
export function termsOf(lease: LeaseMoney, area: string, propertyFee: StandardPrices | null): LeaseTerms {
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
    propertyFee: propertyFee && { rounding: propertyFee.rounding, rates: propertyFee.rates },
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
 * their area and property fee rates: two statements for any number of tenants, read as rows (a
 * batch of a bill run hydrated its leases as entities, the run's largest cost in JavaScript).
 */
export async function billableLeases(
  em: RequestContext['em'],
  tenantIds: readonly string[],
  from: string,
  to: string,
): Promise<BillableLease[]> {
  if (tenantIds.length === 0) return [];
  const leases = await leaseRepository.billable(em, tenantIds, from, to);
  const standards = await feeRepository.pricesOf(em, [
    ...new Set(leases.flatMap((l) => (l.propertyFeeStandardId ? [l.propertyFeeStandardId] : []))),
  ]);
  const standardOf = new Map(standards.map((s) => [s.id, s]));
  return leases.map((lease) => ({
    id: lease.id,
    number: lease.number,
    tenantId: lease.tenantId,
    dueDays: lease.dueDays,
    lateFeePermille: lease.lateFeePermille,
    terms: termsOf(
      lease,
      (lease.areaCents / 100).toFixed(2),
      (lease.propertyFeeStandardId && standardOf.get(lease.propertyFeeStandardId)) || null,
    ),
  }));
}
