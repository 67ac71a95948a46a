import type { MqttClient } from 'mqtt';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedBroker } from '../src/modules/iot/iot.broker.js';
import { TelemetryConsumer } from '../src/modules/iot/iot.consumer.js';
import { Ingest } from '../src/modules/iot/iot.ingest.js';
import { systemTransaction } from '../src/modules/iot/iot.runtime.js';
import type { TelemetryHandlers } from '../src/modules/iot/iot.telemetry.js';
import { TELEMETRY_HANDLERS } from '../src/modules/registry.js';
import { expectRollupsMatchRaw } from './energy-helpers.js';
import { demoSite, unique } from './factories.js';
import {
  connectDevice,
  createReadingTable,
  freePort,
  type HandlerTally,
  hasMosquitto,
  MOSQUITTO,
  Mosquitto,
  meterHandler,
  mqttSettings,
  type RegisteredDevice,
  registerDevice,
  waitFor,
} from './iot-harness.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Exactly once under crashes (issue 18): 10,000 QoS 1 readings of a meter's device while the
 * consumer, or the broker, is killed part way, through the energy feature's own handler;
 * afterwards every reading is stored once and the meter's rollups equal a recomputation from the
 * raw readings (redelivered ones arrive late and out of order). The consumer acknowledges only
 * committed batches and the readings' key drops redeliveries, so nothing is lost and nothing
 * counted twice. Against the embedded aedes and against Debian's Mosquitto.
 */
const N = 10_000;
const SERVICE = { username: 'park-ingest', password: 'service-password-for-tests' };
const logger = pino({ level: 'silent' });

let t: TestApp;
let parkId: string;
beforeAll(async () => {
  t = await startTestApp();
  await createReadingTable(t);
  [{ id: parkId }] = (await t.sql<{ id: string }>('select id from park order by created_at limit 1')) as [
    { id: string },
  ];
});
afterAll(() => t?.close());

/** Rows in the test table, of the given devices only when named. */
const readings = async (deviceIds?: readonly string[]) =>
  Number(
    (
      await t.sql<{ n: string }>(
        'select count(*) n from test_reading where $1::uuid[] is null or device_id = any($1::uuid[])',
        [deviceIds ?? null],
      )
    )[0]!.n,
  );
const reading = (seq: number) =>
  JSON.stringify({
    ts: new Date(Date.UTC(2026, 11, 5, 0, 0, 0) + seq * 1000).toISOString(),
    seq,
    value: seq,
    unit: 'kWh',
  });

type Broker = {
  url: string;
  start(): Promise<void>;
  kill(): Promise<void>;
  stop(): Promise<void>;
  /** What kill() does, in words, for the report. */
  killedBy: string;
};

function consumerFor(
  url: string,
  tally: HandlerTally,
  handlers: TelemetryHandlers = meterHandler(tally),
  tuning: { maxBatchBytes?: number } = {},
) {
  return TelemetryConsumer.start({
    url,
    ...SERVICE,
    ...tuning,
    ingest: new Ingest(systemTransaction(t.app.services), handlers, t.clock, logger),
    logger,
  });
}

/**
 * Energy's handler for meters, as the app registers it, counting what it is handed and calling
 * `onSeen` after each batch (inside its transaction, before the commit).
 */
function energyHandlers(tally: HandlerTally, onSeen: () => void = () => undefined): TelemetryHandlers {
  const meter = TELEMETRY_HANDLERS.METER!;
  return {
    async METER(em, messages) {
      const result = await meter(em, messages);
      tally.calls += 1;
      tally.seen += messages.length;
      onSeen();
      return result;
    },
  };
}

type MeterDevice = RegisteredDevice & { meterId: string };

/** A device with an electricity meter linked to it, both registered through the API. */
async function meterDevice(code: string): Promise<MeterDevice> {
  const demo = await demoSite(t);
  const device = await registerDevice(t, demo.parkId, code);
  const { createMeter } = await t.gqlOk<{ createMeter: { id: string } }>(
    `mutation ($input: CreateMeterInput!) { createMeter(input: $input) { id } }`,
    {
      input: {
        parkId: demo.parkId,
        code: unique('KILL').slice(0, 30),
        kind: 'ELECTRICITY',
        level: 'BUILDING',
        buildingId: demo.buildingId,
        deviceId: device.id,
      },
    },
  );
  return { ...device, meterId: createMeter.id };
}

/**
 * Publishes N readings at QoS 1 from the meter's device (one a second, the register counting up
 * 1 kWh each), kills `what` once a quarter is stored, starts it again, and waits until the device
 * has every PUBACK and the meter holds N readings.
 */
async function publishThroughCrash(broker: Broker, device: MeterDevice, what: 'consumer' | 'broker') {
  const stored = async () =>
    Number(
      (
        await t.sql<{ n: string }>('select count(*) n from meter_reading where meter_id = $1', [
          device.meterId,
        ])
      )[0]!.n,
    );
  const tally: HandlerTally = { seen: 0, inserted: 0, calls: 0 };
  // The crash comes as soon as a quarter has been handed to the handler, while its batch commits
  // and the rest is still on its way (waiting for the table to show it can come too late).
  let quarter!: () => void;
  const quarterSeen = new Promise<void>((resolve) => {
    quarter = resolve;
  });
  let consumer = await consumerFor(
    broker.url,
    tally,
    energyHandlers(tally, () => tally.seen >= N / 4 && quarter()),
  );
  const publisher: MqttClient = await connectDevice(broker.url, device, { reconnectPeriod: 100 });
  publisher.on('error', () => undefined);
  try {
    const acks = Array.from({ length: N }, (_, seq) =>
      publisher.publishAsync(device.telemetry, reading(seq), { qos: 1 }),
    );
    await quarterSeen;
    if (what === 'consumer') consumer.kill();
    else await broker.kill();
    const atKill = await stored();
    expect(atKill).toBeLessThan(N);
    if (what === 'consumer') consumer = await consumerFor(broker.url, tally, energyHandlers(tally));
    else await broker.start();
    let acked = 0;
    for (const ack of acks) void ack.then(() => (acked += 1));
    await waitFor(
      async () => (await stored()) >= N,
      // Generous: aedes commits about 3,000 readings/s alone and far fewer beside other test files.
      150_000,
      `all ${N} readings`,
      async () => JSON.stringify({ rows: await stored(), deviceAcked: acked, ...tally }),
    );
    await Promise.all(acks);
    // Redeliveries still on their way would show as extra calls, never as extra rows.
    await new Promise((r) => setTimeout(r, 300));
    await consumer.stop();
    const [row] = await t.sql<{ n: string; seqs: string; consumed: string; flagged: string }>(
      `select count(*) n, count(distinct seq) seqs, sum(delta) consumed,
              count(*) filter (where flag not in ('FIRST', 'OK')) flagged
         from meter_reading where meter_id = $1`,
      [device.meterId],
    );
    expect({
      rows: Number(row!.n),
      distinct: Number(row!.seqs),
      consumed: Number(row!.consumed),
      flagged: Number(row!.flagged),
    }).toEqual({ rows: N, distinct: N, consumed: N - 1, flagged: 0 });
    const [day] = await t.sql<{ total: string }>(
      `select sum(amount) total from meter_rollup where meter_id = $1 and grain = 'DAY'`,
      [device.meterId],
    );
    expect(Number(day!.total)).toBe(N - 1);
    const checked = await expectRollupsMatchRaw(t, device.meterId);
    console.info(
      `[iot] ${broker.killedBy} / ${what} killed at ${atKill}/${N} stored: 0 lost, 0 double; ` +
        `${tally.seen - N} redelivered and dropped by the key, ${tally.calls} batches; ` +
        `rollups (${checked.buckets} buckets) equal a recomputation from raw`,
    );
  } finally {
    publisher.end(true);
    await consumer.stop().catch(() => consumer.kill());
  }
}

describe('embedded aedes', () => {
  let broker: Broker;
  // A meter (and its device) per case: a second run over the first one's readings would store
  // nothing new and prove nothing.
  let devices: Record<'consumer' | 'broker', MeterDevice>;
  beforeAll(async () => {
    const settings = await mqttSettings({ port: await freePort() });
    let running: EmbeddedBroker | undefined;
    const start = async () => {
      running = await EmbeddedBroker.start({
        ...settings,
        service: SERVICE,
        transaction: systemTransaction(t.app.services),
        clock: t.clock,
        logger,
      });
    };
    broker = {
      url: `mqtt://127.0.0.1:${settings.port}`,
      start,
      kill: () => running!.kill(),
      stop: () => running!.close(),
      killedBy: 'aedes (connections cut, memory dropped, LevelDB store reopened)',
    };
    await start();
    devices = { consumer: await meterDevice('KILL-AEDES-C'), broker: await meterDevice('KILL-AEDES-B') };
  });
  afterAll(() => broker?.stop());

  it('loses and doubles nothing when the consumer is killed during 10,000 messages', async () => {
    await publishThroughCrash(broker, devices.consumer, 'consumer');
  }, 200_000);

  // Before the broker released its store writes in publishing order (`inPublishOrder` in
  // iot.broker.ts), 205 of these 20,000 acknowledged messages reached the consumer only on its next
  // connection: aedes drops a message overtaken by a later one as a duplicate (aedes issue #955).
  it('takes a flood from 20 devices without losing or stalling (numbers in the log)', async () => {
    await t.sql('truncate test_reading');
    const devices = await Promise.all(
      Array.from({ length: 20 }, (_, i) => registerDevice(t, parkId, `FLOOD-${i}`)),
    );
    // The consumer's session is the one every case shares, so redeliveries left from the case
    // before may still arrive: only the flood devices' rows count.
    const flood = devices.map((d) => d.id);
    const tally: HandlerTally = { seen: 0, inserted: 0, calls: 0 };
    const consumer = await consumerFor(broker.url, tally);
    const clients = await Promise.all(devices.map((d) => connectDevice(broker.url, d)));
    const PER_DEVICE = 1000;
    const total = devices.length * PER_DEVICE;
    const started = performance.now();
    let brokerAcked = 0;
    let lastProgressAt = started;
    let lastCount = 0;
    let longestStall = 0;
    const acks = clients.flatMap((c, i) =>
      Array.from({ length: PER_DEVICE }, (_, seq) =>
        c.publishAsync(devices[i]!.telemetry, reading(seq), { qos: 1 }).then(() => {
          brokerAcked += 1;
        }),
      ),
    );
    await Promise.all(acks);
    const ackedMs = performance.now() - started;
    await waitFor(
      async () => {
        const n = await readings(flood);
        const now = performance.now();
        if (n > lastCount) {
          longestStall = Math.max(longestStall, now - lastProgressAt);
          lastProgressAt = now;
          lastCount = n;
        }
        return n >= total;
      },
      60_000,
      'the flood',
      async () => JSON.stringify({ rows: await readings(flood), brokerAcked, ...tally, ...consumer.stats }),
    );
    const committedMs = performance.now() - started;
    await new Promise((r) => setTimeout(r, 200));
    expect(await readings(flood)).toBe(total);
    expect(brokerAcked).toBe(total);
    console.info(
      `[iot] aedes flood: ${total} messages from ${devices.length} devices; broker acknowledged all in ` +
        `${ackedMs.toFixed(0)} ms (${((total / ackedMs) * 1000).toFixed(0)}/s), committed in ` +
        `${committedMs.toFixed(0)} ms (${((total / committedMs) * 1000).toFixed(0)}/s) in ${tally.calls} batches; ` +
        `lost ${total - (await readings(flood))}; longest time without progress ${longestStall.toFixed(0)} ms`,
    );
    for (const c of clients) c.end(true);
    await consumer.stop();
  }, 200_000);

  it('loses and doubles nothing when the broker is killed during 10,000 messages', async () => {
    await publishThroughCrash(broker, devices.broker, 'broker');
  }, 200_000);

  // A flood is written in batches of up to 5,000 messages or 4 MiB (gateway payloads may each be
  // 32 KB): here the byte cap is 40 payloads, so it, not the count, bounds every batch.
  it('keeps a batch within its byte cap under a flood, every message written', async () => {
    const senders = await Promise.all([0, 1].map((i) => registerDevice(t, parkId, `CAP-${i}`)));
    const PER_DEVICE = 500;
    const sizes = Array.from({ length: PER_DEVICE }, (_, seq) => Buffer.byteLength(reading(seq)));
    const cap = 40 * Math.max(...sizes);
    const tally: HandlerTally = { seen: 0, inserted: 0, calls: 0, largest: 0 };
    const consumer = await consumerFor(broker.url, tally, meterHandler(tally), { maxBatchBytes: cap });
    const clients = await Promise.all(senders.map((d) => connectDevice(broker.url, d)));
    try {
      await Promise.all(
        clients.flatMap((c, i) =>
          Array.from({ length: PER_DEVICE }, (_, seq) =>
            c.publishAsync(senders[i]!.telemetry, reading(seq), { qos: 1 }),
          ),
        ),
      );
      const ids = senders.map((d) => d.id);
      await waitFor(async () => (await readings(ids)) >= 2 * PER_DEVICE, 60_000, 'the capped flood');
      expect(await readings(ids)).toBe(2 * PER_DEVICE);
      // No batch held more payload than the cap; under the flood, batches did fill up to it.
      expect(tally.largest).toBeLessThanOrEqual(Math.floor(cap / Math.min(...sizes)));
      expect(tally.largest).toBeGreaterThanOrEqual(40);
      expect(tally.calls).toBeGreaterThanOrEqual((2 * PER_DEVICE) / Math.floor(cap / Math.min(...sizes)));
    } finally {
      for (const c of clients) c.end(true);
      await consumer.stop();
    }
  }, 120_000);
});

describe.skipIf(!hasMosquitto)(
  `Mosquitto (${MOSQUITTO}${hasMosquitto ? '' : ' missing: apt-get install mosquitto'})`,
  () => {
    let broker: Broker;
    let mosquitto: Mosquitto;
    let devices: Record<'consumer' | 'broker', MeterDevice>;
    beforeAll(async () => {
      devices = { consumer: await meterDevice('KILL-MOSQ-C'), broker: await meterDevice('KILL-MOSQ-B') };
      const [park] = devices.consumer.telemetry.split('/').slice(1, 2);
      // The ACL README › Devices over MQTT describes: the consumer reads every telemetry topic,
      // each device writes its own telemetry topic and reads its own command topic.
      mosquitto = await Mosquitto.create([
        { ...SERVICE, acl: ['topic read park/+/v1/+/+/telemetry', 'topic write park/+/v1/+/+/command'] },
        ...Object.values(devices).map((device) => ({
          username: device.id,
          password: device.secret,
          acl: [`topic write ${device.telemetry}`, `topic read ${device.command}`],
        })),
      ]);
      expect(park).toBeTruthy();
      await mosquitto.start();
      broker = {
        url: mosquitto.url,
        start: () => mosquitto.start(),
        kill: () => mosquitto.stop('SIGTERM'),
        stop: () => mosquitto.stop('SIGTERM'),
        killedBy: 'mosquitto (SIGTERM, persistence on)',
      };
    });
    afterAll(() => mosquitto?.stop('SIGKILL'));

    it('loses and doubles nothing when the consumer is killed during 10,000 messages', async () => {
      await publishThroughCrash(broker, devices.consumer, 'consumer');
    }, 200_000);

    it('loses and doubles nothing when the broker is killed during 10,000 messages', async () => {
      await publishThroughCrash(broker, devices.broker, 'broker');
    }, 200_000);
  },
);
