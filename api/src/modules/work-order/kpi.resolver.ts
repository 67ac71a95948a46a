import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { kpiService } from './kpi.service.js';
import { ReturnVisitInput, WorkOrderKpiFilter, WorkOrderKpis } from './kpi.type.js';
import { returnVisitService } from './return-visit.service.js';
import { WorkOrderType } from './work-order.type.js';

@Resolver()
export class WorkOrderKpiResolver {
  @Authorized('workOrder.read')
  @Query(() => WorkOrderKpis, {
    description: 'Timeliness, return visits, satisfaction, first-time pass, times and breaches.',
  })
  workOrderKpis(
    @Arg('filter', () => WorkOrderKpiFilter, { description: 'Park, period and category.' })
    filter: WorkOrderKpiFilter,
    @Ctx() ctx: RequestContext,
  ) {
    return kpiService.compute(ctx, filter);
  }

  @Authorized('workOrder.dispatch')
  @Mutation(() => WorkOrderType, { description: 'Records the return visit (回访) of a verified job, once.' })
  recordReturnVisit(
    @Arg('id', () => ID, { description: 'Work order id.' }) id: string,
    @Arg('input', () => ReturnVisitInput, { description: 'The visit.' }) input: ReturnVisitInput,
    @Ctx() ctx: RequestContext,
  ) {
    return returnVisitService.record(ctx, id, input);
  }
}
