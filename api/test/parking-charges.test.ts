import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPark, createStaffUser, unique } from './factories.js';
import type { Session, TestApp } from './test-app.js';
import { startTestApp } from './test-app.js';

/**
 * Parking charges as the console reads them over HTTP: cars go in and out through the partner API
 * (parking:write), dated hours back, so each temporary stay leaves a known UNBILLED charge at
 * 5 yuan per started hour; the list pages, filters and sums them, park by park.
 */
const HOUR = 3_600_000;
const CHARGES = `query ($f: ParkingChargeFilter!, $first: Int, $after: String) {
  parkingCharges(filter: $f, first: $first, after: $after) {
    totalCount totalAmountFen pageInfo { hasNextPage endCursor }
    nodes { id lotId plate amountFen chargedHours status enteredAt exitedAt } } }`;
type Charge = {
  id: string;
  lotId: string | null;
  plate: string;
  amountFen: number;
  chargedHours: number;
  status: string;
  enteredAt: string;
  exitedAt: string;
};
type Page = {
  parkingCharges: {
    totalCount: number;
    totalAmountFen: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Charge[];
  };
};

let t: TestApp;
type Site = { parkId: string; lots: string[]; gate: Session };
let one: Site;
let two: Site;
let plateNo = 30000;
const plate = () => `浙A${plateNo++}`;

async function site(lotCount: number): Promise<Site> {
  const park = await createPark(t, { timeZone: 'Asia/Shanghai' });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(t.clock.now());
  await t.gqlOk('mutation ($i: CreateParkingRateInput!) { createParkingRate(input: $i) { id } }', {
    i: { parkId: park.id, effectiveFrom: today, freeMinutes: 0, perHourFen: 500, dailyCapFen: 100_000 },
  });
  const lots: string[] = [];
  for (let i = 0; i < lotCount; i++)
    lots.push(
      (
        await t.gqlOk<{ createParkingLot: { id: string } }>(
          'mutation ($i: CreateParkingLotInput!) { createParkingLot(input: $i) { id } }',
          {
            i: {
              parkId: park.id,
              code: unique('C').slice(0, 20),
              name: `收费测试${i + 1}`,
              regularSpaces: 50,
              evSpaces: 0,
              reservedSpaces: 0,
              accessibleSpaces: 0,
            },
          },
        )
      ).createParkingLot.id,
    );
  const key = await t.gqlOk<{ createApiKey: { token: string } }>(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
    {
      input: {
        name: '道闸',
        partner: '捷顺科技',
        scopes: ['parking:write'],
        parkIds: [park.id],
        rateLimitPerMinute: 100000,
      },
    },
  );
  return { parkId: park.id, lots, gate: t.withAuthorization(`ApiKey ${key.createApiKey.token}`) };
}

/** A temporary car in `lot` from `hoursIn` hours ago until `hoursOut` hours ago: its charge. */
async function stay(s: Site, lot: string, p: string, hoursIn: number, hoursOut: number) {
  const now = t.clock.now().getTime();
  const at = (h: number) => new Date(now - h * HOUR + 60_000).toISOString();
  await s.gate.gqlOk('mutation ($i: GateEventInput!) { recordParkingEntry(input: $i) { decision } }', {
    i: { lotId: lot, plate: p, occurredAt: at(hoursIn) },
  });
  await s.gate.gqlOk('mutation ($i: GateEventInput!) { recordParkingExit(input: $i) { feeFen } }', {
    i: { lotId: lot, plate: p, occurredAt: at(hoursOut) },
  });
}

/** The plates, their lot and fee, newest exit first: stays of 1–5 hours, ending an hour apart. */
const expected: { plate: string; lot: string; fen: number }[] = [];

beforeAll(async () => {
  t = await startTestApp();
  one = await site(2);
  two = await site(1);
  // A day on, every stay below (at most 13 hours back) falls after the rates took effect.
  await t.advanceClock(24 * HOUR);
  // Park one: five stays in the first lot, two in the second; each ends an hour after the one before.
  const plan = [
    { lot: 0, hours: 1 },
    { lot: 1, hours: 2 },
    { lot: 0, hours: 3 },
    { lot: 0, hours: 4 },
    { lot: 1, hours: 5 },
    { lot: 0, hours: 2 },
    { lot: 0, hours: 1 },
  ];
  for (const [i, step] of plan.entries()) {
    const p = plate();
    const out = plan.length - i; // the first ends longest ago
    await stay(one, one.lots[step.lot]!, p, out + step.hours, out);
    expected.unshift({ plate: p, lot: one.lots[step.lot]!, fen: step.hours * 500 });
  }
  await stay(two, two.lots[0]!, plate(), 4, 1);
  manager = await managerOf(one.parkId);
  otherManager = await managerOf(two.parkId);
}, 120_000);
afterAll(() => t.close());

/** A park manager of `parkId` alone, signed in (a new user changes the password first). */
async function managerOf(parkId: string): Promise<Session> {
  const user = await createStaffUser(t, parkId, 'park_manager');
  const first = await t.as(user.login, user.password);
  await first.gqlOk(
    'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
    { c: user.password, n: 'Charges-words-2026' },
  );
  return t.as(user.login, 'Charges-words-2026');
}
let manager: Session;
let otherManager: Session;

const sum = (rows: { fen: number }[]) => rows.reduce((s, r) => s + r.fen, 0);

describe('parking charges (parking.read)', () => {
  it('pages newest exit first with the count and the sum of every page', async () => {
    const seen: Charge[] = [];
    let after: string | null = null;
    for (let n = 0; n < 3; n++) {
      const page: Page = await manager.gqlOk<Page>(CHARGES, { f: { parkId: one.parkId }, first: 3, after });
      expect(page.parkingCharges.totalCount).toBe(7);
      expect(page.parkingCharges.totalAmountFen).toBe(sum(expected));
      seen.push(...page.parkingCharges.nodes);
      expect(page.parkingCharges.pageInfo.hasNextPage).toBe(n < 2);
      after = page.parkingCharges.pageInfo.endCursor;
    }
    expect(seen.map((c) => [c.plate, c.lotId, c.amountFen])).toEqual(
      expected.map((e) => [e.plate, e.lot, e.fen]),
    );
    expect(seen.every((c) => c.status === 'UNBILLED')).toBe(true);
    expect(seen[0]!.chargedHours).toBe(1);
    expect(Date.parse(seen[0]!.exitedAt) - Date.parse(seen[0]!.enteredAt)).toBe(HOUR);
  });

  it('filters by lot, plate, status and exit time, and sums what it filters', async () => {
    const totals = async (f: Record<string, unknown>) =>
      (await manager.gqlOk<Page>(CHARGES, { f: { parkId: one.parkId, ...f }, first: 10 })).parkingCharges;
    const second = await totals({ lotId: one.lots[1] });
    const inSecond = expected.filter((e) => e.lot === one.lots[1]);
    expect(second.nodes.map((n) => n.plate)).toEqual(inSecond.map((e) => e.plate));
    expect([second.totalCount, second.totalAmountFen]).toEqual([2, sum(inSecond)]);

    const byPlate = await totals({ plate: expected[3]!.plate.slice(-4).toLowerCase() });
    expect(byPlate.nodes.map((n) => n.plate)).toEqual([expected[3]!.plate]);
    expect(byPlate.totalAmountFen).toBe(expected[3]!.fen);

    // The three newest exits: within the last 3 hours and a half.
    const now = t.clock.now().getTime();
    const recent = await totals({ from: new Date(now - 3.5 * HOUR).toISOString() });
    expect(recent.nodes.map((n) => n.plate)).toEqual(expected.slice(0, 3).map((e) => e.plate));
    expect(recent.totalAmountFen).toBe(sum(expected.slice(0, 3)));
    const older = await totals({ to: new Date(now - 3.5 * HOUR).toISOString() });
    expect(older.totalCount).toBe(4);

    await t.sql("update parking_charge set status = 'BILLED' where plate = $1", [expected[0]!.plate]);
    const billed = await totals({ status: 'BILLED' });
    expect(billed.nodes.map((n) => [n.plate, n.status])).toEqual([[expected[0]!.plate, 'BILLED']]);
    const unbilled = await totals({ status: 'UNBILLED' });
    expect([unbilled.totalCount, unbilled.totalAmountFen]).toEqual([6, sum(expected.slice(1))]);
    await t.sql("update parking_charge set status = 'UNBILLED' where plate = $1", [expected[0]!.plate]);

    const none = await totals({ lotId: two.lots[0] });
    expect([none.totalCount, none.totalAmountFen, none.nodes]).toEqual([0, 0, []]);
  });

  it('refuses an empty time range with a field error, and a malformed park id finds nothing', async () => {
    const now = t.clock.now().getTime();
    const bad = await manager.gql(CHARGES, {
      f: { parkId: one.parkId, from: new Date(now).toISOString(), to: new Date(now - HOUR).toISOString() },
    });
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      domainCode: 'EMPTY_RANGE',
      field: 'filter.to',
    });
    const nobody = await manager.gqlOk<Page>(CHARGES, { f: { parkId: 'not-a-park' } });
    expect(nobody.parkingCharges.totalCount).toBe(0);
  });

  it('a park’s staff see only their park’s charges; tenants are refused', async () => {
    const other = otherManager;
    const own = await other.gqlOk<Page>(CHARGES, { f: { parkId: two.parkId } });
    expect([own.parkingCharges.totalCount, own.parkingCharges.totalAmountFen]).toEqual([1, 1500]);
    const foreign = await other.gqlOk<Page>(CHARGES, { f: { parkId: one.parkId } });
    expect([foreign.parkingCharges.totalCount, foreign.parkingCharges.totalAmountFen]).toEqual([0, 0]);
    expect(foreign.parkingCharges.nodes).toEqual([]);
    // By lot too: the other park's lot filters nothing in.
    const byLot = await other.gqlOk<Page>(CHARGES, { f: { parkId: two.parkId, lotId: one.lots[0] } });
    expect(byLot.parkingCharges.totalCount).toBe(0);

    const tenant = await t.as('tenant.admin');
    const refused = await tenant.gql(CHARGES, { f: { parkId: one.parkId } });
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(refused.data?.parkingCharges ?? null).toBeNull();
  });

  it('reads a page in a constant number of statements, whatever its size', async () => {
    for (const first of [2, 7]) {
      const measured = await t.statements.measure(() =>
        manager.gqlOk<Page>(CHARGES, { f: { parkId: one.parkId, lotId: one.lots[0] }, first }),
      );
      expect(measured.statements).toBe(4); // actor, page with the stays' lots, count, sum
      expect(measured.result.parkingCharges.nodes).toHaveLength(Math.min(first, 5));
    }
    const bare = await t.statements.measure(() =>
      manager.gqlOk(`query ($f: ParkingChargeFilter!) { parkingCharges(filter: $f) { nodes { plate } } }`, {
        f: { parkId: one.parkId },
      }),
    );
    expect(bare.statements).toBe(2); // actor, page: no count or sum unless asked for
  });
});
