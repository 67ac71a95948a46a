import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { Conditions } from '../../db/conditions.js';
import { paginate } from '../../db/paginate.js';
import { query } from '../../db/sql.js';
import type { PageArgs } from '../../graphql/connection.js';
import { EnergyAlert } from './energy-alert.entity.js';
import type { AlertStatus } from './energy-alert.enums.js';
import { type EnergyAlertType, toEnergyAlertType } from './energy-alert.type.js';

/** One rule's verdict on one meter. */
export type Observation = {
  rule_id: string;
  meter_id: string;
  park_id: string;
  holds: boolean;
  value: string;
  limit_value: string;
  observed_at: Date;
};

/** An alert that was opened or cleared. */
export type Touched = { id: string; park_id: string; tenant_id: string | null; rule_id: string };

export type AlertFilter = {
  parkId?: string | undefined;
  status?: AlertStatus[] | undefined;
  meterId?: string | undefined;
  tenantId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
};

/**
 * Every (enabled rule, targeted meter) pair of the parks (all parks when null): a rule names one
 * meter, or every active real meter of its park of a kind and/or level. `$1` is the park list.
 */
const TARGETS = `targets as (
  select r.id as rule_id, r.park_id, r.kind, r.grain::text as grain, r.threshold, r.factor, r.weeks,
         r.night_start, r.night_end, r.weekends, r.holidays, r.intervals, r.created_at as rule_created_at,
         m.id as meter_id, m.time_zone as tz, m.last_reading_at, m.created_at as meter_created_at,
         m.interval_minutes
    from energy_alert_rule r
    join meter m on m.park_id = r.park_id and not m.virtual and m.active
     and (r.meter_id = m.id or (r.meter_id is null
          and (r.meter_kind is null or m.kind = r.meter_kind)
          and (r.meter_level is null or m.level = r.meter_level)))
   where r.enabled and ($1::uuid[] is null or r.park_id = any($1::uuid[])))`;

/**
 * Each kind's condition on the meter's own data: the latest complete interval its readings cover
 * (a reading at or after the interval's end has come), so an evaluation between two readings
 * never sees half an interval; OFFLINE measures from the last reading to now (`$2`).
 */
const CONDITIONS = `with ${TARGETS},
threshold as (
  select t.rule_id, t.meter_id, t.park_id, coalesce(u.amount, q.amount, 0) as value, t.threshold as limit_value,
         b.bucket as observed_at, coalesce(u.amount, q.amount, 0) > t.threshold as holds
    from targets t
    cross join lateral (select case t.grain
      when 'QUARTER' then to_timestamp(floor(extract(epoch from t.last_reading_at) / 900) * 900) - interval '15 minutes'
      when 'HOUR' then date_trunc('hour', t.last_reading_at) - interval '1 hour'
      else (date_trunc('day', t.last_reading_at at time zone t.tz) - interval '1 day') at time zone t.tz
      end as bucket) b
    left join meter_rollup u on t.grain <> 'QUARTER' and u.meter_id = t.meter_id and u.grain = t.grain and u.bucket = b.bucket
    left join meter_rollup_quarter q on t.grain = 'QUARTER' and q.meter_id = t.meter_id
     and q.hour = date_bin('1 hour', b.bucket, timestamptz 'epoch') and q.bucket = b.bucket
   where t.kind = 'THRESHOLD' and t.last_reading_at is not null),
baseline as (
  select t.rule_id, t.meter_id, t.park_id, coalesce(u.amount, 0) as value, t.factor * w.average as limit_value,
         b.bucket as observed_at,
         coalesce(u.amount, 0) > t.factor * w.average and coalesce(u.amount, 0) > coalesce(t.threshold, 0) as holds
    from targets t
    cross join lateral (select date_trunc('hour', t.last_reading_at) - interval '1 hour' as bucket) b
    left join meter_rollup u on u.meter_id = t.meter_id and u.grain = 'HOUR' and u.bucket = b.bucket
    cross join lateral (
      select coalesce(sum(p.amount), 0) / t.weeks as average
        from generate_series(1, t.weeks) as k(n)
        join meter_rollup p on p.meter_id = t.meter_id and p.grain = 'HOUR'
         and p.bucket = ((b.bucket at time zone t.tz) - make_interval(weeks => k.n)) at time zone t.tz) w
   where t.kind = 'ABOVE_BASELINE' and t.last_reading_at is not null),
night as (
  select t.rule_id, t.meter_id, t.park_id, coalesce(u.amount, 0) as value, t.threshold as limit_value,
         b.bucket as observed_at,
         coalesce(u.amount, 0) > t.threshold and (
           (case when t.night_start < t.night_end
                 then l.hour >= t.night_start and l.hour < t.night_end
                 else l.hour >= t.night_start or l.hour < t.night_end end)
           or (t.weekends and l.dow in (6, 7))
           or l.day = any(t.holidays)) as holds
    from targets t
    cross join lateral (select date_trunc('hour', t.last_reading_at) - interval '1 hour' as bucket) b
    cross join lateral (select extract(hour from b.bucket at time zone t.tz) as hour,
                               extract(isodow from b.bucket at time zone t.tz) as dow,
                               to_char(b.bucket at time zone t.tz, 'YYYY-MM-DD') as day) l
    left join meter_rollup u on u.meter_id = t.meter_id and u.grain = 'HOUR' and u.bucket = b.bucket
   where t.kind = 'NIGHT_USE' and t.last_reading_at is not null),
leak as (
  select t.rule_id, t.meter_id, t.park_id, f.least_flow as value, coalesce(t.threshold, 0) as limit_value,
         s.night_from at time zone t.tz as observed_at, f.hours > 0 and f.flowing = f.hours as holds
    from targets t
    cross join lateral (select t.last_reading_at at time zone t.tz as last_local) l
    cross join lateral (select date_trunc('day', l.last_local) + make_interval(hours => t.night_end) as end0) e
    cross join lateral (select case when e.end0 > l.last_local then e.end0 - interval '1 day' else e.end0 end
                               as night_to) n
    cross join lateral (select n.night_to - make_interval(hours => (t.night_end - t.night_start + 24) % 24)
                               as night_from) s
    cross join lateral (
      select count(*) filter (where coalesce(u.amount, 0) > coalesce(t.threshold, 0)) as flowing,
             count(*) as hours, coalesce(min(coalesce(u.amount, 0)), 0) as least_flow
        from generate_series(s.night_from, n.night_to - interval '1 hour', interval '1 hour') as h(local)
        left join meter_rollup u on u.meter_id = t.meter_id and u.grain = 'HOUR'
         and u.bucket = h.local at time zone t.tz) f
   where t.kind = 'NIGHT_WATER_FLOW' and t.last_reading_at is not null),
offline as (
  select t.rule_id, t.meter_id, t.park_id,
         floor(extract(epoch from ($2::timestamptz - x.since)) / 60)::numeric as value,
         (t.intervals * t.interval_minutes)::numeric as limit_value, x.since as observed_at,
         $2::timestamptz - x.since > make_interval(mins => t.intervals * t.interval_minutes) as holds
    from targets t
    cross join lateral (select coalesce(t.last_reading_at, greatest(t.meter_created_at, t.rule_created_at))
                               as since) x
   where t.kind = 'OFFLINE')
select * from threshold union all select * from baseline union all select * from night
union all select * from leak union all select * from offline
order by rule_id, meter_id`;

/** Energy alert reads and the evaluation's conditional writes, in SQL (STYLE rule 15). */
export const energyAlertRepository = {
  /** Every enabled rule's verdict on each meter it targets, in one statement. */
  observe(em: EntityManager, parkIds: string[] | null, now: Date): Promise<Observation[]> {
    return query<Observation>(em, CONDITIONS.replaceAll('$1', '?').replaceAll('$2', '?'), [
      ...repeat(parkIds, now),
    ]);
  },

  /**
   * Opens an alert for each holding pair that has no active one (the partial unique index decides,
   * so concurrent evaluations open one), unless staff closed one that already covered this
   * observation (a closed OFFLINE alert stays closed until the meter reports and drops out again).
   */
  open(
    em: EntityManager,
    rows: { id: string; ruleId: string; meterId: string; observedAt: Date; value: string; limit: string }[],
    now: Date,
  ): Promise<Touched[]> {
    if (rows.length === 0) return Promise.resolve([]);
    return query<Touched>(
      em,
      `insert into energy_alert (id, created_at, updated_at, park_id, rule_id, meter_id, tenant_id, kind, status,
              rule_name, meter_code, meter_name, meter_kind, opened_at, observed_at, value, peak_value, limit_value)
       select x.id, ?, ?, r.park_id, r.id, m.id, m.tenant_id, r.kind, 'OPEN', r.name, m.code, m.name, m.kind, ?,
              x.observed_at, x.value, x.value, x.limit_value
         from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::timestamptz[], ?::numeric[], ?::numeric[])
              as x(id, rule_id, meter_id, observed_at, value, limit_value)
         join energy_alert_rule r on r.id = x.rule_id
         join meter m on m.id = x.meter_id
        where not exists (select 1 from energy_alert c where c.rule_id = x.rule_id and c.meter_id = x.meter_id
                             and c.status = 'CLOSED' and c.observed_at >= x.observed_at)
        order by x.rule_id, x.meter_id
       on conflict (rule_id, meter_id) where closed_at is null do nothing
       returning id, park_id, tenant_id, rule_id`,
      [
        now,
        now,
        now,
        rows.map((r) => r.id),
        rows.map((r) => r.ruleId),
        rows.map((r) => r.meterId),
        rows.map((r) => r.observedAt),
        rows.map((r) => r.value),
        rows.map((r) => r.limit),
      ],
    );
  },

  /** Keeps active alerts' latest value, peak and observation up to date. */
  async track(
    em: EntityManager,
    rows: { ruleId: string; meterId: string; observedAt: Date; value: string; limit: string }[],
    now: Date,
  ): Promise<void> {
    if (rows.length === 0) return;
    await query(
      em,
      `update energy_alert a set value = x.value, peak_value = greatest(a.peak_value, x.value),
              limit_value = x.limit_value, observed_at = greatest(a.observed_at, x.observed_at), updated_at = ?
         from unnest(?::uuid[], ?::uuid[], ?::timestamptz[], ?::numeric[], ?::numeric[])
              as x(rule_id, meter_id, observed_at, value, limit_value)
        where a.rule_id = x.rule_id and a.meter_id = x.meter_id and a.closed_at is null
          and (a.value <> x.value or a.observed_at < x.observed_at or a.limit_value <> x.limit_value)`,
      [
        now,
        rows.map((r) => r.ruleId),
        rows.map((r) => r.meterId),
        rows.map((r) => r.observedAt),
        rows.map((r) => r.value),
        rows.map((r) => r.limit),
      ],
    );
  },

  /** Clears the parks' active alerts whose condition no longer holds (not among `holding`). */
  clear(
    em: EntityManager,
    parkIds: string[] | null,
    holding: { ruleId: string; meterId: string }[],
    now: Date,
  ): Promise<Touched[]> {
    return query<Touched>(
      em,
      `update energy_alert a set status = 'CLEARED', cleared_at = ?, closed_at = ?, updated_at = ?
        where a.closed_at is null and (?::uuid[] is null or a.park_id = any(?::uuid[]))
          and not exists (select 1 from unnest(?::uuid[], ?::uuid[]) as h(rule_id, meter_id)
                           where h.rule_id = a.rule_id and h.meter_id = a.meter_id)
       returning a.id, a.park_id, a.tenant_id, a.rule_id`,
      [now, now, now, parkIds, parkIds, holding.map((h) => h.ruleId), holding.map((h) => h.meterId)],
    );
  },

  /** Each meter's largest hourly consumption in the night hours `start`–`end` (park time), over its hour rollups. */
  nightPeaks(
    em: EntityManager,
    meterIds: string[],
    timeZone: string,
    night: { start: number; end: number },
  ): Promise<{ meter_id: string; most: string }[]> {
    return query<{ meter_id: string; most: string }>(
      em,
      `select u.meter_id, max(u.amount) most from meter_rollup u
        where u.meter_id = any(?) and u.grain = 'HOUR'
          and extract(hour from u.bucket at time zone ?) >= ? and extract(hour from u.bucket at time zone ?) < ?
        group by u.meter_id`,
      [meterIds, timeZone, night.start, timeZone, night.end],
    );
  },

  /** Links the work order an alert filed, once: false when it already has one. */
  async linkWorkOrder(
    em: EntityManager,
    alertId: string,
    workOrderId: string,
    number: string,
  ): Promise<boolean> {
    const rows = await query(
      em,
      `update energy_alert set work_order_id = ?, work_order_number = ?
        where id = ? and work_order_id is null returning id`,
      [workOrderId, number, alertId],
    );
    return rows.length === 1;
  },

  /** Staff moves an alert (acknowledge, close) when it stands in one of `from`; null when it does not. */
  async move(
    em: EntityManager,
    alertId: string,
    to: 'ACKNOWLEDGED' | 'CLOSED',
    from: AlertStatus[],
    userId: string,
    now: Date,
  ): Promise<{ id: string } | null> {
    const set =
      to === 'ACKNOWLEDGED'
        ? `status = 'ACKNOWLEDGED', acknowledged_at = ?, acknowledged_by_id = ?`
        : `status = 'CLOSED', closed_at = coalesce(closed_at, ?), closed_by_id = ?`;
    const [row] = await query<{ id: string }>(
      em,
      `update energy_alert set ${set}, updated_at = ?
        where id = ? and status = any(?::energy_alert_status[]) returning id`,
      [now, userId, now, alertId, from],
    );
    return row ?? null;
  },

  /** A page of alerts, newest first. */
  page(em: EntityManager, filter: AlertFilter, page: PageArgs, info: GraphQLResolveInfo) {
    return paginate<EnergyAlert, EnergyAlertType>({
      em,
      entity: EnergyAlert,
      where: alertSql(filter),
      order: { prop: 'openedAt', descending: true },
      page,
      info,
      map: toEnergyAlertType,
    });
  },
};

/** `$1` and `$2` of the conditions, in the order they occur in the text. */
function repeat(parkIds: string[] | null, now: Date): unknown[] {
  const out: unknown[] = [];
  for (const m of CONDITIONS.matchAll(/\$([12])/g)) out.push(m[1] === '1' ? parkIds : now);
  return out;
}

/** The list's filter as SQL over the alert table aliased `t`. */
function alertSql(f: AlertFilter): Conditions {
  const c = new Conditions('t');
  if (f.parkId) c.id('park_id', f.parkId);
  if (f.meterId) c.id('meter_id', f.meterId);
  if (f.tenantId) c.id('tenant_id', f.tenantId);
  if (f.status?.length) c.add('"t"."status" = any(?::energy_alert_status[])', f.status);
  if (f.from) c.add('"t"."opened_at" >= ?', f.from);
  if (f.to) c.add('"t"."opened_at" < ?', f.to);
  return c;
}
