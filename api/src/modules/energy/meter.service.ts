import { LockMode } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict } from '../../graphql/lookup.js';
import { isUuid } from '../../graphql/validate.js';
import { BadInputError, NotFoundError } from '../../kernel/errors.js';
import { meterPhotoService } from '../attachment/index.js';
import { Building } from '../building/building.entity.js';
import { Floor } from '../building/floor.entity.js';
import { DeviceKind, IotDevice } from '../iot/index.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Meter, VirtualMeterTerm } from './energy.entity.js';
import { recordManualReading } from './ingest.js';
import type {
  CreateMeterInput,
  ManualReadingInput,
  MeterReadingPhotoUploadInput,
  UpdateMeterInput,
} from './meter.inputs.js';
import { type MeterFilter, meterRepository } from './meter.repository.js';
import { type MeterReadingType, type MeterType, toMeterType } from './meter.type.js';

const DEVICE_CONSTRAINTS = {
  meter_park_id_code: 'input.code',
  meter_device_unique: 'input.deviceId',
  meter_device_register_unique: 'input.deviceRegister',
};
const MAX_READINGS = 2000;

/** Meters (SPEC §3.2): the register, its tree and links, manual readings, raw readings. */
export const meterService = {
  async meters(ctx: RequestContext, filter: MeterFilter, page: PageArgs, info: GraphQLResolveInfo) {
    const actor = ctx.signedIn;
    const scoped = actor.kind === 'tenant' ? { ...filter, tenantId: actor.tenantId ?? undefined } : filter;
    const connection = await meterRepository.page(ctx.em, scoped, page, info);
    const virtual = connection.nodes.filter((m) => m.virtual).map((m) => m.id);
    if (virtual.length > 0) {
      const terms = await meterRepository.termsOf(ctx.em, virtual);
      for (const m of connection.nodes)
        m.terms = terms
          .filter((t) => t.virtual_meter_id === m.id)
          .map((t) => ({ meterId: t.meter_id, sign: t.sign }));
    }
    return connection;
  },

  async meter(ctx: RequestContext, id: string): Promise<MeterType> {
    const meter = await findByIdOrFail(ctx.em, Meter, id, 'Meter');
    return withTerms(ctx, meter);
  },

  async create(ctx: RequestContext, input: CreateMeterInput): Promise<MeterType> {
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const code = input.code.trim();
    if (!code) throw new BadInputError('input.code', 'A code is required', 'REQUIRED');
    const terms = input.terms ?? [];
    const meter = ctx.em.create(Meter, {
      park,
      code,
      name: input.name?.trim() || code,
      kind: input.kind,
      level: input.level,
      timeZone: park.timeZone,
      multiplier: 1,
      intervalMinutes: 15,
      virtual: terms.length > 0,
      active: true,
    });
    await applySettings(ctx, meter, input);
    for (const [i, term] of terms.entries()) {
      const field = `input.terms.${i}.meterId`;
      const other = await findByIdOrFail(ctx.em, Meter, term.meterId, 'Meter', field);
      if (other.park.id !== park.id || other.kind !== meter.kind || other.virtual)
        throw new BadInputError(field, 'A real meter of the same park and kind', 'TERM_MISMATCH');
      if (terms.findIndex((t) => t.meterId === term.meterId) !== i)
        throw new BadInputError(field, 'Each meter once', 'TERM_REPEATED');
      ctx.em.create(VirtualMeterTerm, { park, virtualMeter: meter, meter: other, sign: term.sign });
    }
    if (meter.virtual && meter.deviceId)
      throw new BadInputError('input.deviceId', 'A virtual meter has no device', 'VIRTUAL_DEVICE');
    await flushOrConflict(ctx.em, DEVICE_CONSTRAINTS);
    const out = await withTerms(ctx, meter);
    ctx.recordChange({ targetType: 'Meter', targetId: meter.id, parkId: park.id, after: out });
    return out;
  },

  async update(ctx: RequestContext, id: string, input: UpdateMeterInput): Promise<MeterType> {
    const meter = await findByIdOrFail(ctx.em, Meter, id, 'Meter');
    const before = await withTerms(ctx, meter);
    await applySettings(ctx, meter, input);
    if (meter.virtual && meter.deviceId)
      throw new BadInputError('input.deviceId', 'A virtual meter has no device', 'VIRTUAL_DEVICE');
    await flushOrConflict(ctx.em, DEVICE_CONSTRAINTS);
    const after = await withTerms(ctx, meter);
    ctx.recordChange({ targetType: 'Meter', targetId: id, parkId: meter.park.id, before, after });
    return after;
  },

  /**
   * A reading typed in by staff, validated and rolled up like a device's, with the photo of the
   * register when one is given: it is claimed first (`meterPhotoService.claim`), so a photo that
   * does not qualify fails the mutation before anything is written.
   */
  async recordManual(ctx: RequestContext, input: ManualReadingInput) {
    const meter = await findByIdOrFail(ctx.em, Meter, input.meterId, 'Meter', 'input.meterId');
    if (meter.virtual)
      throw new BadInputError('input.meterId', 'A virtual meter has no register', 'VIRTUAL_METER');
    if (input.at.getTime() > ctx.now().getTime() + 5 * 60_000)
      throw new BadInputError('input.at', 'Not in the future', 'READING_IN_FUTURE');
    const photoId = input.photoId ?? null;
    const photoMeter = { id: meter.id, parkId: meter.park.id };
    if (photoId) await meterPhotoService.claim(ctx, photoMeter, photoId, 'input.photoId');
    const outcome = await recordManualReading(ctx.em, {
      meterId: meter.id,
      at: input.at,
      value: input.value,
      attachmentId: photoId,
      recordedBy: ctx.signedIn.id,
    });
    const stored = outcome.accepted === 1;
    // A reading already stored for that instant keeps its own photo; this one stays free.
    if (photoId && !stored) await meterPhotoService.release(ctx, photoId);
    const [row] = await meterRepository.readings(
      ctx.em,
      meter.id,
      input.at,
      new Date(input.at.getTime() + 1),
      1,
    );
    ctx.recordChange({
      targetType: 'MeterReading',
      targetId: meter.id,
      parkId: meter.park.id,
      after: {
        at: input.at.toISOString(),
        value: input.value,
        flag: row?.flag,
        ...(photoId && stored ? { photoId } : {}),
      },
    });
    return { stored, flag: row?.flag ?? null };
  },

  /** Registers a photo of a meter's register for a manual reading; returns where to PUT it. */
  async createPhotoUpload(ctx: RequestContext, input: MeterReadingPhotoUploadInput) {
    // The meter's row is locked until commit, so concurrent registrations count one after another.
    const meter = isUuid(input.meterId)
      ? await ctx.em.findOne(Meter, { id: input.meterId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!meter) throw new NotFoundError('Meter', 'input.meterId');
    if (meter.virtual)
      throw new BadInputError('input.meterId', 'A virtual meter has no register', 'VIRTUAL_METER');
    const upload = await meterPhotoService.createUpload(ctx, { id: meter.id, parkId: meter.park.id }, input);
    ctx.recordChange({
      targetType: 'Meter',
      targetId: meter.id,
      parkId: meter.park.id,
      after: { photoId: upload.attachmentId, fileName: input.fileName, contentType: input.contentType },
    });
    return upload;
  },

  async readings(ctx: RequestContext, meterId: string, from: Date, to: Date, limit: number) {
    const meter = await findByIdOrFail(ctx.em, Meter, meterId, 'Meter', 'meterId');
    if (to <= from) throw new BadInputError('to', 'After from', 'EMPTY_PERIOD');
    const rows = await meterRepository.readings(ctx.em, meter.id, from, to, Math.min(limit, MAX_READINGS));
    return rows.map(
      (r): MeterReadingType => ({
        meterId: r.meter_id,
        at: new Date(r.ts),
        value: Number(r.value),
        flag: r.flag,
        consumption: Number(r.delta),
        estimated: r.estimated,
        source: r.source,
        attachmentId: r.attachment_id,
      }),
    );
  },
};

async function withTerms(ctx: RequestContext, meter: Meter): Promise<MeterType> {
  if (!meter.virtual) return toMeterType(meter);
  const terms = await meterRepository.termsOf(ctx.em, [meter.id]);
  return toMeterType(
    meter,
    terms.map((t) => ({ meterId: t.meter_id, sign: t.sign })),
  );
}

/** Applies the settings given (undefined keeps, null clears), checking each reference. */
async function applySettings(ctx: RequestContext, meter: Meter, input: UpdateMeterInput): Promise<void> {
  const parkId = meter.park.id;
  const inPark = (id: string, field: string) => {
    if (id !== parkId) throw new BadInputError(field, 'Not in this park', 'OTHER_PARK');
  };
  if (input.name !== undefined) meter.name = input.name.trim() || meter.code;
  if (input.parentId !== undefined) {
    if (input.parentId === null) meter.parent = null;
    else {
      const parent = await findByIdOrFail(ctx.em, Meter, input.parentId, 'Meter', 'input.parentId');
      inPark(parent.park.id, 'input.parentId');
      if (parent.id === meter.id || parent.kind !== meter.kind)
        throw new BadInputError('input.parentId', 'A meter of the same kind upstream', 'PARENT_MISMATCH');
      meter.parent = parent;
    }
  }
  if (input.unitId !== undefined) {
    const unit = input.unitId && (await findByIdOrFail(ctx.em, Unit, input.unitId, 'Unit', 'input.unitId'));
    if (unit) inPark(unit.park.id, 'input.unitId');
    meter.unit = unit || null;
    if (unit) {
      meter.floor = unit.floor;
      meter.building = unit.building;
    }
  }
  if (input.floorId !== undefined && !meter.unit) {
    const floor =
      input.floorId && (await findByIdOrFail(ctx.em, Floor, input.floorId, 'Floor', 'input.floorId'));
    if (floor) inPark(floor.park.id, 'input.floorId');
    meter.floor = floor || null;
    if (floor) meter.building = floor.building;
  }
  if (input.buildingId !== undefined && !meter.floor) {
    const building =
      input.buildingId &&
      (await findByIdOrFail(ctx.em, Building, input.buildingId, 'Building', 'input.buildingId'));
    if (building) inPark(building.park.id, 'input.buildingId');
    meter.building = building || null;
  }
  if (input.buildingId && meter.building?.id !== input.buildingId)
    throw new BadInputError('input.buildingId', 'Not the building of its floor or unit', 'LOCATION_MISMATCH');
  if (input.tenantId !== undefined) {
    const tenant =
      input.tenantId &&
      (await findByIdOrFail(ctx.em, TenantCompany, input.tenantId, 'TenantCompany', 'input.tenantId'));
    if (tenant) inPark(tenant.park.id, 'input.tenantId');
    meter.tenant = tenant || null;
  }
  if (input.multiplier !== undefined && input.multiplier !== null) meter.multiplier = input.multiplier;
  if (input.registerDigits !== undefined) meter.registerDigits = input.registerDigits;
  if (input.spikeLimit !== undefined) meter.spikeLimit = input.spikeLimit;
  if (input.intervalMinutes !== undefined && input.intervalMinutes !== null)
    meter.intervalMinutes = input.intervalMinutes;
  if (input.deviceId !== undefined) {
    if (input.deviceId !== null) {
      if (!isUuid(input.deviceId))
        throw new BadInputError('input.deviceId', 'Not a device id', 'INVALID_DEVICE');
      // A registered meter device of this park (another park's is not found, under row-level
      // security): its readings become this meter's.
      const device = await findByIdOrFail(ctx.em, IotDevice, input.deviceId, 'IotDevice', 'input.deviceId');
      inPark(device.park.id, 'input.deviceId');
      if (device.kind !== DeviceKind.METER)
        throw new BadInputError('input.deviceId', 'A meter device', 'DEVICE_KIND');
    }
    meter.deviceId = input.deviceId;
  }
  if (input.deviceRegister !== undefined) meter.deviceRegister = input.deviceRegister;
  if (input.active !== undefined && input.active !== null) meter.active = input.active;
  if (meter.deviceRegister && !meter.deviceId)
    throw new BadInputError('input.deviceRegister', 'A register needs its device', 'REGISTER_WITHOUT_DEVICE');
}
