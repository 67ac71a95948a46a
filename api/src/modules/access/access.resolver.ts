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
import { CredentialStatus } from './access.enums.js';
import {
  AccessCredentialFilter,
  AccessGroupFilter,
  AccessHolderFilter,
  AccessPointFilter,
  CreateAccessCredentialInput,
  CreateAccessGroupInput,
  CreateAccessPointInput,
  UpdateAccessGroupInput,
  UpdateAccessPointInput,
} from './access.inputs.js';
import { accessService } from './access.service.js';
import {
  AccessCredentialType,
  AccessGroupMemberType,
  AccessGroupType,
  AccessHolderOptionType,
  AccessPointType,
  toAccessPointType,
} from './access.type.js';

const AccessPointConnection = connectionOf(AccessPointType, 'AccessPoint', 'access point');
const AccessCredentialConnection = connectionOf(AccessCredentialType, 'AccessCredential', 'credential');
const AccessGroupConnection = connectionOf(AccessGroupType, 'AccessGroup', 'access group');

@Resolver(() => AccessPointType)
export class AccessPointResolver {
  @Authorized('access.read')
  @Query(() => AccessPointType, {
    nullable: true,
    description: 'One access point; NOT_FOUND when unknown or out of reach.',
  })
  accessPoint(
    @Arg('id', () => ID, { description: 'Access point id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return accessService.point(ctx, id);
  }

  @Authorized('access.read')
  @Query(() => AccessPointConnection, { description: 'Access points in reach, by code.' })
  accessPoints(
    @Args() page: PageArgs,
    @Arg('filter', () => AccessPointFilter, { nullable: true, description: 'Which points.' })
    filter: AccessPointFilter | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return accessService.points(ctx, filter, page, info);
  }

  @Authorized('access.manage')
  @Mutation(() => AccessPointType, {
    description: 'Adds an access point; code and device id are unique in the park.',
  })
  createAccessPoint(
    @Arg('input', () => CreateAccessPointInput, { description: 'The point.' }) input: CreateAccessPointInput,
    @Ctx() ctx: RequestContext,
  ) {
    return accessService.createPoint(ctx, input);
  }

  @Authorized('access.manage')
  @Mutation(() => AccessPointType, {
    description: 'Renames, re-types, re-binds or disables an access point.',
  })
  updateAccessPoint(
    @Arg('id', () => ID, { description: 'Access point id.' }) id: string,
    @Arg('input', () => UpdateAccessPointInput, { description: 'Changes.' }) input: UpdateAccessPointInput,
    @Ctx() ctx: RequestContext,
  ) {
    return accessService.updatePoint(ctx, id, input);
  }
}

@Resolver(() => AccessCredentialType)
export class AccessCredentialResolver {
  @Authorized('access.read')
  @Query(() => AccessCredentialType, {
    nullable: true,
    description: 'One credential; NOT_FOUND when unknown or out of reach (tenants: their employees’ only).',
  })
  accessCredential(
    @Arg('id', () => ID, { description: 'Credential id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return accessService.credential(ctx, id);
  }

  @Authorized('access.read')
  @Query(() => AccessCredentialConnection, {
    description: 'Credentials in reach (tenants: their employees’), by identifier.',
  })
  accessCredentials(
    @Args() page: PageArgs,
    @Arg('filter', () => AccessCredentialFilter, { nullable: true, description: 'Which credentials.' })
    filter: AccessCredentialFilter | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return accessService.credentials(ctx, filter, page, info);
  }

  @Authorized('access.manage')
  @Mutation(() => AccessCredentialType, {
    description: 'Issues a card, QR pass or plate to a person; one holder per identifier and park.',
  })
  createAccessCredential(
    @Arg('input', () => CreateAccessCredentialInput, { description: 'The credential.' })
    input: CreateAccessCredentialInput,
    @Ctx() ctx: RequestContext,
  ) {
    return accessService.createCredential(ctx, input);
  }

  @Authorized('access.manage')
  @Mutation(() => AccessCredentialType, {
    description: 'Suspends, reactivates or revokes (for good) a credential.',
  })
  setAccessCredentialStatus(
    @Arg('id', () => ID, { description: 'Credential id.' }) id: string,
    @Arg('status', () => CredentialStatus, { description: 'The new status.' }) status: CredentialStatus,
    @Ctx() ctx: RequestContext,
  ) {
    return accessService.setCredentialStatus(ctx, id, status);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The holder’s name (null when out of reach).' })
  async holderName(@Root() c: AccessCredentialType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.userById.load(c.holderId))?.displayName ?? null;
  }
}

@Resolver(() => AccessGroupType)
export class AccessGroupResolver {
  @Authorized('access.read')
  @Query(() => AccessGroupType, {
    nullable: true,
    description: 'One access group; NOT_FOUND when unknown or out of reach (tenants: their company’s only).',
  })
  accessGroup(
    @Arg('id', () => ID, { description: 'Access group id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return accessService.group(ctx, id);
  }

  @Authorized('access.read')
  @Query(() => AccessGroupConnection, {
    description: 'Access groups in reach (tenants: their company’s), by name.',
  })
  accessGroups(
    @Args() page: PageArgs,
    @Arg('filter', () => AccessGroupFilter, { nullable: true, description: 'Which groups.' })
    filter: AccessGroupFilter | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return accessService.groups(ctx, filter, page, info);
  }

  @Authorized('access.assign')
  @Query(() => [AccessHolderOptionType], {
    description:
      'Up to 20 active people of a park by name, to pick a credential holder or group member (tenant admins: their employees).',
  })
  accessHolderOptions(
    @Arg('filter', () => AccessHolderFilter, { description: 'Whom.' }) filter: AccessHolderFilter,
    @Ctx() ctx: RequestContext,
  ) {
    return accessService.holderOptions(ctx, filter);
  }

  @Authorized('access.manage')
  @Mutation(() => AccessGroupType, { description: 'Adds an access group for a company (or for park staff).' })
  createAccessGroup(
    @Arg('input', () => CreateAccessGroupInput, { description: 'The group.' }) input: CreateAccessGroupInput,
    @Ctx() ctx: RequestContext,
  ) {
    return accessService.createGroup(ctx, input);
  }

  @Authorized('access.manage')
  @Mutation(() => AccessGroupType, { description: 'Renames a group or replaces its points or schedule.' })
  updateAccessGroup(
    @Arg('id', () => ID, { description: 'Access group id.' }) id: string,
    @Arg('input', () => UpdateAccessGroupInput, { description: 'Changes.' }) input: UpdateAccessGroupInput,
    @Ctx() ctx: RequestContext,
  ) {
    return accessService.updateGroup(ctx, id, input);
  }

  @Authorized('access.assign')
  @Mutation(() => AccessGroupType, {
    description:
      'Puts a person in a group (tenant admins: their own employees in their own company’s groups).',
  })
  addAccessGroupMember(
    @Arg('groupId', () => ID, { description: 'Access group id.' }) groupId: string,
    @Arg('userId', () => ID, { description: 'The person.' }) userId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return accessService.addMember(ctx, groupId, userId);
  }

  @Authorized('access.assign')
  @Mutation(() => AccessGroupType, { description: 'Takes a person out of a group.' })
  removeAccessGroupMember(
    @Arg('groupId', () => ID, { description: 'Access group id.' }) groupId: string,
    @Arg('userId', () => ID, { description: 'The person.' }) userId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return accessService.removeMember(ctx, groupId, userId);
  }

  @FieldResolver(() => [AccessPointType], { description: 'The points it opens, by code.' })
  async points(@Root() g: AccessGroupType, @Ctx() ctx: RequestContext) {
    const ids = await ctx.loaders.pointIdsByAccessGroup.load(g.id);
    const points = await ctx.loaders.accessPointById.loadMany(ids);
    return points.flatMap((p) => (p && !(p instanceof Error) ? [toAccessPointType(p)] : []));
  }

  @FieldResolver(() => [AccessGroupMemberType], { description: 'The people in it, by name.' })
  members(@Root() g: AccessGroupType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.membersByAccessGroup.load(g.id);
  }
}
