import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillingConfig } from '../src/config/env.js';
import { useBillingSettings } from '../src/modules/billing/billing.settings.js';
import { todayIn } from '../src/modules/maintenance/recurrence.js';
import { type GqlResult, type Session, startTestApp, type TestApp } from './test-app.js';

/** Bill runs (issue 19 §3): batches, idempotent re-runs, adjustments, progress, isolation, aging. */
const DAY = 86_400_000;
/** Companies per bill-run batch in these tests. */
const BATCH = 25;
let previousSettings: BillingConfig;
let t: TestApp;
const s: Record<string, Session> = {};
let parkId: string;
let period: string;
const ext = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions;
/** The month `n` months before the app's today (China time), YYYY-MM. */
function monthsBefore(n: number): string {
  const [y, m] = todayIn('Asia/Shanghai', t.clock.now()).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - n, 1)).toISOString().slice(0, 7);
}

const START = `mutation ($input: StartBillRunInput!) { startBillRun(input: $input) { id status tenantsTotal } }`;
type Run = {
  id: string;
  status: string;
  tenantsDone: number;
  tenantsTotal: number;
  billsIssued: number;
  adjustments: number;
};
const RUNS = `query ($p: ID!) { billRuns(parkId: $p) { id status tenantsDone tenantsTotal billsIssued adjustments } }`;

async function runBills(month = period): Promise<Run> {
  const started = await s.finance!.gqlOk<{ startBillRun: { id: string } }>(START, {
    input: { parkId, period: month },
  });
  await t.drainJobs(60_000);
  const runs = await s.finance!.gqlOk<{ billRuns: Run[] }>(RUNS, { p: parkId });
  return runs.billRuns.find((r) => r.id === started.startBillRun.id)!;
}
const billCount = async () =>
  (await t.sql<{ n: number }>(`select count(*)::int n from bill where period = $1`, [period]))[0]!.n;

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
  for (const login of ['finance', 'engineer', 'tenant.admin', 'tenant2.admin', 'park.manager'])
    s[login] = await t.as(login);
  [{ id: parkId }] = (await t.sql<{ id: string }>(`select id from park where code = 'SZ-XH'`)) as [
    { id: string },
  ];
  // The demo seed billed a year, month by month, and paid it. These tests bill months from
  // scratch in this file's own database: its bills and their money go first.
  await t.sql(`delete from attachment where invoice_request_id is not null`);
  for (const table of [
    'invoice_request',
    'refund',
    'payment_entry',
    'payment_intent',
    'bill_line',
    'bill',
    'bill_run',
  ])
    await t.sql(`delete from ${table}`);
  period = monthsBefore(2);
  // Small batches, so the demo park's run takes several (the default fits it in one).
  previousSettings = useBillingSettings({ runBatch: BATCH });
});
afterAll(async () => {
  useBillingSettings(previousSettings);
  await t?.close();
});

describe('a bill run', () => {
  it('bills every company with a lease in batches, each line traced to its source, and reports its progress live', async () => {
    const client = s.finance!.wsClient();
    const seen: Run[] = [];
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe<{ billRunProgress: Run }>(
        {
          query: `subscription ($p: ID!) { billRunProgress(parkId: $p) { id status tenantsDone tenantsTotal billsIssued adjustments } }`,
          variables: { p: parkId },
        },
        {
          next: (m) => {
            if (m.data) seen.push(m.data.billRunProgress);
            if (m.data?.billRunProgress.status === 'DONE') resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await new Promise((r) => setTimeout(r, 300));
    const run = await runBills();
    await done;
    expect(run).toMatchObject({ status: 'DONE' });
    expect(run.tenantsDone).toBe(run.tenantsTotal);
    expect(run.billsIssued).toBeGreaterThan(20);
    // One message per batch of companies; a short batch is the last and ends the run (a run of
    // a multiple of the batch ends in one more, empty). The demo park takes several batches.
    expect(seen.length).toBe(Math.floor(run.tenantsTotal / BATCH) + 1);
    expect(seen.at(-1)).toMatchObject({ status: 'DONE', tenantsDone: run.tenantsTotal });
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.map((r) => r.tenantsDone)).toEqual([...seen.map((r) => r.tenantsDone)].sort((a, b) => a - b));

    const [sums] = await t.sql<{ off: number; leases: number; utilities: number }>(
      `select count(*) filter (where b.total_fen <> (select sum(amount_fen) from bill_line l where l.bill_id = b.id))::int off,
              (select count(*)::int from bill_line l join bill x on x.id = l.bill_id where x.period = $1 and l.source::text like 'LEASE%') leases,
              (select count(*)::int from bill_line l join bill x on x.id = l.bill_id where x.period = $1 and l.source = 'UTILITY') utilities
         from bill b where b.period = $1`,
      [period],
    );
    expect(sums).toMatchObject({ off: 0 });
    expect(sums!.leases).toBeGreaterThan(20);
    expect(sums!.utilities).toBeGreaterThan(0);
    // Every active monthly lease's rent line of the month is on its company's bill, by its source
    // key (those with rent-free days are left out: a month wholly free has no rent line).
    const missing = await t.sql<{ number: string }>(
      `select l.number from lease l where l.status = 'ACTIVE' and l.payment_cycle = 'MONTHLY' and l.free_periods = '[]'
          and l.start_on <= $2::date and l.end_on >= ($1 || '-01')::date
          and not exists (select 1 from bill_line x where x.source_key = 'lease:' || l.id || ':RENT:' || greatest(l.start_on, ($1 || '-01')::date)::text)`,
      [period, `${period}-28`],
    );
    expect(missing).toEqual([]);
    // The run reads leases as rows, the lease's schedule through its entity: each monthly lease's
    // rent and property fee lines of the month are the same amounts both ways.
    const sample = await t.sql<{ id: string; number: string }>(
      `select l.id, l.number from lease l where l.status = 'ACTIVE' and l.payment_cycle = 'MONTHLY'
          and l.property_fee_standard_id is not null and l.start_on < ($1 || '-01')::date
        order by l.number limit 5`,
      [period],
    );
    expect(sample.length).toBeGreaterThan(0);
    for (const lease of sample) {
      const { lease: read } = await s.finance!.gqlOk<{
        lease: { schedule: { lines: { kind: string; from: string; amountFen: number }[] }[] };
      }>(`query ($id: ID!) { lease(id: $id) { schedule { lines { kind from amountFen } } } }`, {
        id: lease.id,
      });
      const scheduled = read.schedule
        .flatMap((c) => c.lines)
        .filter((l) => l.from.startsWith(period) && l.kind !== 'DEPOSIT')
        .map((l) => ({ source: `LEASE_${l.kind}`, amount_fen: l.amountFen }));
      const billed = await t.sql<{ source: string; amount_fen: number }>(
        `select l.source::text, l.amount_fen::int from bill_line l join bill b on b.id = l.bill_id
          where b.period = $1 and l.source_id = $2 and l.source in ('LEASE_RENT', 'LEASE_PROPERTY_FEE')
          order by l.source::text`,
        [period, lease.id],
      );
      expect(billed, lease.number).toEqual(scheduled.sort((a, b) => a.source.localeCompare(b.source)));
      expect(billed.map((l) => l.source)).toContain('LEASE_PROPERTY_FEE');
    }
  });

  it('bills nothing again when run a second time', async () => {
    const before = await billCount();
    const run = await runBills();
    expect(run).toMatchObject({ status: 'DONE', billsIssued: 0, adjustments: 0 });
    expect(await billCount()).toBe(before);
  });

  it('after a lease changes, bills only the difference, as an adjustment of that company', async () => {
    const [lease] = await t.sql<{ id: string; tenant_id: string; rent_price: string }>(
      `select l.id, l.tenant_id, l.rent_price from lease l where l.status = 'ACTIVE' and l.payment_cycle = 'MONTHLY'
          and l.escalation = 'NONE' and l.start_on < ($1 || '-01')::date and exists (select 1 from bill b where b.tenant_id = l.tenant_id and b.period = $1)
        order by l.number limit 1`,
      [period],
    );
    await t.sql(`update lease set rent_price = rent_price + 1 where id = $1`, [lease!.id]);
    const run = await runBills();
    expect(run).toMatchObject({ billsIssued: 0, adjustments: 1 });
    const [adjustment] = await t.sql<{ number: string; total_fen: string; kind: string; lines: number }>(
      `select b.number, b.total_fen, b.kind, (select count(*)::int from bill_line l where l.bill_id = b.id) lines
         from bill b where b.tenant_id = $1 and b.period = $2 and b.kind = 'ADJUSTMENT'`,
      [lease!.tenant_id, period],
    );
    expect(adjustment).toMatchObject({ kind: 'ADJUSTMENT', lines: 1 });
    expect(adjustment!.number).toMatch(/-A1$/);
    // One more yuan per m² for the whole month: the area in fen.
    const [{ area }] = (await t.sql<{ area: string }>(
      `select sum(area) area from lease_unit where lease_id = $1`,
      [lease!.id],
    )) as [{ area: string }];
    expect(Number(adjustment!.total_fen)).toBe(Math.round(Number(area) * 100));
  });

  it('bills an accepted paid-repair quote of the month before to its company only, traced to its work order', async () => {
    // Two billed companies: one gets a repair, the other (in another batch or the same) nothing.
    const companies = await t.sql<{ tenant_id: string }>(
      `select tenant_id from bill where period = $1 and kind = 'REGULAR' group by tenant_id order by tenant_id`,
      [period],
    );
    const mine = companies.at(-1)!.tenant_id;
    // A repair of that company, done in the middle of the month before, its quote accepted.
    const [order] = await t.sql<{ id: string; number: string }>(
      `update work_order w set tenant_id = $1, state = 'COMPLETED', quote_state = 'ACCEPTED', quote_labour_fen = 12000,
              quote_materials_fen = 3456, quoted_at = ($2 || '-10')::date, quote_decided_at = ($2 || '-11')::date,
              completed_at = ($2 || '-15T10:00:00+08:00')::timestamptz
        where w.id = (select id from work_order where park_id = $3 order by number limit 1)
        returning w.id, w.number`,
      [mine, monthsBefore(3), parkId],
    );
    const run = await runBills();
    expect(run).toMatchObject({ billsIssued: 0, adjustments: 1 });
    const lines = await t.sql<{
      tenant_id: string;
      source: string;
      source_id: string;
      amount_fen: string;
      description: string;
    }>(
      `select b.tenant_id, l.source, l.source_id, l.amount_fen::text, l.description from bill_line l join bill b on b.id = l.bill_id
        where b.period = $1 and l.source = 'REPAIR'`,
      [period],
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ tenant_id: mine, source_id: order!.id, amount_fen: '15456' });
    expect(lines[0]!.description).toContain(order!.number);
  });

  it('starts once under 50 concurrent requests for one park and month', async () => {
    const next = monthsBefore(3);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => s.finance!.gql(START, { input: { parkId, period: next } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors))
      expect(ext(r)).toMatchObject({ code: 'CONFLICT', domainCode: 'RUN_IN_PROGRESS' });
    await t.drainJobs(60_000);
    const [{ n }] = (await t.sql<{ n: number }>(`select count(*)::int n from bill_run where period = $1`, [
      next,
    ])) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('refuses a malformed or too late month, and anyone but finance and managers', async () => {
    expect(ext(await s.finance!.gql(START, { input: { parkId, period: '2026-13' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.period',
    });
    expect(ext(await s.finance!.gql(START, { input: { parkId, period: '2099-01' } }))).toMatchObject({
      domainCode: 'PERIOD_TOO_LATE',
    });
    expect(ext(await s.engineer!.gql(START, { input: { parkId, period } }))?.code).toBe('FORBIDDEN');
    expect(
      ext(
        await s['tenant.admin']!.gql(`query ($p: ID!) { billAging(parkId: $p) { notDueFen } }`, {
          p: parkId,
        }),
      )?.code,
    ).toBe('FORBIDDEN');
  });
});

describe('bills as companies see them', () => {
  it('shows a company its own bills and lines only; another company’s bill is NOT_FOUND', async () => {
    const mine = await s['tenant.admin']!.gqlOk<{
      bills: { nodes: { id: string; tenantId: string; totalFen: number; lines: { amountFen: number }[] }[] };
    }>(`{ bills(first: 50) { nodes { id tenantId totalFen lines { amountFen source } } } }`);
    expect(mine.bills.nodes.length).toBeGreaterThan(0);
    const [me] = await t.sql<{ tenant_id: string }>(
      `select tenant_id from app_user where login = 'tenant.admin'`,
    );
    for (const b of mine.bills.nodes) {
      expect(b.tenantId).toBe(me!.tenant_id);
      expect(b.lines.reduce((sum, l) => sum + l.amountFen, 0)).toBe(b.totalFen);
    }
    const [theirs] = await t.sql<{ id: string }>(`select id from bill where tenant_id <> $1 limit 1`, [
      me!.tenant_id,
    ]);
    expect(
      ext(await s['tenant.admin']!.gql(`query ($id: ID!) { bill(id: $id) { id } }`, { id: theirs!.id }))
        ?.code,
    ).toBe('NOT_FOUND');
  });

  it('pages bills in a fixed number of statements, with their lines', async () => {
    const LIST = `query ($f: BillFilter) { bills(first: 50, filter: $f) { nodes { id number tenantName totalFen lines { amountFen } } } }`;
    const few = await t.statements.measure(() => s.finance!.gqlOk(LIST, { f: { parkId, number: '-0001' } }));
    const many = await t.statements.measure(() => s.finance!.gqlOk(LIST, { f: { parkId, period } }));
    expect(many.statements).toBe(few.statements);
  });
});

describe('after the due date', () => {
  it('voids a bill once, bills the month afresh on the next run, and ages what is owed', async () => {
    const [bill] = await t.sql<{ id: string; tenant_id: string; number: string }>(
      `select id, tenant_id, number from bill where period = $1 and kind = 'REGULAR' order by number limit 1`,
      [period],
    );
    const VOID = `mutation ($id: ID!) { voidBill(id: $id, input: { reason: "面积有误" }) { status } }`;
    expect(ext(await s['park.manager']!.gql(VOID, { id: bill!.id }))?.code).toBe('FORBIDDEN');
    expect(
      (await s.finance!.gqlOk<{ voidBill: { status: string } }>(VOID, { id: bill!.id })).voidBill.status,
    ).toBe('VOID');
    expect(ext(await s.finance!.gql(VOID, { id: bill!.id }))).toMatchObject({ domainCode: 'BILL_VOID' });
    // Voiding is once-only under 50 concurrent requests too.
    const [other] = await t.sql<{ id: string }>(
      `select id from bill where period = $1 and kind = 'REGULAR' and status <> 'VOID' and tenant_id <> $2 order by number limit 1`,
      [period, bill!.tenant_id],
    );
    const voids = await Promise.all(
      Array.from({ length: 50 }, () => s.finance!.gql(VOID, { id: other!.id })),
    );
    expect(voids.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of voids.filter((r) => r.errors)) expect(ext(r)).toMatchObject({ domainCode: 'BILL_VOID' });
    const run = await runBills();
    expect(run.billsIssued).toBe(2);
    const regular = await t.sql<{ number: string; status: string }>(
      `select number, status from bill where tenant_id = $1 and period = $2 and kind = 'REGULAR' order by created_at`,
      [bill!.tenant_id, period],
    );
    expect(regular.map((b) => b.status)).toEqual(['VOID', 'ISSUED']);

    await t.advanceClock(60 * DAY);
    await t.sql(`select graphile_worker.add_job('billing.markOverdue', '{}'::json)`);
    await t.drainJobs(60_000);
    const aging = await s.finance!.gqlOk<{
      billAging: { days0to30Fen: number; days31to60Fen: number; billsOverdue: number };
    }>(
      `query ($p: ID!) { billAging(parkId: $p) { notDueFen days0to30Fen days31to60Fen days61to90Fen days90plusFen billsOverdue } }`,
      { p: parkId },
    );
    expect(aging.billAging.billsOverdue).toBeGreaterThan(20);
    expect(aging.billAging.days31to60Fen + aging.billAging.days0to30Fen).toBeGreaterThan(0);
    const [{ n }] = (await t.sql<{ n: number }>(
      `select count(*)::int n from bill where period = $1 and status = 'OVERDUE'`,
      [period],
    )) as [{ n: number }];
    expect(n).toBeGreaterThan(20);

    // The month after the one the clock is in now bills late fees for the days overdue in this one.
    const now = monthsBefore(0);
    const lateRun = await runBills(now);
    expect(lateRun.status).toBe('DONE');
    const late = await t.sql<{
      amount_fen: string;
      evidence: { owedFen: number; fenDays: number; permille: string; days: number };
      source_key: string;
    }>(
      `select l.amount_fen, l.evidence, l.source_key from bill_line l join bill b on b.id = l.bill_id
        where b.period = $1 and l.source = 'LATE_FEE'`,
      [now],
    );
    expect(late.length).toBeGreaterThan(20);
    for (const l of late)
      expect(Number(l.amount_fen), l.source_key).toBe(
        Math.round((l.evidence.fenDays * Number(l.evidence.permille)) / 1000),
      );
    // The re-issued bill of the voided one was due weeks before the month began: all of it is late.
    const [reissued] = await t.sql<{ id: string; total_fen: string }>(
      `select id, total_fen from bill where tenant_id = $1 and period = $2 and kind = 'REGULAR' and status <> 'VOID'`,
      [bill!.tenant_id, period],
    );
    const mine = late.find((l) => l.source_key.startsWith(`late:${reissued!.id}:`));
    expect(mine?.evidence).toMatchObject({ owedFen: Number(reissued!.total_fen), permille: '0.50' });
    // Owed all of every late day: the day-by-day balances are the whole bill each day.
    expect(mine!.evidence.fenDays).toBe(Number(reissued!.total_fen) * mine!.evidence.days);
    expect((await runBills(now)).adjustments).toBe(0);

    // Half of it paid at noon on the 11th of that month: from the 11th on the day's balance is
    // the other half, so that month's next run takes back the difference of this late fee only.
    const total = Number(reissued!.total_fen);
    const half = Math.floor(total / 2);
    const lateMonth = monthsBefore(1);
    const [intent] = await t.sql<{ id: string }>(
      `insert into payment_intent (id, created_at, updated_at, park_id, tenant_id, bill_id, provider, channel, idempotency_key,
         request_hash, amount_fen, currency, out_trade_no, status, pay_url, expires_at, created_by)
       select gen_random_uuid(), now(), now(), park_id, tenant_id, id, 'SANDBOX', 'PORTAL', 'late-fee-test', 'x', $2, 'CNY',
              'LATEFEETEST1', 'SUCCEEDED', 'https://pay.test/x', now(), tenant_id
         from bill where id = $1 returning id`,
      [reissued!.id, half],
    );
    await t.sql(
      `insert into payment_entry (id, created_at, park_id, tenant_id, bill_id, intent_id, kind, provider, provider_ref, amount_fen, booked_at)
       select gen_random_uuid(), now(), park_id, tenant_id, id, $2, 'PAYMENT', 'SANDBOX', 'late-fee-test', $3, $4::timestamptz
         from bill where id = $1`,
      [reissued!.id, intent!.id, half, `${lateMonth}-11T04:00:00Z`],
    );
    await t.sql(`update bill set paid_fen = paid_fen + $2 where id = $1`, [reissued!.id, half]);
    expect((await runBills(now)).adjustments).toBe(1);
    const taken = await t.sql<{ amount_fen: string }>(
      `select l.amount_fen from bill_line l join bill b on b.id = l.bill_id
        where b.period = $1 and b.kind = 'ADJUSTMENT' and l.source_key = $2`,
      [now, mine!.source_key],
    );
    const days = mine!.evidence.days;
    const charged = Math.round(((total * 10 + (total - half) * (days - 10)) * 0.5) / 1000);
    expect(taken.map((l) => Number(l.amount_fen))).toEqual([charged - Number(mine!.amount_fen)]);
    expect((await runBills(now)).adjustments).toBe(0);
  });
});

describe('overdue reminders', () => {
  it('notifies the company’s bill readers on the 7th day late, in both languages’ facts, and no other company', async () => {
    const today = todayIn('Asia/Shanghai', t.clock.now());
    const due = new Date(Date.parse(`${today}T00:00:00Z`) - 7 * DAY).toISOString().slice(0, 10);
    const [bill] = await t.sql<{ id: string; number: string; owed: string }>(
      `update bill set status = 'OVERDUE', due_on = $1
        where id = (select b.id from bill b join app_user u on u.tenant_id = b.tenant_id and u.login = 'tenant.admin'
                     where b.total_fen > b.paid_fen and b.status <> 'VOID' order by b.number limit 1)
        returning id, number, (total_fen - paid_fen)::text owed`,
      [due],
    );
    await t.sql(`select graphile_worker.add_job('billing.remindOverdue', '{}'::json)`);
    await t.drainJobs(20_000);
    const mine = await s['tenant.admin']!.gqlOk<{
      notifications: { nodes: { kind: string; title: string; facts: Record<string, string> | null }[] };
    }>(
      '{ notifications(first: 50) { nodes { kind title facts { billNumber owedFen daysOverdue dueOn } } } }',
    );
    const reminder = mine.notifications.nodes.find(
      (n) => n.kind === 'BILL_OVERDUE' && n.facts?.billNumber === bill!.number,
    );
    expect(reminder?.facts).toEqual({
      billNumber: bill!.number,
      owedFen: bill!.owed,
      daysOverdue: '7',
      dueOn: due,
    });
    expect(reminder?.title).toBe(`账单 ${bill!.number} 已逾期 7 天`);
    const others = await s['tenant2.admin']!.gqlOk<{
      notifications: { nodes: { facts: { billNumber: string | null } | null }[] };
    }>('{ notifications(first: 50) { nodes { facts { billNumber } } } }');
    expect(others.notifications.nodes.some((n) => n.facts?.billNumber === bill!.number)).toBe(false);
  });
});
