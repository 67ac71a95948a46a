import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { appendOnlyProperties, baseProperties } from '../../db/base-properties.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { AppUser } from '../user/user.entity.js';
import { AccessPoint } from './access-point.entity.js';

/**
 * One weekly window: ISO weekdays (1 = Monday) and minutes of the day in the park's zone,
 * `start` inside, `end` outside (420–1320 is 07:00–22:00).
 */
export type ScheduleWindow = { days: number[]; start: number; end: number };

/**
 * Who may pass which points when: a tenant company's group (its admin picks the members among
 * its own employees) or a park staff group (no tenant).
 */
export const AccessGroup = defineEntity({
  name: 'AccessGroup',
  tableName: 'access_group',
  uniques: [{ properties: ['park', 'name'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    tenant: () => p.manyToOne(TenantCompany).nullable().index(),
    name: p.string().length(100),
    /** Weekly windows; empty means never. */
    schedule: p.json<ScheduleWindow[]>(),
    points: () =>
      p
        .manyToMany(AccessPoint)
        .pivotTable('access_group_point')
        .joinColumn('group_id')
        .inverseJoinColumn('point_id'),
  },
});
export type AccessGroup = InferEntity<typeof AccessGroup>;

/** A person in an access group; one row per group and person. */
export const AccessGroupMember = defineEntity({
  name: 'AccessGroupMember',
  tableName: 'access_group_member',
  uniques: [{ properties: ['group', 'user'] }],
  properties: {
    ...appendOnlyProperties,
    group: () => p.manyToOne(AccessGroup).deleteRule('cascade'),
    user: () => p.manyToOne(AppUser).index(),
  },
});
export type AccessGroupMember = InferEntity<typeof AccessGroupMember>;
