import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { StaffShift } from './staff-shift.entity.js';

@ObjectType('StaffShift', {
  description: 'A stretch of duty; automatic dispatch sends work to who is on shift.',
})
export class StaffShiftType {
  @Field(() => ID, { description: 'Shift id.' })
  id!: string;

  @Field(() => ID, { description: 'The staff member.' })
  userId!: string;

  @Field({ description: 'Start.' })
  startsAt!: Date;

  @Field({ description: 'End (exclusive).' })
  endsAt!: Date;
}

export const toStaffShiftType = (s: StaffShift): StaffShiftType => ({
  id: s.id,
  userId: s.user.id,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
});

@InputType({ description: 'A shift to add.' })
export class CreateStaffShiftInput {
  @Field(() => ID, { description: 'Park of the shift.' })
  parkId!: string;

  @Field(() => ID, { description: 'The staff member (bound to that park).' })
  userId!: string;

  @Field({ description: 'Start.' })
  startsAt!: Date;

  @Field({ description: 'End, after the start, at most 24 h later.' })
  endsAt!: Date;
}
