import type { EntityManager } from '@mikro-orm/postgresql';
import { plainArray, query } from '../../db/sql.js';
import type { MeterKind, ReadingFlag, ReadingSource, RollupGrain } from './energy.enums.js';

/** What the ingest needs of a meter: its rules, its zone and its baseline. */
export type IngestMeter = {
  id: string;
  kind: MeterKind;
  park_id: string;
  device_id: string | null;
  device_register: string | null;
  multiplier: string;
  register_digits: number | null;
  spike_limit: string | null;
  interval_minutes: number;
  time_zone: string;
  last_reading_at: Date | null;
  baseline_at: Date | null;
  baseline_value: string | null;
};

/** A reading row to insert. Values are strings of the meter's unit with three decimals. */
export type NewReading = {
  meterId: string;
  parkId: string;
  ts: Date;
  value: string;
  seq: number | null;
  source: ReadingSource;
  flag: ReadingFlag;
  delta: string;
  baseTs: Date | null;
  estimated: boolean;
  attachmentId: string | null;
  recordedBy: string | null;
};

/** A stored reading as re-validation reads it. */
export type StoredReading = {
  meter_id: string;
  ts: Date;
  value: string;
  flag: ReadingFlag;
  delta: string;
  base_ts: Date | null;
  estimated: boolean;
  is_base: boolean;
};

export type RollupChange = {
  meterId: string;
  parkId: string;
  grain: RollupGrain;
  bucket: Date;
  /** Thousandths to add. */
  amount: number;
  estimated: number;
  /**
   * An hour's quarters: thousandths to add to each of its four, then to their estimated parts
   * (kept as integer thousandths).
   */
  quarters: number[] | null;
};

const QUARTER_COLUMNS = ['q1', 'q2', 'q3', 'q4', 'e1', 'e2', 'e3', 'e4'];

/** The driver hands timestamps over as text: instants are made here. */
const at = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));
const meterOf = (m: IngestMeter): IngestMeter => ({
  ...m,
  last_reading_at: at(m.last_reading_at),
  baseline_at: at(m.baseline_at),
});

const METER_COLUMNS = `id, kind, park_id, device_id, device_register, multiplier, register_digits, spike_limit,
  interval_minutes, time_zone, last_reading_at, baseline_at, baseline_value`;

/**
 * The ingest's SQL (STYLE rule 15): each step is one statement for the whole batch, its rows
 * bound as arrays and unnested, so a batch of thousands of readings costs a handful of round
 * trips. The hot steps bind their arrays as literals (`plainArray`), which skips pg's
 * per-element serializer.
 */
export const readingRepository = {
  /**
   * The active, non-virtual meters of these devices, locked until the transaction ends (in id
   * order, so two batches never wait on each other in a circle): two batches of one meter are
   * validated one after the other.
   */
  async metersOfDevices(em: EntityManager, deviceIds: string[]): Promise<IngestMeter[]> {
    const rows = await query<IngestMeter>(
      em,
      `select ${METER_COLUMNS} from meter
        where device_id = any(?::uuid[]) and active and not virtual order by id for update`,
      [deviceIds],
    );
    return rows.map(meterOf);
  },

  /** The same for meters named by id (manual readings). */
  async metersById(em: EntityManager, ids: string[]): Promise<IngestMeter[]> {
    const rows = await query<IngestMeter>(
      em,
      `select ${METER_COLUMNS} from meter where id = any(?::uuid[]) and not virtual order by id for update`,
      [ids],
    );
    return rows.map(meterOf);
  },

  /**
   * Inserts readings; those whose meter and instant are already stored are left out. Answers how
   * many were stored, and which of `lateMeterIds`' (`meterId|instant ms`): one row back, not one
   * per reading.
   */
  async insert(
    em: EntityManager,
    rows: NewReading[],
    lateMeterIds: string[],
  ): Promise<{ stored: number; late: string[] }> {
    if (rows.length === 0) return { stored: 0, late: [] };
    const [result] = await query<{ stored: number; late: string[] }>(
      em,
      `with stored as (
         insert into meter_reading (meter_id, park_id, ts, value, seq, source, flag, delta, base_ts, estimated,
                                    attachment_id, recorded_by)
         select * from unnest(?::uuid[], ?::uuid[], ?::timestamptz[], ?::numeric[], ?::bigint[], ?::reading_source[],
                              ?::reading_flag[], ?::numeric[], ?::timestamptz[], ?::boolean[], ?::uuid[], ?::uuid[])
         on conflict (meter_id, ts) do nothing
         returning meter_id, ts)
       select count(*)::int as stored,
              coalesce(array_agg(meter_id::text || '|' || (extract(epoch from ts) * 1000)::bigint)
                         filter (where meter_id = any(?::uuid[])), '{}') as late
         from stored`,
      [
        plainArray(rows.map((r) => r.meterId)),
        plainArray(rows.map((r) => r.parkId)),
        plainArray(rows.map((r) => r.ts)),
        plainArray(rows.map((r) => r.value)),
        plainArray(rows.map((r) => r.seq)),
        plainArray(rows.map((r) => r.source)),
        plainArray(rows.map((r) => r.flag)),
        plainArray(rows.map((r) => r.delta)),
        plainArray(rows.map((r) => r.baseTs)),
        plainArray(rows.map((r) => String(r.estimated))),
        plainArray(rows.map((r) => r.attachmentId)),
        plainArray(rows.map((r) => r.recordedBy)),
        lateMeterIds,
      ],
    );
    return result!;
  },

  /**
   * For each meter, the readings from `from` on, after the last accepted reading before it (the
   * baseline, `is_base`): what a late reading may change.
   */
  async segments(em: EntityManager, meterIds: string[], froms: Date[]): Promise<StoredReading[]> {
    const rows = await query<StoredReading>(
      em,
      `select s.meter_id, r.ts, r.value, r.flag, r.delta, r.base_ts, r.estimated, r.is_base
         from unnest(?::uuid[], ?::timestamptz[]) s(meter_id, t0)
         cross join lateral (
           (select b.ts, b.value, b.flag, b.delta, b.base_ts, b.estimated, true as is_base from meter_reading b
             where b.meter_id = s.meter_id and b.ts < s.t0 and b.flag in ('FIRST', 'OK', 'GAP', 'ROLLOVER')
             order by b.ts desc limit 1)
           union all
           (select a.ts, a.value, a.flag, a.delta, a.base_ts, a.estimated, false from meter_reading a
             where a.meter_id = s.meter_id and a.ts >= s.t0)
         ) r
        order by s.meter_id, r.ts`,
      [meterIds, froms],
    );
    return rows.map((r) => ({ ...r, ts: new Date(r.ts), base_ts: at(r.base_ts) }));
  },

  /** Writes re-validated verdicts over stored readings. */
  async revalidate(
    em: EntityManager,
    rows: {
      meterId: string;
      ts: Date;
      flag: ReadingFlag;
      delta: string;
      baseTs: Date | null;
      estimated: boolean;
    }[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await query(
      em,
      `update meter_reading r set flag = u.flag, delta = u.delta, base_ts = u.base_ts, estimated = u.estimated
         from unnest(?::uuid[], ?::timestamptz[], ?::reading_flag[], ?::numeric[], ?::timestamptz[], ?::boolean[])
              u(meter_id, ts, flag, delta, base_ts, estimated)
        where r.meter_id = u.meter_id and r.ts = u.ts`,
      [
        rows.map((r) => r.meterId),
        rows.map((r) => r.ts),
        rows.map((r) => r.flag),
        rows.map((r) => r.delta),
        rows.map((r) => r.baseTs),
        rows.map((r) => r.estimated),
      ],
    );
  },

  /**
   * Adds amounts to rollup buckets (one change per meter, grain and bucket), an hour's to its
   * quarters too. Unknown quarters (null: hours whose quarters were pruned before they were kept
   * in the hour) stay unknown.
   */
  async addToRollups(em: EntityManager, changes: RollupChange[]): Promise<void> {
    if (changes.length === 0) return;
    const quarter = (k: number) => plainArray(changes.map((c) => (c.quarters ? c.quarters[k]! : null)));
    await query(
      em,
      `insert into meter_rollup as r (meter_id, park_id, grain, bucket, amount, estimated, ${QUARTER_COLUMNS.join(', ')})
       select u.meter_id, u.park_id, u.grain, u.bucket, u.amount / 1000.0, u.estimated / 1000.0,
              ${QUARTER_COLUMNS.map((c) => `u.${c}`).join(', ')}
         from unnest(?::uuid[], ?::uuid[], ?::text[], ?::timestamptz[], ?::bigint[], ?::bigint[],
                     ${QUARTER_COLUMNS.map(() => '?::bigint[]').join(', ')})
              u(meter_id, park_id, grain, bucket, amount, estimated, ${QUARTER_COLUMNS.join(', ')})
       on conflict (meter_id, grain, bucket) do update
         set amount = r.amount + excluded.amount, estimated = r.estimated + excluded.estimated,
             ${QUARTER_COLUMNS.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')}`,
      [
        plainArray(changes.map((c) => c.meterId)),
        plainArray(changes.map((c) => c.parkId)),
        plainArray(changes.map((c) => c.grain)),
        plainArray(changes.map((c) => c.bucket)),
        plainArray(changes.map((c) => c.amount)),
        plainArray(changes.map((c) => c.estimated)),
        ...QUARTER_COLUMNS.map((_, k) => quarter(k)),
      ],
    );
  },

  /** Moves each meter's newest instant and baseline forward. */
  async advanceMeters(
    em: EntityManager,
    rows: { id: string; lastAt: Date; baselineAt: Date | null; baselineValue: string | null }[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await query(
      em,
      `update meter m set last_reading_at = greatest(m.last_reading_at, u.last_at),
              baseline_at = u.baseline_at, baseline_value = u.baseline_value
         from unnest(?::uuid[], ?::timestamptz[], ?::timestamptz[], ?::numeric[]) u(id, last_at, baseline_at, baseline_value)
        where m.id = u.id`,
      [
        plainArray(rows.map((r) => r.id)),
        plainArray(rows.map((r) => r.lastAt)),
        plainArray(rows.map((r) => r.baselineAt)),
        plainArray(rows.map((r) => r.baselineValue)),
      ],
    );
  },

  /** Creates the month partitions of the readings table that hold [from, to). */
  async ensurePartitions(em: EntityManager, from: Date, to: Date): Promise<number> {
    const [row] = await query<{ made: number }>(em, 'select energy_ensure_partitions(?, ?) as made', [
      from,
      to,
    ]);
    return row?.made ?? 0;
  },
};
