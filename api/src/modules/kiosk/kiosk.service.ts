import { randomInt } from 'node:crypto';
import { QueryOrder } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { wallClock } from '../../kernel/clock.js';
import { ConflictError, NotFoundError, TooManyRequestsError } from '../../kernel/errors.js';
import { withSystem } from '../auth/actor.js';
import { PAIRING_ATTEMPTS_PER_IP } from '../auth/auth-services.js';
import { deviceCredential, newSecret, sha256 } from '../auth/credentials.js';
import { Building } from '../building/building.entity.js';
import { Park } from '../park/park.entity.js';
import { AppUser } from '../user/user.entity.js';
import type { CreateKioskDeviceInput } from './kiosk.type.js';
import { toKioskDeviceType } from './kiosk.type.js';
import { KioskDevice } from './kiosk-device.entity.js';

const PAIRING_MINUTES = 15;

function newPairingCode(device: KioskDevice): string {
  const code = String(randomInt(0, 100_000_000)).padStart(8, '0');
  device.pairingCodeHash = sha256(code);
  device.pairingExpiresAt = new Date(wallClock.now().getTime() + PAIRING_MINUTES * 60_000);
  return code;
}

/** Lobby kiosks: registered by an admin, paired once with a short code, revocable (SPEC §1). */
export const kioskService = {
  async list(ctx: RequestContext, parkId: string) {
    const park = await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    const devices = await ctx.em.find(KioskDevice, { park }, { orderBy: { name: QueryOrder.ASC } });
    return devices.map(toKioskDeviceType);
  },

  async create(ctx: RequestContext, input: CreateKioskDeviceInput) {
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const building = input.buildingId
      ? await findByIdOrFail(ctx.em, Building, input.buildingId, 'Building', 'input.buildingId')
      : null;
    if (building && building.park.id !== park.id) throw new NotFoundError('Building', 'input.buildingId');
    const actor = ctx.signedIn;
    const device = ctx.em.create(KioskDevice, {
      park,
      building,
      name: input.name,
      location: input.location ?? null,
      createdBy: actor.kind === 'staff' ? ctx.em.getReference(AppUser, actor.id) : null,
    });
    const pairingCode = newPairingCode(device);
    await ctx.em.flush();
    ctx.recordChange({
      targetType: 'KioskDevice',
      targetId: device.id,
      parkId: park.id,
      after: toKioskDeviceType(device),
    });
    return { device: toKioskDeviceType(device), pairingCode };
  },

  /** A fresh code for a device that has not paired yet, or re-pairing a replaced screen. */
  async renewPairingCode(ctx: RequestContext, id: string) {
    const device = await findByIdOrFail(ctx.em, KioskDevice, id, 'KioskDevice');
    if (device.revokedAt)
      throw new ConflictError('This kiosk is revoked; register a new one', 'KIOSK_REVOKED');
    const pairingCode = newPairingCode(device);
    // The old credential stops working: a re-paired kiosk gets a new one.
    device.credentialHash = null;
    device.pairedAt = null;
    await ctx.em.flush();
    ctx.recordChange({ targetType: 'KioskDevice', targetId: device.id, parkId: device.park.id });
    return { device: toKioskDeviceType(device), pairingCode };
  },

  async revoke(ctx: RequestContext, id: string) {
    const device = await findByIdOrFail(ctx.em, KioskDevice, id, 'KioskDevice');
    const before = toKioskDeviceType(device);
    device.revokedAt ??= wallClock.now();
    device.credentialHash = null;
    device.pairingCodeHash = null;
    await ctx.em.flush();
    ctx.recordChange({
      targetType: 'KioskDevice',
      targetId: device.id,
      parkId: device.park.id,
      before,
      after: toKioskDeviceType(device),
    });
    return toKioskDeviceType(device);
  },

  /** The kiosk trades its pairing code for a device credential; the code works once. */
  async pair(ctx: RequestContext, code: string) {
    const ip = ctx.caller.ip ?? 'unknown';
    const wait = ctx.services.auth.pairingByIp.hit(ip, PAIRING_ATTEMPTS_PER_IP);
    if (wait > 0)
      throw new TooManyRequestsError(
        'Too many pairing attempts from this address',
        'PAIRING_RATE_LIMITED',
        wait,
      );
    const credential = newSecret();
    const device = await withSystem(ctx.services.orm, async (em) => {
      const found = await em.findOne(KioskDevice, {
        pairingCodeHash: sha256(code),
        revokedAt: null,
        pairingExpiresAt: { $gt: wallClock.now() },
      });
      if (!found) return null;
      // The code works once: only the update that still finds it set issues a credential.
      const paired = await em.nativeUpdate(
        KioskDevice,
        { id: found.id, pairingCodeHash: found.pairingCodeHash, revokedAt: null },
        {
          pairingCodeHash: null,
          pairingExpiresAt: null,
          credentialHash: sha256(credential),
          pairedAt: wallClock.now(),
        },
      );
      if (paired === 0) return null;
      await em.refresh(found);
      return found;
    });
    if (!device) throw new NotFoundError('PairingCode', 'input.pairingCode');
    await ctx.adopt({ type: 'device', deviceId: device.id, secretHash: sha256(credential) });
    ctx.recordChange({ targetType: 'KioskDevice', targetId: device.id, parkId: device.park.id });
    return { device: toKioskDeviceType(device), credential: deviceCredential(device.id, credential) };
  },
};
