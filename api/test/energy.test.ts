import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSystem } from '../src/modules/auth/actor.js';
import { type MeterReadingInput, recordMeterReadings } from '../src/modules/energy/index.js';
import { expectRollupsMatchRaw, newMeterDevice } from './energy-helpers.js';
import { createPark, demoSite, unique } from './factories.js';
import type { GqlResult, TestApp } from './test-app.js';
import { startTestApp } from './test-app.js';

let t: TestApp;
let demo: { parkId: string; buildingId: string; floorId: string };
beforeAll(async () => {
  t = await startTestApp();
  demo = await demoSite(t);
});
afterAll(() => t.close());

const codeOf = (r: Pick<GqlResult, 'errors'>) => r.errors?.[0]?.extensions?.code;
const CREATE = `mutation ($input: CreateMeterInput!) { createMeter(input: $input) {
  id code kind unit level parentId buildingId floorId tenantId multiplier registerDigits spikeLimit virtual terms { meterId sign } deviceId } }`;
type Created = {
  id: string;
  parentId: string | null;
  virtual: boolean;
  terms: { meterId: string; sign: number }[];
};
async function createMeter(input: Record<string, unknown>): Promise<Created> {
  const data = await t.gqlOk<{ createMeter: Created }>(CREATE, {
    input: {
      parkId: demo.parkId,
      code: unique('M').slice(0, 30),
      kind: 'ELECTRICITY',
      level: 'TENANT',
      ...input,
    },
  });
  return data.createMeter;
}
const record = (readings: MeterReadingInput[]) =>
  withSystem(t.orm, (em) => recordMeterReadings(em, readings));
const Q = 900_000;
const T0 = Date.UTC(2026, 10, 2, 0, 0);

describe('meters', () => {
  it('builds the tree, checks each reference and refuses bad input without writing', async () => {
    const building = await createMeter({ level: 'BUILDING', buildingId: demo.buildingId, multiplier: 80 });
    const floor = await createMeter({ level: 'FLOOR', floorId: demo.floorId, parentId: building.id });
    expect(floor.parentId).toBe(building.id);
    const water = await createMeter({ kind: 'WATER', level: 'BUILDING' });
    const before = await t.sql<{ n: string }>('select count(*) n from meter');
    const bad = await Promise.all([
      t.gql(CREATE, {
        input: { parkId: demo.parkId, code: 'X1', kind: 'GAS', level: 'FLOOR', parentId: water.id },
      }),
      t.gql(CREATE, {
        input: { parkId: demo.parkId, code: 'X2', kind: 'GAS', level: 'FLOOR', multiplier: 0 },
      }),
      t.gql(CREATE, {
        input: { parkId: demo.parkId, code: 'X3', kind: 'GAS', level: 'FLOOR', registerDigits: 13 },
      }),
      t.gql(CREATE, {
        input: { parkId: demo.parkId, code: 'X4', kind: 'GAS', level: 'FLOOR', deviceRegister: 'A' },
      }),
      t.gql(CREATE, {
        input: {
          parkId: demo.parkId,
          code: 'X5',
          kind: 'WATER',
          level: 'FLOOR',
          terms: [{ meterId: floor.id, sign: 1 }],
        },
      }),
    ]);
    expect(bad.map((r) => [codeOf(r), r.errors?.[0]?.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'input.parentId'],
      ['BAD_USER_INPUT', 'input.multiplier'],
      ['BAD_USER_INPUT', 'input.registerDigits'],
      ['BAD_USER_INPUT', 'input.deviceRegister'],
      ['BAD_USER_INPUT', 'input.terms.0.meterId'],
    ]);
    expect(await t.sql('select count(*) n from meter')).toEqual(before);
  });

  it('keeps codes unique per park and one meter per device (or per register)', async () => {
    const device = await newMeterDevice(t, demo.parkId);
    const m = await createMeter({ deviceId: device });
    const code = (await t.sql<{ code: string }>('select code from meter where id = $1', [m.id]))[0]!.code;
    const again = await t.gql(CREATE, { input: { parkId: demo.parkId, code, kind: 'GAS', level: 'FLOOR' } });
    expect([codeOf(again), again.errors?.[0]?.extensions?.field]).toEqual(['CONFLICT', 'input.code']);
    const twice = await t.gql(CREATE, {
      input: { parkId: demo.parkId, code: unique('M'), kind: 'GAS', level: 'FLOOR', deviceId: device },
    });
    expect([codeOf(twice), twice.errors?.[0]?.extensions?.field]).toEqual(['CONFLICT', 'input.deviceId']);
    const multi = await newMeterDevice(t, demo.parkId);
    await createMeter({ deviceId: multi, deviceRegister: 'L1' });
    await createMeter({ deviceId: multi, deviceRegister: 'L2' });
  });

  it('links a meter only to a meter device of its own park, and keeps a linked device from removal', async () => {
    const other = await createPark(t);
    const foreign = await newMeterDevice(t, other.id);
    const gate = await t.gqlOk<{ registerIotDevice: { device: { id: string } } }>(
      'mutation ($input: RegisterIotDeviceInput!) { registerIotDevice(input: $input) { device { id } } }',
      { input: { parkId: demo.parkId, code: unique('GATE-').toUpperCase(), kind: 'GATE', name: '道闸' } },
    );
    const before = await t.sql('select count(*) n from meter');
    const refused = await Promise.all(
      [foreign, gate.registerIotDevice.device.id, randomUUID()].map((deviceId) =>
        t.gql(CREATE, {
          input: { parkId: demo.parkId, code: unique('M'), kind: 'GAS', level: 'FLOOR', deviceId },
        }),
      ),
    );
    expect(refused.map((r) => [codeOf(r), r.errors?.[0]?.extensions?.domainCode ?? null])).toEqual([
      ['BAD_USER_INPUT', 'OTHER_PARK'],
      ['BAD_USER_INPUT', 'DEVICE_KIND'],
      ['NOT_FOUND', 'IOT_DEVICE_NOT_FOUND'],
    ]);
    expect(await t.sql('select count(*) n from meter')).toEqual(before);
    // Below the API too: the database refuses another park's device for a meter.
    const [site] = await t.sql<{ id: string }>('select id from meter where park_id = $1 limit 1', [
      demo.parkId,
    ]);
    await expect(t.sql('update meter set device_id = $1 where id = $2', [foreign, site!.id])).rejects.toThrow(
      /meter_device_in_park_foreign/,
    );
    // A device that still reports for a meter stays until the meter is unlinked.
    const device = await newMeterDevice(t, demo.parkId);
    const m = await createMeter({ deviceId: device });
    const REMOVE = 'mutation ($id: ID!) { removeIotDevice(id: $id) }';
    const kept = await t.gql(REMOVE, { id: device });
    expect([codeOf(kept), kept.errors?.[0]?.extensions?.domainCode]).toEqual(['CONFLICT', 'DEVICE_IN_USE']);
    await t.gqlOk(
      'mutation ($id: ID!, $input: UpdateMeterInput!) { updateMeter(id: $id, input: $input) { id } }',
      {
        id: m.id,
        input: { deviceId: null },
      },
    );
    expect(await t.gqlOk(REMOVE, { id: device })).toEqual({ removeIotDevice: true });
  });

  it('a virtual meter is the signed sum of its terms', async () => {
    const a = await createMeter({ level: 'BUILDING' });
    const b = await createMeter({});
    const v = await createMeter({
      level: 'EQUIPMENT',
      terms: [
        { meterId: a.id, sign: 1 },
        { meterId: b.id, sign: -1 },
      ],
    });
    expect(v.virtual).toBe(true);
    expect(v.terms).toEqual([
      { meterId: a.id, sign: 1 },
      { meterId: b.id, sign: -1 },
    ]);
  });
});

/** A register's readings every 15 minutes with the known failures among them. */
function troubledSeries(deviceId: string, n: number): MeterReadingInput[] {
  const out: MeterReadingInput[] = [];
  let v = 999_000; // six digits: it wraps at 1,000,000
  for (let i = 0; i < n; i++) {
    v = (v + 37 + (i % 7) * 11) % 1_000_000;
    if (i % 23 === 5) continue; // a missed reading: a gap
    let value = v;
    if (i === 40) value = 0; // a brief zero
    if (i === 70) value = v - 500; // backwards
    if (i === 90) value = v + 9_000; // a spike
    out.push({ deviceId, at: new Date(T0 + i * Q), value, seq: i });
  }
  return out;
}

/** A fixed shuffle (no Math.random: a failure must replay). */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let seed = 7;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('recording readings', () => {
  it('counts accepted, flagged, duplicate and unknown-device readings; writes no unknown one', async () => {
    const device = await newMeterDevice(t, demo.parkId);
    const m = await createMeter({ deviceId: device, registerDigits: 6, spikeLimit: 500 });
    const first = await record([
      { deviceId: device, at: new Date(T0), value: 100 },
      { deviceId: device, at: new Date(T0 + Q), value: 110 },
      { deviceId: device, at: new Date(T0 + 2 * Q), value: 0 },
      { deviceId: randomUUID(), at: new Date(T0), value: 5 },
      { deviceId: device, at: new Date(T0 + 3 * Q), value: Number.NaN },
    ]);
    expect(first).toMatchObject({ accepted: 3, duplicates: 0, flagged: 1, unknownDevice: 1, rejected: 1 });
    // The refused ones are named, so the ingest counts them against their devices.
    expect(first.refused?.map((r) => r.why).sort()).toEqual(['NO_METER', 'VALUE']);
    const redelivered = await record([
      { deviceId: device, at: new Date(T0 + Q), value: 110 },
      { deviceId: device, at: new Date(T0 + Q), value: 110 },
    ]);
    expect(redelivered).toMatchObject({ accepted: 0, duplicates: 2 });
    const rows = await t.sql<{ flag: string; delta: string }>(
      'select flag, delta from meter_reading where meter_id = $1 order by ts',
      [m.id],
    );
    expect(rows).toEqual([
      { flag: 'FIRST', delta: '0.000' },
      { flag: 'OK', delta: '10.000' },
      { flag: 'ZERO', delta: '0.000' },
    ]);
    await expectRollupsMatchRaw(t, m.id);
  });

  it('in time order, a batch costs five statements whatever its size', async () => {
    const device = await newMeterDevice(t, demo.parkId);
    await createMeter({ deviceId: device });
    const batch = Array.from({ length: 500 }, (_, i) => ({
      deviceId: device,
      at: new Date(T0 + i * Q),
      value: i * 3,
    }));
    const measured = await t.statements.measure(() => record(batch));
    expect(measured.result.accepted).toBe(500);
    // The system actor, lock and read the meter, insert, rollups, baseline, the park's
    // `energy.readingsRecorded` job.
    expect(measured.statements).toBe(6);
  });

  it('rollups maintained from shuffled batches equal a recomputation from the raw readings', async () => {
    const inOrder = await newMeterDevice(t, demo.parkId);
    const outOfOrder = await newMeterDevice(t, demo.parkId);
    const rules = { registerDigits: 6, spikeLimit: 1000, multiplier: 2 };
    const a = await createMeter({ deviceId: inOrder, ...rules });
    const b = await createMeter({ deviceId: outOfOrder, ...rules });
    const series = troubledSeries(inOrder, 240);
    expect(await record(series)).toMatchObject({ accepted: series.length, duplicates: 0 });
    const mixed = shuffled(series.map((r) => ({ ...r, deviceId: outOfOrder })));
    // Five batches, the last redelivering a tenth of them.
    const size = Math.ceil(mixed.length / 4);
    let duplicates = 0;
    for (let i = 0; i < 4; i++) await record(mixed.slice(i * size, (i + 1) * size));
    duplicates += (await record(mixed.filter((_, i) => i % 10 === 0))).duplicates;
    expect(duplicates).toBe(Math.ceil(mixed.length / 10));
    const flagsOf = (id: string) =>
      t.sql<{ flag: string; n: string }>(
        'select flag, count(*) n from meter_reading where meter_id = $1 group by flag order by flag',
        [id],
      );
    const flags = await flagsOf(a.id);
    expect(flags.map((f) => f.flag)).toEqual(['FIRST', 'OK', 'GAP', 'ROLLOVER', 'BACKWARD', 'ZERO', 'SPIKE']);
    expect(await flagsOf(b.id)).toEqual(flags);
    const rollupsOf = (id: string) =>
      t.sql(
        'select grain, bucket, amount, estimated from meter_rollup where meter_id = $1 and amount <> 0 order by grain, bucket',
        [id],
      );
    expect(await rollupsOf(b.id)).toEqual(await rollupsOf(a.id));
    const matched = await expectRollupsMatchRaw(t, b.id);
    expect(matched.buckets).toBeGreaterThan(200);
    const state = await t.sql(
      'select last_reading_at, baseline_at, baseline_value from meter where id = any($1) order by id',
      [[a.id, b.id]],
    );
    expect(state[0]).toEqual(state[1]);
  });
});
