import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { appendOnlyProperties, baseProperties } from '../../db/base-properties.js';
import { Building } from '../building/building.entity.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import {
  GateDirection,
  GateSource,
  ParkingChargeStatus,
  ParkingDecision,
  SpaceType,
  VehicleListKind,
} from './parking.enums.js';

/** A car park of a park (surface lot or a building's garage) with its spaces counted by type. */
export const ParkingLot = defineEntity({
  name: 'ParkingLot',
  tableName: 'parking_lot',
  uniques: [{ properties: ['park', 'code'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    /** The building whose garage it is, if any. */
    building: () => p.manyToOne(Building).nullable(),
    code: p.string().length(20),
    name: p.string().length(60),
    regularSpaces: p.integer(),
    evSpaces: p.integer(),
    reservedSpaces: p.integer(),
    accessibleSpaces: p.integer(),
    active: p.boolean().default(true),
  },
});
export type ParkingLot = InferEntity<typeof ParkingLot>;

/** One row of a park's dated rate table for cars that are not listed (see `fee.ts`). */
export const ParkingRate = defineEntity({
  name: 'ParkingRate',
  tableName: 'parking_rate',
  uniques: [{ properties: ['park', 'effectiveFrom'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    /** 'YYYY-MM-DD', park time. */
    effectiveFrom: p.string().columnType('date'),
    freeMinutes: p.smallint(),
    perHourFen: p.integer(),
    dailyCapFen: p.integer(),
  },
});
export type ParkingRate = InferEntity<typeof ParkingRate>;

/**
 * A listed plate: a tenant's vehicle (its admins keep the list), a park vehicle, or a blocked
 * plate (staff only), valid between two dates.
 */
export const VehicleListEntry = defineEntity({
  name: 'VehicleListEntry',
  tableName: 'vehicle_list_entry',
  uniques: [{ properties: ['park', 'plate', 'tenant'] }],
  indexes: [{ properties: ['tenant'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    /** The company whose vehicle it is; none for park vehicles and blocked plates. */
    tenant: () => p.manyToOne(TenantCompany).nullable(),
    kind: p.enum(() => VehicleListKind).nativeEnumName('vehicle_list_kind'),
    plate: p.string().length(10),
    ownerName: p.string().length(50).nullable(),
    /** The space type the car takes (a reserved or accessible space); none: by its plate. */
    spaceType: p
      .enum(() => SpaceType)
      .nativeEnumName('parking_space_type')
      .nullable(),
    validFrom: p.string().columnType('date').nullable(),
    validUntil: p.string().columnType('date').nullable(),
    note: p.string().length(200).nullable(),
  },
});
export type VehicleListEntry = InferEntity<typeof VehicleListEntry>;

/** A car's stay in a park, open while it is inside (at most one open stay per plate and park). */
export const ParkingSession = defineEntity({
  name: 'ParkingSession',
  tableName: 'parking_session',
  indexes: [{ properties: ['lot', 'exitedAt'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    lot: () => p.manyToOne(ParkingLot),
    plate: p.string().length(10),
    spaceType: p.enum(() => SpaceType).nativeEnumName('parking_space_type'),
    entryDecision: p.enum(() => ParkingDecision).nativeEnumName('parking_decision'),
    enteredAt: p.datetime(),
    exitedAt: p.datetime().nullable(),
  },
});
export type ParkingSession = InferEntity<typeof ParkingSession>;

/** One gate event, admitted or refused: the entry/exit log and the flow statistics read these. */
export const ParkingEvent = defineEntity({
  name: 'ParkingEvent',
  tableName: 'parking_event',
  uniques: [{ properties: ['park', 'externalId'] }],
  indexes: [{ properties: ['park', 'occurredAt'] }],
  properties: {
    ...appendOnlyProperties,
    park: () => p.manyToOne(Park),
    lot: () => p.manyToOne(ParkingLot),
    direction: p.enum(() => GateDirection).nativeEnumName('gate_direction'),
    plate: p.string().length(10),
    occurredAt: p.datetime(),
    decision: p.enum(() => ParkingDecision).nativeEnumName('parking_decision'),
    admitted: p.boolean(),
    session: () => p.manyToOne(ParkingSession).nullable(),
    spaceType: p
      .enum(() => SpaceType)
      .nativeEnumName('parking_space_type')
      .nullable(),
    source: p.enum(() => GateSource).nativeEnumName('gate_source'),
    /** The barrier system's own event id: a replayed event is answered from its first record. */
    externalId: p.string().length(64).nullable(),
    /** The fee charged at this exit, fen. */
    feeFen: p.integer().nullable(),
  },
});
export type ParkingEvent = InferEntity<typeof ParkingEvent>;

/** The fee of one temporary stay, recorded at exit for the billing feature to bill. */
export const ParkingCharge = defineEntity({
  name: 'ParkingCharge',
  tableName: 'parking_charge',
  // The charges list and its total: a park's charges by exit time, newest first.
  indexes: [{ properties: ['park', 'exitedAt'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    session: () => p.oneToOne(ParkingSession).owner().unique(),
    plate: p.string().length(10),
    amountFen: p.integer(),
    chargedHours: p.integer(),
    status: p.enum(() => ParkingChargeStatus).nativeEnumName('parking_charge_status'),
    enteredAt: p.datetime(),
    exitedAt: p.datetime(),
  },
});
export type ParkingCharge = InferEntity<typeof ParkingCharge>;
