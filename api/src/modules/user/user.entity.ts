import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { Role, UserKind } from './role.entity.js';

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

/**
 * A person who signs in: park staff (bound to one or more parks) or a tenant user (bound to
 * exactly one tenant company, and so to its park). The password hash never leaves this entity.
 */
export const AppUser = defineEntity({
  name: 'AppUser',
  tableName: 'app_user',
  properties: {
    ...baseProperties,
    kind: p.enum(() => UserKind).nativeEnumName('user_kind'),
    /** Sign-in name; unique regardless of case. */
    login: p.string().length(64),
    displayName: p.string().length(50),
    phone: p.string().length(20).nullable(),
    email: p.string().length(120).nullable(),
    tenant: () => p.manyToOne(TenantCompany).nullable(),
    /** For tenant users: the park of their company (kept here so row-level security stays simple). */
    park: () => p.manyToOne(Park).nullable(),
    passwordHash: p.string().length(200).hidden(),
    status: p
      .enum(() => UserStatus)
      .nativeEnumName('user_status')
      .default(UserStatus.ACTIVE),
    mustChangePassword: p.boolean().default(false),
    passwordChangedAt: p.datetime(),
    failedLogins: p.integer().default(0),
    lockedUntil: p.datetime().nullable(),
    lastLoginAt: p.datetime().nullable(),
    roles: () =>
      p.manyToMany(Role).pivotTable('user_role').joinColumn('user_id').inverseJoinColumn('role_id'),
    parks: () =>
      p.manyToMany(Park).pivotTable('user_park').joinColumn('user_id').inverseJoinColumn('park_id'),
  },
});
export type AppUser = InferEntity<typeof AppUser>;
