/**
 * S9's broker stages (`ingest.ts` runs them): the embedded aedes and Debian's Mosquitto, each
 * with the bench's devices connected once (mqtt.js, QoS 1), and per message shape
 * - **raw broker**: every message published at once to a plain mqtt.js QoS 1 subscriber that
 *   only counts (as the service user, clean session);
 * - **end to end**: the same messages to the product's `TelemetryConsumer` (its own MQTT
 *   session, batches in lanes, PUBACK after commit), first publish → last commit, the committed
 *   readings counted and the DAY rollups checked; latency per message from its publish call to
 *   the commit of its batch.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt, { type MqttClient } from 'mqtt';
import { EmbeddedBroker } from '../../api/dist/modules/iot/iot.broker.js';
import { TelemetryConsumer } from '../../api/dist/modules/iot/iot.consumer.js';
import { Ingest, type SystemTransaction } from '../../api/dist/modules/iot/iot.ingest.js';
import { TELEMETRY_HANDLERS } from '../../api/dist/modules/registry.js';
import { freePort } from './harness.ts';
import type { Device, IngestRow, Message, Services } from './ingest.ts';

const MOSQUITTO = '/usr/sbin/mosquitto';
export const SECRET = 'bench-device-secret-0123456789ab';
export const SERVICE = { username: 'park-ingest', password: 'bench-service-password' };

/** One shape of the same readings: its messages and what the table calls it. */
export type Shape = { label: string; messages: Message[]; readings: number };

export async function brokerStages(opts: {
  services: Services;
  transaction: SystemTransaction;
  devices: Device[];
  shapes: Shape[];
  /** Clears the bench meters' readings, rollups and baselines. */
  reset(): Promise<void>;
  /** Readings committed for the bench meters, and their DAY rollups' sum against the expected. */
  committed(): Promise<number>;
  rollupsCheck(sent: Message[]): Promise<string>;
  cpu(fn: () => Promise<void>): Promise<string>;
  /** How long the steady run publishes. */
  pacedSeconds: number;
  /** The consumer's lanes (transactions at once); its default when undefined. */
  lanes?: number;
  log(msg: string): void;
}): Promise<IngestRow[]> {
  const rows: IngestRow[] = [];
  for (const kind of ['aedes', 'mosquitto'] as const) {
    if (kind === 'mosquitto' && !existsSync(MOSQUITTO)) {
      rows.push({
        broker: 'mosquitto',
        stage: 'skipped',
        count: 0,
        ms: 0,
        perSecond: 0,
        note: `${MOSQUITTO} not installed`,
      });
      continue;
    }
    const broker =
      kind === 'aedes'
        ? await startAedes(opts.services, opts.transaction)
        : await startMosquitto(opts.devices, opts.log);
    const clients: MqttClient[] = [];
    try {
      opts.log(`S9 ${kind}: connecting ${opts.devices.length} devices`);
      for (let i = 0; i < opts.devices.length; i += 20)
        clients.push(
          ...(await Promise.all(
            opts.devices.slice(i, i + 20).map((d) =>
              mqtt.connectAsync(broker.url, {
                clientId: d.id,
                username: d.id,
                password: SECRET,
                clean: true,
                protocolVersion: 4,
                reconnectPeriod: 0,
                connectTimeout: 60_000,
              }),
            ),
          )),
        );
      const byDevice = new Map(opts.devices.map((d, i) => [d.id, clients[i]!]));
      for (const shape of opts.shapes) {
        const publishAt = new Float64Array(shape.messages.length + 1);
        const send = (m: Message) => {
          publishAt[m.seq] = performance.now();
          return byDevice.get(m.device.id)!.publishAsync(m.topic, m.payload, { qos: 1 });
        };
        const publishAll = () => Promise.all(shape.messages.map(send));
        opts.log(`S9 ${kind}, ${shape.label}: raw broker rate`);
        rows.push(await rawBroker(kind, broker.url, shape, publishAll, opts.cpu));
        opts.log(`S9 ${kind}, ${shape.label}: end to end, flood`);
        await opts.reset();
        const flood = await endToEnd(kind, broker.url, shape, shape.messages, publishAll, publishAt, opts);
        rows.push({ ...flood, stage: `end to end (publish → committed), ${shape.label}` });
        // Then at half the flood's rate, evenly, for `pacedSeconds`: the latency of a steady load.
        const perMessage = shape.readings / shape.messages.length;
        const rate = Math.max(1, Math.floor(flood.perSecond / 2 / perMessage));
        const sent = shape.messages.slice(0, Math.min(shape.messages.length, rate * opts.pacedSeconds));
        opts.log(`S9 ${kind}, ${shape.label}: end to end, ${rate} messages/s for ${opts.pacedSeconds} s`);
        await opts.reset();
        const paced = await endToEnd(
          kind,
          broker.url,
          shape,
          sent,
          () => pace(sent, rate, send),
          publishAt,
          opts,
        );
        rows.push({
          ...paced,
          stage: `end to end, steady at half that rate, ${shape.label}`,
          note: `${rate} messages/s (${Math.round(rate * perMessage)} readings/s) for ${opts.pacedSeconds} s; ${paced.note}`,
        });
      }
    } finally {
      await Promise.all(clients.map((c) => c.endAsync(true)));
      await broker.close();
    }
  }
  return rows;
}

/** A plain subscriber that counts: first publish → last message received. */
async function rawBroker(
  kind: string,
  url: string,
  shape: Shape,
  publishAll: () => Promise<unknown>,
  cpu: (fn: () => Promise<void>) => Promise<string>,
): Promise<IngestRow> {
  const total = shape.messages.length;
  const sub = await mqtt.connectAsync(url, {
    clientId: SERVICE.username,
    username: SERVICE.username,
    password: SERVICE.password,
    clean: true,
    protocolVersion: 4,
    reconnectPeriod: 0,
  });
  await sub.subscribeAsync('park/+/v1/+/+/telemetry', { qos: 1 });
  let got = 0;
  let last = 0;
  const all = new Promise<void>((resolve) =>
    sub.on('message', () => {
      got += 1;
      last = performance.now();
      if (got === total) resolve();
    }),
  );
  const started = performance.now();
  const used = await cpu(async () => {
    await publishAll();
    // Gives up after two minutes; the timer is cleared, or it would hold the process open.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([all, new Promise((r) => (timer = setTimeout(r, 120_000)))]);
    clearTimeout(timer);
  });
  await sub.endAsync();
  const ms = last - started;
  const readings = (got / total) * shape.readings;
  return {
    broker: kind,
    stage: `raw broker (counting subscriber), ${shape.label}`,
    count: readings,
    ms,
    perSecond: (readings / ms) * 1000,
    note: `${got} messages, ${((got / ms) * 1000).toFixed(0)}/s; ${used}`,
  };
}

/** Publishes `messages` evenly at `perSecond`, in steps of 10 ms. */
async function pace(messages: Message[], perSecond: number, send: (m: Message) => Promise<unknown>) {
  const started = performance.now();
  const pending: Promise<unknown>[] = [];
  let next = 0;
  while (next < messages.length) {
    const due = Math.min(messages.length, Math.floor(((performance.now() - started) / 1000) * perSecond) + 1);
    for (; next < due; next += 1) pending.push(send(messages[next]!));
    await new Promise((r) => setTimeout(r, 10));
  }
  await Promise.all(pending);
}

/**
 * The product's consumer: `sent` published by `publish`, first publish → last commit, latency
 * per message from its publish call to its batch's commit.
 */
async function endToEnd(
  kind: string,
  url: string,
  shape: Shape,
  sent: Message[],
  publish: () => Promise<unknown>,
  publishAt: Float64Array,
  opts: Parameters<typeof brokerStages>[0],
): Promise<IngestRow> {
  const total = shape.messages.length;
  const committedAt = new Float64Array(total + 1);
  // Which messages each transaction held: stamped when it commits.
  const held = new WeakMap<object, number[]>();
  const handlers = {
    ...TELEMETRY_HANDLERS,
    METER: async (em: object, batch: readonly { seq?: number }[]) => {
      const result = await TELEMETRY_HANDLERS.METER!(em as never, batch as never);
      const list = held.get(em);
      for (const m of batch) if (m.seq !== undefined) list?.push(m.seq);
      return result;
    },
  } as typeof TELEMETRY_HANDLERS;
  let failures = 0;
  const stamped: SystemTransaction = async (fn) => {
    let seqs: number[] = [];
    const result = await opts.transaction(async (em) => {
      seqs = [];
      held.set(em, seqs);
      return fn(em);
    });
    const now = performance.now();
    for (const seq of seqs) committedAt[seq] = now;
    return result;
  };
  const consumer = await TelemetryConsumer.start({
    url,
    username: SERVICE.username,
    password: SERVICE.password,
    ingest: new Ingest(stamped, handlers, opts.services.clock, opts.services.logger),
    logger: opts.services.logger,
    ...(opts.lanes !== undefined && { lanes: opts.lanes }),
  });
  try {
    const started = performance.now();
    const used = await opts.cpu(async () => {
      await publish();
      const until = Date.now() + 300_000;
      while (sent.some((m) => committedAt[m.seq] === 0) && Date.now() < until)
        await new Promise((r) => setTimeout(r, 20));
    });
    failures = consumer.stats.failures;
    const end = committedAt.reduce((a, b) => Math.max(a, b), 0);
    const ms = end - started;
    const n = await opts.committed();
    const latencies: number[] = [];
    for (const { seq } of sent) if (committedAt[seq]) latencies.push(committedAt[seq]! - publishAt[seq]!);
    latencies.sort((a, b) => a - b);
    return {
      broker: kind,
      stage: '',
      count: n,
      ms,
      perSecond: (n / ms) * 1000,
      p50: latencies[Math.floor(latencies.length * 0.5)],
      p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))],
      note: `${consumer.stats.batches} batches, ${failures} failed; ${await opts.rollupsCheck(sent)}; ${used}`,
    };
  } finally {
    await consumer.stop();
  }
}

export async function startAedes(services: Services, transaction: ReturnType<typeof systemTransaction>) {
  const dataDir = await mkdtemp(join(tmpdir(), 'park-bench-mqtt-'));
  const broker = await EmbeddedBroker.start({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    service: SERVICE,
    rate: { perSecond: 1_000_000, burst: 1_000_000 },
    transaction,
    clock: services.clock,
    logger: services.logger,
  });
  return {
    url: `mqtt://127.0.0.1:${broker.port}`,
    async close() {
      await broker.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Mosquitto configured as README › Devices over MQTT describes (as api/test/iot-harness.ts does). */
async function startMosquitto(devices: Device[], log: (m: string) => void) {
  const dir = await mkdtemp(join(tmpdir(), 'park-bench-mosquitto-'));
  await chmod(dir, 0o777);
  const port = await freePort();
  const passwd = join(dir, 'passwd');
  await writeFile(
    passwd,
    [`${SERVICE.username}:${SERVICE.password}`, ...devices.map((d) => `${d.id}:${SECRET}`)].join('\n') + '\n',
  );
  log('S9 mosquitto: hashing passwords');
  execFileSync('/usr/bin/mosquitto_passwd', ['-U', passwd]);
  await chmod(passwd, 0o644);
  await writeFile(
    join(dir, 'acl'),
    [
      `user ${SERVICE.username}\ntopic read park/#`,
      ...devices.map((d) => `user ${d.id}\ntopic write ${d.topic}`),
    ].join('\n\n') + '\n',
  );
  await writeFile(
    join(dir, 'mosquitto.conf'),
    [
      `listener ${port} 127.0.0.1`,
      'allow_anonymous false',
      `password_file ${passwd}`,
      `acl_file ${join(dir, 'acl')}`,
      'persistence true',
      `persistence_location ${dir}/`,
      'max_inflight_messages 10000',
      'max_queued_messages 1000000',
      'log_dest none',
      '',
    ].join('\n'),
  );
  const child = spawn(MOSQUITTO, ['-c', join(dir, 'mosquitto.conf')], { stdio: 'ignore' });
  const until = Date.now() + 15_000;
  while (
    !(await new Promise<boolean>((resolve) => {
      const s = tcpConnect(port, '127.0.0.1');
      s.once('connect', () => (s.destroy(), resolve(true)));
      s.once('error', () => resolve(false));
    }))
  ) {
    if (Date.now() > until) throw new Error('mosquitto did not listen');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `mqtt://127.0.0.1:${port}`,
    async close() {
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await done;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
