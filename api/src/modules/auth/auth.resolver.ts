import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { loadPresent } from '../../graphql/loader-utils.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { UnauthenticatedError } from '../../kernel/errors.js';
import { KioskDeviceType, toKioskDeviceType } from '../kiosk/kiosk.type.js';
import { KioskDevice } from '../kiosk/kiosk-device.entity.js';
import { Park } from '../park/park.entity.js';
import { ParkType, toParkType } from '../park/park.type.js';
import { TenantCompanyType, toTenantCompanyType } from '../tenant/tenant.type.js';
import { AppUser } from '../user/user.entity.js';
import { toUserType, UserType } from '../user/user.type.js';
import { authService, type SessionTokens } from './auth.service.js';
import { ActorKind, AuthPayload, LoginInput, ViewerType } from './auth.type.js';
import { PUBLIC, SIGNED_IN } from './permissions.js';

async function payload(ctx: RequestContext, tokens: SessionTokens): Promise<AuthPayload> {
  // The rest of the response (user, roles, parks) is read as the user who just signed in.
  const claims = await ctx.services.auth.tokens.verify(tokens.accessToken);
  await ctx.adopt({ type: 'user', ...claims });
  // The session can end between issuing and reading (disabled, signed out everywhere): say so,
  // rather than failing to find the user under an anonymous transaction.
  if (ctx.actor.kind === 'anonymous')
    throw ctx.authError ?? new UnauthenticatedError('This sign-in is no longer valid', 'SESSION_REVOKED');
  const user = await findByIdOrFail(ctx.em, AppUser, tokens.userId, 'User');
  return { ...tokens, user: toUserType(user) };
}

@Resolver(() => ViewerType)
export class AuthResolver {
  @Authorized(PUBLIC)
  @Mutation(() => AuthPayload, {
    description: 'Signs in with a password. Repeated failures lock the account and throttle the address.',
  })
  async login(
    @Arg('input', () => LoginInput, { description: 'Credentials.' }) input: LoginInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(ctx, await authService.login(ctx, input.login, input.password));
  }

  @Authorized(PUBLIC)
  @Mutation(() => AuthPayload, {
    description: 'Trades a refresh token for a new pair; reusing one ends the session.',
  })
  async refreshSession(
    @Arg('refreshToken', { description: 'The latest refresh token.' }) refreshToken: string,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(ctx, await authService.refresh(ctx, refreshToken));
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => Boolean, {
    description: 'Ends the caller’s current session (the one of the access token) and its refresh token.',
  })
  logout(@Ctx() ctx: RequestContext) {
    return authService.logout(ctx);
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => Int, { description: 'Ends every session of the caller; returns how many.' })
  logoutEverywhere(@Ctx() ctx: RequestContext) {
    return authService.logoutEverywhere(ctx);
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => Boolean, { description: 'Changes the caller’s password; their other sessions end.' })
  changePassword(
    @Arg('currentPassword', { description: 'The password now.' }) currentPassword: string,
    @Arg('newPassword', { description: '10–128 characters with letters and digits.' }) newPassword: string,
    @Ctx() ctx: RequestContext,
  ) {
    return authService.changePassword(ctx, currentPassword, newPassword);
  }

  @Authorized(SIGNED_IN)
  @Query(() => ViewerType, { description: 'The caller, as the database sees them for this request.' })
  viewer(@Ctx() ctx: RequestContext): ViewerType {
    const a = ctx.signedIn;
    return {
      kind: ActorKind[
        a.kind === 'device'
          ? 'DEVICE'
          : a.kind === 'partner'
            ? 'PARTNER'
            : a.kind === 'staff'
              ? 'STAFF'
              : 'TENANT'
      ],
      id: a.id,
      name: a.label,
      permissions: [...a.permissions].sort(),
      allParks: a.allParks,
      parkIds: a.parkIds,
      tenantId: a.kind === 'tenant' ? a.tenantId : null,
    };
  }

  @FieldResolver(() => [ParkType], { description: 'Parks in reach (all of them for HQ).' })
  async parks(@Root() v: ViewerType, @Ctx() ctx: RequestContext) {
    if (v.allParks) {
      return (await ctx.em.find(Park, {}, { orderBy: { name: 'asc' } })).map(toParkType);
    }
    return loadPresent(ctx.loaders.parkById, v.parkIds, toParkType);
  }
  @Authorized(SIGNED_IN)

  @FieldResolver(() => TenantCompanyType, { nullable: true, description: 'Tenant users: their company.' })
  async tenant(@Root() v: ViewerType, @Ctx() ctx: RequestContext) {
    const t = v.tenantId ? await ctx.loaders.tenantById.load(v.tenantId) : undefined;
    return t ? toTenantCompanyType(t) : null;
  }
  @Authorized(SIGNED_IN)

  @FieldResolver(() => KioskDeviceType, { nullable: true, description: 'Kiosks: this device.' })
  async kioskDevice(@Root() v: ViewerType, @Ctx() ctx: RequestContext) {
    if (v.kind !== ActorKind.DEVICE) return null;
    const d = await ctx.em.findOne(KioskDevice, { id: v.id });
    return d ? toKioskDeviceType(d) : null;
  }
  @Authorized(SIGNED_IN)

  @FieldResolver(() => UserType, {
    nullable: true,
    description: 'Staff and tenant users: their user record.',
  })
  async user(@Root() v: ViewerType, @Ctx() ctx: RequestContext) {
    if (v.kind !== ActorKind.STAFF && v.kind !== ActorKind.TENANT) return null;
    const u = await ctx.loaders.userById.load(v.id);
    return u ? toUserType(u) : null;
  }
}
