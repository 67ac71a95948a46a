import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';
import { type MeterKind, type MeterLevel, RollupGrain } from './energy.enums.js';

/** How consumption is grouped; each level's meters make its groups (`MeterLevel`). */
export enum ConsumptionGroup {
  METER = 'METER',
  BUILDING = 'BUILDING',
  FLOOR = 'FLOOR',
  TENANT = 'TENANT',
  KIND = 'KIND',
}

export type PointRow = { key: string; bucket: Date; amount: string; estimated: string };
export type LabelRow = { key: string; label: string; area: string | null; kind: MeterKind | null };
export type UsageRow = {
  meter_id: string;
  code: string;
  name: string;
  tenant_id: string;
  kind: MeterKind;
  multiplier: string;
  consumption: string;
  estimated: string;
  open_ts: Date | null;
  open_value: string | null;
  close_ts: Date | null;
  close_value: string | null;
  flagged: number;
};

/** The column of each grouping's key; each a fixed text, so the statements are few and prepared. */
const KEY: Record<Exclude<ConsumptionGroup, ConsumptionGroup.METER>, string> = {
  [ConsumptionGroup.BUILDING]: 'm.building_id::text',
  [ConsumptionGroup.FLOOR]: 'm.floor_id::text',
  [ConsumptionGroup.TENANT]: 'm.tenant_id::text',
  [ConsumptionGroup.KIND]: 'm.kind::text',
};

const LABELS: Record<Exclude<ConsumptionGroup, ConsumptionGroup.KIND>, string> = {
  [ConsumptionGroup.METER]: `select m.id::text as key, m.name as label, u.gross_area as area, m.kind
      from meter m left join unit u on u.id = m.unit_id where m.id::text = any(?::text[])`,
  [ConsumptionGroup.BUILDING]: `select id::text as key, name as label, gross_area as area, null as kind
      from building where id::text = any(?::text[])`,
  [ConsumptionGroup.FLOOR]: `select f.id::text as key, b.name || ' ' || f.name as label, f.gross_area as area, null as kind
      from floor f join building b on b.id = f.building_id where f.id::text = any(?::text[])`,
  [ConsumptionGroup.TENANT]: `select t.id::text as key, t.name as label,
      (select sum(u.gross_area) from unit u where u.tenant_id = t.id) as area, null as kind
      from tenant_company t where t.id::text = any(?::text[])`,
};

const ACCEPTED = `('FIRST', 'OK', 'GAP', 'ROLLOVER')`;

/** Consumption reads from the rollups (never from raw readings), in SQL (STYLE rule 15). */
export const consumptionRepository = {
  /**
   * Consumption per group and bucket over [from, to): the rollups of the level's meters summed
   * (a virtual meter, asked for by id, as the signed sum of its terms).
   */
  points(
    em: EntityManager,
    q: {
      parkId: string;
      group: ConsumptionGroup;
      level: MeterLevel;
      kind: MeterKind | null;
      meterIds: string[];
      grain: RollupGrain;
      from: Date;
      to: Date;
    },
  ): Promise<PointRow[]> {
    const members =
      q.group === ConsumptionGroup.METER
        ? `select v.id::text as key, coalesce(t.meter_id, v.id) as meter_id, coalesce(t.sign, 1) as sign
             from meter v left join virtual_meter_term t on t.virtual_meter_id = v.id
            where v.park_id = ? and v.id = any(?::uuid[])`
        : `select ${KEY[q.group]} as key, m.id as meter_id, 1 as sign from meter m
            where m.park_id = ? and m.level = ?::meter_level and (?::meter_kind is null or m.kind = ?::meter_kind)
              and not m.virtual and ${KEY[q.group]} is not null`;
    const params =
      q.group === ConsumptionGroup.METER ? [q.parkId, q.meterIds] : [q.parkId, q.level, q.kind, q.kind];
    // Quarters are read out of their hours: the hour range is what the primary key serves.
    const rows =
      q.grain === RollupGrain.QUARTER
        ? {
            source: 'meter_rollup_quarter',
            where: `r.hour > ?::timestamptz - interval '1 hour' and r.hour < ?`,
          }
        : { source: 'meter_rollup', where: 'r.grain = ?::text' };
    return query<PointRow>(
      em,
      `with x as materialized (${members})
       select x.key, r.bucket, sum(x.sign * r.amount) as amount, sum(x.sign * r.estimated) as estimated
         from x join ${rows.source} r on r.meter_id = x.meter_id
        where ${rows.where} and r.bucket >= ? and r.bucket < ?
        group by x.key, r.bucket order by x.key, r.bucket`,
      [...params, ...(q.grain === RollupGrain.QUARTER ? [q.from, q.to] : [q.grain]), q.from, q.to],
    );
  },

  /** Names and areas (m²) of the groups. */
  labels(em: EntityManager, group: Exclude<ConsumptionGroup, ConsumptionGroup.KIND>, keys: string[]) {
    return query<LabelRow>(em, LABELS[group], [keys]);
  },

  /**
   * Each tenant sub-meter's consumption over [from, to) from the day rollups, with the readings
   * that evidence it: the last accepted reading at or before each end, and how many readings in
   * the period were flagged.
   */
  tenantUsage(
    em: EntityManager,
    parkId: string,
    tenantIds: readonly string[] | null,
    from: Date,
    to: Date,
  ): Promise<UsageRow[]> {
    return query<UsageRow>(
      em,
      `select m.id as meter_id, m.code, m.name, m.tenant_id, m.kind, m.multiplier,
              coalesce(u.amount, 0) as consumption, coalesce(u.estimated, 0) as estimated,
              o.ts as open_ts, o.value as open_value, c.ts as close_ts, c.value as close_value,
              (select count(*)::int from meter_reading x where x.meter_id = m.id and x.ts > ? and x.ts <= ?
                  and x.flag not in ('FIRST', 'OK')) as flagged
         from meter m
         left join lateral (select sum(r.amount) as amount, sum(r.estimated) as estimated from meter_rollup r
                             where r.meter_id = m.id and r.grain = 'DAY' and r.bucket >= ? and r.bucket < ?) u on true
         left join lateral (select b.ts, b.value from meter_reading b where b.meter_id = m.id and b.ts <= ?
                               and b.flag in ${ACCEPTED} order by b.ts desc limit 1) o on true
         left join lateral (select b.ts, b.value from meter_reading b where b.meter_id = m.id and b.ts <= ?
                               and b.flag in ${ACCEPTED} order by b.ts desc limit 1) c on true
        where m.park_id = ? and m.level = 'TENANT' and m.tenant_id is not null and not m.virtual
          and (?::uuid[] is null or m.tenant_id = any(?::uuid[]))
        order by m.code`,
      [from, to, from, to, from, to, parkId, tenantIds, tenantIds],
    );
  },
};
