import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';
import type { MeterKind } from './energy.enums.js';
import type { TouBand } from './tariff.enums.js';

/** Which meters a scope sums: one meter (a virtual one as its signed terms), a building's, a company's, or the park's mains. */
export type Scope = {
  parkId: string;
  kind: MeterKind | null;
  meterId: string | null;
  buildingId: string | null;
  tenantId: string | null;
};

/**
 * The scope's meters with their signs, as a CTE body; its 9 parameters come from `scopeParams`.
 * Row-level security applies: a tenant's scope holds only its own meters whatever it names.
 */
export const SCOPE_MEMBERS = `select coalesce(t.meter_id, m.id) as meter_id, coalesce(t.sign, 1) as sign, m.kind
     from meter m left join virtual_meter_term t on t.virtual_meter_id = m.id
    where m.park_id = ? and (?::meter_kind is null or m.kind = ?::meter_kind)
      and case when ?::uuid is not null then m.id = ?::uuid
               when ?::uuid is not null then m.level = 'BUILDING' and m.building_id = ?::uuid and not m.virtual
               when ?::uuid is not null then m.level = 'TENANT' and m.tenant_id = ?::uuid and not m.virtual
               else m.level = 'PARK' and not m.virtual end`;
export const scopeParams = (s: Scope) => [
  s.parkId,
  s.kind,
  s.kind,
  s.meterId,
  s.meterId,
  s.buildingId,
  s.buildingId,
  s.tenantId,
  s.tenantId,
];

export type TariffRow = {
  id: string;
  park_id: string;
  kind: MeterKind;
  effective_from: string;
  effective_to: string | null;
  name: string;
  periods: { band: TouBand; start_hour: number; end_hour: number; price: string }[];
};
export type CostLineRow = {
  kind: MeterKind;
  tariff_id: string | null;
  effective_from: string | null;
  band: TouBand | null;
  price: string | null;
  amount: string;
  cost_fen: string;
};
export type FactorRow = {
  id: string;
  kind: MeterKind;
  effective_from: string;
  kg_per_unit: string;
  source: string;
};

/** Tariffs, emission factors and the time-of-use split, in SQL (STYLE rule 15). */
export const tariffRepository = {
  /** A park's tariff versions (one kind or all), newest first per kind, with their periods and when each ends. */
  tariffs(em: EntityManager, parkId: string, kind: MeterKind | null): Promise<TariffRow[]> {
    return query<TariffRow>(
      em,
      `select t.id, t.park_id, t.kind, t.effective_from::text, t.name,
              (lead(t.effective_from) over (partition by t.kind order by t.effective_from) - 1)::text as effective_to,
              coalesce((select json_agg(json_build_object('band', p.band, 'start_hour', p.start_hour,
                         'end_hour', p.end_hour, 'price', p.price::text) order by p.start_hour)
                         from energy_tariff_period p where p.tariff_id = t.id), '[]') as periods
         from energy_tariff t
        where t.park_id = ? and (?::meter_kind is null or t.kind = ?::meter_kind)
        order by t.kind, t.effective_from desc`,
      [parkId, kind, kind],
    );
  },

  factors(em: EntityManager, parkId: string): Promise<FactorRow[]> {
    return query<FactorRow>(
      em,
      `select id, kind, effective_from::text, kg_per_unit::text, source from emission_factor
        where park_id = ? order by kind, effective_from desc`,
      [parkId],
    );
  },

  /**
   * Consumption of the scope's meters over [from, to) per kind, tariff version, band and price,
   * from the hour rollups: each hour is priced by the version in force on its day and the period
   * holding its hour, both in park time; the cost is Σ amount × price in exact numerics, rounded
   * once per line to the fen (half away from zero). Hours no version prices come back with no band.
   */
  costLines(em: EntityManager, scope: Scope, timeZone: string, from: Date, to: Date): Promise<CostLineRow[]> {
    return query<CostLineRow>(
      em,
      `with x as materialized (${SCOPE_MEMBERS}),
       h as (select x.kind, r.bucket at time zone ? as local, sum(x.sign * r.amount) as amount
               from x join meter_rollup r on r.meter_id = x.meter_id
              where r.grain = 'HOUR' and r.bucket >= ? and r.bucket < ?
              group by x.kind, r.bucket),
       v as (select t.id, t.kind, t.effective_from,
                    lead(t.effective_from) over (partition by t.kind order by t.effective_from) as until
               from energy_tariff t where t.park_id = ?)
       select h.kind, v.id as tariff_id, v.effective_from::text as effective_from, p.band, p.price::text as price,
              sum(h.amount) as amount, coalesce(round(sum(h.amount * p.price) * 100), 0)::text as cost_fen
         from h
         left join v on v.kind = h.kind and h.local::date >= v.effective_from
                    and (v.until is null or h.local::date < v.until)
         left join energy_tariff_period p on p.tariff_id = v.id
                    and extract(hour from h.local) >= p.start_hour and extract(hour from h.local) < p.end_hour
        group by h.kind, v.id, v.effective_from, p.band, p.price
        order by h.kind, v.effective_from nulls first, p.band`,
      [...scopeParams(scope), timeZone, from, to, scope.parkId],
    );
  },
};
