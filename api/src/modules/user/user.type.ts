import { Authorized, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { PermissionSpec } from '../../kernel/permission-catalogue.js';
import { type Permission, SELF_OR_USER_READ } from '../auth/permissions.js';
import { type Role, UserKind } from './role.entity.js';
import { type AppUser, UserStatus } from './user.entity.js';

registerEnumType(UserKind, {
  name: 'UserKind',
  description: 'Which side a user is on.',
  valuesConfig: {
    STAFF: { description: 'Park operator staff, bound to one or more parks.' },
    TENANT: { description: 'Works for a tenant company, bound to exactly one.' },
  },
});
registerEnumType(UserStatus, {
  name: 'UserStatus',
  description: 'Whether a user may sign in.',
  valuesConfig: { ACTIVE: { description: 'May sign in.' }, DISABLED: { description: 'May not sign in.' } },
});

@ObjectType('Permission', { description: 'A named capability that roles grant.' })
export class PermissionType {
  @Field({ description: 'Permission key, e.g. equipment.write.' })
  key!: string;

  @Field({ description: 'Chinese name, as the role editor shows it (e.g. 派单).' })
  name!: string;

  @Field({ description: 'English name (e.g. Dispatch work orders).' })
  nameEn!: string;

  @Field({ description: 'What it allows, in Chinese.' })
  description!: string;

  @Field({ description: 'What it allows, in English.' })
  descriptionEn!: string;

  @Field({ description: 'STAFF, TENANT or BOTH: which roles may hold it.' })
  audience!: string;
}

export const toPermissionType = (key: Permission, spec: PermissionSpec): PermissionType => ({
  key,
  name: spec.name.zh,
  nameEn: spec.name.en,
  description: spec.description.zh,
  descriptionEn: spec.description.en,
  audience: spec.audience,
});

@ObjectType('PermissionGroup', { description: 'The permissions one feature of the platform declares.' })
export class PermissionGroupType {
  @Field({ description: 'Feature key, e.g. work-order.' })
  module!: string;

  @Field({ description: 'Chinese name of the feature (e.g. 工单).' })
  name!: string;

  @Field({ description: 'English name of the feature (e.g. Work orders).' })
  nameEn!: string;

  @Field(() => [PermissionType], { description: 'Its permissions, in declaration order.' })
  permissions!: PermissionType[];
}

@ObjectType('Role', { description: 'A named set of permissions granted to users.' })
export class RoleType {
  @Field(() => ID, { description: 'Role id.' })
  id!: string;

  @Field({ description: 'Stable key, e.g. park_manager.' })
  key!: string;

  @Field({ description: 'Chinese name.' })
  name!: string;

  @Field({ description: 'English name.' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'What the role is for.' })
  description!: string | null;

  @Field(() => UserKind, { description: 'Which users may hold it.' })
  audience!: UserKind;

  @Field(() => [String], { description: 'Permission keys it grants.' })
  permissions!: string[];

  @Field({ description: 'Shipped with the product and kept in step with it; read-only.' })
  builtin!: boolean;
}

export function toRoleType(r: Role): RoleType {
  return {
    id: r.id,
    key: r.key,
    name: r.name,
    nameEn: r.nameEn,
    description: r.description ?? null,
    audience: r.audience,
    permissions: [...r.permissions].sort(),
    builtin: r.builtin,
  };
}

@ObjectType('User', { description: 'Someone who signs in: park staff or a tenant company’s user.' })
export class UserType {
  @Field(() => ID, { description: 'User id.' })
  id!: string;

  @Field(() => UserKind, { description: 'Staff or tenant user.' })
  kind!: UserKind;
  @Authorized(SELF_OR_USER_READ)

  @Field({ description: 'Sign-in name (lower case).' })
  login!: string;

  @Field({ description: 'Name shown to others.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Mobile number.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email!: string | null;
  @Authorized(SELF_OR_USER_READ)

  @Field(() => UserStatus, { description: 'Whether the user may sign in.' })
  status!: UserStatus;
  @Authorized(SELF_OR_USER_READ)

  @Field({ description: 'The next sign-in must set a new password (after an admin reset).' })
  mustChangePassword!: boolean;
  @Authorized(SELF_OR_USER_READ)

  @Field(() => Date, { nullable: true, description: 'Last successful sign-in.' })
  lastLoginAt!: Date | null;

  @Field({ description: 'When the user was created.' })
  createdAt!: Date;

  tenantId!: string | null;
}

export function toUserType(u: AppUser): UserType {
  return {
    id: u.id,
    kind: u.kind,
    login: u.login,
    displayName: u.displayName,
    phone: u.phone ?? null,
    email: u.email ?? null,
    status: u.status,
    mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt ?? null,
    createdAt: u.createdAt,
    tenantId: u.tenant?.id ?? null,
  };
}
