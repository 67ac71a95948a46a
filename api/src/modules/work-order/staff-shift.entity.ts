import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { Park } from '../park/park.entity.js';
import { AppUser } from '../user/user.entity.js';

/** A stretch of duty of one staff member in one park; dispatch sends work to who is on shift. */
export const StaffShift = defineEntity({
  name: 'StaffShift',
  tableName: 'staff_shift',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    createdAt: p.datetime().onCreate(() => new Date()),
    park: () => p.manyToOne(Park),
    user: () => p.manyToOne(AppUser).index().deleteRule('cascade'),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
  },
});
export type StaffShift = InferEntity<typeof StaffShift>;
