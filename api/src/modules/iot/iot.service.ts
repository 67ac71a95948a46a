import { ForeignKeyConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict, readByIdOrFail } from '../../graphql/lookup.js';
import { isUuid } from '../../graphql/validate.js';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import { Park } from '../park/park.entity.js';
import { IotDevice } from './iot.entity.js';
import { type DeviceKind, DeviceStatus } from './iot.enums.js';
import type { RegisterIotDeviceInput, UpdateIotDeviceInput } from './iot.inputs.js';
import { iotRepository } from './iot.repository.js';
import { hashDeviceSecret, newDeviceSecret } from './iot.secret.js';
import { type IotDeviceSecretType, toDeviceType, toRejectionType } from './iot.type.js';

const uniques = { iot_device_park_code_unique: 'input.code' };

async function deviceOrFail(ctx: RequestContext, id: string) {
  const row = isUuid(id) ? await iotRepository.byId(ctx.em, id) : undefined;
  if (!row) throw new NotFoundError('IotDevice', 'id');
  return toDeviceType(row);
}

export const iotService = {
  get: deviceOrFail,

  async list(ctx: RequestContext, parkId: string, kind: DeviceKind | undefined) {
    if (!isUuid(parkId)) return [];
    return (await iotRepository.list(ctx.em, parkId, kind)).map(toDeviceType);
  },

  async parkRejections(ctx: RequestContext, parkId: string) {
    if (!isUuid(parkId)) return [];
    return (await iotRepository.rejectionsOfPark(ctx.em, parkId)).map(toRejectionType);
  },

  /** Registers a device and issues its first secret, returned this once. */
  async register(ctx: RequestContext, input: RegisterIotDeviceInput): Promise<IotDeviceSecretType> {
    const { id: parkId } = await readByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const secret = newDeviceSecret();
    const device = ctx.em.create(IotDevice, {
      park: ctx.em.getReference(Park, parkId),
      code: input.code,
      kind: input.kind,
      name: input.name,
      location: input.location ?? null,
      status: DeviceStatus.ACTIVE,
      secretHash: await hashDeviceSecret(secret),
      secretIssuedAt: ctx.now(),
      lastSeenAt: null,
    });
    await flushOrConflict(ctx.em, uniques);
    ctx.recordChange({
      targetType: 'IotDevice',
      targetId: device.id,
      parkId,
      after: { code: input.code, kind: input.kind },
    });
    return { device: await deviceOrFail(ctx, device.id), username: device.id, secret };
  },

  async update(ctx: RequestContext, id: string, input: UpdateIotDeviceInput) {
    const device = await findByIdOrFail(ctx.em, IotDevice, id, 'IotDevice');
    if (input.name !== undefined && input.name !== null) device.name = input.name;
    if (input.location !== undefined) device.location = input.location ?? null;
    if (input.status !== undefined && input.status !== null) device.status = input.status;
    await flushOrConflict(ctx.em, uniques);
    return deviceOrFail(ctx, id);
  },

  /** Issues a new secret; the old one stops working at the device's next connection. */
  async rotateSecret(ctx: RequestContext, id: string): Promise<IotDeviceSecretType> {
    const device = await findByIdOrFail(ctx.em, IotDevice, id, 'IotDevice');
    const secret = newDeviceSecret();
    device.secretHash = await hashDeviceSecret(secret);
    device.secretIssuedAt = ctx.now();
    await ctx.em.flush();
    return { device: await deviceOrFail(ctx, id), username: device.id, secret };
  },

  /** Removes a device and its counters; its topics then count as an unknown device. */
  async remove(ctx: RequestContext, id: string) {
    const device = await findByIdOrFail(ctx.em, IotDevice, id, 'IotDevice');
    ctx.em.remove(device);
    try {
      await ctx.em.flush();
    } catch (err) {
      // The features' records that name the device (a meter's link: a foreign key) keep it.
      if (err instanceof ForeignKeyConstraintViolationException)
        throw new ConflictError('The device still reports for meters: unlink them first', 'DEVICE_IN_USE');
      throw err;
    }
    return true;
  },
};
