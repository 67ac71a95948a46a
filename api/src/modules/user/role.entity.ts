import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';

export enum UserKind {
  STAFF = 'STAFF',
  TENANT = 'TENANT',
}

/**
 * A named set of permissions. Built-in roles (SPEC §1) are kept in step with the code at every
 * boot and cannot be edited; operators create their own roles for anything else.
 */
export const Role = defineEntity({
  name: 'Role',
  tableName: 'role',
  properties: {
    ...baseProperties,
    /** Stable identifier, e.g. `park_manager`. */
    key: p.string().length(40).unique(),
    name: p.string().length(60),
    nameEn: p.string().length(60),
    description: p.string().length(300).nullable(),
    /** Staff roles are granted to staff, tenant roles to tenant users; never across. */
    audience: p.enum(() => UserKind).nativeEnumName('user_kind'),
    permissions: p.array(),
    builtin: p.boolean().default(false),
  },
});
export type Role = InferEntity<typeof Role>;
