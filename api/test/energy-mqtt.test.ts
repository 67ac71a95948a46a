import type { MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IotRuntime, startIot } from '../src/modules/iot/index.js';
import { TELEMETRY_HANDLERS } from '../src/modules/registry.js';
import { expectRollupsMatchRaw } from './energy-helpers.js';
import { demoSite, unique } from './factories.js';
import { connectDevice, mqttSettings, registerDevice, waitFor } from './iot-harness.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Issue 18: a validation case through MQTT end to end, with the handlers the manifests register
 * (energy's for meters), not a stand-in: a meter's device publishes over the embedded broker, the
 * ingest commits, and the brief zero among its readings is flagged and books nothing.
 */
let t: TestApp;
let iot: IotRuntime;
let client: MqttClient | undefined;
beforeAll(async () => {
  t = await startTestApp();
  iot = await startIot(t.app.services, await mqttSettings(), TELEMETRY_HANDLERS);
});
afterAll(async () => {
  client?.end(true);
  await iot?.stop();
  await t?.close();
});

describe('meter readings over MQTT', () => {
  it('stores what the meter publishes, flags a brief zero and a redelivery counts once', async () => {
    const demo = await demoSite(t);
    const device = await registerDevice(t, demo.parkId, unique('EM').slice(0, 20));
    const { createMeter } = await t.gqlOk<{ createMeter: { id: string } }>(
      `mutation ($input: CreateMeterInput!) { createMeter(input: $input) { id } }`,
      {
        input: {
          parkId: demo.parkId,
          code: unique('M').slice(0, 30),
          kind: 'ELECTRICITY',
          level: 'BUILDING',
          buildingId: demo.buildingId,
          deviceId: device.id,
        },
      },
    );
    client = await connectDevice(iot.url, device);
    const t0 = Date.UTC(2026, 10, 20, 0, 0);
    // 1000 → 1010 → 0 (a brief zero: the register did not reset) → 1020 → 1030, every 15 minutes.
    const values = [1000, 1010, 0, 1020, 1030];
    const send = (i: number) =>
      client!.publishAsync(
        device.telemetry,
        JSON.stringify({
          ts: new Date(t0 + i * 900_000).toISOString(),
          seq: i + 1,
          value: values[i],
          unit: 'kWh',
        }),
        { qos: 1 },
      );
    for (const i of values.keys()) await send(i);
    await send(3); // a redelivery of the fourth reading
    const rows = () =>
      t.sql<{ value: string; flag: string; delta: string }>(
        'select value, flag, delta from meter_reading where meter_id = $1 order by ts',
        [createMeter.id],
      );
    await waitFor(async () => (await rows()).length === 5, 20_000, 'five stored readings');
    const stored = await rows();
    expect(stored.map((r) => Number(r.value))).toEqual(values);
    expect(stored[0]!.flag).toBe('FIRST');
    expect(stored[2]!.flag).toBe('ZERO');
    expect(stored.map((r) => Number(r.delta))).toEqual([0, 10, 0, 10, 10]);
    const [{ total }] = (await t.sql<{ total: string }>(
      `select coalesce(sum(amount), 0) total from meter_rollup where meter_id = $1 and grain = 'DAY'`,
      [createMeter.id],
    )) as [{ total: string }];
    expect(Number(total)).toBe(30);
    await expectRollupsMatchRaw(t, createMeter.id);
    expect(iot.consumer.stats.failures).toBe(0);
  });

  it('refuses a unit not of the meter kind and readings of a device without a meter, counting them per device', async () => {
    const demo = await demoSite(t);
    const device = await registerDevice(t, demo.parkId, unique('WM').slice(0, 20));
    const orphan = await registerDevice(t, demo.parkId, unique('NM').slice(0, 20));
    const { createMeter } = await t.gqlOk<{ createMeter: { id: string } }>(
      `mutation ($input: CreateMeterInput!) { createMeter(input: $input) { id } }`,
      {
        input: {
          parkId: demo.parkId,
          code: unique('W').slice(0, 30),
          kind: 'WATER',
          level: 'BUILDING',
          buildingId: demo.buildingId,
          deviceId: device.id,
        },
      },
    );
    const water = await connectDevice(iot.url, device);
    const lone = await connectDevice(iot.url, orphan);
    const t0 = Date.UTC(2026, 10, 21, 0, 0);
    const payload = (i: number, unit: string, value: number) =>
      JSON.stringify({ ts: new Date(t0 + i * 900_000).toISOString(), seq: i, value, unit });
    try {
      // kWh and GJ to a water meter: refused; m³ goes through, before and after them.
      await water.publishAsync(device.telemetry, payload(0, 'm3', 500), { qos: 1 });
      await water.publishAsync(device.telemetry, payload(1, 'kWh', 510), { qos: 1 });
      await water.publishAsync(device.telemetry, payload(2, 'GJ', 520), { qos: 1 });
      await water.publishAsync(device.telemetry, payload(3, 'm3', 530), { qos: 1 });
      await lone.publishAsync(orphan.telemetry, payload(0, 'kWh', 1), { qos: 1 });
      const rows = () =>
        t.sql<{ value: string }>('select value from meter_reading where meter_id = $1 order by ts', [
          createMeter.id,
        ]);
      await waitFor(async () => (await rows()).length === 2, 20_000, 'the two m³ readings');
      const rejections = async (id: string) =>
        (
          await t.gqlOk<{
            iotDevice: { rejections: { reason: string; count: number; lastDetail: string }[] };
          }>('query ($id: ID!) { iotDevice(id: $id) { rejections { reason count lastDetail } } }', { id })
        ).iotDevice.rejections;
      await waitFor(async () => (await rejections(orphan.id)).length > 0, 20_000, 'the orphan counted');
      expect((await rows()).map((r) => Number(r.value))).toEqual([500, 530]);
      expect(await rejections(device.id)).toEqual([
        {
          reason: 'INVALID_VALUE',
          count: 2,
          lastDetail: expect.stringMatching(/^unit: (kWh|GJ) is not a unit of a water meter$/),
        },
      ]);
      expect(await rejections(orphan.id)).toEqual([
        { reason: 'UNKNOWN_DEVICE', count: 1, lastDetail: 'no meter linked to this device' },
      ]);
      await expectRollupsMatchRaw(t, createMeter.id);
      expect(iot.consumer.stats.failures).toBe(0);
    } finally {
      water.end(true);
      lone.end(true);
    }
  });
  it("books a gateway's registers from one message, each to its own meter, and refuses a bad one alone", async () => {
    const demo = await demoSite(t);
    const gateway = await registerDevice(t, demo.parkId, unique('GW').slice(0, 20));
    const meters: Record<string, string> = {};
    for (const register of ['1', '2', '3']) {
      const { createMeter } = await t.gqlOk<{ createMeter: { id: string } }>(
        `mutation ($input: CreateMeterInput!) { createMeter(input: $input) { id } }`,
        {
          input: {
            parkId: demo.parkId,
            code: unique(`G${register}`).slice(0, 30),
            kind: 'ELECTRICITY',
            level: 'BUILDING',
            buildingId: demo.buildingId,
            deviceId: gateway.id,
            deviceRegister: register,
          },
        },
      );
      meters[register] = createMeter.id;
    }
    const bus = await connectDevice(iot.url, gateway);
    const t0 = Date.UTC(2026, 10, 22, 0, 0);
    const at = (i: number) => new Date(t0 + i * 900_000).toISOString();
    try {
      // Two passes over the bus; register 3's second value comes late (its own ts); register 9
      // has no meter, and register 2 once reports m³: both refused, the rest stored.
      const send = (message: object) =>
        bus.publishAsync(gateway.telemetry, JSON.stringify(message), { qos: 1 });
      await send({
        ts: at(0),
        seq: 1,
        readings: [
          { meter: '1', value: 100, unit: 'kWh' },
          { meter: '2', value: 200, unit: 'kWh' },
          { meter: '3', value: 300, unit: 'kWh' },
          { meter: '9', value: 1, unit: 'kWh' },
        ],
      });
      await send({
        ts: at(1),
        seq: 2,
        readings: [
          { meter: '1', value: 110, unit: 'kWh' },
          { meter: '2', value: 999, unit: 'm3' },
          { meter: '3', value: 330, unit: 'kWh', ts: at(2) },
        ],
      });
      const rows = () =>
        t.sql<{ meter_id: string; ts: Date; value: string; delta: string }>(
          'select meter_id, ts, value, delta from meter_reading where meter_id = any($1) order by meter_id, ts',
          [Object.values(meters)],
        );
      await waitFor(async () => (await rows()).length === 5, 20_000, 'five stored readings');
      const of = async (register: string) =>
        (await rows())
          .filter((r) => r.meter_id === meters[register])
          .map((r) => [new Date(r.ts).toISOString(), Number(r.value), Number(r.delta)]);
      expect(await of('1')).toEqual([
        [at(0), 100, 0],
        [at(1), 110, 10],
      ]);
      expect(await of('2')).toEqual([[at(0), 200, 0]]);
      expect(await of('3')).toEqual([
        [at(0), 300, 0],
        [at(2), 330, 30],
      ]);
      const rejections = async () =>
        (
          await t.gqlOk<{
            iotDevice: { rejections: { reason: string; count: number; lastDetail: string }[] };
          }>('query ($id: ID!) { iotDevice(id: $id) { rejections { reason count lastDetail } } }', {
            id: gateway.id,
          })
        ).iotDevice.rejections;
      expect(await rejections()).toEqual(
        expect.arrayContaining([
          { reason: 'UNKNOWN_DEVICE', count: 1, lastDetail: 'no meter linked to register 9' },
          { reason: 'INVALID_VALUE', count: 1, lastDetail: 'unit: m3 is not a unit of an electricity meter' },
        ]),
      );
      expect(await rejections()).toHaveLength(2);
      for (const id of Object.values(meters)) await expectRollupsMatchRaw(t, id);
      // A register without its name: the whole message is refused.
      await send({ ts: at(3), readings: [{ value: 120, unit: 'kWh' }] });
      await waitFor(
        async () => (await rejections()).some((r) => r.reason === 'INVALID_VALUE' && r.count === 2),
        20_000,
        'the nameless register refused',
      );
      expect((await rejections()).find((r) => r.reason === 'INVALID_VALUE')?.lastDetail).toBe(
        'readings.0.meter: Invalid input: expected string, received undefined',
      );
      expect(await of('1')).toHaveLength(2);
      expect(iot.consumer.stats.failures).toBe(0);
    } finally {
      bus.end(true);
    }
  });
});
