import { QueryOrder } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict } from '../../graphql/lookup.js';
import { BadInputError, ConflictError, ForbiddenError } from '../../kernel/errors.js';
import { Role, type UserKind } from './role.entity.js';
import { AppUser } from './user.entity.js';
import type { CreateRoleInput, UpdateRoleInput } from './user.inputs.js';
import { missingPermissions } from './user.rules.js';
import { toRoleType } from './user.type.js';

function checkedPermissions(ctx: RequestContext, permissions: string[], audience: UserKind): string[] {
  const catalogue = ctx.services.catalogue;
  for (const [i, p] of permissions.entries()) {
    if (!catalogue.has(p))
      throw new BadInputError(`input.permissions.${i}`, `${p} is not a permission`, 'UNKNOWN_PERMISSION');
    if (!catalogue.fits(p, audience))
      throw new BadInputError(
        `input.permissions.${i}`,
        `${p} is not for ${audience.toLowerCase()} roles`,
        'PERMISSION_AUDIENCE',
      );
  }
  return [...new Set(permissions)].sort();
}

/**
 * The rule users already follow, for roles: nobody composes a role holding permissions they
 * lack (else `role.manage` alone mints an HQ admin), and nobody edits a role they hold
 * themselves (else they would widen their own access, one permission at a time).
 */
async function assertWithinOwn(ctx: RequestContext, permissions: readonly string[], role?: Role) {
  const actor = ctx.signedIn;
  if (role && (await ctx.em.count(AppUser, { id: actor.id, roles: role.id })) > 0)
    throw new ForbiddenError('Nobody changes a role they hold themselves', 'OWN_ROLE_CHANGE');
  const missing = missingPermissions(actor, [...(role?.permissions ?? []), ...permissions]);
  if (missing.length > 0)
    throw new ForbiddenError(
      `A role you manage cannot hold permissions you lack: ${[...new Set(missing)].join(', ')}`,
      'ROLE_BEYOND_OWN',
    );
}

/** Roles are data: operators compose their own from the permission catalogue. */
export const roleService = {
  async list(ctx: RequestContext, audience: UserKind | undefined) {
    const roles = await ctx.em.find(Role, audience ? { audience } : {}, {
      orderBy: { builtin: QueryOrder.DESC, audience: QueryOrder.ASC, key: QueryOrder.ASC },
    });
    return roles.map(toRoleType);
  },

  async create(ctx: RequestContext, input: CreateRoleInput) {
    await assertWithinOwn(ctx, input.permissions);
    const role = ctx.em.create(Role, {
      key: input.key,
      name: input.name,
      nameEn: input.nameEn,
      description: input.description ?? null,
      audience: input.audience,
      permissions: checkedPermissions(ctx, input.permissions, input.audience),
      builtin: false,
    });
    await flushOrConflict(ctx.em, { role_key: 'input.key' });
    ctx.recordChange({ targetType: 'Role', targetId: role.id, after: toRoleType(role) });
    return toRoleType(role);
  },

  async update(ctx: RequestContext, id: string, input: UpdateRoleInput) {
    const role = await findByIdOrFail(ctx.em, Role, id, 'Role');
    if (role.builtin)
      throw new ConflictError('Built-in roles cannot be changed; create your own', 'BUILTIN_ROLE_READ_ONLY');
    await assertWithinOwn(ctx, input.permissions ?? [], role);
    const before = toRoleType(role);
    if (input.name !== undefined) role.name = input.name;
    if (input.nameEn !== undefined) role.nameEn = input.nameEn;
    if (input.description !== undefined) role.description = input.description;
    if (input.permissions) role.permissions = checkedPermissions(ctx, input.permissions, role.audience);
    await ctx.em.flush();
    ctx.recordChange({ targetType: 'Role', targetId: role.id, before, after: toRoleType(role) });
    return toRoleType(role);
  },
};
