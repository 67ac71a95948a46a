import { QueryOrder } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { BadInputError } from '../../kernel/errors.js';
import { Park } from '../park/park.entity.js';
import { AppUser } from '../user/user.entity.js';
import { StaffShift } from './staff-shift.entity.js';
import type { CreateStaffShiftInput } from './staff-shift.type.js';
import { toStaffShiftType } from './staff-shift.type.js';

const DAY_MS = 86_400_000;

/** Duty rosters: who is on shift when, for automatic dispatch. */
export const staffShiftService = {
  async list(ctx: RequestContext, parkId: string, from: Date, to: Date) {
    if (to <= from) throw new BadInputError('to', 'to must be after from', 'EMPTY_RANGE');
    if (to.getTime() - from.getTime() > 62 * DAY_MS)
      throw new BadInputError('to', 'At most 62 days at a time', 'RANGE_TOO_LONG');
    const park = await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    const shifts = await ctx.em.find(
      StaffShift,
      { park, startsAt: { $lt: to }, endsAt: { $gt: from } },
      { orderBy: { startsAt: QueryOrder.ASC, id: QueryOrder.ASC } },
    );
    return shifts.map(toStaffShiftType);
  },

  async create(ctx: RequestContext, input: CreateStaffShiftInput) {
    if (input.endsAt <= input.startsAt)
      throw new BadInputError('input.endsAt', 'A shift ends after it starts', 'SHIFT_ENDS_BEFORE_START');
    if (input.endsAt.getTime() - input.startsAt.getTime() > DAY_MS)
      throw new BadInputError('input.endsAt', 'A shift lasts at most 24 hours', 'SHIFT_TOO_LONG');
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const user = await findByIdOrFail(ctx.em, AppUser, input.userId, 'User', 'input.userId');
    await ctx.em.populate(user, ['parks']);
    if (user.kind !== 'STAFF' || !user.parks.getItems().some((p) => p.id === park.id))
      throw new BadInputError('input.userId', 'Only staff of this park take its shifts', 'NOT_PARK_STAFF');
    const shift = ctx.em.create(StaffShift, { park, user, startsAt: input.startsAt, endsAt: input.endsAt });
    await ctx.em.flush();
    ctx.recordChange({
      targetType: 'StaffShift',
      targetId: shift.id,
      parkId: park.id,
      after: toStaffShiftType(shift),
    });
    return toStaffShiftType(shift);
  },
};
