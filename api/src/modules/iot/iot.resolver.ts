import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { DeviceKind } from './iot.enums.js';
import { RegisterIotDeviceInput, UpdateIotDeviceInput } from './iot.inputs.js';
import { iotService } from './iot.service.js';
import { DeviceRejectionType, IotDeviceSecretType, IotDeviceType } from './iot.type.js';

@Resolver(() => IotDeviceType)
export class IotDeviceResolver {
  @Authorized('iot.read')
  @Query(() => IotDeviceType, { description: 'One device by id; NOT_FOUND when unknown.' })
  iotDevice(@Arg('id', () => ID, { description: 'Device id.' }) id: string, @Ctx() ctx: RequestContext) {
    return iotService.get(ctx, id);
  }

  @Authorized('iot.read')
  @Query(() => [IotDeviceType], { description: "A park's devices by code (at most 2,000)." })
  iotDevices(
    @Arg('parkId', () => ID, { description: 'The park.' }) parkId: string,
    @Arg('kind', () => DeviceKind, { nullable: true, description: 'Only this kind.' }) kind:
      | DeviceKind
      | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return iotService.list(ctx, parkId, kind);
  }

  @Authorized('iot.read')
  @Query(() => [DeviceRejectionType], {
    description: "A park's refused-message counters, codes of unknown devices included.",
  })
  iotRejections(
    @Arg('parkId', () => ID, { description: 'The park.' }) parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return iotService.parkRejections(ctx, parkId);
  }

  @FieldResolver(() => [DeviceRejectionType], {
    description: 'Its refused messages and connections, by reason.',
  })
  rejections(@Root() device: IotDeviceType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.iotRejectionsByDevice.load(device.id);
  }

  @Authorized('iot.manage')
  @Mutation(() => IotDeviceSecretType, {
    description: 'Registers a device; its secret is in the answer, once.',
  })
  registerIotDevice(
    @Arg('input', () => RegisterIotDeviceInput, { description: 'The device.' }) input: RegisterIotDeviceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return iotService.register(ctx, input);
  }

  @Authorized('iot.manage')
  @Mutation(() => IotDeviceType, { description: "Changes a device's name, place or status." })
  updateIotDevice(
    @Arg('id', () => ID, { description: 'Device id.' }) id: string,
    @Arg('input', () => UpdateIotDeviceInput, { description: 'Changes.' }) input: UpdateIotDeviceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return iotService.update(ctx, id, input);
  }

  @Authorized('iot.manage')
  @Mutation(() => IotDeviceSecretType, {
    description: 'Issues a new secret (shown once); the old one stops working.',
  })
  rotateIotDeviceSecret(
    @Arg('id', () => ID, { description: 'Device id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return iotService.rotateSecret(ctx, id);
  }

  @Authorized('iot.manage')
  @Mutation(() => Boolean, { description: 'Removes a device and its counters.' })
  removeIotDevice(
    @Arg('id', () => ID, { description: 'Device id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return iotService.remove(ctx, id);
  }
}
