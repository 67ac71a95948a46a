import type { EntityManager } from '@mikro-orm/postgresql';
import { Park } from '../park/park.entity.js';
import { BillRun } from './billing.entity.js';
import { BillRunStatus } from './billing.enums.js';
import { billingRepository } from './billing.repository.js';
import { billCompanies } from './billing.service.js';
import { billingSettings } from './billing.settings.js';

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
