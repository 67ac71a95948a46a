import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { appendOnlyProperties } from '../../db/base-properties.js';
import { Park } from '../park/park.entity.js';
import { AppUser } from '../user/user.entity.js';

/** A stretch of duty of one staff member in one park; dispatch sends work to who is on shift. */
export const StaffShift = defineEntity({
  name: 'StaffShift',
  tableName: 'staff_shift',
  properties: {
    ...appendOnlyProperties,
    park: () => p.manyToOne(Park),
    user: () => p.manyToOne(AppUser).index().deleteRule('cascade'),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
  },
});
export type StaffShift = InferEntity<typeof StaffShift>;
