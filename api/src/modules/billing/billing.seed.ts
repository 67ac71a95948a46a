import type { EntityManager } from '@mikro-orm/postgresql';
import type { Random } from '../../db/seeders/random.js';
import { feeRepository } from '../fee/fee.repository.js';
import { FeeStandard } from '../fee/fee-standard.entity.js';
import { priceOn } from '../lease/index.js';
import type { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { chargeFen, monthDays } from './bill-lines.js';
import { BillRun } from './billing.entity.js';
import { BillRunStatus } from './billing.enums.js';
import { billingRepository } from './billing.repository.js';
import { billCompanies } from './billing.service.js';
import { billingSettings } from './billing.settings.js';
import { BillCharge } from './charge.entity.js';

/**
 * One month's bill run of a park as its jobs would make it, issued on the month's first day: the
 * demo seed's year of bills is twelve of these, each paid (the payment feature's seed) before the
 * next runs, so late fees fall on what was really left owed. The number of bills issued.
 */
export async function seedBillMonth(
  em: EntityManager,
  park: Park,
  period: string,
  now: Date,
): Promise<number> {
  const run = em.create(BillRun, {
    park,
    period,
    status: BillRunStatus.RUNNING,
    startedBy: null,
    cursor: null,
    tenantsTotal: await billingRepository.tenantCount(em, park.id),
    tenantsDone: 0,
    billsIssued: 0,
    adjustments: 0,
    finishedAt: null,
    error: null,
  });
  // The run's row first: its batches write their bills set-based, referring to it.
  await em.flush();
  const batch = billingSettings().runBatch;
  for (;;) {
    const tenants = (await billingRepository.tenantsAfter(em, park.id, run.cursor ?? null, batch)).map(
      (t) => t.id,
    );
    if (tenants.length > 0) await billCompanies(em, park, run, tenants, `${period}-01`, now);
    run.cursor = tenants.at(-1) ?? run.cursor;
    run.tenantsDone += tenants.length;
    // A short batch is the last, as in the run's jobs.
    if (tenants.length < batch) break;
  }
  run.status = BillRunStatus.DONE;
  run.finishedAt = now;
  await em.flush();
  return run.billsIssued;
}

/** Marks the bills past their due date at `now` OVERDUE, as the daily job does. */
export const seedOverdue = (em: EntityManager, now: Date) => billingRepository.markOverdue(em, now);

/** The demo's one-off charges: meeting rooms by the half day and monthly parking spaces. */
const DEMO_CHARGES = [
  { code: 'HYS', share: 0.15, quantity: () => 1, description: (r: Random) => `${r.int(1, 6)} 号会议室` },
  { code: 'TC-MONTH', share: 0.06, quantity: () => 1, description: () => '地面月租车位' },
] as const;

/**
 * One month's one-off charges of the demo park, on days of `month` up to `lastDay`: some
 * companies booked meeting rooms, a few rented a parking space. Priced as `addBillCharge` prices
 * them. The number made.
 */
export async function seedCharges(
  em: EntityManager,
  park: Park,
  month: string,
  lastDay: string,
  random: Random,
  now: Date,
): Promise<number> {
  const { from, to } = monthDays(month);
  const last = lastDay < to ? lastDay : to;
  if (last < from) return 0;
  const tenants = await em.find(TenantCompany, { park }, { orderBy: { id: 'asc' } });
  const standards = await em.find(FeeStandard, { park, code: { $in: DEMO_CHARGES.map((c) => c.code) } });
  const prices = new Map(
    (
      await feeRepository.pricesOf(
        em,
        standards.map((s) => s.id),
      )
    ).map((p) => [p.code, p]),
  );
  let made = 0;
  for (const kind of DEMO_CHARGES) {
    const standard = standards.find((s) => s.code === kind.code);
    const price = prices.get(kind.code);
    if (!standard || !price) continue;
    for (const tenant of tenants) {
      if (!random.chance(kind.share)) continue;
      const day = `${month}-${String(random.int(1, Number(last.slice(8)))).padStart(2, '0')}`;
      const unitPrice = priceOn(price.rates, day)?.price;
      if (!unitPrice) continue;
      const quantity = String(kind.quantity());
      em.create(BillCharge, {
        park,
        tenant,
        standard,
        chargedOn: day,
        quantity,
        unitPrice,
        amountFen: chargeFen(unitPrice, quantity, standard.rounding),
        description: kind.description(random),
        createdBy: null,
        cancelledAt: null,
        cancelledBy: null,
        cancelReason: null,
        createdAt: now,
        updatedAt: now,
      });
      made += 1;
    }
  }
  await em.flush();
  return made;
}
