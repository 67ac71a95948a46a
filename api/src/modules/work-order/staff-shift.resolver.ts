import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { staffShiftService } from './staff-shift.service.js';
import { CreateStaffShiftInput, StaffShiftType } from './staff-shift.type.js';

@Resolver(() => StaffShiftType)
export class StaffShiftResolver {
  @Authorized('workOrder.dispatch')
  @Query(() => [StaffShiftType], { description: 'Shifts of a park overlapping [from, to), at most 62 days.' })
  staffShifts(
    @Arg('parkId', () => ID, { description: 'Park id.' }) parkId: string,
    @Arg('from', { description: 'From.' }) from: Date,
    @Arg('to', { description: 'Until (exclusive).' }) to: Date,
    @Ctx() ctx: RequestContext,
  ) {
    return staffShiftService.list(ctx, parkId, from, to);
  }

  @Authorized('workOrder.dispatch')
  @Mutation(() => StaffShiftType, { description: 'Adds a shift to a staff member of the park.' })
  createStaffShift(
    @Arg('input', () => CreateStaffShiftInput, { description: 'The shift.' }) input: CreateStaffShiftInput,
    @Ctx() ctx: RequestContext,
  ) {
    return staffShiftService.create(ctx, input);
  }
}
