import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';
import type { MeterKind, MeterLevel } from './energy.enums.js';
import { SCOPE_MEMBERS, type Scope, scopeParams } from './tariff.repository.js';

export type HourRow = { day: number; hour: number; amount: string };
export type BuildingRow = { id: string; name: string; area: string | null; amount: string };
export type MonthRow = { month: string; amount: string; carbon: string };
export type ComparisonRow = {
  current: string | null;
  previous: string | null;
  last_year: string | null;
  carbon: string | null;
  area: string | null;
  /** The scope's first day with consumption: a period before it was not metered (no ratio to it). */
  first_day: Date | null;
};
export type FlowRow = {
  id: string;
  parent_id: string | null;
  name: string;
  level: MeterLevel;
  amount: string;
};

/** The factor versions of a park with the day each stops (a CTE body; 1 parameter: the park). */
const FACTORS = `select f.kind, f.effective_from, f.kg_per_unit,
       lead(f.effective_from) over (partition by f.kind order by f.effective_from) as until
  from emission_factor f where f.park_id = ?`;

/** The overview's and the flow's sums, from the rollups only (STYLE rule 15). */
export const analyticsRepository = {
  /**
   * The scope's hourly consumption on `day0` (the start of today) and the same weekday of the 4
   * weeks before, as (day offset −28…0, hour of the day in park time).
   */
  sameWeekdayHours(em: EntityManager, scope: Scope, timeZone: string, day0: Date): Promise<HourRow[]> {
    return query<HourRow>(
      em,
      `with x as materialized (${SCOPE_MEMBERS})
       select floor(extract(epoch from r.bucket - ?::timestamptz) / 86400)::int as day,
              extract(hour from r.bucket at time zone ?)::int as hour, sum(x.sign * r.amount) as amount
         from x join meter_rollup r on r.meter_id = x.meter_id
        where r.grain = 'HOUR' and r.bucket >= ?::timestamptz - interval '28 days' and r.bucket < ?::timestamptz + interval '1 day'
          and floor(extract(epoch from r.bucket - ?::timestamptz) / 86400)::int % 7 = 0
        group by 1, 2 order by 1, 2`,
      [...scopeParams(scope), day0, timeZone, day0, day0, day0],
    );
  },

  /** Each building's consumption (its building meters of the kind) over [from, to), with its area. */
  buildings(
    em: EntityManager,
    parkId: string,
    kind: MeterKind,
    from: Date,
    to: Date,
  ): Promise<BuildingRow[]> {
    return query<BuildingRow>(
      em,
      `select b.id, b.name, b.gross_area as area, coalesce(sum(r.amount), 0) as amount
         from building b
         join meter m on m.building_id = b.id and m.level = 'BUILDING' and m.kind = ?::meter_kind and not m.virtual
         left join meter_rollup r on r.meter_id = m.id and r.grain = 'DAY' and r.bucket >= ? and r.bucket < ?
        where b.park_id = ?
        group by b.id, b.name, b.gross_area, b.code order by b.code`,
      [kind, from, to, parkId],
    );
  },

  /**
   * The scope's consumption per calendar month from the month rollups over [from, to), with its
   * carbon by the factor in force on each month's first day (park time).
   */
  months(em: EntityManager, scope: Scope, timeZone: string, from: Date, to: Date): Promise<MonthRow[]> {
    return query<MonthRow>(
      em,
      `with x as materialized (${SCOPE_MEMBERS}), f as (${FACTORS}),
       s as (select x.kind, r.bucket, sum(x.sign * r.amount) as amount
               from x join meter_rollup r on r.meter_id = x.meter_id
              where r.grain = 'MONTH' and r.bucket >= ? and r.bucket < ?
              group by x.kind, r.bucket)
       select to_char(s.bucket at time zone ?, 'YYYY-MM') as month, sum(s.amount) as amount,
              coalesce(sum(s.amount * f.kg_per_unit), 0) as carbon
         from s left join f on f.kind = s.kind and (s.bucket at time zone ?)::date >= f.effective_from
                           and (f.until is null or (s.bucket at time zone ?)::date < f.until)
        group by 1 order by 1`,
      [...scopeParams(scope), scope.parkId, from, to, timeZone, timeZone, timeZone],
    );
  },

  /**
   * The scope's consumption over the period, the period before and the same period a year
   * before (each [from, to)), from the day rollups; the period's carbon, each day by the factor
   * in force on it; and the scope's area.
   */
  comparison(
    em: EntityManager,
    scope: Scope,
    timeZone: string,
    cur: [Date, Date],
    prev: [Date, Date],
    lastYear: [Date, Date],
  ): Promise<ComparisonRow[]> {
    return query<ComparisonRow>(
      em,
      `with x as materialized (${SCOPE_MEMBERS}), f as (${FACTORS}),
       d as (select x.kind, r.bucket, sum(x.sign * r.amount) as amount
               from x join meter_rollup r on r.meter_id = x.meter_id
              where r.grain = 'DAY' and ((r.bucket >= ? and r.bucket < ?) or (r.bucket >= ? and r.bucket < ?)
                                         or (r.bucket >= ? and r.bucket < ?))
              group by x.kind, r.bucket)
       select sum(d.amount) filter (where d.bucket >= ? and d.bucket < ?) as current,
              sum(d.amount) filter (where d.bucket >= ? and d.bucket < ?) as previous,
              sum(d.amount) filter (where d.bucket >= ? and d.bucket < ?) as last_year,
              sum(d.amount * f.kg_per_unit) filter (where d.bucket >= ? and d.bucket < ?) as carbon,
              (select min(z.first) from x cross join lateral (select r.bucket as first from meter_rollup r
                  where r.meter_id = x.meter_id and r.grain = 'DAY' order by r.bucket limit 1) z) as first_day,
              case when ?::uuid is not null then
                     (select u.gross_area from meter m join unit u on u.id = m.unit_id where m.id = ?::uuid)
                   when ?::uuid is not null then (select b.gross_area from building b where b.id = ?::uuid)
                   when ?::uuid is not null then (select sum(u.gross_area) from unit u where u.tenant_id = ?::uuid)
                   else (select sum(b.gross_area) from building b where b.park_id = ?) end as area
         from d left join f on f.kind = d.kind and (d.bucket at time zone ?)::date >= f.effective_from
                           and (f.until is null or (d.bucket at time zone ?)::date < f.until)`,
      [
        ...scopeParams(scope),
        scope.parkId,
        ...cur,
        ...prev,
        ...lastYear,
        ...cur,
        ...prev,
        ...lastYear,
        ...cur,
        scope.meterId,
        scope.meterId,
        scope.buildingId,
        scope.buildingId,
        scope.tenantId,
        scope.tenantId,
        scope.parkId,
        timeZone,
        timeZone,
      ],
    );
  },

  /** Every real meter of the kind with its parent and its consumption over [from, to) from the day rollups. */
  flow(em: EntityManager, parkId: string, kind: MeterKind, from: Date, to: Date): Promise<FlowRow[]> {
    return query<FlowRow>(
      em,
      `select m.id, m.parent_id, m.name, m.level, coalesce(sum(r.amount), 0) as amount
         from meter m
         left join meter_rollup r on r.meter_id = m.id and r.grain = 'DAY' and r.bucket >= ? and r.bucket < ?
        where m.park_id = ? and m.kind = ?::meter_kind and not m.virtual
        group by m.id order by m.level, m.code`,
      [from, to, parkId, kind],
    );
  },
};
