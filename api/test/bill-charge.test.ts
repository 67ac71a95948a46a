import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../src/modules/maintenance/recurrence.js';
import { type GqlResult, type Session, startTestApp, type TestApp } from './test-app.js';

/**
 * One-off charges 其他收费 (issue 19 §1, §3: bills "from leases, usage and charges"): finance
 * charges a company by a fee standard, the run of the month after bills it as a line traced to
 * it, a cancellation is taken back by that month's next run; bad input changes nothing.
 */
let t: TestApp;
const s: Record<string, Session> = {};
let parkId: string;
let tenantId: string;
let otherTenantId: string;
let standards: Record<string, string>;
let today: string;
let lastMonth: string;
const ext = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions;

const ADD = `mutation ($input: AddBillChargeInput!) {
  addBillCharge(input: $input) { id tenantId chargedOn quantity unitPrice amountFen description cancelledAt billNumbers
                                 standard { code name item } tenantName } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelBillCharge(id: $id, input: { reason: $reason }) { id cancelledAt cancelReason } }`;
type Charge = {
  id: string;
  amountFen: number;
  unitPrice: string;
  billNumbers: string[];
  standard: { code: string; name: string; item: string };
  tenantName: string;
  cancelledAt: string | null;
};
const chargeCount = async () => (await t.sql<{ n: number }>(`select count(*)::int n from bill_charge`))[0]!.n;

/** Runs this month's bills for the park and waits for the run. */
async function runThisMonth() {
  await s.finance!.gqlOk(`mutation ($input: StartBillRunInput!) { startBillRun(input: $input) { id } }`, {
    input: { parkId, period: today.slice(0, 7) },
  });
  await t.drainJobs(60_000);
}
const chargeLines = (id: string) =>
  t.sql<{ number: string; amount_fen: number; evidence: Record<string, unknown> }>(
    `select b.number, l.amount_fen::int, l.evidence from bill_line l join bill b on b.id = l.bill_id
      where l.source = 'CHARGE' and l.source_id = $1 order by l.created_at`,
    [id],
  );

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
  for (const login of ['finance', 'engineer', 'tenant.admin', 'tenant2.admin']) s[login] = await t.as(login);
  [{ id: parkId }] = (await t.sql<{ id: string }>(`select id from park where code = 'SZ-XH'`)) as [
    { id: string },
  ];
  const [ids] = await t.sql<{ a: string; b: string }>(
    `select (select tenant_id from app_user where login = 'tenant.admin') a,
            (select tenant_id from app_user where login = 'tenant2.admin') b`,
  );
  tenantId = ids!.a;
  otherTenantId = ids!.b;
  standards = Object.fromEntries(
    (
      await t.sql<{ code: string; id: string }>(`select code, id from fee_standard where park_id = $1`, [
        parkId,
      ])
    ).map((r) => [r.code, r.id]),
  );
  today = todayIn('Asia/Shanghai', t.clock.now());
  const [y, m] = today.split('-').map(Number) as [number, number];
  lastMonth = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
});
afterAll(async () => {
  await t?.close();
});

describe('one-off charges', () => {
  let charge: Charge;

  it('prices a charge by the standard’s rate on its day, and bills it with this month’s bill', async () => {
    ({ addBillCharge: charge } = await s.finance!.gqlOk<{ addBillCharge: Charge }>(ADD, {
      input: {
        tenantId,
        standardId: standards.HYS,
        chargedOn: `${lastMonth}-10`,
        quantity: '2.5',
        description: '3 号会议室',
      },
    }));
    // 会议室预订（半天） at 200 yuan: 2.5 × 200 = 500 yuan.
    expect(charge).toMatchObject({
      amountFen: 50_000,
      unitPrice: '200.0000',
      billNumbers: [],
      cancelledAt: null,
      standard: { code: 'HYS', item: 'ROOM_BOOKING' },
    });
    expect(charge.tenantName).not.toBe('');

    await runThisMonth();
    const lines = await chargeLines(charge.id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      amount_fen: 50_000,
      evidence: { standard: 'HYS', chargedOn: `${lastMonth}-10` },
    });
    const { billCharge } = await s.finance!.gqlOk<{ billCharge: Charge }>(
      `query ($id: ID!) { billCharge(id: $id) { billNumbers } }`,
      { id: charge.id },
    );
    expect(billCharge.billNumbers).toEqual([lines[0]!.number]);

    // Running the month again bills it no second time.
    await runThisMonth();
    expect(await chargeLines(charge.id)).toHaveLength(1);
  });

  it('shows the company its own charges only; another company’s is NOT_FOUND', async () => {
    const mine = await s['tenant.admin']!.gqlOk<{ billCharges: { nodes: { id: string }[] } }>(
      `{ billCharges(first: 100) { nodes { id } } }`,
    );
    expect(mine.billCharges.nodes.map((n) => n.id)).toContain(charge.id);
    const theirs = await s['tenant2.admin']!.gql(`query ($id: ID!) { billCharge(id: $id) { id } }`, {
      id: charge.id,
    });
    expect(ext(theirs)?.code).toBe('NOT_FOUND');
    const list = await s['tenant2.admin']!.gqlOk<{ billCharges: { nodes: { id: string }[] } }>(
      `{ billCharges(first: 100, filter: { includeCancelled: true }) { nodes { id } } }`,
    );
    expect(list.billCharges.nodes.map((n) => n.id)).not.toContain(charge.id);
    // A company may not charge anyone.
    const tried = await s['tenant.admin']!.gql(ADD, {
      input: { tenantId, standardId: standards.HYS, chargedOn: today, quantity: '1', description: 'x' },
    });
    expect(ext(tried)?.code).toBe('FORBIDDEN');
  });

  it('cancels once under 50 concurrent requests, and the month’s next run takes the billed charge back', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        s.finance!.gql(CANCEL, { id: charge.id, reason: `重复录入 ${i}` }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => ext(r)?.domainCode === 'CHARGE_CANCELLED')).toHaveLength(49);
    const [row] = await t.sql<{ reason: string }>(
      `select cancel_reason reason from bill_charge where id = $1`,
      [charge.id],
    );
    expect(row!.reason).toMatch(/^重复录入 \d+$/);
    const audits = await t.sql(
      `select 1 from audit_log where target_id = $1 and operation = 'cancelBillCharge'`,
      [charge.id],
    );
    expect(audits).toHaveLength(1);

    await runThisMonth();
    const lines = await chargeLines(charge.id);
    expect(lines.map((l) => l.amount_fen)).toEqual([50_000, -50_000]);
    expect(lines[1]!.evidence).toMatchObject({ withdrawn: true });
    // A cancelled charge is left out of the list unless asked for.
    const standing = await s.finance!.gqlOk<{ billCharges: { nodes: { id: string }[] } }>(
      `query ($t: ID!) { billCharges(first: 100, filter: { tenantId: $t }) { nodes { id } } }`,
      { t: tenantId },
    );
    expect(standing.billCharges.nodes.map((n) => n.id)).not.toContain(charge.id);
  });

  it('refuses bad charges with a typed error and writes nothing', async () => {
    const before = await chargeCount();
    const base = {
      tenantId,
      standardId: standards.HYS,
      chargedOn: today,
      quantity: '1',
      description: '会议室',
    };
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const cases: [Record<string, unknown>, string][] = [
      [{ chargedOn: tomorrow }, 'CHARGE_IN_FUTURE'],
      [
        { chargedOn: `${lastMonth.slice(0, 4)}-01-01`.replace(/^(\d+)/, (y) => String(Number(y) - 1)) },
        'CHARGE_TOO_OLD',
      ],
      [{ standardId: standards.DF }, 'STANDARD_NOT_CHARGEABLE'],
      [{ standardId: standards['WY-OFFICE'] }, 'STANDARD_NOT_CHARGEABLE'],
    ];
    for (const [change, code] of cases) {
      const r = await s.finance!.gql(ADD, { input: { ...base, ...change } });
      expect(ext(r), code).toMatchObject({ code: 'BAD_USER_INPUT', domainCode: code });
    }
    for (const quantity of ['0', '0.00', '-1', '1.234', '10000', 'abc', '1e3'])
      expect(ext(await s.finance!.gql(ADD, { input: { ...base, quantity } }))?.code, quantity).toBe(
        'BAD_USER_INPUT',
      );
    expect(ext(await s.finance!.gql(ADD, { input: { ...base, description: 'x'.repeat(201) } }))?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(ext(await s.finance!.gql(ADD, { input: { ...base, chargedOn: '2026-02-30' } }))?.code).toBe(
      'BAD_USER_INPUT',
    );
    const none = '00000000-0000-7000-8000-000000000000';
    expect(ext(await s.finance!.gql(ADD, { input: { ...base, tenantId: none } }))?.code).toBe('NOT_FOUND');
    expect(ext(await s.finance!.gql(ADD, { input: { ...base, standardId: none } }))?.code).toBe('NOT_FOUND');
    expect(ext(await s.engineer!.gql(ADD, { input: base }))?.code).toBe('FORBIDDEN');
    expect(ext(await s.finance!.gql(CANCEL, { id: none, reason: 'x' }))?.code).toBe('NOT_FOUND');
    expect(await chargeCount()).toBe(before);
    // The same charge for another company of the park is fine.
    const other = await s.finance!.gqlOk<{ addBillCharge: Charge }>(ADD, {
      input: { ...base, tenantId: otherTenantId, standardId: standards['TC-MONTH'] },
    });
    expect(other.addBillCharge).toMatchObject({ amountFen: 30_000, standard: { item: 'PARKING' } });
  });
});
