import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { PUBLIC, SIGNED_IN } from '../auth/permissions.js';
import { BuildingType, toBuildingType } from '../building/building.type.js';
import { ParkType, toParkType } from '../park/park.type.js';
import { kioskService } from './kiosk.service.js';
import {
  CreateKioskDeviceInput,
  KioskDeviceType,
  KioskPairing,
  KioskPairingCode,
  PairKioskInput,
} from './kiosk.type.js';

@Resolver(() => KioskDeviceType)
export class KioskResolver {
  @Authorized('kiosk.manage')
  @Query(() => [KioskDeviceType], { description: 'The kiosks of a park, by name.' })
  kioskDevices(
    @Arg('parkId', () => ID, { description: 'Park id.' }) parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return kioskService.list(ctx, parkId);
  }

  @Authorized('kiosk.manage')
  @Mutation(() => KioskPairingCode, {
    description: 'Registers a kiosk and returns its one-time pairing code.',
  })
  createKioskDevice(
    @Arg('input', () => CreateKioskDeviceInput, { description: 'The kiosk.' }) input: CreateKioskDeviceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return kioskService.create(ctx, input);
  }

  @Authorized('kiosk.manage')
  @Mutation(() => KioskPairingCode, {
    description: 'A new pairing code; the kiosk’s old credential stops working.',
  })
  renewKioskPairingCode(
    @Arg('id', () => ID, { description: 'Device id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return kioskService.renewPairingCode(ctx, id);
  }

  @Authorized('kiosk.manage')
  @Mutation(() => KioskDeviceType, { description: 'Revokes a kiosk: its credential stops working at once.' })
  revokeKioskDevice(
    @Arg('id', () => ID, { description: 'Device id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return kioskService.revoke(ctx, id);
  }

  @Authorized(PUBLIC)
  @Mutation(() => KioskPairing, {
    description: 'Called by the kiosk: trades a pairing code for its credential.',
  })
  pairKioskDevice(
    @Arg('input', () => PairKioskInput, { description: 'The code shown in the admin console.' })
    input: PairKioskInput,
    @Ctx() ctx: RequestContext,
  ) {
    return kioskService.pair(ctx, input.pairingCode);
  }
  @Authorized(SIGNED_IN)

  @FieldResolver(() => ParkType, {
    nullable: true,
    description: 'Park it serves (null outside the caller’s reach).',
  })
  async park(@Root() d: KioskDeviceType, @Ctx() ctx: RequestContext) {
    const p = await ctx.loaders.parkById.load(d.parkId);
    return p ? toParkType(p) : null;
  }
  @Authorized(SIGNED_IN)

  @FieldResolver(() => BuildingType, { nullable: true, description: 'Building whose lobby it stands in.' })
  async building(@Root() d: KioskDeviceType, @Ctx() ctx: RequestContext) {
    const b = d.buildingId ? await ctx.loaders.buildingById.load(d.buildingId) : undefined;
    return b ? toBuildingType(b) : null;
  }
}
