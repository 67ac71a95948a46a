import type { RequestContext } from '../../graphql/context.js';
import { BadInputError } from '../../graphql/errors.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { Park } from '../park/park.entity.js';
import type { WorkOrderKpiFilter, WorkOrderKpis } from './kpi.type.js';
import { SLA } from './sla.js';

/** The SLA table as SQL rows, so the deadlines are joined in the database, not computed per row in JS. */
const SLA_ROWS = Object.entries(SLA)
  .flatMap(([category, byPriority]) =>
    Object.entries(byPriority).map(([priority, t]) => `('${category}', '${priority}', ${t.resolveMinutes})`),
  )
  .join(', ');

type Row = {
  filed: number;
  completed: number;
  in_time: number;
  verified: number;
  visited: number;
  all_visits: number;
  satisfied: number;
  reworked: number;
  mean_response: number | null;
  mean_resolution: number | null;
  breaches: number;
};

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10_000) / 10_000);

/**
 * Work order KPIs over any period, park and category, in one SQL statement. Follow-ups (return
 * visit jobs) are not counted: the visit is measured on the order they follow.
 */
export const kpiService = {
  async compute(ctx: RequestContext, f: WorkOrderKpiFilter): Promise<WorkOrderKpis> {
    if (f.to <= f.from) throw new BadInputError('filter.to', 'to must be after from', 'EMPTY_RANGE');
    const park = await findByIdOrFail(ctx.em, Park, f.parkId, 'Park', 'filter.parkId');
    const [r] = await ctx.em.execute<Row[]>(
      `with orders as (
         select w.*, w.dispatched_at + make_interval(mins => s.resolve_minutes) as resolve_by,
           exists (select 1 from work_order_event e where e.work_order_id = w.id and e.action = 'REWORK') as reworked
         from work_order w
         join (values ${SLA_ROWS}) as s(category, priority, resolve_minutes)
           on s.category = w.category::text and s.priority = w.priority::text
         where w.park_id = ? and w.submitted_at >= ? and w.submitted_at < ? and w.follow_up_of_id is null
           and (?::text is null or w.category::text = ?::text))
       select count(*)::int as filed,
         count(*) filter (where completed_at is not null)::int as completed,
         count(*) filter (where completed_at is not null and completed_at <= resolve_by)::int as in_time,
         count(*) filter (where state in ('VERIFIED', 'CLOSED'))::int as verified,
         count(*) filter (where state in ('VERIFIED', 'CLOSED') and visited_at is not null)::int as visited,
         count(*) filter (where visited_at is not null)::int as all_visits,
         count(*) filter (where visit_score >= 4)::int as satisfied,
         count(*) filter (where completed_at is not null and reworked)::int as reworked,
         (avg(extract(epoch from started_at - dispatched_at)) / 60)::float8 as mean_response,
         (avg(extract(epoch from completed_at - dispatched_at)) / 60)::float8 as mean_resolution,
         count(*) filter (where resolve_by < coalesce(completed_at, now()) and state <> 'CANCELLED')::int as breaches
       from orders`,
      [park.id, f.from.toISOString(), f.to.toISOString(), f.category ?? null, f.category ?? null],
    );
    const row = r!;
    const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
    return {
      filed: row.filed,
      completed: row.completed,
      timeliness: ratio(row.in_time, row.completed),
      returnVisitRate: ratio(row.visited, row.verified),
      satisfaction: ratio(row.satisfied, row.all_visits),
      firstTimePass: ratio(row.completed - row.reworked, row.completed),
      meanResponseMinutes: round(row.mean_response),
      meanResolutionMinutes: round(row.mean_resolution),
      slaBreaches: row.breaches,
    };
  },
};
