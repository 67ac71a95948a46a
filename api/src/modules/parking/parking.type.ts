import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import type {
  ParkingCharge,
  ParkingEvent,
  ParkingLot,
  ParkingRate,
  VehicleListEntry,
} from './parking.entity.js';
import {
  GateDirection,
  GateSource,
  ParkingChargeStatus,
  ParkingDecision,
  SpaceType,
  VehicleListKind,
} from './parking.enums.js';
import './parking.inputs.js';

@ObjectType('ParkingLot', { description: 'A car park of a park, its spaces counted by type.' })
export class ParkingLotType {
  @Field(() => ID, { description: 'Lot id.' })
  id!: string;

  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => ID, { nullable: true, description: 'The building whose garage it is.' })
  buildingId!: string | null;

  @Field({ description: 'Code, e.g. P1.' })
  code!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => Int, { description: 'Regular spaces.' })
  regularSpaces!: number;

  @Field(() => Int, { description: 'EV charging spaces.' })
  evSpaces!: number;

  @Field(() => Int, { description: 'Reserved spaces.' })
  reservedSpaces!: number;

  @Field(() => Int, { description: 'Accessible spaces.' })
  accessibleSpaces!: number;

  @Field({ description: 'Closed lots admit no car.' })
  active!: boolean;
}

export const toParkingLotType = (l: ParkingLot): ParkingLotType => ({
  id: l.id,
  parkId: l.park.id,
  buildingId: l.building?.id ?? null,
  code: l.code,
  name: l.name,
  regularSpaces: l.regularSpaces,
  evSpaces: l.evSpaces,
  reservedSpaces: l.reservedSpaces,
  accessibleSpaces: l.accessibleSpaces,
  active: l.active,
});

@ObjectType('ParkingRate', { description: 'A row of the rate table for cars that are not listed.' })
export class ParkingRateType {
  @Field(() => ID, { description: 'Rate id.' })
  id!: string;

  @Field({ description: 'First day it applies (YYYY-MM-DD, park time).' })
  effectiveFrom!: string;

  @Field(() => Int, { description: 'Stays up to this many minutes are free; longer ones pay from entry.' })
  freeMinutes!: number;

  @Field(() => Int, { description: 'Per started hour, fen.' })
  perHourFen!: number;

  @Field(() => Int, { description: 'At most per calendar day, fen.' })
  dailyCapFen!: number;
}

export const toParkingRateType = (r: ParkingRate): ParkingRateType => ({
  id: r.id,
  effectiveFrom: r.effectiveFrom,
  freeMinutes: r.freeMinutes,
  perHourFen: r.perHourFen,
  dailyCapFen: r.dailyCapFen,
});

@ObjectType('VehicleListEntry', {
  description: 'A listed plate: a company’s or the park’s vehicle, or a blocked one.',
})
export class VehicleListEntryType {
  @Field(() => ID, { description: 'Entry id.' })
  id!: string;

  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => ID, { nullable: true, description: 'The company whose vehicle it is.' })
  tenantId!: string | null;

  @Field(() => VehicleListKind, { description: 'Let in or kept out.' })
  kind!: VehicleListKind;

  @Field({ description: 'Plate.' })
  plate!: string;

  @Field(() => String, { nullable: true, description: 'Driver or owner.' })
  ownerName!: string | null;

  @Field(() => SpaceType, { nullable: true, description: 'The space type it takes.' })
  spaceType!: SpaceType | null;

  @Field(() => String, { nullable: true, description: 'From (YYYY-MM-DD).' })
  validFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Until, inclusive.' })
  validUntil!: string | null;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note!: string | null;
}

export const toVehicleListEntryType = (v: VehicleListEntry): VehicleListEntryType => ({
  id: v.id,
  parkId: v.park.id,
  tenantId: v.tenant?.id ?? null,
  kind: v.kind,
  plate: v.plate,
  ownerName: v.ownerName ?? null,
  spaceType: v.spaceType ?? null,
  validFrom: v.validFrom ?? null,
  validUntil: v.validUntil ?? null,
  note: v.note ?? null,
});

@ObjectType('ParkingEvent', { description: 'A car at a gate, admitted or refused.' })
export class ParkingEventType {
  @Field(() => ID, { description: 'Event id.' })
  id!: string;

  @Field(() => ID, { description: 'Lot.' })
  lotId!: string;

  @Field(() => GateDirection, { description: 'In or out.' })
  direction!: GateDirection;

  @Field({ description: 'Plate.' })
  plate!: string;

  @Field({ description: 'When.' })
  occurredAt!: Date;

  @Field(() => ParkingDecision, { description: 'What the gate decided, and why.' })
  decision!: ParkingDecision;

  @Field({ description: 'Whether the barrier opened.' })
  admitted!: boolean;

  @Field(() => SpaceType, { nullable: true, description: 'The space type taken (entries).' })
  spaceType!: SpaceType | null;

  @Field(() => GateSource, { description: 'Barrier system or booth.' })
  source!: GateSource;

  @Field(() => Int, { nullable: true, description: 'Fee charged at this exit, fen.' })
  feeFen!: number | null;
}

export const toParkingEventType = (e: ParkingEvent): ParkingEventType => ({
  id: e.id,
  lotId: e.lot.id,
  direction: e.direction,
  plate: e.plate,
  occurredAt: e.occurredAt,
  decision: e.decision,
  admitted: e.admitted,
  spaceType: e.spaceType ?? null,
  source: e.source,
  feeFen: e.feeFen ?? null,
});

@ObjectType('GateDecision', { description: 'What a gate should do with a car.' })
export class GateDecisionType {
  @Field({ description: 'Open the barrier.' })
  admitted!: boolean;

  @Field(() => ParkingDecision, { description: 'Why.' })
  decision!: ParkingDecision;

  @Field({ description: 'The plate, normalised.' })
  plate!: string;

  @Field(() => ID, { description: 'Lot.' })
  lotId!: string;

  @Field(() => SpaceType, { nullable: true, description: 'The space type it takes (entries).' })
  spaceType!: SpaceType | null;

  @Field(() => Int, { nullable: true, description: 'Fee to pay at this exit, fen.' })
  feeFen!: number | null;

  @Field({ description: 'The event id was seen before: this is the first answer again.' })
  replayed!: boolean;

  @Field({ description: 'When.' })
  occurredAt!: Date;
}

@ObjectType('SpaceOccupancy', { description: 'Spaces of one type: how many, how many taken.' })
export class SpaceOccupancyType {
  @Field(() => SpaceType, { description: 'Space type.' })
  spaceType!: SpaceType;

  @Field(() => Int, { description: 'Spaces.' })
  capacity!: number;

  @Field(() => Int, { description: 'Taken by cars inside.' })
  occupied!: number;

  @Field(() => Int, { description: 'Free (never below 0).' })
  free!: number;
}

@ObjectType('LotOccupancy', { description: 'One lot, now.' })
export class LotOccupancyType {
  @Field(() => ParkingLotType, { description: 'The lot.' })
  lot!: ParkingLotType;

  @Field(() => [SpaceOccupancyType], { description: 'By space type.' })
  byType!: SpaceOccupancyType[];

  @Field(() => Int, { description: 'All spaces.' })
  capacity!: number;

  @Field(() => Int, { description: 'Cars inside.' })
  occupied!: number;
}

@ObjectType('ParkingOccupancy', { description: 'A park’s lots now, by type (IPARK 5.1.2.2).' })
export class ParkingOccupancyType {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => [LotOccupancyType], { description: 'Each open lot.' })
  lots!: LotOccupancyType[];

  @Field(() => [SpaceOccupancyType], { description: 'All lots together, by type.' })
  byType!: SpaceOccupancyType[];

  @Field(() => Int, { description: 'All spaces.' })
  capacity!: number;

  @Field(() => Int, { description: 'Cars inside.' })
  occupied!: number;
}

@ObjectType('ParkingFlowBucket', { description: 'Gate traffic of one hour or day (IPARK 5.1.2.3).' })
export class ParkingFlowBucketType {
  @Field({ description: 'Start, park time: YYYY-MM-DD or YYYY-MM-DDTHH:00.' })
  bucket!: string;

  @Field(() => Int, { description: 'Cars let in.' })
  entries!: number;

  @Field(() => Int, { description: 'Cars out.' })
  exits!: number;

  @Field(() => Int, { description: 'Entries refused.' })
  denied!: number;

  @Field(() => Int, { description: 'Fees charged at exits, fen.' })
  feeFen!: number;
}

@ObjectType('ParkingChange', {
  description: 'A car came or went: the event and the park’s occupancy after it.',
})
export class ParkingChangeType {
  @Field(() => ParkingEventType, { description: 'The gate event.' })
  event!: ParkingEventType;

  @Field(() => ParkingOccupancyType, { description: 'Occupancy after it.' })
  occupancy!: ParkingOccupancyType;
}

@ObjectType('ParkingCharge', {
  description: 'The fee of one temporary stay, recorded at exit for billing (停车收费).',
})
export class ParkingChargeType {
  @Field(() => ID, { description: 'Charge id.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The lot the car parked in.' })
  lotId!: string | null;

  @Field({ description: 'Plate.' })
  plate!: string;

  @Field(() => Int, { description: 'Fee, fen.' })
  amountFen!: number;

  @Field(() => Int, { description: 'Hours charged (started hours past the free minutes).' })
  chargedHours!: number;

  @Field(() => ParkingChargeStatus, { description: 'Unbilled, billed or paid.' })
  status!: ParkingChargeStatus;

  @Field({ description: 'When the car came in.' })
  enteredAt!: Date;

  @Field({ description: 'When it left (the charge’s time).' })
  exitedAt!: Date;
}

export const toParkingChargeType = (c: ParkingCharge): ParkingChargeType => ({
  id: c.id,
  lotId: null,
  plate: c.plate,
  amountFen: c.amountFen,
  chargedHours: c.chargedHours,
  status: c.status,
  enteredAt: c.enteredAt,
  exitedAt: c.exitedAt,
});

@ObjectType('ParkingChargeEdge', { description: 'One parking charge and its cursor.' })
export class ParkingChargeEdge {
  @Field({ description: 'Opaque, stable position of this item in the sorted list.' })
  cursor!: string;

  @Field(() => ParkingChargeType, { description: 'The parking charge.' })
  node!: ParkingChargeType;
}

/** A page of charges and, when asked for, the count and the sum of every page of the filter. */
@ObjectType('ParkingChargeConnection', { description: 'A page of parking charge items, with their total.' })
export class ParkingChargeConnection {
  @Field(() => [ParkingChargeEdge], { description: 'Items of this page with their cursors.' })
  edges!: ParkingChargeEdge[];

  @Field(() => [ParkingChargeType], { description: 'Items of this page, without cursors.' })
  nodes!: ParkingChargeType[];

  @Field(() => PageInfo, { description: 'Paging state.' })
  pageInfo!: PageInfo;

  @Field(() => Int, {
    nullable: true,
    description: 'Items matching the filter in all pages; counted only when asked for.',
  })
  totalCount!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Sum of the fees matching the filter in all pages, fen (a whole number; Float as it may pass 2³¹); summed only when asked for.',
  })
  totalAmountFen!: number | null;
}
