import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PARK } from '../../db/seeders/demo-data.js';
import { wallClock } from '../../kernel/clock.js';
import { FeeStandard } from '../fee/fee-standard.entity.js';
import { MoneyRounding, priceInFen, priceText, scaled, times, toFen } from '../fee/money.js';
import { todayIn } from '../maintenance/recurrence.js';
import { Park } from '../park/park.entity.js';
import { TenantStatus } from '../tenant/tenant.entity.js';
import { Unit, UnitType } from '../unit/unit.entity.js';
import { Lease, LeaseUnit } from './lease.entity.js';
import { EscalationKind, LeaseStatus, PaymentCycle } from './lease.enums.js';
import { addDays, addYears } from './rent-schedule.js';

const FACTORY_TYPES = new Set<string>([UnitType.FACTORY, UnitType.WAREHOUSE]);

/** Hundredths of a yuan as yuan text (`5928` → `59.28`). */
const centsText = (cents: bigint) => `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;

/** The first day `months` months after `day`'s (day 1). */
function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

/**
 * A lease for every company holding units of the demo park (issue 19: "leases for every leased
 * unit"): terms of three or five years renewed back to back from its move-in date, so the lease
 * in force today is ACTIVE and the one before it EXPIRED; a company still moving in has a SIGNED
 * lease from its move-in date on its reserved units. Rents by building type, some rising yearly,
 * some stepped, half with two rent-free months; the property fee standard by building type; a
 * deposit of three months' rent.
 */
export async function seedDemoLeases(em: EntityManager): Promise<Record<string, number>> {
  const park = await em.findOne(Park, { code: DEMO_PARK.code });
  if (!park) return {};
  const today = todayIn(park.timeZone, wallClock.now());
  const units = await em.find(
    Unit,
    { park, tenant: { $ne: null }, retiredAt: null },
    { populate: ['tenant'], orderBy: { code: 'asc' } },
  );
  const fees = await em.find(FeeStandard, { park, code: { $in: ['WY-OFFICE', 'WY-FACTORY'] } });
  const fee = (code: string) => fees.find((f) => f.code === code) ?? null;
  const byTenant = new Map<string, Unit[]>();
  for (const u of units) byTenant.set(u.tenant!.id, [...(byTenant.get(u.tenant!.id) ?? []), u]);
  let leases = 0;
  let seq = 0;
  let index = 0;
  for (const held of byTenant.values()) {
    const tenant = held[0]!.tenant!;
    const i = index++;
    const moveIn = tenant.moveInDate ?? addMonths(today, -14);
    const years = i % 3 === 0 ? 5 : 3;
    const factory = FACTORY_TYPES.has(held[0]!.type);
    const area = held.reduce((s, u) => s + Math.round(Number(u.grossArea) * 100), 0);
    const price = factory
      ? `${26 + (i % 10)}.${String((i * 37) % 100).padStart(2, '0')}`
      : `${52 + (i % 17)}.00`;
    const deposit = toFen(times(priceInFen(price), BigInt(area) * 3n, 100n), MoneyRounding.HALF_UP);
    const terms: { start: string; status: LeaseStatus }[] = [];
    if (tenant.status === TenantStatus.ONBOARDING || moveIn > today)
      terms.push({ start: moveIn, status: LeaseStatus.SIGNED });
    else {
      let start = moveIn;
      while (addYears(start, years) <= today) start = addYears(start, years);
      if (start !== moveIn) terms.push({ start: addYears(start, -years), status: LeaseStatus.EXPIRED });
      terms.push({ start, status: LeaseStatus.ACTIVE });
    }
    let previous: Lease | null = null;
    for (const { start, status } of terms) {
      const endOn = addDays(addYears(start, years), -1);
      const escalation =
        i % 7 === 0
          ? EscalationKind.STEPPED
          : i % 3 === 1
            ? EscalationKind.NONE
            : EscalationKind.FIXED_PERCENT;
      const rentPrice = scaled(price, 2);
      const lease: Lease = em.create(Lease, {
        park,
        tenant,
        number: `HT-${start.slice(0, 4)}-${String(++seq).padStart(4, '0')}`,
        status,
        startOn: start,
        endOn,
        paymentCycle: i % 4 === 0 ? PaymentCycle.QUARTERLY : PaymentCycle.MONTHLY,
        rentPrice: priceText(price),
        rentRounding: MoneyRounding.HALF_UP,
        escalation,
        escalationPercent: escalation === EscalationKind.FIXED_PERCENT ? (i % 2 ? '3.00' : '5.00') : null,
        rentSteps:
          escalation === EscalationKind.STEPPED
            ? [1, 2]
                .filter((y) => y < years)
                .map((y) => ({
                  from: addYears(start, y),
                  // 4 % more each step, to the jiao-fen (hundredths of a yuan), half up.
                  price: priceText(centsText((rentPrice * BigInt(100 + 4 * y) + 50n) / 100n)),
                }))
            : [],
        freePeriods: i % 2 === 0 ? [{ from: start, to: addDays(addMonths(start, 2), -1) }] : [],
        propertyFeeStandard: fee(factory ? 'WY-FACTORY' : 'WY-OFFICE'),
        depositFen: previous ? 0 : deposit,
        lateFeePermille: '0.50',
        dueDays: 15,
        notes: previous ? `续签 ${previous.number}` : null,
        signedAt: new Date(`${addDays(start, -20)}T02:00:00Z`),
        signedBy: null,
        terminatedOn: null,
        terminationReason: null,
        renewalOf: previous,
      });
      for (const unit of held)
        em.create(LeaseUnit, {
          park,
          lease,
          unit,
          unitCode: unit.code,
          area: Number(unit.grossArea).toFixed(2),
          term: `[${start},${endOn}]`,
        });
      previous = lease;
      leases++;
    }
  }
  await em.flush();
  return { leases };
}
