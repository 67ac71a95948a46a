import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { appendOnlyProperties, baseProperties } from '../../db/base-properties.js';
import { Building } from '../building/building.entity.js';
import { Floor } from '../building/floor.entity.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { MeterKind, MeterLevel } from './energy.enums.js';

/**
 * A meter of the park's metering tree (SPEC §3.2): where it is, whose consumption it measures
 * (a tenant company, or the park's public area when none), how to read its register, and the
 * device that reports it. A virtual meter has no register: its consumption is the signed sum of
 * other meters' (`VirtualMeterTerm`). Readings and rollups are tables of their own, written in
 * bulk by `ingest.ts` (`meter_reading`, partitioned by month, and `meter_rollup`).
 */
export const Meter = defineEntity({
  name: 'Meter',
  tableName: 'meter',
  uniques: [{ properties: ['park', 'code'] }],
  indexes: [{ properties: ['tenant'] }, { properties: ['parent'] }, { properties: ['deviceId'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    code: p.string().length(30),
    name: p.string().length(60),
    kind: p.enum(() => MeterKind).nativeEnumName('meter_kind'),
    level: p.enum(() => MeterLevel).nativeEnumName('meter_level'),
    /** The meter upstream in the tree (a floor's building meter, a tenant's floor meter). */
    parent: () => p.manyToOne(Meter).nullable(),
    building: () => p.manyToOne(Building).nullable(),
    floor: () => p.manyToOne(Floor).nullable(),
    unit: () => p.manyToOne(Unit).nullable(),
    /** The company whose consumption it measures; none: the park's public area. */
    tenant: () => p.manyToOne(TenantCompany).nullable(),
    /** CT/PT ratio: consumption = register distance × multiplier. */
    multiplier: p.decimal('number').precision(12).scale(4).default(1),
    /** Integer digits of the register (it wraps to 0 at 10^digits). */
    registerDigits: p.smallint().nullable(),
    /** Most the meter can pass in 15 minutes, in its unit after the multiplier. */
    spikeLimit: p.decimal('number').precision(14).scale(3).nullable(),
    /** How often the meter reports, minutes. */
    intervalMinutes: p.smallint().default(15),
    virtual: p.boolean().default(false),
    /** The IoT device that reports it: a meter device of its own park (a foreign key on device and park, by hand in Migration20261205230000). */
    deviceId: p.uuid().nullable(),
    /** Which register of a multi-register device this meter is (the payload's meter code). */
    deviceRegister: p.string().length(30).nullable(),
    /** The park's time zone, kept here so the ingest (which sees meters only) cuts days and months. */
    timeZone: p.string().length(64),
    active: p.boolean().default(true),
    /** The newest reading's instant. */
    lastReadingAt: p.datetime().nullable(),
    /** The last accepted reading: what the next one is measured from (`validation.ts`). */
    baselineAt: p.datetime().nullable(),
    baselineValue: p.decimal('string').precision(16).scale(3).nullable(),
  },
});
export type Meter = InferEntity<typeof Meter>;

/** One term of a virtual meter: another meter's consumption, added (+1) or taken away (−1). */
export const VirtualMeterTerm = defineEntity({
  name: 'VirtualMeterTerm',
  tableName: 'virtual_meter_term',
  uniques: [{ properties: ['virtualMeter', 'meter'] }],
  properties: {
    ...appendOnlyProperties,
    park: () => p.manyToOne(Park),
    virtualMeter: () => p.manyToOne(Meter).deleteRule('cascade'),
    meter: () => p.manyToOne(Meter),
    sign: p.smallint(),
  },
});
export type VirtualMeterTerm = InferEntity<typeof VirtualMeterTerm>;
