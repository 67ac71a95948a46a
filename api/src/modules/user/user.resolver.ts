import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { connectionOf, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { loadPresent } from '../../graphql/loader-utils.js';
import { SELF_OR_USER_READ } from '../auth/permissions.js';
import { ParkType, toParkType } from '../park/park.type.js';
import { TenantCompanyType, toTenantCompanyType } from '../tenant/tenant.type.js';
import { CreateUserInput, UpdateUserInput, UserFilter } from './user.inputs.js';
import { userService } from './user.service.js';
import { RoleType, toRoleType, UserType } from './user.type.js';

const UserConnection = connectionOf(UserType, 'User', 'user');

@Resolver(() => UserType)
export class UserResolver {
  @Authorized('user.read')
  @Query(() => UserType, {
    nullable: true,
    description: 'One user by id; NOT_FOUND when unknown or out of reach.',
  })
  user(@Arg('id', () => ID, { description: 'User id.' }) id: string, @Ctx() ctx: RequestContext) {
    return userService.get(ctx, id);
  }

  @Authorized('user.read')
  @Query(() => UserConnection, {
    description: 'Users within reach (tenant admins: their company’s), by login.',
  })
  users(
    @Args() page: PageArgs,
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Which users.' }) filter:
      | UserFilter
      | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return userService.list(ctx, filter, page, info);
  }

  @Authorized('user.manage')
  @Mutation(() => UserType, { description: 'Creates a user with a first password they must change.' })
  createUser(
    @Arg('input', () => CreateUserInput, { description: 'The user.' }) input: CreateUserInput,
    @Ctx() ctx: RequestContext,
  ) {
    return userService.create(ctx, input);
  }

  @Authorized('user.manage')
  @Mutation(() => UserType, { description: 'Changes a user; disabling ends their sessions at once.' })
  updateUser(
    @Arg('id', () => ID, { description: 'User id.' }) id: string,
    @Arg('input', () => UpdateUserInput, { description: 'Changes.' }) input: UpdateUserInput,
    @Ctx() ctx: RequestContext,
  ) {
    return userService.update(ctx, id, input);
  }

  @Authorized('user.manage')
  @Mutation(() => UserType, {
    description: 'Sets a temporary password; the user must change it, sessions end.',
  })
  resetUserPassword(
    @Arg('id', () => ID, { description: 'User id.' }) id: string,
    @Arg('password', { description: 'Temporary password (10–128, letters and digits).' }) password: string,
    @Ctx() ctx: RequestContext,
  ) {
    return userService.resetPassword(ctx, id, password);
  }
  @Authorized(SELF_OR_USER_READ)

  @FieldResolver(() => [RoleType], { description: 'Roles granted.' })
  async roles(@Root() u: UserType, @Ctx() ctx: RequestContext) {
    const ids = await ctx.loaders.roleIdsByUser.load(u.id);
    return loadPresent(ctx.loaders.roleById, ids, toRoleType);
  }
  @Authorized(SELF_OR_USER_READ)

  @FieldResolver(() => [ParkType], {
    description: 'Staff: the parks they work in. Tenant users: their company’s park.',
  })
  async parks(@Root() u: UserType, @Ctx() ctx: RequestContext) {
    const user = await ctx.loaders.userById.load(u.id);
    const ids = user?.park ? [user.park.id] : await ctx.loaders.parkIdsByUser.load(u.id);
    return loadPresent(ctx.loaders.parkById, ids, toParkType);
  }
  @Authorized(SELF_OR_USER_READ)

  @FieldResolver(() => TenantCompanyType, { nullable: true, description: 'Tenant users: their company.' })
  async tenant(@Root() u: UserType, @Ctx() ctx: RequestContext) {
    const t = u.tenantId ? await ctx.loaders.tenantById.load(u.tenantId) : undefined;
    return t ? toTenantCompanyType(t) : null;
  }
}
