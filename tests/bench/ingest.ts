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
 *   `meter_reading` (the issue's reference), and into `meter_reading` itself (its month
 *   partitions and primary key): what storing the rows costs before any validation or rollup.
 * - **dashboard**: a year of the demo park's electricity by building and month, from
 *   `meter_rollup` and from the raw readings, checked equal. First, on the database as the seed
 *   left it (analyzed): after the stages above have written and deleted a million rollup rows,
 *   the dead ones (not yet vacuumed) would be what it measured.
 *
 * Each stage that writes readings starts from the same fresh meters (their readings, rollups and
 * baselines cleared). Runs on the embedded aedes broker and on Mosquitto when installed.
 */
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { recordMeterReadings } from '../../api/dist/modules/energy/ingest.js';
import { MAX_BATCH } from '../../api/dist/modules/iot/iot.consumer.js';
import { Ingest } from '../../api/dist/modules/iot/iot.ingest.js';
import { deviceTopics, parsePayload } from '../../api/dist/modules/iot/iot.protocol.js';
import { systemTransaction } from '../../api/dist/modules/iot/iot.runtime.js';
import { hashDeviceSecret } from '../../api/dist/modules/iot/iot.secret.js';
import { TELEMETRY_HANDLERS } from '../../api/dist/modules/registry.js';
import { median } from './harness.ts';
import { brokerStages, SECRET, type Shape } from './ingest-brokers.ts';
import { measureStage } from './stage-stats.ts';

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

/** The consumer's batch under a flood. */
const BATCH = MAX_BATCH;
const QUARTER = 900_000;

/** A bench device: one meter per register (`registers` of them; none named when there is one). */
export type Device = { id: string; code: string; meterIds: string[]; topic: string };
type Reading = { device: Device; register: number; meterId: string; at: Date; value: number };
/** A message: one reading, or a gateway's registers of one pass. */
export type Message = { device: Device; seq: number; topic: string; payload: Buffer; readings: Reading[] };

export async function runIngestBench(opts: {
  ownerUrl: string;
  services: Services;
  devices: number;
  /** Meters per device: above 1, each device is a gateway that also sends them in one message. */
  registers: number;
  perDevice: number;
  dashboardRepeats: number;
  /** How long each broker's steady run publishes. */
  pacedSeconds: number;
  /** The consumer's lanes in the end-to-end stages (its default when undefined). */
  lanes?: number;
  /** CPU seconds of the PostgreSQL server so far. */
  cpuSeconds(): Promise<number>;
  log(msg: string): void;
}): Promise<{ rows: IngestRow[]; dashboard: DashboardRow[] }> {
  const owner = new pg.Client({ connectionString: opts.ownerUrl });
  await owner.connect();
  const rows: IngestRow[] = [];
  try {
    opts.log('S9: dashboard aggregates');
    const dashboard = await dashboardAggregates(owner, opts.dashboardRepeats);
    const { devices, parkId } = await setUp(owner, opts.devices, opts.registers);
    const t0 = Math.floor(Date.now() / 3_600_000) * 3_600_000 - opts.perDevice * QUARTER;
    // Live order: every quarter, every device, every register.
    const readings: Reading[] = [];
    for (let j = 0; j < opts.perDevice; j += 1)
      for (const device of devices)
        for (const [register, meterId] of device.meterIds.entries())
          readings.push({ device, register, meterId, at: new Date(t0 + j * QUARTER), value: 1000 + j * 2.5 });
    const named = opts.registers > 1;
    const reading = (r: Reading) => ({
      ...(named && { meter: String(r.register + 1) }),
      value: r.value,
      unit: 'kWh',
    });
    const single: Message[] = readings.map((r, i) => ({
      device: r.device,
      seq: i + 1,
      topic: r.device.topic,
      payload: Buffer.from(JSON.stringify({ ts: r.at.toISOString(), seq: i + 1, ...reading(r) })),
      readings: [r],
    }));
    const shapes: Shape[] = [{ label: '1 reading a message', messages: single, readings: readings.length }];
    if (named) {
      const gateway: Message[] = [];
      for (let i = 0; i < readings.length; i += opts.registers) {
        const pass = readings.slice(i, i + opts.registers);
        const seq = gateway.length + 1;
        gateway.push({
          device: pass[0]!.device,
          seq,
          topic: pass[0]!.device.topic,
          payload: Buffer.from(
            JSON.stringify({ ts: pass[0]!.at.toISOString(), seq, readings: pass.map(reading) }),
          ),
          readings: pass,
        });
      }
      shapes.push({
        label: `gateways, ${opts.registers} readings a message`,
        messages: gateway,
        readings: readings.length,
      });
    }
    const messages = single;
    const total = readings.length;
    const meterIds = devices.flatMap((d) => d.meterIds);
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
    const cpu = (fn: () => Promise<void>, statements?: string) =>
      measureStage(
        owner,
        { cpuSeconds: opts.cpuSeconds, log: opts.log },
        fn,
        statements && `S9 ${statements}`,
      );

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

    /** The same rows streamed into `table` (pg-copy-streams, text format); its rows counted after. */
    const copyInto = async (table: string, stage: string, count: () => Promise<number>) => {
      const started = performance.now();
      const stream = owner.query(
        copyFrom(
          `copy ${table} (meter_id, park_id, ts, value, seq, source, flag, delta, base_ts, estimated) from stdin`,
        ),
      );
      await pipeline(function* () {
        for (let i = 0; i < total; i += BATCH) {
          let chunk = '';
          for (const [k, m] of readings.slice(i, i + BATCH).entries()) {
            const first = m.at.getTime() === t0;
            chunk += `${m.meterId}\t${parkId}\t${m.at.toISOString()}\t${m.value.toFixed(3)}\t${i + k + 1}\tDEVICE\t${first ? 'FIRST' : 'OK'}\t${first ? '0.000' : '2.500'}\t${first ? '\\N' : new Date(m.at.getTime() - QUARTER).toISOString()}\tf\n`;
          }
          yield chunk;
        }
      }, stream);
      const ms = performance.now() - started;
      const n = await count();
      rows.push({
        broker: '-',
        stage,
        count: n,
        ms,
        perSecond: (n / ms) * 1000,
        note: 'pg-copy-streams, text',
      });
    };
    // Raw COPY into an unindexed copy of the readings table: the issue's reference.
    await owner.query('drop table if exists bench_reading_copy');
    await owner.query('create table bench_reading_copy (like meter_reading including defaults)');
    await copyInto('bench_reading_copy', 'raw COPY (unindexed table)', async () =>
      Number((await owner.query('select count(*) n from bench_reading_copy')).rows[0].n),
    );
    await owner.query('drop table bench_reading_copy');
    const copyRate = rows.at(-1)!.perSecond;
    // The same COPY into meter_reading itself (its month partitions, primary key and indexes):
    // what storing the rows alone costs, before any validation or rollup.
    await reset();
    await copyInto('meter_reading', 'raw COPY (meter_reading, indexed)', committed);
    const indexedRate = rows.at(-1)!.perSecond;
    rows.at(-1)!.note += `; ${(indexedRate / copyRate).toFixed(2)}x unindexed`;

    // Write stage alone: energy's recordMeterReadings, same batches.
    {
      await reset();
      const started = performance.now();
      const used = await cpu(async () => {
        for (let i = 0; i < total; i += BATCH) {
          const batch = readings.slice(i, i + BATCH);
          await transaction((em) =>
            recordMeterReadings(
              em,
              batch.map((m, k) => ({
                deviceId: m.device.id,
                ...(named && { meter: String(m.register + 1) }),
                at: m.at,
                seq: i + k + 1,
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
        note: `${(((n / ms) * 1000) / copyRate).toFixed(2)}x raw COPY, ${(((n / ms) * 1000) / indexedRate).toFixed(2)}x indexed COPY; ${used}`,
      });
    }

    // Ingest without a broker: topic, devices, JSON + zod, handler, one transaction per batch.
    const ingest = new Ingest(transaction, TELEMETRY_HANDLERS, opts.services.clock, opts.services.logger);
    for (const shape of shapes) {
      await reset();
      const started = performance.now();
      const used = await cpu(async () => {
        for (let i = 0; i < shape.messages.length; i += BATCH)
          await ingest.run(
            shape.messages.slice(i, i + BATCH).map((m) => ({ topic: m.topic, payload: m.payload })),
          );
      }, `ingest, ${shape.label}`);
      const ms = performance.now() - started;
      const n = await committed();
      rows.push({
        broker: '-',
        stage: `ingest, no broker (Ingest.run), ${shape.label}`,
        count: n,
        ms,
        perSecond: (n / ms) * 1000,
        note: used,
      });
    }

    // Through each broker, each shape.
    rows.push(
      ...(await brokerStages({
        services: opts.services,
        transaction,
        devices,
        shapes,
        reset,
        committed,
        rollupsCheck: async (sent) => {
          const { rows: sums } = await owner.query<{ s: string }>(
            `select coalesce(sum(amount), 0) s from meter_rollup where meter_id = any($1) and grain = 'DAY'`,
            [meterIds],
          );
          const got = Number(sums[0]!.s);
          // Every reading after a meter's first books 2.5 kWh.
          const perMeter = new Map<string, number>();
          for (const m of sent)
            for (const r of m.readings) perMeter.set(r.meterId, (perMeter.get(r.meterId) ?? 0) + 1);
          const expected = [...perMeter.values()].reduce((a, n) => a + (n - 1) * 2.5, 0);
          return `rollups ${got === expected ? 'equal' : `${got} ≠ ${expected}`}`;
        },
        cpu: (fn) => cpu(fn),
        pacedSeconds: opts.pacedSeconds,
        lanes: opts.lanes,
        log: opts.log,
      })),
    );
    await reset();
    return { rows, dashboard };
  } finally {
    await owner.end();
  }
}

/**
 * Devices and their meters in a generated park (the demo park's aggregates stay untouched): one
 * meter per register, named `1`…`registers` when there are several.
 */
export async function setUp(owner: pg.Client, count: number, registers = 1) {
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
      meterIds: Array.from({ length: registers }, () => crypto.randomUUID()),
      topic: deviceTopics(park.code, 'METER', code).telemetry,
    });
  }
  await owner.query(
    `insert into iot_device (id, created_at, updated_at, park_id, code, kind, name, status, secret_hash, secret_issued_at)
     select u.id, now(), now(), $3, u.code, 'METER', u.code, 'ACTIVE', $4, now() from unnest($1::uuid[], $2::text[]) u(id, code)`,
    [devices.map((d) => d.id), devices.map((d) => d.code), park.id, hash],
  );
  const meters = devices.flatMap((d) =>
    d.meterIds.map((id, r) => ({
      id,
      // A lone meter bears its device's code (the alert stage finds its alerts by it).
      code: registers > 1 ? `${d.code}-${r + 1}` : d.code,
      deviceId: d.id,
      register: registers > 1 ? String(r + 1) : null,
    })),
  );
  await owner.query(
    `insert into meter (id, created_at, updated_at, park_id, code, name, kind, level, building_id, device_id,
                        device_register, time_zone)
     select u.id, now(), now(), $5, u.code, u.code, 'ELECTRICITY', 'BUILDING', $6, u.device_id, u.register, 'Asia/Shanghai'
       from unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[]) u(id, code, device_id, register)`,
    [
      meters.map((m) => m.id),
      meters.map((m) => m.code),
      meters.map((m) => m.deviceId),
      meters.map((m) => m.register),
      park.id,
      park.building_id,
    ],
  );
  return { devices, parkId: park.id };
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
