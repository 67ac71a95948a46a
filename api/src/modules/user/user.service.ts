import type { FilterQuery } from '@mikro-orm/core';
import { QueryOrder } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { v7 as uuidv7 } from 'uuid';
import { paginate } from '../../db/paginate.js';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict, readByIdOrFail } from '../../graphql/lookup.js';
import { idOrNone, isUuid, likePattern } from '../../graphql/validate.js';
import { wallClock } from '../../kernel/clock.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../../kernel/errors.js';
import { revokeSessions } from '../auth/auth.service.js';
import { checkPasswordPolicy, hashPassword } from '../auth/password.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { Role, UserKind } from './role.entity.js';
import { AppUser, UserStatus } from './user.entity.js';
import type { CreateUserInput, UpdateUserInput, UserFilter } from './user.inputs.js';
import { userRepository } from './user.repository.js';
import { missingPermissions } from './user.rules.js';
import { toUserType } from './user.type.js';

const uniques = { app_user_login_unique: 'input.login' };

function userWhere(f: UserFilter | undefined): FilterQuery<AppUser> {
  if (!f) return {};
  const s = f.search ? likePattern(f.search) : undefined;
  return {
    ...(f.kind && { kind: f.kind }),
    ...(f.status && { status: f.status }),
    ...(f.tenantId !== undefined && { tenant: idOrNone(f.tenantId) }),
    ...(f.parkId !== undefined && { $or: [{ park: idOrNone(f.parkId) }, { parks: idOrNone(f.parkId) }] }),
    ...(s && { $and: [{ $or: [{ login: { $ilike: s } }, { displayName: { $ilike: s } }] }] }),
  } as FilterQuery<AppUser>;
}

/** Loads roles by id for a user of `kind`, refusing ones the actor may not grant. */
async function grantableRoles(ctx: RequestContext, roleIds: string[], kind: UserKind): Promise<Role[]> {
  const ids = [...new Set(roleIds)];
  const roles = ids.every(isUuid) ? await ctx.em.find(Role, { id: { $in: ids } }) : [];
  if (roles.length !== ids.length) throw new NotFoundError('Role', 'input.roleIds');
  for (const role of roles) {
    if (role.audience !== kind)
      throw new BadInputError(
        'input.roleIds',
        `${role.key} is a ${role.audience.toLowerCase()} role`,
        'ROLE_AUDIENCE',
      );
    const missing = missingPermissions(ctx.signedIn, role.permissions);
    if (missing.length > 0)
      throw new ForbiddenError(
        `You cannot grant ${role.key}: it needs ${missing.join(', ')}`,
        'ROLE_BEYOND_OWN',
      );
  }
  return roles;
}

/** Parks by id, all of them within the actor's reach: nobody binds staff to a park not their own. */
async function visibleParks(ctx: RequestContext, parkIds: string[]): Promise<Park[]> {
  const ids = [...new Set(parkIds)];
  const actor = ctx.signedIn;
  if (!actor.allParks && ids.some((id) => !actor.parkIds.includes(id)))
    throw new ForbiddenError('Staff can be bound to your own parks only', 'PARK_BEYOND_OWN');
  const parks = ids.every(isUuid) ? await ctx.em.find(Park, { id: { $in: ids } }) : [];
  if (parks.length !== ids.length) throw new NotFoundError('Park', 'input.parkIds');
  return parks;
}

/** The user, if the actor may manage them: not themselves, and no one holding more than the actor. */
async function manageable(ctx: RequestContext, id: string): Promise<AppUser> {
  const user = await findByIdOrFail(ctx.em, AppUser, id, 'User');
  const actor = ctx.signedIn;
  if (actor.kind === 'tenant' && user.kind !== UserKind.TENANT) throw new NotFoundError('User');
  await ctx.em.populate(user, ['roles']);
  const held = user.roles.getItems().flatMap((r) => r.permissions);
  if (missingPermissions(actor, held).length > 0)
    throw new ForbiddenError('This user holds permissions you do not have', 'USER_BEYOND_OWN');
  return user;
}

const snapshot = (u: AppUser) => ({
  ...toUserType(u),
  roles: u.roles.isInitialized() ? u.roles.getItems().map((r) => r.key) : undefined,
});

/** Staff and tenant users, managed by admins within their own reach (SPEC §1). */
export const userService = {
  async get(ctx: RequestContext, id: string) {
    return toUserType(await readByIdOrFail(ctx.em, AppUser, id, 'User'));
  },

  list(ctx: RequestContext, filter: UserFilter | undefined, page: PageArgs, info: GraphQLResolveInfo) {
    return paginate({
      em: ctx.em,
      entity: AppUser,
      where: userWhere(filter),
      orderBy: { login: QueryOrder.ASC },
      page,
      info,
      map: toUserType,
    });
  },

  async create(ctx: RequestContext, input: CreateUserInput) {
    const actor = ctx.signedIn;
    if (actor.kind === 'tenant' && input.kind !== UserKind.TENANT)
      throw new ForbiddenError(
        'Tenant admins create users of their own company only',
        'TENANT_CREATES_STAFF',
      );
    let tenant: TenantCompany | null = null;
    let parks: Park[] = [];
    if (input.kind === UserKind.TENANT) {
      const tenantId = input.tenantId ?? (actor.kind === 'tenant' ? actor.tenantId : undefined);
      if (!tenantId)
        throw new BadInputError('input.tenantId', 'Tenant users need their company', 'TENANT_REQUIRED');
      tenant = await findByIdOrFail(ctx.em, TenantCompany, tenantId, 'TenantCompany', 'input.tenantId');
      if (input.parkIds?.length)
        throw new BadInputError(
          'input.parkIds',
          'Tenant users belong to their company’s park',
          'PARKS_FOR_TENANT',
        );
    } else {
      if (input.tenantId)
        throw new BadInputError('input.tenantId', 'Staff have no company', 'TENANT_FOR_STAFF');
      if (!input.parkIds?.length)
        throw new BadInputError('input.parkIds', 'Staff work in at least one park', 'PARKS_REQUIRED');
      parks = await visibleParks(ctx, input.parkIds);
    }
    const roles = await grantableRoles(ctx, input.roleIds, input.kind);
    const login = input.login.toLowerCase();
    checkPasswordPolicy(input.password, login, 'input.password');
    const id = uuidv7();
    // A staff user is visible through their park links, which exist only after the user row:
    // row-level security lets this transaction write and read back the one user it creates.
    if (input.kind === UserKind.STAFF) await userRepository.beginUserCreation(ctx.em, id);
    const user = ctx.em.create(AppUser, {
      id,
      kind: input.kind,
      login,
      displayName: input.displayName,
      phone: input.phone ?? null,
      email: input.email ?? null,
      tenant,
      park: tenant ? tenant.park : null,
      passwordHash: await hashPassword(input.password),
      passwordChangedAt: wallClock.now(),
      mustChangePassword: true,
    });
    user.roles.set(roles);
    user.parks.set(parks);
    await flushOrConflict(ctx.em, uniques);
    ctx.recordChange({
      targetType: 'User',
      targetId: user.id,
      tenantId: tenant?.id ?? null,
      parkId: tenant?.park.id ?? parks[0]?.id ?? null,
      after: snapshot(user),
    });
    return toUserType(user);
  },

  async update(ctx: RequestContext, id: string, input: UpdateUserInput) {
    const actor = ctx.signedIn;
    const user = await manageable(ctx, id);
    const touchesAccess =
      input.roleIds !== undefined || input.parkIds !== undefined || input.status !== undefined;
    if (user.id === actor.id && touchesAccess)
      throw new ForbiddenError('Nobody changes their own roles, parks or status', 'SELF_ACCESS_CHANGE');
    await ctx.em.populate(user, ['parks']);
    const before = snapshot(user);
    if (input.displayName !== undefined) user.displayName = input.displayName;
    if (input.phone !== undefined) user.phone = input.phone;
    if (input.email !== undefined) user.email = input.email;
    if (input.roleIds) user.roles.set(await grantableRoles(ctx, input.roleIds, user.kind));
    if (input.parkIds) {
      if (user.kind === UserKind.TENANT)
        throw new BadInputError(
          'input.parkIds',
          'Tenant users belong to their company’s park',
          'PARKS_FOR_TENANT',
        );
      user.parks.set(await visibleParks(ctx, input.parkIds));
    }
    const disabling = input.status === UserStatus.DISABLED && user.status !== UserStatus.DISABLED;
    if (input.status) user.status = input.status;
    await flushOrConflict(ctx.em, uniques);
    ctx.recordChange({
      targetType: 'User',
      targetId: user.id,
      tenantId: user.tenant?.id ?? null,
      before,
      after: snapshot(user),
    });
    if (disabling) await revokeSessions(ctx.em, user.id, 'USER_DISABLED');
    return toUserType(user);
  },

  /** An admin sets a temporary password; the user must change it and every session ends. */
  async resetPassword(ctx: RequestContext, id: string, password: string) {
    const user = await manageable(ctx, id);
    checkPasswordPolicy(password, user.login, 'password');
    user.passwordHash = await hashPassword(password);
    user.passwordChangedAt = wallClock.now();
    user.mustChangePassword = true;
    user.failedLogins = 0;
    user.lockedUntil = null;
    await ctx.em.flush();
    ctx.recordChange({ targetType: 'User', targetId: user.id, tenantId: user.tenant?.id ?? null });
    await revokeSessions(ctx.em, user.id, 'PASSWORD_RESET');
    return toUserType(user);
  },
};
