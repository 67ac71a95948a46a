import { randomInt } from 'node:crypto';
import { QueryOrder, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { v7 as uuidv7 } from 'uuid';
import { paginate } from '../../db/paginate.js';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, lockByIdOrFail } from '../../graphql/lookup.js';
import { idOrNone, likePattern } from '../../graphql/validate.js';
import { scheduleJob } from '../../jobs/queue.js';
import { wallClock } from '../../kernel/clock.js';
import { BadInputError, ConflictError } from '../../kernel/errors.js';
import { tenantMeterUsage } from '../energy/index.js';
import { feeRepository, yuanText } from '../fee/index.js';
import { addDays, billableLeases } from '../lease/index.js';
import { todayIn } from '../maintenance/recurrence.js';
import { NotificationKind } from '../notification/notification.entity.js';
import { notificationService } from '../notification/notification.service.js';
import { Park } from '../park/park.entity.js';
import { AppUser } from '../user/user.entity.js';
import {
  chargeLines,
  type DesiredLine,
  differences,
  lateFeeLines,
  leaseLines,
  monthDays,
  previousMonth,
  priceSegments,
  repairLines,
  type UsageSegment,
  type UtilityPrice,
  utilityLines,
} from './bill-lines.js';
import { Bill, BillRun } from './billing.entity.js';
import { BillKind, BillRunStatus, BillStatus } from './billing.enums.js';
import type { BillFilter, StartBillRunInput, VoidBillInput } from './billing.inputs.js';
import { billingRepository, type NewBill } from './billing.repository.js';
import { billingSettings } from './billing.settings.js';
import { toBillLineType, toBillRunType, toBillType } from './billing.type.js';
import { chargeRepository } from './charge.repository.js';

/** The six digits printed on a bill beside its number: the kiosk finds the bill by both. */
const checkCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** The park's utility standards by meter kind (the first active one by code) with their prices. */
async function utilityPrices(em: EntityManager, parkId: string): Promise<Map<string, UtilityPrice>> {
  const prices = new Map<string, UtilityPrice>();
  for (const s of await feeRepository.utilityPrices(em, parkId))
    if (s.meterKind && !prices.has(s.meterKind))
      prices.set(s.meterKind, { standardCode: s.code, rounding: s.rounding, rates: s.rates });
  return prices;
}

/** Every line each company of the batch should have for the period, from its sources. */
async function desiredLines(em: EntityManager, park: Park, period: string, tenantIds: string[]) {
  const month = monthDays(period);
  const before = monthDays(previousMonth(period));
  const leases = await billableLeases(em, tenantIds, month.from, month.to);
  const prices = await utilityPrices(em, park.id);
  const segments: UsageSegment[] = [];
  if (prices.size > 0)
    for (const s of priceSegments(before.from, before.to, prices.values()))
      segments.push({ ...s, usage: await tenantMeterUsage(em, park, tenantIds, s.from, s.to) });
  // The batch's companies only: asking for the whole park each batch made a run quadratic in it.
  const repairs = await billingRepository.repairs(em, park.id, tenantIds, before.from, before.to);
  const overdue = await billingRepository.overdue(em, tenantIds, period, before);
  const charges = Map.groupBy(
    await chargeRepository.charges(em, tenantIds, before.from, before.to),
    (c) => c.tenant_id,
  );
  const dueDays = new Map<string, number>();
  const lines = new Map<string, DesiredLine[]>();
  const leasesOf = Map.groupBy(leases, (l) => l.tenantId);
  for (const id of tenantIds) {
    const own = leasesOf.get(id) ?? [];
    for (const l of own) dueDays.set(id, Math.min(dueDays.get(id) ?? l.dueDays, l.dueDays));
    // The highest late fee of its leases in force that month (a company has one lease as a rule).
    const permille = own.map((l) => l.lateFeePermille).sort((a, b) => Number(b) - Number(a))[0];
    lines.set(id, [
      ...own.flatMap((l) => leaseLines(l, period)),
      ...utilityLines(id, segments, prices),
      ...repairLines(id, repairs),
      ...chargeLines(charges.get(id) ?? []),
      ...lateFeeLines(id, overdue, permille, before),
    ]);
  }
  return { lines, dueDays };
}

/**
 * Bills one batch of companies for the run's month, as of `today` (issue 19 §3). For each, what
 * its sources say the month comes to is compared line by line (by source key) with what the
 * month's bills already charge: nothing changed, nothing written; the first time, the regular
 * bill; after a change, an adjustment bill of the differences. Counts them on the run.
 */
export async function billCompanies(
  em: EntityManager,
  park: Park,
  run: BillRun,
  tenants: string[],
  today: string,
  now: Date,
): Promise<void> {
  const { lines, dueDays } = await desiredLines(em, park, run.period, tenants);
  const billedLines = Map.groupBy(
    await billingRepository.billed(em, tenants, run.period),
    (l) => l.tenant_id,
  );
  const bills = Map.groupBy(await billingRepository.billsOf(em, tenants, run.period), (b) => b.tenant_id);
  let seq = await billingRepository.billCount(em, park.id, run.period);
  const issued: NewBill[] = [];
  for (const tenantId of tenants) {
    const billed = new Map<string, { amountFen: number; line: DesiredLine }>();
    for (const b of billedLines.get(tenantId) ?? []) {
      const line: DesiredLine = {
        source: b.source,
        sourceKey: b.source_key,
        sourceId: b.source_id,
        description: b.description,
        periodFrom: b.period_from,
        periodTo: b.period_to,
        quantity: b.quantity,
        unit: b.unit,
        unitPrice: b.unit_price,
        amountFen: 0,
        evidence: b.evidence,
      };
      billed.set(b.source_key, {
        amountFen: (billed.get(b.source_key)?.amountFen ?? 0) + Number(b.amount_fen),
        line,
      });
    }
    const diff = differences(lines.get(tenantId) ?? [], billed);
    if (diff.length === 0) continue;
    const own = bills.get(tenantId) ?? [];
    // A voided regular bill no longer counts: the month is billed afresh, as a new regular bill.
    const regular = own.find((b) => b.kind === BillKind.REGULAR && b.status !== BillStatus.VOID);
    const adjustments = own.filter((b) => b.kind === BillKind.ADJUSTMENT).length;
    issued.push({
      id: uuidv7(),
      tenantId,
      number: regular
        ? `${regular.number}-A${adjustments + 1}`
        : `ZD${run.period.replace('-', '')}-${String(++seq).padStart(4, '0')}`,
      kind: regular ? BillKind.ADJUSTMENT : BillKind.REGULAR,
      issuedOn: today,
      dueOn: addDays(today, dueDays.get(tenantId) ?? 15),
      totalFen: diff.reduce((s, l) => s + l.amountFen, 0),
      checkCode: checkCode(),
      lines: diff.map((l) => ({ ...l, id: uuidv7() })),
    });
    if (regular) run.adjustments += 1;
    else run.billsIssued += 1;
  }
  await billingRepository.insertBills(
    em,
    { parkId: park.id, runId: run.id, period: run.period, now },
    issued,
  );
}

/** Bills and bill runs (SPEC §3.5, issue 19 §3). */
export const billingService = {
  /**
   * Starts a run of a park and month: one at a time per park and month (RUN_IN_PROGRESS), the
   * month at most the next. Its batches run as jobs, each publishing its progress.
   */
  async startRun(ctx: RequestContext, input: StartBillRunInput) {
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const next = addDays(monthDays(todayIn(park.timeZone, ctx.now()).slice(0, 7)).to, 1).slice(0, 7);
    if (input.period > next)
      throw new BadInputError('input.period', 'A month up to the next one', 'PERIOD_TOO_LATE');
    const run = ctx.em.create(BillRun, {
      park,
      period: input.period,
      status: BillRunStatus.RUNNING,
      startedBy: ctx.signedIn.kind === 'staff' ? ctx.em.getReference(AppUser, ctx.signedIn.id) : null,
      cursor: null,
      tenantsTotal: await billingRepository.tenantCount(ctx.em, park.id),
      tenantsDone: 0,
      billsIssued: 0,
      adjustments: 0,
      finishedAt: null,
      error: null,
    });
    try {
      await ctx.em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException)
        throw new ConflictError('A run of this park and month is under way', 'RUN_IN_PROGRESS');
      throw err;
    }
    await scheduleJob(
      ctx.em,
      'billing.runBatch',
      { runId: run.id },
      { runAt: wallClock.now(), key: `bill-run:${run.id}:0` },
    );
    ctx.recordChange({ targetType: 'BillRun', targetId: run.id, parkId: park.id, after: toBillRunType(run) });
    return toBillRunType(run);
  },

  /**
   * One batch of a run (the `billing.runBatch` job): the next companies by id. For each, what its
   * sources say the month comes to is compared line by line (by source key) with what the month's
   * bills already charge: nothing changed, nothing written; the first time, the regular bill; after
   * a change, an adjustment bill of the differences. Then the next batch is queued, or the run ends.
   */
  async runBatch(ctx: RequestContext, payload: { runId: string }) {
    const run = await lockByIdOrFail(ctx.em, BillRun, payload.runId, 'BillRun');
    if (run.status !== BillRunStatus.RUNNING) return;
    const park = await findByIdOrFail(ctx.em, Park, run.park.id, 'Park');
    const batch = billingSettings().runBatch;
    const tenants = (await billingRepository.tenantsAfter(ctx.em, park.id, run.cursor ?? null, batch)).map(
      (t) => t.id,
    );
    if (tenants.length > 0) {
      await billCompanies(ctx.em, park, run, tenants, todayIn(park.timeZone, ctx.now()), ctx.now());
      run.cursor = tenants.at(-1)!;
      run.tenantsDone += tenants.length;
    }
    // A short batch is the last: the run ends in it, not in one more job that would find nobody.
    if (tenants.length < batch) {
      run.status = BillRunStatus.DONE;
      run.finishedAt = ctx.now();
      await ctx.em.flush();
      ctx.publish('BILL_RUN_PROGRESS', park.id, { runId: run.id });
      ctx.recordChange({
        targetType: 'BillRun',
        targetId: run.id,
        parkId: park.id,
        after: toBillRunType(run),
      });
      return;
    }
    await ctx.em.flush();
    await scheduleJob(
      ctx.em,
      'billing.runBatch',
      { runId: run.id },
      { runAt: wallClock.now(), key: `bill-run:${run.id}:${run.tenantsDone}` },
    );
    ctx.publish('BILL_RUN_PROGRESS', park.id, { runId: run.id });
  },

  /** A run as its progress subscription reports it. */
  async run(ctx: RequestContext, id: string) {
    return toBillRunType(await findByIdOrFail(ctx.em, BillRun, id, 'BillRun', 'id'));
  },

  async runs(ctx: RequestContext, parkId: string) {
    const park = await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    const runs = await ctx.em.find(BillRun, { park }, { orderBy: { createdAt: QueryOrder.DESC }, limit: 20 });
    return runs.map(toBillRunType);
  },

  list(ctx: RequestContext, filter: BillFilter | undefined, page: PageArgs, info: GraphQLResolveInfo) {
    return paginate({
      em: ctx.em,
      entity: Bill,
      where: {
        ...(filter?.parkId && { park: idOrNone(filter.parkId) }),
        ...(filter?.tenantId && { tenant: idOrNone(filter.tenantId) }),
        ...(filter?.period && { period: filter.period }),
        ...(filter?.statuses?.length && { status: { $in: filter.statuses } }),
        ...(filter?.number && { number: { $ilike: likePattern(filter.number) } }),
      },
      orderBy: { createdAt: QueryOrder.DESC },
      page,
      info,
      map: toBillType,
    });
  },

  async get(ctx: RequestContext, id: string) {
    return toBillType(await findByIdOrFail(ctx.em, Bill, id, 'Bill'));
  },

  async lines(ctx: RequestContext, billId: string) {
    return (await ctx.loaders.billLines.load(billId)).map(toBillLineType);
  },

  async aging(ctx: RequestContext, parkId: string) {
    const park = await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    const row = await billingRepository.aging(ctx.em, park.id, todayIn(park.timeZone, ctx.now()));
    return {
      notDueFen: Number(row.not_due),
      days0to30Fen: Number(row.d0_30),
      days31to60Fen: Number(row.d31_60),
      days61to90Fen: Number(row.d61_90),
      days90plusFen: Number(row.d90_plus),
      billsNotDue: row.bills_not_due,
      billsOverdue: row.bills_overdue,
    };
  },

  /** Withdraws a bill nothing has been paid on; the next run bills its sources again. */
  async voidBill(ctx: RequestContext, id: string, input: VoidBillInput) {
    const bill = await lockByIdOrFail(ctx.em, Bill, id, 'Bill');
    if (bill.status === BillStatus.VOID) throw new ConflictError('The bill is already void', 'BILL_VOID');
    if (bill.paidFen > 0)
      throw new ConflictError('Money was paid on it; refund or credit instead', 'BILL_PAID');
    const before = toBillType(bill);
    bill.status = BillStatus.VOID;
    bill.voidedAt = ctx.now();
    bill.voidReason = input.reason;
    await ctx.em.flush();
    const after = toBillType(bill);
    ctx.recordChange({ targetType: 'Bill', targetId: id, parkId: bill.park.id, before, after });
    return after;
  },

  /** The daily job: bills past their due date with money owed become OVERDUE. */
  /**
   * Reminds companies of overdue bills through notifications (issue 19 §3), on the 1st, 7th, 15th
   * and 30th day late and every 30 days after, to each of their users who read bills.
   */
  async remindOverdue(ctx: RequestContext) {
    const rows = await billingRepository.overdueReminders(ctx.em, ctx.now());
    const byBill = new Map<string, typeof rows>();
    for (const r of rows) byBill.set(r.bill_id, [...(byBill.get(r.bill_id) ?? []), r]);
    for (const recipients of byBill.values()) {
      const first = recipients[0]!;
      const yuan = yuanText(Number(first.owed_fen));
      notificationService.notify(
        ctx,
        recipients.map((r) => r.recipient_id),
        {
          parkId: first.park_id,
          kind: NotificationKind.BILL_OVERDUE,
          title: `账单 ${first.number} 已逾期 ${first.days} 天`,
          body: `${first.period} 账单尚欠 ¥${yuan}，应于 ${first.due_on} 前缴清，请尽快缴费。`,
          facts: {
            billNumber: first.number,
            billPeriod: first.period,
            owedFen: first.owed_fen,
            daysOverdue: String(first.days),
            dueOn: first.due_on,
          },
        },
      );
    }
    if (byBill.size > 0)
      ctx.recordChange({
        targetType: 'BillReminder',
        targetId: ctx.now().toISOString(),
        after: { bills: byBill.size },
      });
  },

  async markOverdue(ctx: RequestContext) {
    const n = await billingRepository.markOverdue(ctx.em, ctx.now());
    if (n > 0)
      ctx.recordChange({
        targetType: 'BillOverdue',
        targetId: ctx.now().toISOString(),
        after: { marked: n },
      });
  },
};
