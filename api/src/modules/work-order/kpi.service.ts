import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { BadInputError } from '../../kernel/errors.js';
import { Park } from '../park/park.entity.js';
import type { WorkOrderKpiFilter, WorkOrderKpis } from './kpi.type.js';
import { workOrderRepository } from './work-order.repository.js';

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10_000) / 10_000);

/**
 * Work order KPIs over any period, park and category, in one SQL statement. Follow-ups (return
 * visit jobs) are not counted: the visit is measured on the order they follow.
 */
export const kpiService = {
  async compute(ctx: RequestContext, f: WorkOrderKpiFilter): Promise<WorkOrderKpis> {
    if (f.to <= f.from) throw new BadInputError('filter.to', 'to must be after from', 'EMPTY_RANGE');
    const park = await findByIdOrFail(ctx.em, Park, f.parkId, 'Park', 'filter.parkId');
    const r = await workOrderRepository.kpiCounts(ctx.em, park.id, f.from, f.to, f.category ?? null);
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
