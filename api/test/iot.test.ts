import type { MqttClient } from 'mqtt';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IotRuntime, startIot } from '../src/modules/iot/index.js';
import { Ingest } from '../src/modules/iot/iot.ingest.js';
import { systemTransaction } from '../src/modules/iot/iot.runtime.js';
import { telemetryHandlers } from '../src/modules/registry.js';
import {
  closed,
  connectDevice,
  createReadingTable,
  type HandlerTally,
  meterHandler,
  mqttSettings,
  type RegisteredDevice,
  registerDevice,
  waitFor,
} from './iot-harness.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let iot: IotRuntime;
let parkId: string;
let parkCode: string;
const tally: HandlerTally = { seen: 0, inserted: 0, calls: 0 };
const clients: MqttClient[] = [];

const DEVICE_FIELDS =
  'id code kind name location status lastSeenAt topics { telemetry command } rejections { reason count lastDetail }';
type Rejections = { reason: string; count: number; lastDetail: string | null }[];
const rejectionsOf = async (id: string) =>
  (
    await t.gqlOk<{ iotDevice: { rejections: Rejections } }>(
      `query ($id: ID!) { iotDevice(id: $id) { rejections { reason count lastDetail } } }`,
      { id },
    )
  ).iotDevice.rejections;
const countOf = async (id: string, reason: string) =>
  (await rejectionsOf(id)).find((r) => r.reason === reason)?.count ?? 0;
const readings = async () =>
  Number((await t.sql<{ n: string }>('select count(*) n from test_reading'))[0]!.n);
const reading = (seq: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    ts: new Date(Date.UTC(2026, 11, 5, 8, 0, seq)).toISOString(),
    seq,
    value: 100 + seq,
    unit: 'kWh',
    ...extra,
  });

beforeAll(async () => {
  t = await startTestApp();
  await createReadingTable(t);
  [{ id: parkId, code: parkCode }] = (await t.sql<{ id: string; code: string }>(
    'select id, code from park order by created_at limit 1',
  )) as [{ id: string; code: string }];
  iot = await startIot(
    t.app.services,
    // A token per 100 s: however slowly a loaded machine sends, the burst of 20 is all a device gets.
    await mqttSettings({ rate: { perSecond: 0.01, burst: 20 } }),
    meterHandler(tally),
  );
});
afterAll(async () => {
  for (const c of clients) c.end(true);
  await iot?.stop();
  await t?.close();
});

/** The QoS the broker granted each subscription (128: refused). */
function subscribe(client: MqttClient, topics: Record<string, { qos: 0 | 1 }>) {
  return new Promise<number[]>((resolve) =>
    client.subscribe(topics, (err, granted) =>
      resolve(
        err && 'packet' in err
          ? (err as unknown as { packet: { granted: number[] } }).packet.granted
          : (granted ?? []).map((g) => g.qos),
      ),
    ),
  );
}

async function device(code: string, kind = 'METER'): Promise<RegisteredDevice> {
  return registerDevice(t, parkId, code, kind);
}
async function connect(d: { id: string; secret: string }, opts = {}) {
  const client = await connectDevice(iot.url, d, opts);
  clients.push(client);
  return client;
}

describe('device registry', () => {
  it('registers a device with its secret shown once, refuses a duplicate code and bad input', async () => {
    const { registerIotDevice: r } = await t.gqlOk<{
      registerIotDevice: {
        username: string;
        secret: string;
        device: { id: string; topics: { telemetry: string } };
      };
    }>(
      `mutation { registerIotDevice(input: { parkId: "${parkId}", code: "REG-M1", kind: METER, name: "1号楼总表", location: "B1 配电房" }) {
         username secret device { id topics { telemetry } } } }`,
    );
    expect(r.username).toBe(r.device.id);
    expect(r.secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(r.device.topics.telemetry).toBe(`park/${parkCode}/v1/meter/REG-M1/telemetry`);
    // Only a scrypt hash is kept; the schema has no field that could show the secret again.
    const [row] = await t.sql<{ secret_hash: string }>('select secret_hash from iot_device where id = $1', [
      r.device.id,
    ]);
    expect(row!.secret_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(row!.secret_hash).not.toContain(r.secret);

    const duplicate = await t.gql(
      `mutation { registerIotDevice(input: { parkId: "${parkId}", code: "REG-M1", kind: SENSOR, name: "x" }) { secret } }`,
    );
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });

    const before = await t.sql('select count(*) n from iot_device');
    const bad = await t.gql(
      `mutation { registerIotDevice(input: { parkId: "${parkId}", code: "has space", kind: GATE, name: "" }) { secret } }`,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });
    expect(await t.sql('select count(*) n from iot_device')).toEqual(before);
  });

  it('edits, disables and removes a device; lists a park in a fixed number of statements', async () => {
    const d = await device('EDIT-S1', 'SENSOR');
    const { updateIotDevice: u } = await t.gqlOk<{
      updateIotDevice: { name: string; status: string; location: string };
    }>(
      `mutation ($id: ID!) { updateIotDevice(id: $id, input: { name: "温湿度 3F", location: "3F 走廊", status: DISABLED }) { name status location } }`,
      { id: d.id },
    );
    expect(u).toEqual({ name: '温湿度 3F', status: 'DISABLED', location: '3F 走廊' });
    // A disabled device cannot connect.
    await expect(connect(d)).rejects.toThrow(/Bad username or password|Not authorized/i);
    // The refusal is counted in a transaction of its own: let it land before statements are counted.
    await waitFor(async () => (await countOf(d.id, 'BAD_CREDENTIALS')) === 1, 5000, 'the refusal counted');

    for (const code of ['LIST-1', 'LIST-2', 'LIST-3']) await device(code);
    const list = async () =>
      t.statements.measure(() =>
        t.gqlOk<{ iotDevices: { code: string }[] }>(
          `query ($p: ID!) { iotDevices(parkId: $p) { ${DEVICE_FIELDS} } }`,
          {
            p: parkId,
          },
        ),
      );
    const small = await list();
    for (const code of ['LIST-4', 'LIST-5', 'LIST-6']) await device(code);
    const large = await list();
    expect(large.result.iotDevices.length).toBe(small.result.iotDevices.length + 3);
    expect(large.statements).toBe(small.statements);

    expect(await t.gqlOk(`mutation ($id: ID!) { removeIotDevice(id: $id) }`, { id: d.id })).toEqual({
      removeIotDevice: true,
    });
    const gone = await t.gql(`query ($id: ID!) { iotDevice(id: $id) { id } }`, { id: d.id });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps devices from staff without the permission and from tenants', async () => {
    const tenant = await t.as('tenant.staff');
    const refused = await tenant.gql(`query ($p: ID!) { iotDevices(parkId: $p) { id } }`, { p: parkId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const cs = await t.as('cs.agent');
    const r = await cs.gql(
      `mutation { registerIotDevice(input: { parkId: "${parkId}", code: "X-1", kind: GATE, name: "x" }) { secret } }`,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The control room reads devices but does not manage them.
    const guard = await t.as('guard');
    expect(
      (await guard.gql(`query ($p: ID!) { iotDevices(parkId: $p) { id } }`, { p: parkId })).errors,
    ).toBeUndefined();
    const g = await guard.gql(
      `mutation { registerIotDevice(input: { parkId: "${parkId}", code: "X-2", kind: GATE, name: "x" }) { secret } }`,
    );
    expect(g.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('broker authorization', () => {
  it('accepts a device on its own topic and refuses a wrong secret, counting it', async () => {
    const d = await device('AUTH-M1');
    await expect(connect({ id: d.id, secret: `${d.secret}x` })).rejects.toThrow(/Bad username or password/i);
    await expect(connectDevice(iot.url, d, { clientId: 'someone-else' })).rejects.toThrow(
      /Identifier rejected/,
    );
    const client = await connect(d);
    await client.publishAsync(d.telemetry, reading(1), { qos: 1 });
    await waitFor(async () => (await readings()) >= 1, 5000, 'the first reading');
    await iot.broker!.flushRefusals();
    expect(await countOf(d.id, 'BAD_CREDENTIALS')).toBe(1);
  });

  it("refuses another device's topic, wildcards, $SYS and retained messages", async () => {
    const d = await device('AUTH-M2');
    const other = await device('AUTH-M3');
    const client = await connect(d);
    const granted = await subscribe(client, {
      [d.command]: { qos: 1 },
      [other.command]: { qos: 1 },
      [`park/${parkCode}/v1/meter/+/command`]: { qos: 1 },
      '#': { qos: 0 },
      '$SYS/#': { qos: 0 },
    });
    expect(granted).toEqual([1, 128, 128, 128, 128]);

    // A PUBLISH outside its topic closes the connection unacknowledged: nothing written.
    const gone = closed(client);
    client.publish(other.telemetry, reading(7), { qos: 1 });
    await gone;
    const retained = await connect(d, { clientId: d.id });
    const goneAgain = closed(retained);
    retained.publish(d.telemetry, reading(8), { qos: 1, retain: true });
    await goneAgain;
    await iot.broker!.flushRefusals();
    expect(await countOf(d.id, 'FORBIDDEN_TOPIC')).toBeGreaterThanOrEqual(5);
    expect(await countOf(d.id, 'RETAINED')).toBe(1);
    expect(
      Number(
        (
          await t.sql<{ n: string }>('select count(*) n from test_reading where device_id = any($1)', [
            [d.id, other.id],
          ])
        )[0]!.n,
      ),
    ).toBe(0);
  });

  it('holds a device to its message rate', async () => {
    const d = await device('RATE-M1');
    const client = await connect(d, { reconnectPeriod: 0 });
    const gone = closed(client);
    // A burst of 20 and next to no refill: the 21st is over the rate.
    for (let seq = 0; seq < 30; seq += 1) client.publish(d.telemetry, reading(seq), { qos: 1 });
    await gone;
    await iot.broker!.flushRefusals();
    expect(await countOf(d.id, 'RATE_LIMITED')).toBeGreaterThanOrEqual(1);
    await waitFor(
      async () =>
        Number(
          (await t.sql<{ n: string }>('select count(*) n from test_reading where device_id = $1', [d.id]))[0]!
            .n,
        ) === 20,
      30_000,
      'the 20 readings within the burst',
    );
  });
});

describe('ingest', () => {
  it('rejects and counts bad messages per device, writes none of them, and carries on', async () => {
    const d = await device('BAD-M1');
    const sensor = await device('BAD-S1', 'SENSOR');
    const client = await connect(d);
    const before = await readings();
    for (const payload of [
      'not json',
      '[1,2]',
      reading(1, { value: 'high' }),
      reading(2, { unit: 'MW' }),
      reading(3, { value: -5 }),
      JSON.stringify({ seq: 4, value: 1, unit: 'kWh' }),
      reading(5, { extra: true }),
    ])
      await client.publishAsync(d.telemetry, payload, { qos: 1 });
    await client.publishAsync(d.telemetry, reading(6), { qos: 1 });
    // Through an external broker the ACL is the broker's: a topic naming no device, or a device
    // of another kind, reaches the consumer. Its ingest gets them as such a broker would pass them.
    const ingest = new Ingest(
      systemTransaction(t.app.services),
      meterHandler(tally),
      t.clock,
      pino({ level: 'silent' }),
    );
    const result = await ingest.run([
      { topic: `park/${parkCode}/v1/meter/NO-SUCH-METER/telemetry`, payload: Buffer.from(reading(1)) },
      { topic: sensor.telemetry.replace('/sensor/', '/meter/'), payload: Buffer.from(reading(1)) },
      { topic: 'park/NO-SUCH-PARK/v1/meter/M/telemetry', payload: Buffer.from(reading(1)) },
      { topic: 'some/other/topic', payload: Buffer.from(reading(1)) },
    ]);
    expect(result).toEqual({ accepted: 0, rejected: 2, ignored: 2 });
    await waitFor(async () => (await readings()) === before + 1, 5000, 'the one good reading');
    await waitFor(async () => (await countOf(d.id, 'INVALID_VALUE')) === 5, 5000, 'the counters');
    expect(await countOf(d.id, 'MALFORMED')).toBe(2);
    expect(await countOf(sensor.id, 'TOPIC_MISMATCH')).toBe(1);
    const { iotRejections } = await t.gqlOk<{
      iotRejections: { deviceCode: string; deviceId: string | null; reason: string; count: number }[];
    }>(`query ($p: ID!) { iotRejections(parkId: $p) { deviceCode deviceId reason count } }`, { p: parkId });
    expect(iotRejections).toContainEqual({
      deviceCode: 'NO-SUCH-METER',
      deviceId: null,
      reason: 'UNKNOWN_DEVICE',
      count: 1,
    });
    const [row] = await t.sql<{ value: number }>('select value from test_reading where device_id = $1', [
      d.id,
    ]);
    expect(row!.value).toBe(106);
    const { iotDevice } = await t.gqlOk<{ iotDevice: { lastSeenAt: string | null } }>(
      'query ($id: ID!) { iotDevice(id: $id) { lastSeenAt } }',
      { id: d.id },
    );
    expect(iotDevice.lastSeenAt).not.toBeNull();
    expect(iot.consumer.stats.failures).toBe(0);
  });

  it('rotating a secret refuses the old one', async () => {
    const d = await device('ROT-M1');
    const { rotateIotDeviceSecret: r } = await t.gqlOk<{ rotateIotDeviceSecret: { secret: string } }>(
      'mutation ($id: ID!) { rotateIotDeviceSecret(id: $id) { secret } }',
      { id: d.id },
    );
    expect(r.secret).not.toBe(d.secret);
    await expect(connect(d)).rejects.toThrow(/Bad username or password/i);
    const client = await connect({ id: d.id, secret: r.secret });
    expect(client.connected).toBe(true);
  });
});

describe('telemetry registration', () => {
  it("gathers the manifests' handlers per device kind and refuses a kind claimed twice", async () => {
    const handler = async () => ({ accepted: 0, rejected: 0 });
    const handlers = telemetryHandlers([
      { telemetry: { METER: handler } },
      {},
      { telemetry: { GATE: handler } },
    ]);
    expect(Object.keys(handlers).sort()).toEqual(['GATE', 'METER']);
    expect(() =>
      telemetryHandlers([{ telemetry: { METER: handler } }, { telemetry: { METER: handler } }]),
    ).toThrow('Telemetry of METER is handled twice');
  });
});
