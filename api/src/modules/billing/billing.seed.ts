import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PARK } from '../../db/seeders/demo-data.js';
import { wallClock } from '../../kernel/clock.js';
import { todayIn } from '../maintenance/recurrence.js';
import { Park } from '../park/park.entity.js';
import { previousMonth } from './bill-lines.js';
import { BillRun } from './billing.entity.js';
import { BillRunStatus } from './billing.enums.js';
import { billingRepository } from './billing.repository.js';
import { billCompanies } from './billing.service.js';
import { billingSettings } from './billing.settings.js';

/**
 * The demo park's bills of last month and this month, made by the bill run itself (each issued on
 * its month's first day), then last month's marked overdue as the daily job would (the payment
 * feature's seed then pays most of them).
 */
export async function seedDemoBills(em: EntityManager): Promise<Record<string, number>> {
  const park = await em.findOne(Park, { code: DEMO_PARK.code });
  if (!park) return {};
  const now = wallClock.now();
  const current = todayIn(park.timeZone, now).slice(0, 7);
  let bills = 0;
  for (const period of [previousMonth(current), current]) {
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
    for (;;) {
      const tenants = (
        await billingRepository.tenantsAfter(em, park.id, run.cursor ?? null, billingSettings().runBatch)
      ).map((t) => t.id);
      if (tenants.length === 0) break;
      await billCompanies(em, park, run, tenants, `${period}-01`, now);
      // The next batch numbers its bills after this one's, as a run's next job would.
      await em.flush();
      run.cursor = tenants.at(-1)!;
      run.tenantsDone += tenants.length;
    }
    run.status = BillRunStatus.DONE;
    run.finishedAt = now;
    await em.flush();
    bills += run.billsIssued;
  }
  await billingRepository.markOverdue(em, now);
  return { bills };
}
