/**
 * Issue 18's performance, S9 energy ingest, all stages in one run on the same rows:
 *
 * - **end to end**: `devices` registered meter devices (rows as the iot module stores them, one
 *   scrypt secret hash shared by all, each device authenticating with it) publish `perDevice`
 *   readings each at QoS 1 → the product's consumer (`TelemetryConsumer` + `Ingest` + energy's
 *   handler) → committed with rollups. Throughput from the first publish call to the last commit
 *   (the committed rows counted afterwards); latency per message from its publish call to the
 *   commit of its batch (the consumer's `stats.batches` moves right after a commit).
 * - **raw broker**: the same messages, same broker, same device connections, to a plain mqtt.js
 *   QoS 1 subscriber that only counts (as the service user, clean session), before the consumer.
 * - **ingest, no broker**: `Ingest.run` on the same raw messages in batches of the consumer's size
 *   (topic, device lookup, JSON + zod, energy's handler, one transaction per batch).
 * - **write stage**: `recordMeterReadings` alone, the same readings in the same batches.
 * - **parse**: `parsePayload` (JSON + zod) alone, CPU only.
 * - **raw COPY**: the same rows streamed (pg-copy-streams, text format) into an unindexed copy of
 *   `meter_reading`.
 * - **dashboard**: a year of the demo park's electricity by building and month, from
 *   `meter_rollup` and from the raw readings, checked equal.
 *
 * Each stage that writes readings starts from the same fresh meters (their readings, rollups and
 * baselines cleared). Runs on the embedded aedes broker and on Mosquitto when installed.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import mqtt, { type MqttClient } from 'mqtt';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { recordMeterReadings } from '../../api/dist/modules/energy/ingest.js';
import { EmbeddedBroker } from '../../api/dist/modules/iot/iot.broker.js';
import { TelemetryConsumer } from '../../api/dist/modules/iot/iot.consumer.js';
import { Ingest } from '../../api/dist/modules/iot/iot.ingest.js';
import { deviceTopics, parsePayload } from '../../api/dist/modules/iot/iot.protocol.js';
import { systemTransaction } from '../../api/dist/modules/iot/iot.runtime.js';
import { hashDeviceSecret } from '../../api/dist/modules/iot/iot.secret.js';
import { TELEMETRY_HANDLERS } from '../../api/dist/modules/registry.js';
import { freePort, median } from './harness.ts';

export type Services = Parameters<typeof systemTransaction>[0] & {
  clock: ConstructorParameters<typeof Ingest>[2];
  logger: ConstructorParameters<typeof Ingest>[3];
};

export type IngestRow = {
  broker: string;
  stage: string;
  count: number;
  ms: number;
  perSecond: number;
  p50?: number;
  p99?: number;
  note: string;
};
export type DashboardRow = { source: string; ms: number; rows: number; equal: boolean };

const MOSQUITTO = '/usr/sbin/mosquitto';
export const SECRET = 'bench-device-secret-0123456789ab';
export const SERVICE = { username: 'park-ingest', password: 'bench-service-password' };
const BATCH = 1000;
const QUARTER = 900_000;

export type Device = { id: string; code: string; meterId: string; topic: string };
type Message = { device: Device; seq: number; topic: string; payload: Buffer; at: Date; value: number };

export async function runIngestBench(opts: {
  ownerUrl: string;
  services: Services;
  devices: number;
  perDevice: number;
  dashboardRepeats: number;
  /** CPU seconds of the PostgreSQL server so far. */
  cpuSeconds(): Promise<number>;
  log(msg: string): void;
}): Promise<{ rows: IngestRow[]; dashboard: DashboardRow[] }> {
  const owner = new pg.Client({ connectionString: opts.ownerUrl });
  await owner.connect();
  const rows: IngestRow[] = [];
  try {
    const { devices, parkId } = await setUp(owner, opts.devices);
    const t0 = Math.floor(Date.now() / 3_600_000) * 3_600_000 - opts.perDevice * QUARTER;
    const messages: Message[] = [];
    for (let j = 0; j < opts.perDevice; j += 1)
      for (const [d, device] of devices.entries()) {
        const seq = d * opts.perDevice + j + 1;
        const at = new Date(t0 + j * QUARTER);
        const value = 1000 + j * 2.5;
        const payload = Buffer.from(JSON.stringify({ ts: at.toISOString(), seq, value, unit: 'kWh' }));
        messages.push({ device, seq, topic: device.topic, payload, at, value });
      }
    const total = messages.length;
    const meterIds = devices.map((d) => d.meterId);
    const reset = async () => {
      await owner.query('delete from meter_reading where meter_id = any($1)', [meterIds]);
      await owner.query('delete from meter_rollup where meter_id = any($1)', [meterIds]);
      await owner.query(
        'update meter set last_reading_at = null, baseline_at = null, baseline_value = null where id = any($1)',
        [meterIds],
      );
    };
    const committed = async () =>
      Number(
        (await owner.query('select count(*) n from meter_reading where meter_id = any($1)', [meterIds]))
          .rows[0].n,
      );
    const transaction = systemTransaction(opts.services);
    /** CPU of this process (broker when embedded, consumer, devices) and of PostgreSQL while `fn` runs. */
    const cpu = async (fn: () => Promise<void>, statements?: string) => {
      if (statements) await owner.query('select pg_stat_statements_reset()');
      const pg0 = await opts.cpuSeconds();
      const node0 = process.cpuUsage();
      await fn();
      const node = process.cpuUsage(node0);
      if (statements) {
        // Where PostgreSQL's time went, statement by statement (server time, not round trips).
        const top = await owner.query<{ query: string; calls: string; ms: number; rows: string }>(
          `select query, calls, total_exec_time ms, rows from pg_stat_statements
            where query not ilike '%pg_stat_statements%' order by total_exec_time desc limit 8`,
        );
        for (const q of top.rows)
          opts.log(
            `S9 ${statements}: ${q.ms.toFixed(0)} ms in ${q.calls} calls, ${q.rows} rows: ${q.query.replace(/\s+/g, ' ').slice(0, 110)}`,
          );
      }
      return `node CPU ${((node.user + node.system) / 1e6).toFixed(1)} s, PG CPU ${((await opts.cpuSeconds()) - pg0).toFixed(1)} s`;
    };

    // Parse alone (CPU).
    {
      const started = performance.now();
      let ok = 0;
      for (const m of messages)
        if (
          !(
            'reason' in
            parsePayload({ id: m.device.id, parkId, code: m.device.code, kind: 'METER' }, m.payload)
          )
        )
          ok += 1;
      const ms = performance.now() - started;
      rows.push({
        broker: '-',
        stage: 'parse (JSON + zod)',
        count: ok,
        ms,
        perSecond: (ok / ms) * 1000,
        note: 'CPU only',
      });
    }

    // Raw COPY into an unindexed copy of the readings table.
    {
      await owner.query('drop table if exists bench_reading_copy');
      await owner.query('create table bench_reading_copy (like meter_reading including defaults)');
      const started = performance.now();
      const stream = owner.query(
        copyFrom(
          'copy bench_reading_copy (meter_id, park_id, ts, value, seq, source, flag, delta, base_ts, estimated) from stdin',
        ),
      );
      await pipeline(function* () {
        for (let i = 0; i < total; i += BATCH) {
          let chunk = '';
          for (const m of messages.slice(i, i + BATCH)) {
            const first = m.at.getTime() === t0;
            chunk += `${m.device.meterId}\t${parkId}\t${m.at.toISOString()}\t${m.value.toFixed(3)}\t${m.seq}\tDEVICE\t${first ? 'FIRST' : 'OK'}\t${first ? '0.000' : '2.500'}\t${first ? '\\N' : new Date(m.at.getTime() - QUARTER).toISOString()}\tf\n`;
          }
          yield chunk;
        }
      }, stream);
      const ms = performance.now() - started;
      const n = Number((await owner.query('select count(*) n from bench_reading_copy')).rows[0].n);
      rows.push({
        broker: '-',
        stage: 'raw COPY (unindexed table)',
        count: n,
        ms,
        perSecond: (n / ms) * 1000,
        note: 'pg-copy-streams, text',
      });
      await owner.query('drop table bench_reading_copy');
    }
    const copyRate = rows.at(-1)!.perSecond;

    // Write stage alone: energy's recordMeterReadings, same batches.
    {
      await reset();
      const started = performance.now();
      const used = await cpu(async () => {
        for (let i = 0; i < total; i += BATCH) {
          const batch = messages.slice(i, i + BATCH);
          await transaction((em) =>
            recordMeterReadings(
              em,
              batch.map((m) => ({
                deviceId: m.device.id,
                at: m.at,
                seq: m.seq,
                value: m.value,
                unit: 'kWh',
              })),
            ),
          );
        }
      }, 'write stage');
      const ms = performance.now() - started;
      const n = await committed();
      rows.push({
        broker: '-',
        stage: 'write stage (recordMeterReadings)',
        count: n,
        ms,
        perSecond: (n / ms) * 1000,
        note: `${(((n / ms) * 1000) / copyRate).toFixed(2)}x raw COPY; ${used}`,
      });
    }

    // Ingest without a broker: topic, devices, JSON + zod, handler, one transaction per batch.
    const ingest = new Ingest(transaction, TELEMETRY_HANDLERS, opts.services.clock, opts.services.logger);
    {
      await reset();
      const started = performance.now();
      const used = await cpu(async () => {
        for (let i = 0; i < total; i += BATCH)
          await ingest.run(messages.slice(i, i + BATCH).map((m) => ({ topic: m.topic, payload: m.payload })));
      }, 'ingest');
      const ms = performance.now() - started;
      const n = await committed();
      rows.push({
        broker: '-',
        stage: 'ingest, no broker (Ingest.run)',
        count: n,
        ms,
        perSecond: (n / ms) * 1000,
        note: used,
      });
    }

    // Through each broker.
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
      await reset();
      const broker =
        kind === 'aedes'
          ? await startAedes(opts.services, transaction)
          : await startMosquitto(devices, opts.log);
      const clients: MqttClient[] = [];
      try {
        opts.log(`S9 ${kind}: connecting ${devices.length} devices`);
        for (let i = 0; i < devices.length; i += 20)
          clients.push(
            ...(await Promise.all(
              devices.slice(i, i + 20).map((d) =>
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
        const byDevice = new Map(devices.map((d, i) => [d.id, clients[i]!]));
        const publishAt = new Float64Array(total + 1);
        const publishAll = () =>
          Promise.all(
            messages.map((m) => {
              publishAt[m.seq] = performance.now();
              return byDevice.get(m.device.id)!.publishAsync(m.topic, m.payload, { qos: 1 });
            }),
          );

        // Raw broker rate: a plain subscriber that counts.
        opts.log(`S9 ${kind}: raw broker rate`);
        {
          const sub = await mqtt.connectAsync(broker.url, {
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
            await Promise.race([all, new Promise((r) => setTimeout(r, 120_000))]);
          });
          const ms = last - started;
          rows.push({
            broker: kind,
            stage: 'raw broker (counting subscriber)',
            count: got,
            ms,
            perSecond: (got / ms) * 1000,
            note: used,
          });
          await sub.endAsync();
        }

        // End to end through the product's consumer.
        opts.log(`S9 ${kind}: end to end`);
        {
          const committedAt = new Float64Array(total + 1);
          let open: number[] = [];
          const handlers = {
            ...TELEMETRY_HANDLERS,
            METER: async (em: never, batch: readonly { seq?: number }[]) => {
              const result = await TELEMETRY_HANDLERS.METER!(em, batch as never);
              for (const m of batch) if (m.seq !== undefined) open.push(m.seq);
              return result;
            },
          } as typeof TELEMETRY_HANDLERS;
          const consumer = await TelemetryConsumer.start({
            url: broker.url,
            username: SERVICE.username,
            password: SERVICE.password,
            ingest: new Ingest(transaction, handlers, opts.services.clock, opts.services.logger),
            logger: opts.services.logger,
          });
          // `batches` moves right after a batch commits (before its PUBACKs): stamp what it held.
          let batches = 0;
          let failures = 0;
          Object.defineProperty(consumer.stats, 'batches', {
            get: () => batches,
            set: (v: number) => {
              batches = v;
              const now = performance.now();
              for (const seq of open) committedAt[seq] = now;
              open = [];
            },
          });
          Object.defineProperty(consumer.stats, 'failures', {
            get: () => failures,
            set: (v: number) => {
              failures = v;
              open = [];
            },
          });
          try {
            const started = performance.now();
            const used = await cpu(async () => {
              await publishAll();
              const until = Date.now() + 300_000;
              while (committedAt.subarray(1).some((x) => x === 0) && Date.now() < until)
                await new Promise((r) => setTimeout(r, 20));
            });
            const end = committedAt.reduce((a, b) => Math.max(a, b), 0);
            const ms = end - started;
            const n = await committed();
            const latencies: number[] = [];
            for (let s = 1; s <= total; s += 1)
              if (committedAt[s]) latencies.push(committedAt[s]! - publishAt[s]!);
            latencies.sort((a, b) => a - b);
            const rollups = Number(
              (
                await owner.query(
                  `select coalesce(sum(amount), 0) s from meter_rollup where meter_id = any($1) and grain = 'DAY'`,
                  [meterIds],
                )
              ).rows[0].s,
            );
            const expected = devices.length * (opts.perDevice - 1) * 2.5;
            rows.push({
              broker: kind,
              stage: 'end to end (publish → committed)',
              count: n,
              ms,
              perSecond: (n / ms) * 1000,
              p50: latencies[Math.floor(latencies.length * 0.5)],
              p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))],
              note: `${consumer.stats.batches} batches, ${failures} failed; rollups ${rollups === expected ? 'equal' : `${rollups} ≠ ${expected}`}; ${used}`,
            });
          } finally {
            await consumer.stop();
          }
        }
      } finally {
        await Promise.all(clients.map((c) => c.endAsync(true)));
        await broker.close();
      }
    }
    await reset();
    opts.log('S9: dashboard aggregates');
    const dashboard = await dashboardAggregates(owner, opts.dashboardRepeats);
    return { rows, dashboard };
  } finally {
    await owner.end();
  }
}

/** Devices and their meters in a generated park (the demo park's aggregates stay untouched). */
export async function setUp(owner: pg.Client, count: number) {
  const park = (
    await owner.query<{ id: string; code: string; building_id: string }>(
      `select p.id, p.code, b.id building_id from park p join building b on b.park_id = p.id
        where not exists (select 1 from meter m where m.park_id = p.id) order by p.code, b.code limit 1`,
    )
  ).rows[0]!;
  const hash = await hashDeviceSecret(SECRET);
  const devices: Device[] = [];
  for (let i = 0; i < count; i += 1) {
    const code = `BENCH-EM-${String(i).padStart(4, '0')}`;
    devices.push({
      id: crypto.randomUUID(),
      code,
      meterId: crypto.randomUUID(),
      topic: deviceTopics(park.code, 'METER', code).telemetry,
    });
  }
  await owner.query(
    `insert into iot_device (id, created_at, updated_at, park_id, code, kind, name, status, secret_hash, secret_issued_at)
     select u.id, now(), now(), $3, u.code, 'METER', u.code, 'ACTIVE', $4, now() from unnest($1::uuid[], $2::text[]) u(id, code)`,
    [devices.map((d) => d.id), devices.map((d) => d.code), park.id, hash],
  );
  await owner.query(
    `insert into meter (id, created_at, updated_at, park_id, code, name, kind, level, building_id, device_id, time_zone)
     select u.id, now(), now(), $4, u.code, u.code, 'ELECTRICITY', 'BUILDING', $5, u.device_id, 'Asia/Shanghai'
       from unnest($1::uuid[], $2::text[], $3::uuid[]) u(id, code, device_id)`,
    [
      devices.map((d) => d.meterId),
      devices.map((d) => d.code),
      devices.map((d) => d.id),
      park.id,
      park.building_id,
    ],
  );
  return { devices, parkId: park.id };
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
      'max_inflight_messages 1000',
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

/** A year of the demo park's electricity by building and month: from rollups, and from raw readings. */
async function dashboardAggregates(owner: pg.Client, repeats: number): Promise<DashboardRow[]> {
  const park = (
    await owner.query<{ id: string; to: Date }>(
      `select m.park_id id, max(m.last_reading_at) "to" from meter m join meter_reading r on r.meter_id = m.id
        where r.source = 'SEED' group by m.park_id limit 1`,
    )
  ).rows[0];
  if (!park) return [];
  const from = new Date(park.to.getTime() - 365 * 86_400_000);
  const rollup = `select m.building_id, r.bucket as month, sum(r.amount)::numeric(18,3)::text as kwh
      from meter m join meter_rollup r on r.meter_id = m.id
     where m.park_id = $1 and m.kind = 'ELECTRICITY' and m.level = 'BUILDING' and not m.virtual
       and r.grain = 'MONTH' and r.bucket >= date_trunc('month', $2::timestamptz, 'Asia/Shanghai')
     group by 1, 2 order by 1, 2`;
  // Each reading's consumption belongs to the interval ending at it: the month of its base instant.
  const raw = `select m.building_id, date_trunc('month', r.base_ts, m.time_zone) as month,
                      sum(r.delta)::numeric(18,3)::text as kwh
      from meter m join meter_reading r on r.meter_id = m.id
     where m.park_id = $1 and m.kind = 'ELECTRICITY' and m.level = 'BUILDING' and not m.virtual
       and r.delta <> 0 and r.base_ts >= date_trunc('month', $2::timestamptz, 'Asia/Shanghai')
     group by 1, 2 order by 1, 2`;
  const results: Record<string, { ms: number[]; rows: string }> = {};
  for (const [name, sql] of [
    ['rollups (meter_rollup, MONTH)', rollup],
    ['raw readings (meter_reading)', raw],
  ] as const) {
    if (repeats > 1) await owner.query(sql, [park.id, from]); // warm
    const ms: number[] = [];
    let out = '';
    for (let i = 0; i < repeats; i += 1) {
      const started = performance.now();
      const r = await owner.query(sql, [park.id, from]);
      ms.push(performance.now() - started);
      out = JSON.stringify(r.rows.map((x) => [x.building_id, new Date(x.month).toISOString(), x.kwh]));
    }
    results[name] = { ms, rows: out };
  }
  const [a, b] = Object.values(results) as [{ ms: number[]; rows: string }, { ms: number[]; rows: string }];
  return Object.entries(results).map(([source, r]) => ({
    source,
    ms: median(r.ms),
    rows: (JSON.parse(r.rows) as unknown[]).length,
    equal: a.rows === b.rows,
  }));
}

export function formatIngestTable(rows: IngestRow[], dashboard: DashboardRow[]): string {
  const lines = [
    '| scenario | broker | stage | readings | ms | readings/s | p50 ms | p99 ms | note |',
    '|---|---|---|--:|--:|--:|--:|--:|---|',
    ...rows.map(
      (r) =>
        `| S9 energy ingest | ${r.broker} | ${r.stage} | ${r.count} | ${r.ms.toFixed(0)} | ${r.perSecond.toFixed(0)} | ${r.p50?.toFixed(1) ?? '-'} | ${r.p99?.toFixed(1) ?? '-'} | ${r.note} |`,
    ),
    '',
    '| scenario | source | rows | ms (median) | vs raw | equal |',
    '|---|---|--:|--:|--:|---|',
  ];
  const rawMs = dashboard.find((d) => d.source.startsWith('raw'))?.ms;
  for (const d of dashboard)
    lines.push(
      `| S9 dashboard | ${d.source} | ${d.rows} | ${d.ms.toFixed(2)} | ${rawMs ? `${(rawMs / d.ms).toFixed(1)}x` : '-'} | ${d.equal} |`,
    );
  return lines.join('\n');
}
