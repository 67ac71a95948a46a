import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/modules/lease/rent-schedule.js';
import { todayIn } from '../src/modules/maintenance/recurrence.js';
import { type GqlResult, type Session, startTestApp, type TestApp } from './test-app.js';

/** Lease contracts (issue 19 §2): drafts, signing under races, the daily roll, isolation. */
const DAY = 86_400_000;
let t: TestApp;
const s: Record<string, Session> = {};
let parkId: string;
let tenantId: string;
let otherTenantId: string;
let vacant: { id: string; code: string }[];
let feeId: string;

const LEASE = `id status number tenantId startOn endOn terminatedOn units { unitId unitCode area } area`;
const CREATE = `mutation ($input: CreateLeaseInput!) { createLease(input: $input) { ${LEASE} } }`;
const SIGN = `mutation ($id: ID!) { signLease(id: $id) { ${LEASE} } }`;
const ext = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions;
const today = () => todayIn('Asia/Shanghai', t.clock.now());
let numbers = 0;

type Lease = { id: string; status: string; startOn: string; endOn: string; units: { unitId: string }[] };

async function draft(input: Record<string, unknown> = {}, as: Session = s.leasing!): Promise<Lease> {
  const data = await as.gqlOk<{ createLease: Lease }>(CREATE, {
    input: {
      parkId,
      tenantId,
      number: `T-${++numbers}`,
      unitIds: [vacant[0]!.id],
      startOn: today(),
      endOn: addDays(today(), 364),
      paymentCycle: 'MONTHLY',
      rentPrice: '55.5',
      propertyFeeStandardId: feeId,
      depositFen: 300_000,
      ...input,
    },
  });
  return data.createLease;
}
const unitRow = async (id: string) =>
  (
    await t.sql<{ status: string; tenant_id: string | null }>(
      `select status, tenant_id from unit where id = $1`,
      [id],
    )
  )[0]!;
const roll = async () => {
  await t.sql(`select graphile_worker.add_job('lease.roll', '{}'::json)`);
  await t.drainJobs();
};

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
  for (const login of ['leasing', 'finance', 'tenant.admin', 'tenant2.admin', 'engineer'])
    s[login] = await t.as(login);
  [{ id: parkId }] = (await t.sql<{ id: string }>(`select id from park where code = 'SZ-XH'`)) as [
    { id: string },
  ];
  const tenants = await t.sql<{ tenant_id: string }>(
    `select tenant_id from app_user where login in ('tenant.admin', 'tenant2.admin') order by login`,
  );
  tenantId = tenants[0]!.tenant_id;
  otherTenantId = tenants[1]!.tenant_id;
  vacant = await t.sql<{ id: string; code: string }>(
    `select id, code from unit where park_id = $1 and status = 'VACANT' and type <> 'PUBLIC' and retired_at is null
      order by code limit 8`,
    [parkId],
  );
  [{ id: feeId }] = (await t.sql<{ id: string }>(`select id from fee_standard where code = 'WY-OFFICE'`)) as [
    { id: string },
  ];
});
afterAll(() => t?.close());

describe('the demo seed', () => {
  it('has a lease for every unit a company holds: active on leased units, signed on reserved ones', async () => {
    const uncovered = await t.sql<{ code: string; status: string }>(
      `select u.code, u.status from unit u where u.park_id = $1 and u.tenant_id is not null and not exists (
         select 1 from lease_unit lu join lease l on l.id = lu.lease_id
          where lu.unit_id = u.id and l.tenant_id = u.tenant_id
            and l.status = case u.status when 'LEASED' then 'ACTIVE' else 'SIGNED' end::lease_status)`,
      [parkId],
    );
    expect(uncovered).toEqual([]);
    const [counts] = await t.sql<{ active: number; expired: number }>(
      `select count(*) filter (where status = 'ACTIVE')::int active, count(*) filter (where status = 'EXPIRED')::int expired from lease`,
    );
    expect(counts!.active).toBeGreaterThan(20);
    expect(counts!.expired).toBeGreaterThan(0);
  });
});

describe('signing', () => {
  it('makes a lease that has begun ACTIVE and leases its units to its tenant; a second signing is refused', async () => {
    const lease = await draft({ unitIds: [vacant[0]!.id, vacant[1]!.id] });
    expect(lease.status).toBe('DRAFT');
    expect(await unitRow(vacant[0]!.id)).toEqual({ status: 'VACANT', tenant_id: null });
    const signed = await s.leasing!.gqlOk<{ signLease: Lease }>(SIGN, { id: lease.id });
    expect(signed.signLease.status).toBe('ACTIVE');
    for (const u of vacant.slice(0, 2))
      expect(await unitRow(u.id)).toEqual({ status: 'LEASED', tenant_id: tenantId });
    const again = await s.leasing!.gql(SIGN, { id: lease.id });
    expect(ext(again)).toMatchObject({ code: 'CONFLICT', domainCode: 'LEASE_NOT_DRAFT' });
    const [audit] = await t.sql<{ n: number }>(
      `select count(*)::int n from audit_log where operation = 'signLease' and target_id = $1 and outcome = 'OK'`,
      [lease.id],
    );
    expect(audit!.n).toBe(1);
  });

  it('of 50 drafts of one unit over overlapping terms signed at once, exactly one binds it', async () => {
    const unit = vacant[2]!;
    const drafts: Lease[] = [];
    for (let i = 0; i < 50; i++)
      drafts.push(
        await draft({
          unitIds: [unit.id],
          tenantId: i % 2 ? tenantId : otherTenantId,
          startOn: addDays(today(), 30 + i),
          endOn: addDays(today(), 400 + i),
        }),
      );
    const results = await Promise.all(
      drafts.map((d) => s.leasing!.gql<{ signLease: Lease }>(SIGN, { id: d.id })),
    );
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(won[0]!.data!.signLease.status).toBe('SIGNED');
    for (const r of results.filter((r) => r.errors))
      expect(ext(r)).toMatchObject({ code: 'CONFLICT', domainCode: 'UNIT_ALREADY_LEASED', field: 'unitIds' });
    const [bound] = await t.sql<{ n: number }>(
      `select count(*)::int n from lease_unit where unit_id = $1 and term is not null`,
      [unit.id],
    );
    expect(bound!.n).toBe(1);
  });

  it('signs one draft once under 50 concurrent requests', async () => {
    const lease = await draft({ unitIds: [vacant[3]!.id], startOn: addDays(today(), 10) });
    const results = await Promise.all(
      Array.from({ length: 50 }, () => s.leasing!.gql(SIGN, { id: lease.id })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors))
      expect(ext(r)).toMatchObject({ domainCode: 'LEASE_NOT_DRAFT' });
  });

  it('refuses a unit another company holds today', async () => {
    const [held] = await t.sql<{ id: string }>(
      `select id from unit where park_id = $1 and status = 'LEASED' and tenant_id <> $2 limit 1`,
      [parkId, tenantId],
    );
    // Another company's lease binds it now: the exclusion refuses before the occupancy check.
    const lease = await draft({ unitIds: [held!.id] });
    const r = await s.leasing!.gql(SIGN, { id: lease.id });
    expect(ext(r)).toMatchObject({ code: 'CONFLICT', domainCode: 'UNIT_ALREADY_LEASED' });
    expect((await unitRow(held!.id)).tenant_id).not.toBe(tenantId);
  });
});

describe('the daily roll', () => {
  it('starts a signed lease on its first day, ends it after its last, and frees its units', async () => {
    const unit = vacant[4]!;
    const lease = await draft({
      unitIds: [unit.id],
      startOn: addDays(today(), 2),
      endOn: addDays(today(), 4),
    });
    await s.leasing!.gqlOk(SIGN, { id: lease.id });
    const status = async () =>
      (await t.sql<{ status: string }>(`select status from lease where id = $1`, [lease.id]))[0]!.status;
    await roll();
    expect(await status()).toBe('SIGNED');
    await t.advanceClock(2 * DAY);
    await roll();
    expect(await status()).toBe('ACTIVE');
    expect(await unitRow(unit.id)).toEqual({ status: 'LEASED', tenant_id: tenantId });
    await t.advanceClock(3 * DAY);
    await roll();
    expect(await status()).toBe('EXPIRED');
    expect(await unitRow(unit.id)).toEqual({ status: 'VACANT', tenant_id: null });
  });

  it('ends a terminated lease the day after its new last day, as TERMINATED', async () => {
    const unit = vacant[5]!;
    const lease = await draft({ unitIds: [unit.id] });
    await s.leasing!.gqlOk(SIGN, { id: lease.id });
    const TERMINATE = `mutation ($id: ID!, $input: TerminateLeaseInput!) { terminateLease(id: $id, input: $input) { ${LEASE} } }`;
    const early = await s.leasing!.gql(TERMINATE, {
      id: lease.id,
      input: { lastDay: addDays(today(), -1), reason: '企业搬迁' },
    });
    expect(ext(early)).toMatchObject({ code: 'BAD_USER_INPUT', domainCode: 'TERMINATION_DATE' });
    const done = await s.leasing!.gqlOk<{ terminateLease: Lease & { terminatedOn: string } }>(TERMINATE, {
      id: lease.id,
      input: { lastDay: addDays(today(), 1), reason: '企业搬迁' },
    });
    expect(done.terminateLease).toMatchObject({
      status: 'ACTIVE',
      endOn: addDays(today(), 1),
      terminatedOn: addDays(today(), 1),
    });
    await t.advanceClock(2 * DAY);
    await roll();
    const [row] = await t.sql<{ status: string }>(`select status from lease where id = $1`, [lease.id]);
    expect(row!.status).toBe('TERMINATED');
    expect(await unitRow(unit.id)).toEqual({ status: 'VACANT', tenant_id: null });
  });
});

describe('renewing', () => {
  it('drafts the renewal from the day after the last day, with the same units, and signs it back to back', async () => {
    const lease = await draft({
      unitIds: [vacant[6]!.id],
      startOn: addDays(today(), 5),
      endOn: addDays(today(), 100),
    });
    await s.leasing!.gqlOk(SIGN, { id: lease.id });
    const RENEW = `mutation ($id: ID!, $input: RenewLeaseInput!) { renewLease(id: $id, input: $input) { ${LEASE} rentPrice renewalOfId } }`;
    const bad = await s.leasing!.gql(RENEW, {
      id: lease.id,
      input: { number: 'R-1', endOn: addDays(today(), 50) },
    });
    expect(ext(bad)).toMatchObject({ code: 'BAD_USER_INPUT', domainCode: 'TERM_BACKWARDS' });
    const renewal = await s.leasing!.gqlOk<{
      renewLease: Lease & { rentPrice: string; renewalOfId: string };
    }>(RENEW, {
      id: lease.id,
      input: { number: 'R-1', endOn: addDays(today(), 465), rentPrice: '58' },
    });
    expect(renewal.renewLease).toMatchObject({
      status: 'DRAFT',
      startOn: addDays(today(), 101),
      rentPrice: '58.0000',
      renewalOfId: lease.id,
      units: [{ unitId: vacant[6]!.id }],
    });
    const signed = await s.leasing!.gqlOk<{ signLease: Lease }>(SIGN, { id: renewal.renewLease.id });
    expect(signed.signLease.status).toBe('SIGNED');
  });
});

describe('bad input changes nothing', () => {
  it('refuses a backwards term, an unknown or public unit, a mismatched escalation and an over-long number', async () => {
    const [publicUnit] = await t.sql<{ id: string }>(
      `select id from unit where park_id = $1 and type = 'PUBLIC' limit 1`,
      [parkId],
    );
    const [before] = await t.sql<{ n: number }>(`select count(*)::int n from lease`);
    const cases: [Record<string, unknown>, Record<string, unknown>][] = [
      [{ endOn: addDays(today(), -1) }, { code: 'BAD_USER_INPUT', domainCode: 'TERM_BACKWARDS' }],
      [{ endOn: addDays(today(), 365 * 21) }, { domainCode: 'TERM_TOO_LONG' }],
      [{ unitIds: ['00000000-0000-0000-0000-000000000001'] }, { code: 'NOT_FOUND', field: 'input.unitIds' }],
      [{ unitIds: [publicUnit!.id] }, { domainCode: 'UNIT_NOT_LEASABLE' }],
      [{ unitIds: [vacant[6]!.id, vacant[6]!.id] }, { domainCode: 'DUPLICATE_UNIT' }],
      [{ escalation: 'FIXED_PERCENT' }, { domainCode: 'ESCALATION_MISMATCH' }],
      [{ escalation: 'FIXED_PERCENT', escalationPercent: '80' }, { domainCode: 'ESCALATION_RANGE' }],
      [{ freePeriods: [{ from: addDays(today(), -10), to: today() }] }, { domainCode: 'FREE_PERIOD' }],
      [{ number: 'N'.repeat(31) }, { code: 'BAD_USER_INPUT', field: 'input.number' }],
      [{ rentPrice: '-5' }, { code: 'BAD_USER_INPUT', field: 'input.rentPrice' }],
      [{ rentPrice: '1.23456' }, { code: 'BAD_USER_INPUT', field: 'input.rentPrice' }],
      [{ depositFen: -1 }, { code: 'BAD_USER_INPUT', field: 'input.depositFen' }],
      [{ tenantId: '00000000-0000-0000-0000-000000000001' }, { code: 'NOT_FOUND' }],
    ];
    for (const [input, expected] of cases) {
      const r = await s.leasing!.gql(CREATE, {
        input: {
          parkId,
          tenantId,
          number: 'BAD-1',
          unitIds: [vacant[6]!.id],
          startOn: today(),
          endOn: addDays(today(), 30),
          paymentCycle: 'MONTHLY',
          rentPrice: '50',
          ...input,
        },
      });
      expect(ext(r), JSON.stringify(input)).toMatchObject(expected);
    }
    const [after] = await t.sql<{ n: number }>(`select count(*)::int n from lease`);
    expect(after!.n).toBe(before!.n);
  });

  it('refuses a duplicate number as CONFLICT on the field', async () => {
    await draft({ number: 'DUP-1', unitIds: [vacant[7]!.id] });
    const r = await s.leasing!.gql(CREATE, {
      input: {
        parkId,
        tenantId,
        number: 'DUP-1',
        unitIds: [vacant[7]!.id],
        startOn: today(),
        endOn: today(),
        paymentCycle: 'MONTHLY',
        rentPrice: '1',
      },
    });
    expect(ext(r)).toMatchObject({ code: 'CONFLICT', field: 'input.number' });
  });

  it('leaves leases to leasing staff: engineers and tenants may not draft', async () => {
    for (const who of ['engineer', 'tenant.admin']) {
      const r = await s[who]!.gql(CREATE, {
        input: {
          parkId,
          tenantId,
          number: 'X',
          unitIds: [vacant[7]!.id],
          startOn: today(),
          endOn: today(),
          paymentCycle: 'MONTHLY',
          rentPrice: '1',
        },
      });
      expect(ext(r)?.code).toBe('FORBIDDEN');
    }
  });
});

describe('reading leases', () => {
  it('shows a tenant its own leases only, with units and schedule; another company’s is NOT_FOUND', async () => {
    const mine = await s['tenant.admin']!.gqlOk<{
      leases: { totalCount: number; nodes: (Lease & { tenantId: string })[] };
    }>(`{ leases(first: 100) { totalCount nodes { id tenantId units { unitCode } } } }`);
    expect(mine.leases.totalCount).toBeGreaterThan(0);
    expect(new Set(mine.leases.nodes.map((l) => l.tenantId))).toEqual(new Set([tenantId]));
    const [theirs] = await t.sql<{ id: string }>(`select id from lease where tenant_id = $1 limit 1`, [
      otherTenantId,
    ]);
    const r = await s['tenant.admin']!.gql(`query ($id: ID!) { lease(id: $id) { id } }`, { id: theirs!.id });
    expect(ext(r)?.code).toBe('NOT_FOUND');
    const detail = await s['tenant2.admin']!.gqlOk<{
      lease: { schedule: { totalFen: number; lines: { kind: string }[] }[] };
    }>(`query ($id: ID!) { lease(id: $id) { schedule { from to totalFen lines { kind amountFen } } } }`, {
      id: theirs!.id,
    });
    expect(detail.lease.schedule.length).toBeGreaterThan(0);
    expect(detail.lease.schedule.flatMap((c) => c.lines.map((l) => l.kind))).toContain('PROPERTY_FEE');
  });

  it('pages leases in a fixed number of statements, whatever the page holds', async () => {
    const LIST = `query ($f: LeaseFilter) { leases(first: 50, filter: $f) { nodes { id number tenantName area units { unitCode } } } }`;
    const small = await t.statements.measure(() => s.leasing!.gqlOk(LIST, { f: { parkId, number: 'HT-' } }));
    const soon = await t.statements.measure(() =>
      s.leasing!.gqlOk<{ leases: { nodes: unknown[] } }>(LIST, { f: { parkId, expiringWithinDays: 366 } }),
    );
    expect(small.statements).toBe(soon.statements);
    expect(soon.statements).toBeLessThanOrEqual(6);
  });

  it('lists what expires soon by last day', async () => {
    const data = await s.leasing!.gqlOk<{ leases: { nodes: { endOn: string; status: string }[] } }>(
      `query ($f: LeaseFilter) { leases(first: 100, filter: $f) { nodes { endOn status } } }`,
      { f: { parkId, expiringWithinDays: 90 } },
    );
    const ends = data.leases.nodes.map((n) => n.endOn);
    expect(ends).toEqual([...ends].sort());
    for (const n of data.leases.nodes) {
      expect(['ACTIVE', 'SIGNED']).toContain(n.status);
      expect(n.endOn <= addDays(today(), 90)).toBe(true);
    }
  });
});

describe('fee standards', () => {
  const ADD = `mutation ($input: AddFeeRateInput!) { addFeeRate(input: $input) { id currentPrice rates { id effectiveFrom price } } }`;
  it('adds a price from today on, never in the past or twice for a day, and withdraws one not yet in force', async () => {
    const past = await s.finance!.gql(ADD, {
      input: { standardId: feeId, effectiveFrom: addDays(today(), -1), price: '7' },
    });
    expect(ext(past)).toMatchObject({ code: 'BAD_USER_INPUT', domainCode: 'RATE_IN_PAST' });
    const later = await s.finance!.gqlOk<{ addFeeRate: { rates: { id: string; effectiveFrom: string }[] } }>(
      ADD,
      {
        input: { standardId: feeId, effectiveFrom: addDays(today(), 30), price: '7.2' },
      },
    );
    const rate = later.addFeeRate.rates.find((r) => r.effectiveFrom === addDays(today(), 30))!;
    const twice = await s.finance!.gql(ADD, {
      input: { standardId: feeId, effectiveFrom: addDays(today(), 30), price: '8' },
    });
    expect(ext(twice)).toMatchObject({ code: 'CONFLICT', field: 'input.effectiveFrom' });
    const withdrawn = await s.finance!.gqlOk<{ withdrawFeeRate: { rates: { id: string }[] } }>(
      `mutation ($id: ID!) { withdrawFeeRate(id: $id) { rates { id } } }`,
      { id: rate.id },
    );
    expect(withdrawn.withdrawFeeRate.rates.map((r) => r.id)).not.toContain(rate.id);
  });

  it('asks a utility standard for its meter kind and hides the table from tenants', async () => {
    const CREATE_FEE = `mutation ($input: CreateFeeStandardInput!) { createFeeStandard(input: $input) { id code currentPrice } }`;
    const input = {
      parkId,
      code: 'GAS-1',
      name: '燃气费',
      item: 'UTILITY',
      basis: 'PER_METER_UNIT',
      rounding: 'HALF_UP',
      price: '3.65',
      effectiveFrom: today(),
    };
    expect(ext(await s.finance!.gql(CREATE_FEE, { input }))).toMatchObject({
      domainCode: 'METER_KIND_REQUIRED',
    });
    const made = await s.finance!.gqlOk<{ createFeeStandard: { currentPrice: string } }>(CREATE_FEE, {
      input: { ...input, meterKind: 'GAS' },
    });
    expect(made.createFeeStandard.currentPrice).toBe('3.6500');
    const tenant = await s['tenant.admin']!.gql(`query ($p: ID!) { feeStandards(parkId: $p) { id } }`, {
      p: parkId,
    });
    expect(ext(tenant)?.code).toBe('FORBIDDEN');
  });
});
