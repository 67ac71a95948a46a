import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { toUserType, UserType } from '../user/user.type.js';
import { maintenanceService } from './maintenance.service.js';
import {
  CreateMaintenancePlanInput,
  MaintenanceComplianceType,
  MaintenancePlanType,
  UpdateMaintenancePlanInput,
} from './maintenance.type.js';

@Resolver(() => MaintenancePlanType)
export class MaintenanceResolver {
  @Authorized('equipment.read')
  @Query(() => [MaintenancePlanType], { description: 'A park’s maintenance plans, next due first.' })
  maintenancePlans(
    @Arg('parkId', () => ID, { description: 'Park id.' }) parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return maintenanceService.list(ctx, parkId);
  }

  @Authorized('maintenance.manage')
  @Query(() => [UserType], {
    description:
      'Who a plan of the park may name to receive its orders: active staff of the park who work orders, by name.',
  })
  async maintenancePlanAssignees(
    @Arg('parkId', () => ID, { description: 'Park id.' }) parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return (await maintenanceService.assignees(ctx, parkId)).map(toUserType);
  }

  @Authorized('equipment.read')
  @FieldResolver(() => UserType, {
    nullable: true,
    description: 'The staff member its orders go to; null: automatic dispatch chooses.',
  })
  async assignee(@Root() plan: MaintenancePlanType, @Ctx() ctx: RequestContext) {
    const u = plan.assigneeId ? await ctx.loaders.userById.load(plan.assigneeId) : undefined;
    return u ? toUserType(u) : null;
  }

  @Authorized('equipment.read')
  @Query(() => MaintenanceComplianceType, {
    description:
      'Due dates of a park’s plans in [from, to] (YYYY-MM-DD, at most 400 days) and how they went.',
  })
  maintenanceCompliance(
    @Arg('parkId', () => ID, { description: 'Park id.' }) parkId: string,
    @Arg('from', { description: 'First date (YYYY-MM-DD).' }) from: string,
    @Arg('to', { description: 'Last date (YYYY-MM-DD).' }) to: string,
    @Ctx() ctx: RequestContext,
  ) {
    return maintenanceService.compliance(ctx, parkId, from, to);
  }

  @Authorized('maintenance.manage')
  @Mutation(() => MaintenancePlanType, {
    description: 'Adds a plan; its first order is filed on its first due date.',
  })
  createMaintenancePlan(
    @Arg('input', () => CreateMaintenancePlanInput, { description: 'The plan.' })
    input: CreateMaintenancePlanInput,
    @Ctx() ctx: RequestContext,
  ) {
    return maintenanceService.create(ctx, input);
  }

  @Authorized('maintenance.manage')
  @Mutation(() => MaintenancePlanType, {
    description:
      'Changes a plan’s name, trade, recurrence, checklist, grace days, assignee or next due date.',
  })
  updateMaintenancePlan(
    @Arg('id', () => ID, { description: 'Plan id.' }) id: string,
    @Arg('input', () => UpdateMaintenancePlanInput, { description: 'Changes.' })
    input: UpdateMaintenancePlanInput,
    @Ctx() ctx: RequestContext,
  ) {
    return maintenanceService.update(ctx, id, input);
  }

  @Authorized('maintenance.manage')
  @Mutation(() => MaintenancePlanType, { description: 'Pauses or resumes a plan.' })
  setMaintenancePlanActive(
    @Arg('id', () => ID, { description: 'Plan id.' }) id: string,
    @Arg('active', { description: 'Resume (true) or pause (false).' }) active: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return maintenanceService.setActive(ctx, id, active);
  }
}
