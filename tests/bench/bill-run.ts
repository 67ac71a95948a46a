import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import { type AppServices, RequestContext } from '../../api/dist/graphql/context.js';
import { billingService } from '../../api/dist/modules/billing/billing.service.js';
import { median } from './harness.ts';

/**
 * S10: a month's bill run over the bench parks, one lease per leased unit (issue 19, performance):
 * ours runs the real batches (`billing.runBatch`: `BILL_RUN_BATCH` companies, 200 by default, one transaction each, exactly as
 * the job does, called here in a loop instead of through the queue), beside a hand-written
 * `INSERT … SELECT` that writes the same bills and rent lines in two statements: the database's
 * limit. Peak memory is sampled while ours runs, and the heap after a full collection before,
 * halfway and after: flat when the batches keep nothing.
 */
export type BillRunRow = {
  contender: 'limit' | 'limit, after' | 'ours';
  leases: number;
  bills: number;
  lines: number;
  seconds: number;
  billsPerSecond: number;
  /** RSS before, and the most seen while it ran, MB (ours: this process). */
  rssBeforeMb: number;
  rssPeakMb: number;
  heapPeakMb: number;
  /** Ours: the heap after a full collection before the run, halfway through its parks, and at its end, MB. */
  heapAfterGcMb: number[];
  batches: number;
  batchP50Ms: number;
};

type Log = (message: string) => void;

/** Tenants, leases and lease units on `share` % of the bench parks' units (as the owner, set-based). */
async function makeLeases(owner: pg.Client, share: number): Promise<{ leases: number; parks: string[] }> {
  const parks = (
    await owner.query<{ id: string }>(`select id from park where code like 'BP%' order by code`)
  ).rows.map((p) => p.id);
  const leased = `from unit u where u.park_id = any($1::uuid[]) and abs(hashtext(u.id::text)) % 100 < ${share}`;
  await owner.query(
    `insert into tenant_company (id, created_at, updated_at, park_id, name, uscc, industry_code, status)
     select md5('s10-tenant-' || u.id)::uuid, now(), now(), u.park_id, '基准企业 ' || u.code,
            upper(substr(md5('s10-uscc-' || u.id), 1, 18)), 'I65', 'ACTIVE'
     ${leased} on conflict do nothing`,
    [parks],
  );
  await owner.query(
    `insert into lease (id, created_at, updated_at, park_id, tenant_id, number, status, start_on, end_on, payment_cycle,
       rent_price, rent_rounding, escalation, rent_steps, free_periods, deposit_fen, late_fee_permille, due_days)
     select md5('s10-lease-' || u.id)::uuid, now(), now(), u.park_id, md5('s10-tenant-' || u.id)::uuid,
            'S10-' || u.code, 'ACTIVE', date_trunc('year', now())::date, (date_trunc('year', now()) + interval '3 years' - interval '1 day')::date,
            'MONTHLY', 60 + (abs(hashtext(u.id::text)) % 60), 'HALF_UP', 'NONE', '[]', '[]', 0, 0.5, 15
     ${leased} on conflict do nothing`,
    [parks],
  );
  const { rowCount } = await owner.query(
    `insert into lease_unit (id, created_at, updated_at, park_id, lease_id, unit_id, unit_code, area, term)
     select md5('s10-lease-unit-' || u.id)::uuid, now(), now(), u.park_id, md5('s10-lease-' || u.id)::uuid, u.id, u.code,
            coalesce(u.gross_area, 100), daterange(date_trunc('year', now())::date, (date_trunc('year', now()) + interval '3 years')::date)
     ${leased} on conflict do nothing`,
    [parks],
  );
  await owner.query('analyze tenant_company, lease, lease_unit');
  return { leases: rowCount ?? 0, parks };
}

const monthAfter = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
};

/** The limit: every lease's bill and its rent line for a whole month, in two statements. */
async function runLimit(
  owner: pg.Client,
  parks: string[],
  leases: number,
  period: string,
  contender: BillRunRow['contender'],
  log: Log,
): Promise<BillRunRow> {
  const memory = sampleMemory();
  const started = performance.now();
  // Ids and numbers unique per month: the two runs of the limit bill two months.
  const bills = await owner.query(
    `insert into bill (id, created_at, updated_at, park_id, tenant_id, number, period, kind, status, issued_on, due_on,
       total_fen, paid_fen, check_code)
     select md5('s10-bill-' || $2 || l.id)::uuid, now(), now(), l.park_id, l.tenant_id, 'L' || replace($2, '-', '') || l.number,
            $2::text, 'REGULAR', 'ISSUED', ($2::text || '-01')::date, ($2::text || '-01')::date + l.due_days,
            round(lu.area * l.rent_price * 100)::bigint, 0, lpad((abs(hashtext(l.id::text)) % 1000000)::text, 6, '0')
       from lease l join lease_unit lu on lu.lease_id = l.id
      where l.park_id = any($1::uuid[]) and l.number like 'S10-%'`,
    [parks, period],
  );
  const lines = await owner.query(
    `insert into bill_line (id, created_at, park_id, bill_id, source, source_key, source_id, description, period_from,
       period_to, quantity, unit, unit_price, amount_fen, evidence)
     select gen_random_uuid(), now(), l.park_id, md5('s10-bill-' || $2 || l.id)::uuid, 'LEASE_RENT',
            'lease:' || l.id || ':RENT:' || $2::text || '-01', l.id, '租金 ' || l.number, ($2::text || '-01')::date,
            (($2::text || '-01')::date + interval '1 month' - interval '1 day')::date, lu.area, 'm²', l.rent_price,
            round(lu.area * l.rent_price * 100)::bigint, jsonb_build_object('days', 30)
       from lease l join lease_unit lu on lu.lease_id = l.id
      where l.park_id = any($1::uuid[]) and l.number like 'S10-%'`,
    [parks, period],
  );
  const seconds = (performance.now() - started) / 1000;
  log(`S10 ${contender}: ${bills.rowCount} bills in ${seconds.toFixed(1)} s`);
  return {
    contender,
    leases,
    bills: bills.rowCount ?? 0,
    lines: lines.rowCount ?? 0,
    seconds,
    billsPerSecond: (bills.rowCount ?? 0) / seconds,
    ...memory.stop(),
    heapAfterGcMb: [],
    batches: 1,
    batchP50Ms: seconds * 1000,
  };
}

/** The heap in use after a full collection, MB: what is kept, not garbage not yet collected. */
const collect = (() => {
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();
function heapAfterGc(): number {
  collect();
  return Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
}

/** Samples this process's memory until stopped. */
function sampleMemory() {
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      const mb = (n: number) => Math.round(n / 1024 / 1024);
      return { rssBeforeMb: mb(before.rss), rssPeakMb: mb(rss), heapPeakMb: mb(heap) };
    },
  };
}

export async function runBillRunBench(opts: {
  ownerUrl: string;
  services: AppServices;
  /** Share of the bench units leased, %. */
  share: number;
  log: Log;
}): Promise<BillRunRow[]> {
  const owner = new pg.Client({ connectionString: opts.ownerUrl });
  await owner.connect();
  try {
    opts.log('S10: leasing the bench units');
    const { leases, parks } = await makeLeases(owner, opts.share);
    const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
    const next = monthAfter(month);
    opts.log(
      `S10: ${leases} leases in ${parks.length} parks; the limit bills ${next} and ${monthAfter(next)}, ours ${month}`,
    );

    // The limit before ours, on tables without these bills; once more after, on tables with both
    // months': ours is compared with the mean of the two, which writes into what ours wrote into.
    const before = await runLimit(owner, parks, leases, next, 'limit', opts.log);

    // Ours: a run per park, its batches one after another, each as the job runs it.
    const runs = await owner.query<{ id: string }>(
      `insert into bill_run (id, created_at, updated_at, park_id, period, status, tenants_total, tenants_done, bills_issued,
         adjustments)
       select gen_random_uuid(), now(), now(), p.id, $2, 'RUNNING',
              (select count(*) from tenant_company t where t.park_id = p.id), 0, 0, 0
         from park p where p.id = any($1::uuid[]) returning id`,
      [parks, month],
    );
    const heap = [heapAfterGc()];
    const memory = sampleMemory();
    const batchMs: number[] = [];
    let gcMs = 0;
    const started = performance.now();
    for (const [i, { id }] of runs.rows.entries()) {
      // What the run keeps, halfway (the GC's time not counted).
      if (i === Math.floor(runs.rows.length / 2)) {
        const t = performance.now();
        heap.push(heapAfterGc());
        gcMs += performance.now() - t;
      }
      for (;;) {
        const t0 = performance.now();
        const ctx = new RequestContext(opts.services, { ip: null });
        await ctx.openAsJob('billing.runBatch', { runId: id });
        try {
          await billingService.runBatch(ctx, { runId: id });
        } catch (err) {
          await ctx.abort();
          throw err;
        }
        await ctx.close([]);
        batchMs.push(performance.now() - t0);
        const [run] = (
          await owner.query<{ status: string }>(`select status from bill_run where id = $1`, [id])
        ).rows;
        if (run?.status !== 'RUNNING') break;
      }
    }
    const seconds = (performance.now() - started - gcMs) / 1000;
    heap.push(heapAfterGc());
    const [made] = (
      await owner.query<{ bills: number; lines: number }>(
        `select count(distinct b.id)::int bills, count(l.id)::int lines from bill b join bill_line l on l.bill_id = b.id
          where b.period = $1 and b.park_id = any($2::uuid[])`,
        [month, parks],
      )
    ).rows;
    // The queue holds each run's next-batch jobs, which no worker here takes.
    await owner.query(`delete from graphile_worker._private_jobs where task_id in
      (select id from graphile_worker._private_tasks where identifier = 'billing.runBatch')`);
    const ours: BillRunRow = {
      contender: 'ours',
      leases,
      bills: made?.bills ?? 0,
      lines: made?.lines ?? 0,
      seconds,
      billsPerSecond: (made?.bills ?? 0) / seconds,
      ...memory.stop(),
      heapAfterGcMb: heap,
      batches: batchMs.length,
      batchP50Ms: median(batchMs),
    };
    opts.log(`S10 ours: ${ours.bills} bills in ${seconds.toFixed(1)} s, ${batchMs.length} batches`);
    const after = await runLimit(owner, parks, leases, monthAfter(next), 'limit, after', opts.log);
    return [before, ours, after];
  } finally {
    await owner.end();
  }
}

export function formatBillRunTable(rows: BillRunRow[]): string {
  // × limit: against the mean rate of the limit's runs (before and after ours).
  const limits = rows.filter((r) => r.contender !== 'ours');
  const limitRate = limits.reduce((sum, r) => sum + r.billsPerSecond, 0) / (limits.length || 1);
  const head =
    '| S10 bill run | contender | leases | bills | lines | s | bills/s | × limit | RSS before MB | RSS peak MB | heap peak MB | heap after GC MB (before / half / end) | batches | batch p50 ms |';
  const rule = `|${' --- |'.repeat(14)}`;
  const body = rows.map(
    (r) =>
      `| S10 bill run | ${r.contender} | ${r.leases} | ${r.bills} | ${r.lines} | ${r.seconds.toFixed(1)} | ${Math.round(r.billsPerSecond)} | ${limits.length ? (r.billsPerSecond / limitRate).toFixed(2) : ''} | ${r.rssBeforeMb} | ${r.rssPeakMb} | ${r.heapPeakMb} | ${r.heapAfterGcMb.join(' / ')} | ${r.batches} | ${r.batchP50Ms.toFixed(0)} |`,
  );
  return [head, rule, ...body].join('\n');
}
