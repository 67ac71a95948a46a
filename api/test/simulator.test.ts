import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IotRuntime, startIot } from '../src/modules/iot/index.js';
import { TELEMETRY_HANDLERS } from '../src/modules/registry.js';
import { ParkSimulator, type TickReport } from '../src/simulator/index.js';
import { expectRollupsMatchRaw } from './energy-helpers.js';
import { mqttSettings, waitFor } from './iot-harness.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Issue 18 §7: the park simulator against a test app and the embedded broker, the real path —
 * GraphQL for the meters and the gateways' new secrets, MQTT for the readings, the ingest for
 * validation and rollups. It starts at the local midnight after the seeded year, so its quarters
 * are night: a leak injected on a building's water meter shows as night flow, and a brief zero
 * injected on a tenant's meter is stored flagged and books nothing.
 */
const HOUR = 3_600_000;
const DAY = 86_400_000;
const CST = 8 * HOUR;
const LEAK_PER_HOUR = 3;

let t: TestApp;
let iot: IotRuntime;
let sim: ParkSimulator | undefined;
let lastSeeded: number;
beforeAll(async () => {
  t = await startTestApp();
  iot = await startIot(t.app.services, await mqttSettings(), TELEMETRY_HANDLERS);
  const [row] = await t.sql<{ last: Date }>(
    `select max(last_reading_at) last from meter where code = 'E-MAIN'`,
  );
  lastSeeded = row!.last.getTime();
});
afterAll(async () => {
  await sim?.stop();
  await iot?.stop();
  await t?.close();
});

const meterOf = async (code: string) =>
  (await t.sql<{ id: string }>('select id from meter where code = $1', [code]))[0]!.id;
const committed = async (at: Date) =>
  Number(
    (
      await t.sql<{ n: string }>(`select count(*) n from meter_reading where ts = $1 and source = 'DEVICE'`, [
        at,
      ])
    )[0]!.n,
  );

describe('the park simulator', () => {
  it('publishes every linked meter over MQTT; readings are committed, validated and rolled up', async () => {
    const midnight = Math.ceil((lastSeeded + CST) / DAY) * DAY - CST;
    sim = await ParkSimulator.start({
      apiUrl: t.url,
      mqttUrl: iot.url,
      auth: { token: t.accessToken! },
      manual: true,
      startAt: new Date(midnight),
      faultRate: 0,
      leakRate: 0,
      publishRate: 100_000,
      seed: 18,
    });
    const [linked] = await t.sql<{ n: string }>(
      'select count(*) n from meter where device_id is not null and not virtual',
    );
    expect(sim.meterCodes.length).toBe(Number(linked!.n));
    // The gateways got new secrets through the API (the seed left them none that works).
    const [devices] = await t.sql<{ n: string }>(
      `select count(*) n from iot_device where secret_issued_at > $1`,
      [new Date(lastSeeded)],
    );
    expect(Number(devices!.n)).toBeGreaterThanOrEqual(6);

    const water = sim.meterCodes.find((c) => c.startsWith('W-') && c !== 'W-MAIN')!;
    const tenant = sim.meterCodes.find((c) => c.startsWith('E-T-'))!;
    const reports: TickReport[] = [await sim.tick()];
    expect(reports[0]!.at.getTime()).toBe(midnight + 900_000);
    sim.injectLeak(water, LEAK_PER_HOUR);
    sim.injectFault(tenant, 'ZERO');
    for (let i = 0; i < 4; i++) reports.push(await sim.tick());
    expect(reports[1]!.faults).toEqual([{ meter: tenant, fault: 'ZERO' }]);
    // One message a gateway a quarter, with all its meters' registers.
    for (const r of reports) expect(r.published).toBe(sim.meterCodes.length);
    for (const r of reports) expect(r.messages).toBe(Number(devices!.n));
    const last = reports.at(-1)!.at;
    await waitFor(
      async () => (await committed(last)) === sim!.meterCodes.length,
      60_000,
      'the last quarter committed',
    );
    for (const r of reports) expect(await committed(r.at)).toBe(sim.meterCodes.length);
    expect(iot.consumer.stats.failures).toBe(0);

    // The brief zero: stored, flagged, nothing booked; the next reading books both quarters.
    const tenantId = await meterOf(tenant);
    const zero = await t.sql<{ ts: Date; value: string; flag: string; delta: string }>(
      `select ts, value, flag, delta from meter_reading where meter_id = $1 and ts >= $2 order by ts`,
      [tenantId, reports[1]!.at],
    );
    expect(zero[0]).toMatchObject({ value: '0.000', flag: 'ZERO', delta: '0.000' });
    expect(zero[1]!.flag).toBe('OK');
    expect(Number(zero[1]!.delta)).toBeGreaterThan(0);

    // The leak: every night quarter since it started carries its flow over the meter's seeded nights.
    // Seeded ones only: the simulator starts at the next midnight, and the hours between the last
    // seeded reading and its first are booked from that reading, estimated (after a seed that ends
    // in the small hours those include the night's, with the whole day's water in them).
    const waterId = await meterOf(water);
    const [seededNight] = await t.sql<{ most: string }>(
      `select max(amount) most from meter_rollup where meter_id = $1 and grain = 'HOUR'
         and bucket < $2 and bucket > $3 and extract(hour from bucket at time zone 'Asia/Shanghai') between 0 and 3`,
      [waterId, new Date(lastSeeded), new Date(lastSeeded - 7 * DAY)],
    );
    const quarters = await t.sql<{ bucket: Date; amount: string }>(
      `select bucket, amount from meter_rollup_quarter where meter_id = $1 and hour >= $2::timestamptz - interval '1 hour'
          and bucket >= $2 order by bucket`,
      [waterId, reports[0]!.at],
    );
    expect(quarters.length).toBe(4);
    for (const q of quarters)
      expect(Number(q.amount)).toBeGreaterThan(Number(seededNight!.most) / 4 + (0.8 * LEAK_PER_HOUR) / 4);
    // W-MAIN, upstream, carries it too.
    const mainId = await meterOf('W-MAIN');
    const [mainNight] = await t.sql<{ total: string }>(
      `select sum(amount) total from meter_rollup_quarter where meter_id = $1 and bucket >= $2`,
      [mainId, reports[0]!.at],
    );
    expect(Number(mainNight!.total)).toBeGreaterThan(LEAK_PER_HOUR * 0.8);

    // Rolled up in every grain exactly as a recomputation from the raw readings says, the
    // seeded year's quarters included.
    await expectRollupsMatchRaw(t, waterId);
    await expectRollupsMatchRaw(t, tenantId);
    await expectRollupsMatchRaw(t, mainId);
  }, 240_000);
  it('starts leaks on water meters by itself and reports each once', async () => {
    const from = sim!.now;
    await sim!.stop();
    const water = (
      await t.sql<{ code: string }>(
        `select code from meter where kind = 'WATER' and device_id is not null and code <> 'W-MAIN' order by code limit 2`,
      )
    ).map((r) => r.code);
    sim = await ParkSimulator.start({
      apiUrl: t.url,
      mqttUrl: iot.url,
      auth: { token: t.accessToken! },
      meters: water,
      manual: true,
      startAt: from,
      faultRate: 0,
      leakRate: 1,
      publishRate: 100_000,
      seed: 18,
    });
    const first = await sim.tick();
    // Every water meter starts leaking in the first quarter; an ongoing leak is not reported again.
    expect(first.faults.map((f) => f.fault)).toEqual(['LEAK', 'LEAK']);
    expect(first.faults.map((f) => f.meter).sort()).toEqual([...water].sort());
    expect((await sim.tick()).faults).toEqual([]);
    await waitFor(async () => (await committed(sim!.now)) === water.length, 60_000, 'the second quarter');
    // The flow itself takes the injected leak's path (the first test); both quarters were booked.
    for (const code of water) {
      const id = await meterOf(code);
      const leaking = await t.sql<{ amount: string }>(
        `select amount from meter_rollup_quarter where meter_id = $1 and bucket >= $2`,
        [id, from],
      );
      expect(leaking).toHaveLength(2);
      for (const q of leaking) expect(Number(q.amount)).toBeGreaterThan(0.075);
    }
  }, 120_000);
});
