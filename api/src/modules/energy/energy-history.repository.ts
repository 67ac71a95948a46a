import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';
import type { RollupGrain } from './energy.enums.js';

/**
 * Hourly history of a few meters, in thousandths of their unit: `values` holds each meter's
 * `hours` register readings one after another (the first is its baseline), `deltas` the
 * consumption each reading books (register distance × multiplier; 0 for the first).
 */
export type HistoryChunk = { meterIds: string[]; values: number[]; deltas: number[] };

/** Day and month sums of the history, one row each, thousandths. */
export type CoarseRollups = { meterIds: string[]; grains: RollupGrain[]; buckets: Date[]; amounts: number[] };

/**
 * The demo history's set-based SQL (STYLE rule 15). The readings of a chunk of meters and their
 * hour rollups go in two statements, each expanded in the database from two flat arrays of integers
 * (a reading books its delta in the hour before it, `rollup.ts`), each hour with its quarters
 * exactly as the ingest books an hourly reading (spread over its four quarters, each a floor of a
 * quarter and the last the remainder); days and months, summed by the seed in the park's
 * calendar, go in one more.
 */
export const energyHistoryRepository = {
  async insertHourly(
    em: EntityManager,
    parkId: string,
    start: Date,
    hours: number,
    c: HistoryChunk,
  ): Promise<void> {
    const rows = `select (?::uuid[])[(u.i - 1) / ?::int + 1] as meter_id, ((u.i - 1) % ?::int)::int as h, u.v, u.d
                    from unnest(?::bigint[], ?::bigint[]) with ordinality u(v, d, i)`;
    const values = [c.meterIds, hours, hours, c.values, c.deltas];
    await query(
      em,
      `insert into meter_reading (meter_id, park_id, ts, value, source, flag, delta, base_ts, estimated)
       select meter_id, ?::uuid, ?::timestamptz + h * interval '1 hour', v / 1000.0, 'SEED',
              case when h = 0 then 'FIRST' else 'OK' end::reading_flag, d / 1000.0,
              case when h > 0 then ?::timestamptz + (h - 1) * interval '1 hour' end, false
         from (${rows}) u`,
      [parkId, start, start, ...values],
    );
    await query(
      em,
      `insert into meter_rollup (meter_id, park_id, grain, bucket, amount, estimated, q1, q2, q3, q4, e1, e2, e3, e4)
       select meter_id, ?::uuid, 'HOUR', ?::timestamptz + (h - 1) * interval '1 hour', d / 1000.0, 0,
              d / 4, d / 4, d / 4, d - 3 * (d / 4), 0, 0, 0, 0
         from (${rows}) u where h > 0 and d <> 0`,
      [parkId, start, ...values],
    );
  },

  async insertCoarse(em: EntityManager, parkId: string, c: CoarseRollups): Promise<void> {
    await query(
      em,
      `insert into meter_rollup (meter_id, park_id, grain, bucket, amount, estimated)
       select u.meter_id, ?, u.grain, u.bucket, u.amount / 1000.0, 0
         from unnest(?::uuid[], ?::text[], ?::timestamptz[], ?::bigint[]) u(meter_id, grain, bucket, amount)`,
      [parkId, c.meterIds, c.grains, c.buckets, c.amounts],
    );
  },

  /** Fresh statistics after a bulk load, so the first queries are planned on the real sizes. */
  async analyze(em: EntityManager): Promise<void> {
    await query(em, 'analyze meter_reading, meter_rollup, meter, virtual_meter_term');
  },
};
