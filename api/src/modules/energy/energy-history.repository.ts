import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';

/** Rows of generated history, column by column (values in the meter's unit, three decimals). */
export type HistoryColumns = {
  meterIds: string[];
  parkIds: string[];
  ts: Date[];
  values: string[];
  flags: string[];
  deltas: string[];
  baseTs: (Date | null)[];
};

/**
 * The demo history's set-based SQL (STYLE rule 15): readings go in large multi-row statements,
 * and the rollups are then computed from them in the database, each grain in one statement,
 * exactly as the ingest would have booked readings on the hour (`rollup.ts`: a delta spread over
 * its four quarters, each a floor of a quarter and the last the remainder).
 */
export const energyHistoryRepository = {
  async insertReadings(em: EntityManager, c: HistoryColumns): Promise<void> {
    await query(
      em,
      `insert into meter_reading (meter_id, park_id, ts, value, source, flag, delta, base_ts, estimated)
       select u.meter_id, u.park_id, u.ts, u.value, 'SEED', u.flag, u.delta, u.base_ts, false
         from unnest(?::uuid[], ?::uuid[], ?::timestamptz[], ?::numeric[], ?::reading_flag[], ?::numeric[], ?::timestamptz[])
              u(meter_id, park_id, ts, value, flag, delta, base_ts)`,
      [c.meterIds, c.parkIds, c.ts, c.values, c.flags, c.deltas, c.baseTs],
    );
  },

  /** Books the seeded readings of a park into every grain; quarters only from `quartersFrom` on. */
  async rollUpSeeded(em: EntityManager, parkId: string, quartersFrom: Date): Promise<void> {
    await query(
      em,
      `insert into meter_rollup (meter_id, park_id, grain, bucket, amount, estimated)
       select r.meter_id, r.park_id, 'HOUR', r.base_ts, r.delta, 0 from meter_reading r
        where r.park_id = ? and r.source = 'SEED' and r.delta <> 0`,
      [parkId],
    );
    await query(
      em,
      `insert into meter_rollup (meter_id, park_id, grain, bucket, amount, estimated)
       select s.meter_id, s.park_id, 'QUARTER', s.bucket, s.share / 1000.0, 0 from (
         select r.meter_id, r.park_id, r.base_ts + q * interval '15 minutes' as bucket,
                case when q < 3 then (r.delta * 1000)::bigint / 4
                     else (r.delta * 1000)::bigint - 3 * ((r.delta * 1000)::bigint / 4) end as share
           from meter_reading r cross join generate_series(0, 3) q
          where r.park_id = ? and r.source = 'SEED' and r.delta <> 0 and r.ts > ?) s
        where s.share <> 0`,
      [parkId, quartersFrom],
    );
    for (const grain of ['DAY', 'MONTH'] as const)
      await query(
        em,
        `insert into meter_rollup (meter_id, park_id, grain, bucket, amount, estimated)
         select r.meter_id, r.park_id, '${grain}', date_trunc('${grain.toLowerCase()}', r.base_ts, m.time_zone), sum(r.delta), 0
           from meter_reading r join meter m on m.id = r.meter_id
          where r.park_id = ? and r.source = 'SEED' and r.delta <> 0
          group by r.meter_id, r.park_id, date_trunc('${grain.toLowerCase()}', r.base_ts, m.time_zone)`,
        [parkId],
      );
  },

  /** Fresh statistics after a bulk load, so the first queries are planned on the real sizes. */
  async analyze(em: EntityManager): Promise<void> {
    await query(em, 'analyze meter_reading, meter_rollup, meter, virtual_meter_term');
  },

  /** Sets each seeded meter's newest reading and baseline from its history. */
  async settleBaselines(em: EntityManager, parkId: string): Promise<void> {
    await query(
      em,
      `update meter m set last_reading_at = l.ts, baseline_at = l.ts, baseline_value = l.value
         from (select distinct on (meter_id) meter_id, ts, value from meter_reading
                where park_id = ? and source = 'SEED' order by meter_id, ts desc) l
        where m.id = l.meter_id`,
      [parkId],
    );
  },
};
