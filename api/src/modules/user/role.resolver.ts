import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { UserKind } from './role.entity.js';
import { roleService } from './role.service.js';
import { CreateRoleInput, UpdateRoleInput } from './user.inputs.js';
import { PermissionGroupType, PermissionType, RoleType, toPermissionType } from './user.type.js';

@Resolver(() => RoleType)
export class RoleResolver {
  @Authorized('user.read')
  @Query(() => [RoleType], { description: 'Every role, built-in first.' })
  roles(
    @Arg('audience', () => UserKind, { nullable: true, description: 'Only staff or only tenant roles.' })
    audience: UserKind | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return roleService.list(ctx, audience);
  }

  @Authorized('user.read')
  @Query(() => [PermissionType], { description: 'The permission catalogue roles are made of.' })
  permissions(@Ctx() ctx: RequestContext) {
    const { catalogue } = ctx.services;
    return catalogue.all.map((key) => toPermissionType(key, catalogue.specs[key]));
  }

  @Authorized('user.read')
  @Query(() => [PermissionGroupType], {
    description:
      'The permission catalogue grouped by feature, with names in Chinese and English (the role editor’s tree).',
  })
  permissionCatalogue(@Ctx() ctx: RequestContext): PermissionGroupType[] {
    const { catalogue, permissionGroups } = ctx.services;
    return permissionGroups.map((g) => ({
      module: g.key,
      name: g.title.zh,
      nameEn: g.title.en,
      permissions: g.permissions.map((key) => toPermissionType(key, catalogue.specs[key])),
    }));
  }

  @Authorized('role.manage')
  @Mutation(() => RoleType, { description: 'Creates a role.' })
  createRole(
    @Arg('input', () => CreateRoleInput, { description: 'The role.' }) input: CreateRoleInput,
    @Ctx() ctx: RequestContext,
  ) {
    return roleService.create(ctx, input);
  }

  @Authorized('role.manage')
  @Mutation(() => RoleType, { description: 'Changes a role; built-in roles are read-only (CONFLICT).' })
  updateRole(
    @Arg('id', () => ID, { description: 'Role id.' }) id: string,
    @Arg('input', () => UpdateRoleInput, { description: 'Changes.' }) input: UpdateRoleInput,
    @Ctx() ctx: RequestContext,
  ) {
    return roleService.update(ctx, id, input);
  }
}
