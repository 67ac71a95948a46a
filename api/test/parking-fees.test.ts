import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPark, unique } from './factories.js';
import type { Session, TestApp } from './test-app.js';
import { startTestApp } from './test-app.js';

/**
 * Fees over HTTP with the API's clock moved to known park times (Asia/Shanghai): the clock is
 * set to 23:00 of a day, cars enter then, and leave as it moves on. Rates: 30 free minutes,
 * 5 yuan per started hour, 30 a day; in the second park 8 yuan and 40 a day from the next day.
 */
const HOUR = 3_600_000;
const MINUTE = 60_000;
const TZ = 'Asia/Shanghai';
const day = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(at);

let t: TestApp;
let one: { lot: string; gate: Session };
let two: { lot: string; gate: Session };
let plateNo = 20000;
const plate = () => `苏E${plateNo++}`;

async function parkWithLot(rates: { effectiveFrom: string; perHourFen: number; dailyCapFen: number }[]) {
  const park = await createPark(t, { timeZone: TZ });
  for (const r of rates)
    await t.gqlOk('mutation ($i: CreateParkingRateInput!) { createParkingRate(input: $i) { id } }', {
      i: { parkId: park.id, freeMinutes: 30, ...r },
    });
  const lot = await t.gqlOk<{ createParkingLot: { id: string } }>(
    'mutation ($i: CreateParkingLotInput!) { createParkingLot(input: $i) { id } }',
    {
      i: {
        parkId: park.id,
        code: unique('F').slice(0, 20),
        name: '计费测试',
        regularSpaces: 20,
        evSpaces: 0,
        reservedSpaces: 0,
        accessibleSpaces: 0,
      },
    },
  );
  const key = await t.gqlOk<{ createApiKey: { token: string } }>(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
    { input: { name: '道闸', partner: '捷顺科技', scopes: ['parking:write'], parkIds: [park.id] } },
  );
  return { lot: lot.createParkingLot.id, gate: t.withAuthorization(`ApiKey ${key.createApiKey.token}`) };
}

let target: Date;
/** Reports a car at the gate `minutes` after 23:00 (gates date their events; the clock has moved there). */
const move = async (gate: Session, dir: 'Entry' | 'Exit', lotId: string, p: string, minutes = 0) =>
  (
    await gate.gqlOk<Record<string, { decision: string; feeFen: number | null }>>(
      `mutation ($i: GateEventInput!) { r: recordParking${dir}(input: $i) { decision feeFen } }`,
      { i: { lotId, plate: p, occurredAt: new Date(target.getTime() + minutes * MINUTE).toISOString() } },
    )
  ).r!;
const charge = async (p: string) =>
  t.sql<{ amount_fen: number; status: string; charged_hours: number }>(
    'select amount_fen, status, charged_hours from parking_charge where plate = $1',
    [p],
  );

beforeAll(async () => {
  t = await startTestApp({ data: 'empty' });
  // 23:00 park time, at least a minute ahead.
  const now = t.clock.now();
  target = new Date(`${day(now)}T23:00:00+08:00`);
  if (target.getTime() - now.getTime() < MINUTE) target = new Date(target.getTime() + 24 * HOUR);
  const today = day(now);
  const nextDay = day(new Date(target.getTime() + 2 * HOUR));
  one = await parkWithLot([{ effectiveFrom: today, perHourFen: 500, dailyCapFen: 3000 }]);
  two = await parkWithLot([
    { effectiveFrom: today, perHourFen: 500, dailyCapFen: 3000 },
    { effectiveFrom: nextDay, perHourFen: 800, dailyCapFen: 4000 },
  ]);
  await t.advanceClock(target.getTime() - now.getTime());
}, 60_000);
afterAll(() => t.close());

describe('parking fees at the exit', () => {
  it('free minutes, started hours, midnight, the daily cap and a rate change, as charges to bill', async () => {
    const [free, grace, midnight, capped, changed] = [plate(), plate(), plate(), plate(), plate()];
    for (const p of [free, grace, midnight, capped]) await move(one.gate, 'Entry', one.lot, p);
    await move(two.gate, 'Entry', two.lot, changed);

    await t.advanceClock(30 * MINUTE); // 23:30
    expect(await move(one.gate, 'Exit', one.lot, free, 30)).toEqual({ decision: 'EXITED', feeFen: 0 });
    expect(await charge(free)).toEqual([]); // nothing to bill

    await t.advanceClock(1 * MINUTE); // 23:31: past the grace, the first hour is due
    expect((await move(one.gate, 'Exit', one.lot, grace, 31)).feeFen).toBe(500);

    await t.advanceClock(89 * MINUTE); // 01:00 the next day: one hour on each day
    expect((await move(one.gate, 'Exit', one.lot, midnight, 120)).feeFen).toBe(1000);
    // The second park's new rate applies from midnight: 5 yuan before it, 8 after.
    expect((await move(two.gate, 'Exit', two.lot, changed, 120)).feeFen).toBe(500 + 800);

    await t.advanceClock(18 * HOUR); // 19:00: 1 hour on the first day, 19 on the second (capped)
    expect((await move(one.gate, 'Exit', one.lot, capped, 20 * 60)).feeFen).toBe(500 + 3000);

    expect(await charge(grace)).toEqual([{ amount_fen: 500, status: 'UNBILLED', charged_hours: 1 }]);
    expect(await charge(midnight)).toEqual([{ amount_fen: 1000, status: 'UNBILLED', charged_hours: 2 }]);
    expect(await charge(changed)).toEqual([{ amount_fen: 1300, status: 'UNBILLED', charged_hours: 2 }]);
    expect(await charge(capped)).toEqual([{ amount_fen: 3500, status: 'UNBILLED', charged_hours: 20 }]);
  });

  it('refuses a rate dated in the past and one whose cap is below an hour', async () => {
    const park = await createPark(t, { timeZone: TZ });
    const res = await t.gql(
      'mutation ($i: CreateParkingRateInput!) { createParkingRate(input: $i) { id } }',
      {
        i: {
          parkId: park.id,
          effectiveFrom: '2020-01-01',
          freeMinutes: 0,
          perHourFen: 500,
          dailyCapFen: 3000,
        },
      },
    );
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domainCode: 'DATE_IN_PAST' });
    const low = await t.gql(
      'mutation ($i: CreateParkingRateInput!) { createParkingRate(input: $i) { id } }',
      {
        i: {
          parkId: park.id,
          effectiveFrom: day(t.clock.now()),
          freeMinutes: 0,
          perHourFen: 500,
          dailyCapFen: 100,
        },
      },
    );
    expect(low.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      domainCode: 'CAP_BELOW_HOUR',
    });
    expect(await t.sql('select 1 from parking_rate where park_id = $1', [park.id])).toEqual([]);
  });
});
