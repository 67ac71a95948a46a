import { filter, pipe } from '@graphql-yoga/subscription';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { connectionOf, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { BuildingType, toBuildingType } from '../building/building.type.js';
import { EquipmentType, toEquipmentType } from '../equipment/equipment.type.js';
import { parkService } from '../park/park.service.js';
import { TenantCompanyType, toTenantCompanyType } from '../tenant/tenant.type.js';
import { toUnitType, UnitType_ } from '../unit/unit.type.js';
import { toUserType, UserType } from '../user/user.type.js';
import { viewerExtraActions, WorkOrderExtraAction } from './extra-actions.js';
import { slaClock } from './sla.js';
import { SubmitWorkOrderInput, TransitionWorkOrderInput, WorkOrderFilter } from './work-order.inputs.js';
import { WorkOrderAction } from './work-order.machine.js';
import { viewerActions, workOrderService } from './work-order.service.js';
import type { WorkOrderChangePayload } from './work-order.topics.js';
import {
  toWorkOrderEventType,
  WorkOrderEventType,
  WorkOrderSlaType,
  WorkOrderType,
} from './work-order.type.js';

const WorkOrderConnection = connectionOf(WorkOrderType, 'WorkOrder', 'work order');

@ObjectType('WorkOrderChange', { description: 'A work order was filed or moved.' })
class WorkOrderChange {
  @Field({ description: 'SUBMIT, or the action taken.' })
  action!: string;

  @Field(() => WorkOrderType, { description: 'The order as it is now.' })
  workOrder!: WorkOrderType;
}

@Resolver(() => WorkOrderType)
export class WorkOrderResolver {
  @Authorized('workOrder.read')
  @Query(() => WorkOrderType, {
    nullable: true,
    description: 'One work order; NOT_FOUND when unknown or out of reach.',
  })
  workOrder(@Arg('id', () => ID, { description: 'Work order id.' }) id: string, @Ctx() ctx: RequestContext) {
    return workOrderService.get(ctx, id);
  }

  @Authorized('workOrder.read')
  @Query(() => WorkOrderConnection, {
    description: 'Work orders in reach (tenants: their company’s), newest first.',
  })
  workOrders(
    @Args() page: PageArgs,
    @Arg('filter', () => WorkOrderFilter, { nullable: true, description: 'Which orders.' }) filter:
      | WorkOrderFilter
      | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return workOrderService.list(ctx, filter, page, info);
  }

  @Authorized('workOrder.submit')
  @Mutation(() => WorkOrderType, { description: 'Files a repair, complaint or job; it starts SUBMITTED.' })
  submitWorkOrder(
    @Arg('input', () => SubmitWorkOrderInput, { description: 'The order.' }) input: SubmitWorkOrderInput,
    @Ctx() ctx: RequestContext,
  ) {
    return workOrderService.submit(ctx, input);
  }

  @Authorized('workOrder.read')
  @Mutation(() => WorkOrderType, {
    description:
      'Takes one action; each needs its own permission. An illegal or concurrent move is CONFLICT.',
  })
  transitionWorkOrder(
    @Arg('id', () => ID, { description: 'Work order id.' }) id: string,
    @Arg('input', () => TransitionWorkOrderInput, { description: 'The action.' })
    input: TransitionWorkOrderInput,
    @Ctx() ctx: RequestContext,
  ) {
    return workOrderService.transition(ctx, id, input);
  }

  @Authorized('workOrder.read')
  @Subscription(() => WorkOrderChange, {
    // The park must be in reach; tenants wake only for their own company's orders.
    subscribe: async ({ args, context }) => {
      const ctx = context as RequestContext;
      const events = await parkService.subscribe(
        ctx,
        'WORK_ORDER_CHANGED',
        (args as { parkId: string }).parkId,
      );
      const actor = ctx.signedIn;
      const own = (p: WorkOrderChangePayload) =>
        actor.kind !== 'tenant' || (!p.staffOnly && p.tenantId === actor.tenantId);
      return pipe(events, filter(own));
    },
    description: 'Work orders of a park filed or moved, as it happens (dispatch boards, my requests).',
  })
  async workOrderChanged(
    @Root() payload: WorkOrderChangePayload,
    @Arg('parkId', () => ID, { description: 'Park to watch.' }) _parkId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<WorkOrderChange> {
    return { action: payload.action, workOrder: await workOrderService.get(ctx, payload.workOrderId) };
  }

  @FieldResolver(() => WorkOrderSlaType, {
    nullable: true,
    description: 'SLA deadlines and where they stand now (IPARK 5.2.2.4); null before dispatch.',
  })
  sla(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    return slaClock(w, ctx.now()) ?? null;
  }

  @FieldResolver(() => [WorkOrderEventType], { description: 'Every step so far, oldest first.' })
  async events(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.eventsByWorkOrder.load(w.id)).map(toWorkOrderEventType);
  }
  @Authorized('workOrder.read')

  @FieldResolver(() => UnitType_, { nullable: true, description: 'The unit.' })
  async unit(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    const u = w.unitId ? await ctx.loaders.unitById.load(w.unitId) : undefined;
    return u ? toUnitType(u) : null;
  }
  @Authorized('workOrder.read')

  @FieldResolver(() => BuildingType, { nullable: true, description: 'The building.' })
  async building(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    const b = w.buildingId ? await ctx.loaders.buildingById.load(w.buildingId) : undefined;
    return b ? toBuildingType(b) : null;
  }
  @Authorized('workOrder.read')

  @FieldResolver(() => EquipmentType, { nullable: true, description: 'The equipment (null for tenants).' })
  async equipment(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    const e = w.equipmentId ? await ctx.loaders.equipmentById.load(w.equipmentId) : undefined;
    return e ? toEquipmentType(e) : null;
  }
  @Authorized('workOrder.read')

  @FieldResolver(() => TenantCompanyType, { nullable: true, description: 'The company it was filed for.' })
  async tenant(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    const t = w.tenantId ? await ctx.loaders.tenantById.load(w.tenantId) : undefined;
    return t ? toTenantCompanyType(t) : null;
  }
  @Authorized('workOrder.read')

  @FieldResolver(() => UserType, { nullable: true, description: 'Who filed it (null when out of reach).' })
  async requester(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    const u = w.requesterId ? await ctx.loaders.userById.load(w.requesterId) : undefined;
    return u ? toUserType(u) : null;
  }
  @Authorized('workOrder.read')

  @FieldResolver(() => UserType, { nullable: true, description: 'The technician it is assigned to.' })
  async assignee(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    const u = w.assigneeId ? await ctx.loaders.userById.load(w.assigneeId) : undefined;
    return u ? toUserType(u) : null;
  }

  @FieldResolver(() => [WorkOrderAction], {
    description:
      'Actions the viewer may take now: the state allows them, a role grants them, work steps only for the assignee, a cancel without workOrder.dispatch only by the requester before dispatch.',
  })
  viewerActions(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    return viewerActions(ctx, w);
  }

  @FieldResolver(() => [WorkOrderExtraAction], {
    description:
      'What else the viewer may do now (quote a paid repair, record the return visit), by the rules those mutations check.',
  })
  viewerExtraActions(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    return viewerExtraActions(ctx.actor, { ...w, quoteState: w.quote?.state ?? null });
  }
}
