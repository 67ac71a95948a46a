import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { connectionOf, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { BuildingType, toBuildingType } from '../building/building.type.js';
import { EquipmentType, toEquipmentType } from '../equipment/equipment.type.js';
import { TenantCompanyType, toTenantCompanyType } from '../tenant/tenant.type.js';
import { toUnitType, UnitType_ } from '../unit/unit.type.js';
import { toUserType, UserType } from '../user/user.type.js';
import { SubmitWorkOrderInput, TransitionWorkOrderInput, WorkOrderFilter } from './work-order.inputs.js';
import { workOrderService } from './work-order.service.js';
import { toWorkOrderEventType, WorkOrderEventType, WorkOrderType } from './work-order.type.js';

const WorkOrderConnection = connectionOf(WorkOrderType, 'WorkOrder', 'work order');

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

  @FieldResolver(() => [WorkOrderEventType], { description: 'Every step so far, oldest first.' })
  async events(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.eventsByWorkOrder.load(w.id)).map(toWorkOrderEventType);
  }

  @FieldResolver(() => UnitType_, { nullable: true, description: 'The unit.' })
  async unit(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    const u = w.unitId ? await ctx.loaders.unitById.load(w.unitId) : undefined;
    return u ? toUnitType(u) : null;
  }

  @FieldResolver(() => BuildingType, { nullable: true, description: 'The building.' })
  async building(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    const b = w.buildingId ? await ctx.loaders.buildingById.load(w.buildingId) : undefined;
    return b ? toBuildingType(b) : null;
  }

  @FieldResolver(() => EquipmentType, { nullable: true, description: 'The equipment (null for tenants).' })
  async equipment(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    const e = w.equipmentId ? await ctx.loaders.equipmentById.load(w.equipmentId) : undefined;
    return e ? toEquipmentType(e) : null;
  }

  @FieldResolver(() => TenantCompanyType, { nullable: true, description: 'The company it was filed for.' })
  async tenant(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    const t = w.tenantId ? await ctx.loaders.tenantById.load(w.tenantId) : undefined;
    return t ? toTenantCompanyType(t) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who filed it (null when out of reach).' })
  async requester(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    const u = w.requesterId ? await ctx.loaders.userById.load(w.requesterId) : undefined;
    return u ? toUserType(u) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The technician it is assigned to.' })
  async assignee(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    const u = w.assigneeId ? await ctx.loaders.userById.load(w.assigneeId) : undefined;
    return u ? toUserType(u) : null;
  }
}
