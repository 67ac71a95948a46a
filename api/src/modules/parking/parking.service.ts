import { QueryOrder } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { v7 as uuidv7 } from 'uuid';
import { paginate } from '../../db/paginate.js';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict } from '../../graphql/lookup.js';
import { isCalendarDate } from '../../graphql/scalars.js';
import { selectsField } from '../../graphql/selection.js';
import { likePattern } from '../../graphql/validate.js';
import { BadInputError, ConflictError, ForbiddenError } from '../../kernel/errors.js';
import { parsePlate, plateOrFail } from '../../kernel/plate.js';
import { Building } from '../building/building.entity.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { dayIn, parkingFee } from './fee.js';
import { visitorAdmits } from './parking.admission.js';
import { ParkingEvent, ParkingLot, ParkingRate, VehicleListEntry } from './parking.entity.js';
import { GateDirection, GateSource, ParkingDecision, SpaceType, VehicleListKind } from './parking.enums.js';
import {
  type AddVehicleInput,
  type CreateParkingLotInput,
  type CreateParkingRateInput,
  FlowGranularity,
  type GateEventInput,
  type ParkingChargeFilter,
  type ParkingEventFilter,
  type UpdateParkingLotInput,
} from './parking.inputs.js';
import { type OpenCount, parkingRepository, type StoredEvent } from './parking.repository.js';
import {
  type GateDecisionType,
  type ParkingChargeConnection,
  type ParkingFlowBucketType,
  type ParkingOccupancyType,
  type SpaceOccupancyType,
  toParkingEventType,
  toParkingLotType,
  toParkingRateType,
  toVehicleListEntryType,
} from './parking.type.js';

export const SPACE_TYPES = [
  SpaceType.REGULAR,
  SpaceType.EV_CHARGING,
  SpaceType.RESERVED,
  SpaceType.ACCESSIBLE,
];
const capacityOf = (lot: ParkingLot, type: SpaceType) =>
  ({
    [SpaceType.REGULAR]: lot.regularSpaces,
    [SpaceType.EV_CHARGING]: lot.evSpaces,
    [SpaceType.RESERVED]: lot.reservedSpaces,
    [SpaceType.ACCESSIBLE]: lot.accessibleSpaces,
  })[type];
const DENIED = new Set([
  ParkingDecision.DENIED_FULL,
  ParkingDecision.DENIED_BLACKLIST,
  ParkingDecision.DENIED_ALREADY_INSIDE,
]);
/** How far back a barrier system may date an event it reports late (a gate that was offline). */
const MAX_LATE_MS = 24 * 3_600_000;
/** How far ahead of our clock an event may be dated (gate clocks drift). */
const MAX_EARLY_MS = 5 * 60_000;

function occupancyOf(lots: ParkingLot[], counts: OpenCount[], parkId: string): ParkingOccupancyType {
  const total = new Map<SpaceType, SpaceOccupancyType>(
    SPACE_TYPES.map((t) => [t, { spaceType: t, capacity: 0, occupied: 0, free: 0 }]),
  );
  const lotRows = lots.map((lot) => {
    const byType = SPACE_TYPES.map((spaceType) => {
      const capacity = capacityOf(lot, spaceType);
      const occupied = counts.find((c) => c.lot_id === lot.id && c.space_type === spaceType)?.n ?? 0;
      const sum = total.get(spaceType)!;
      sum.capacity += capacity;
      sum.occupied += occupied;
      return { spaceType, capacity, occupied, free: Math.max(0, capacity - occupied) };
    });
    return {
      lot: toParkingLotType(lot),
      byType,
      capacity: byType.reduce((s, t) => s + t.capacity, 0),
      occupied: byType.reduce((s, t) => s + t.occupied, 0),
    };
  });
  const byType = [...total.values()].map((t) => ({ ...t, free: Math.max(0, t.capacity - t.occupied) }));
  return {
    parkId,
    lots: lotRows,
    byType,
    capacity: byType.reduce((s, t) => s + t.capacity, 0),
    occupied: byType.reduce((s, t) => s + t.occupied, 0),
  };
}

const decisionOf = (e: StoredEvent, replayed: boolean): GateDecisionType => ({
  admitted: e.admitted,
  decision: e.decision,
  plate: e.plate,
  lotId: e.lot_id,
  spaceType: e.space_type,
  feeFen: e.fee_fen,
  replayed,
  occurredAt: new Date(e.occurred_at),
});

/** Parking (SPEC §3.3): lots, the rate table, listed vehicles, gate decisions, occupancy, flow. */
export const parkingService = {
  async lots(ctx: RequestContext, parkId: string) {
    const park = await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    const lots = await ctx.em.find(ParkingLot, { park }, { orderBy: { code: QueryOrder.ASC } });
    return lots.map(toParkingLotType);
  },

  async createLot(ctx: RequestContext, input: CreateParkingLotInput) {
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const building = input.buildingId
      ? await findByIdOrFail(ctx.em, Building, input.buildingId, 'Building', 'input.buildingId')
      : null;
    if (building && building.park.id !== park.id)
      throw new BadInputError('input.buildingId', 'Not in this park', 'OTHER_PARK');
    const { parkId: _p, buildingId: _b, ...fields } = input;
    const lot = ctx.em.create(ParkingLot, {
      ...fields,
      code: input.code.trim(),
      park,
      building,
      active: true,
    });
    await flushOrConflict(ctx.em, { parking_lot_park_id_code: 'input.code' });
    ctx.recordChange({
      targetType: 'ParkingLot',
      targetId: lot.id,
      parkId: park.id,
      after: toParkingLotType(lot),
    });
    return toParkingLotType(lot);
  },

  async updateLot(ctx: RequestContext, id: string, input: UpdateParkingLotInput) {
    const lot = await findByIdOrFail(ctx.em, ParkingLot, id, 'ParkingLot');
    const before = toParkingLotType(lot);
    Object.assign(lot, input);
    await ctx.em.flush();
    ctx.recordChange({
      targetType: 'ParkingLot',
      targetId: lot.id,
      parkId: lot.park.id,
      before,
      after: toParkingLotType(lot),
    });
    return toParkingLotType(lot);
  },

  async rates(ctx: RequestContext, parkId: string) {
    const park = await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    const rates = await ctx.em.find(ParkingRate, { park }, { orderBy: { effectiveFrom: QueryOrder.DESC } });
    return rates.map(toParkingRateType);
  },

  /** Adds a row to the rate table from a date on; the past is never rewritten (charges rest on it). */
  async createRate(ctx: RequestContext, input: CreateParkingRateInput) {
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    if (input.effectiveFrom < dayIn(park.timeZone, ctx.now()))
      throw new BadInputError(
        'input.effectiveFrom',
        'Today or later: past fees rest on past rates',
        'DATE_IN_PAST',
      );
    if (input.dailyCapFen < input.perHourFen)
      throw new BadInputError('input.dailyCapFen', 'The daily cap is at least one hour', 'CAP_BELOW_HOUR');
    const { parkId: _p, ...fields } = input;
    const rate = ctx.em.create(ParkingRate, { ...fields, park });
    await flushOrConflict(ctx.em, { parking_rate_park_id_effective_from: 'input.effectiveFrom' });
    ctx.recordChange({
      targetType: 'ParkingRate',
      targetId: rate.id,
      parkId: park.id,
      after: toParkingRateType(rate),
    });
    return toParkingRateType(rate);
  },

  /** Removes a rate not yet in force. */
  async deleteRate(ctx: RequestContext, id: string) {
    const rate = await findByIdOrFail(ctx.em, ParkingRate, id, 'ParkingRate');
    const park = await findByIdOrFail(ctx.em, Park, rate.park.id, 'Park');
    if (rate.effectiveFrom <= dayIn(park.timeZone, ctx.now()))
      throw new ConflictError('A rate in force or past stays: fees rest on it', 'RATE_IN_FORCE');
    const before = toParkingRateType(rate);
    ctx.em.remove(rate);
    await ctx.em.flush();
    ctx.recordChange({ targetType: 'ParkingRate', targetId: id, parkId: park.id, before });
    return before;
  },

  async occupancy(ctx: RequestContext, parkId: string): Promise<ParkingOccupancyType> {
    const park = await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    const lots = await ctx.em.find(ParkingLot, { park, active: true }, { orderBy: { code: QueryOrder.ASC } });
    return occupancyOf(lots, await parkingRepository.openCounts(ctx.em, { parkId: park.id }), park.id);
  },

  events(ctx: RequestContext, filter: ParkingEventFilter, page: PageArgs, info: GraphQLResolveInfo) {
    return parkingRepository.eventPage(ctx, filter, page, info);
  },

  /** Fees of temporary stays, newest exit first, and their sum when asked for (fen). */
  async charges(
    ctx: RequestContext,
    filter: ParkingChargeFilter,
    page: PageArgs,
    info: GraphQLResolveInfo,
  ): Promise<ParkingChargeConnection> {
    if (filter.from && filter.to && filter.to < filter.from)
      throw new BadInputError('filter.to', 'to must not be before from', 'EMPTY_RANGE');
    const connection = await parkingRepository.chargePage(ctx, filter, page, info);
    const totalAmountFen = selectsField(info, 'totalAmountFen')
      ? await parkingRepository.chargeTotal(ctx.em, filter)
      : null;
    return { ...connection, totalAmountFen };
  },

  async event(ctx: RequestContext, id: string) {
    return toParkingEventType(await findByIdOrFail(ctx.em, ParkingEvent, id, 'ParkingEvent'));
  },

  async flow(
    ctx: RequestContext,
    args: { parkId: string; lotId?: string; from: string; to: string; granularity: FlowGranularity },
  ): Promise<ParkingFlowBucketType[]> {
    for (const field of ['from', 'to'] as const)
      if (!isCalendarDate(args[field]))
        throw new BadInputError(field, `${field}: a real date written YYYY-MM-DD`, 'BAD_DATE');
    if (args.to < args.from) throw new BadInputError('to', 'to must not be before from', 'EMPTY_RANGE');
    const days = (Date.parse(args.to) - Date.parse(args.from)) / 86_400_000 + 1;
    const hourly = args.granularity === FlowGranularity.HOUR;
    if (days > (hourly ? 31 : 400))
      throw new BadInputError(
        'to',
        hourly ? 'At most 31 days by hour' : 'At most 400 days by day',
        'RANGE_TOO_LONG',
      );
    const park = await findByIdOrFail(ctx.em, Park, args.parkId, 'Park', 'parkId');
    const rows = await parkingRepository.flow(ctx.em, {
      parkId: park.id,
      lotId: args.lotId ?? null,
      from: args.from,
      to: args.to,
      hourly,
    });
    return rows.map((r) => ({
      bucket: r.bucket,
      entries: r.entries,
      exits: r.exits,
      denied: r.denied,
      feeFen: r.fee_fen,
    }));
  },

  /**
   * A car at a gate. Decisions of one lot run one at a time (a lock until commit), so the free
   * spaces a decision counts are still free when its stay is written; a replayed event id gets
   * its first answer; a plate has at most one open stay in the park whatever races (a unique
   * index), the others are DENIED_ALREADY_INSIDE.
   */
  async gate(
    ctx: RequestContext,
    input: GateEventInput,
    direction: GateDirection,
    source: GateSource,
  ): Promise<GateDecisionType> {
    const em = ctx.em;
    const plate = plateOrFail(input.plate, 'input.plate');
    const now = ctx.now();
    const at = input.occurredAt ?? now;
    if (at.getTime() > now.getTime() + MAX_EARLY_MS || at.getTime() < now.getTime() - MAX_LATE_MS)
      throw new BadInputError('input.occurredAt', 'Within the last 24 hours', 'OCCURRED_AT_OUT_OF_RANGE');
    const lot = await findByIdOrFail(em, ParkingLot, input.lotId, 'ParkingLot', 'input.lotId');
    const park = await findByIdOrFail(em, Park, lot.park.id, 'Park');
    await parkingRepository.lockLot(em, lot.id);
    const externalId = input.eventId ?? null;
    if (externalId) {
      const seen = await parkingRepository.eventByExternalId(em, park.id, externalId);
      if (seen) {
        if (seen.direction !== direction || seen.plate !== plate || seen.lot_id !== lot.id)
          throw new ConflictError(
            'This event id was used for another event',
            'EVENT_ID_REUSED',
            'input.eventId',
          );
        return decisionOf(seen, true);
      }
    }
    const outcome =
      direction === GateDirection.IN
        ? await decideEntry(ctx, lot, park, plate, at)
        : await recordExit(ctx, park, plate, at);
    const stored = await parkingRepository.insertEvent(em, {
      id: uuidv7(),
      parkId: park.id,
      lotId: lot.id,
      direction,
      plate,
      at,
      ...outcome,
      admitted: !DENIED.has(outcome.decision),
      source,
      externalId,
    });
    // The id was taken by a gate of another lot meanwhile: undo this one's stay with the transaction.
    if (!stored)
      throw new ConflictError('This event id was used for another event', 'EVENT_ID_REUSED', 'input.eventId');
    ctx.publish('PARKING_CHANGED', park.id, { eventId: stored.id });
    return decisionOf(stored, false);
  },

  async vehicles(
    ctx: RequestContext,
    filter: { parkId?: string; tenantId?: string; kind?: VehicleListKind; search?: string },
    page: PageArgs,
    info: GraphQLResolveInfo,
  ) {
    const actor = ctx.signedIn;
    const where: Record<string, unknown> = {};
    if (filter.parkId) where.park = filter.parkId;
    if (actor.kind === 'tenant') where.tenant = actor.tenantId;
    else if (filter.tenantId) where.tenant = filter.tenantId;
    if (filter.kind) where.kind = filter.kind;
    if (filter.search)
      where.$or = [
        { plate: { $ilike: likePattern(filter.search.toUpperCase()) } },
        { ownerName: { $ilike: likePattern(filter.search) } },
      ];
    return paginate({
      em: ctx.em,
      entity: VehicleListEntry,
      where,
      orderBy: { plate: QueryOrder.ASC },
      page,
      info,
      map: toVehicleListEntryType,
    });
  },

  async vehicle(ctx: RequestContext, id: string) {
    return toVehicleListEntryType(await findByIdOrFail(ctx.em, VehicleListEntry, id, 'VehicleListEntry'));
  },

  /**
   * Lists a plate. A tenant admin lists their own company's vehicles (let in, any space); staff
   * list anyone's, the park's own and blocked plates.
   */
  async addVehicle(ctx: RequestContext, input: AddVehicleInput) {
    const actor = ctx.signedIn;
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const plate = plateOrFail(input.plate, 'input.plate');
    let tenantId = input.tenantId ?? null;
    if (actor.kind === 'tenant') {
      if (input.kind !== VehicleListKind.ALLOW || input.spaceType)
        throw new ForbiddenError('Only the park blocks plates or assigns spaces', 'STAFF_ONLY');
      if (tenantId && tenantId !== actor.tenantId)
        throw new ForbiddenError('Only your own company’s vehicles');
      tenantId = actor.tenantId;
    }
    if (input.kind === VehicleListKind.BLOCK && tenantId)
      throw new BadInputError('input.tenantId', 'A blocked plate belongs to no company', 'BLOCK_WITH_TENANT');
    if (input.validFrom && input.validUntil && input.validUntil < input.validFrom)
      throw new BadInputError('input.validUntil', 'Not before validFrom', 'EMPTY_RANGE');
    const tenant = tenantId
      ? await findByIdOrFail(ctx.em, TenantCompany, tenantId, 'TenantCompany', 'input.tenantId')
      : null;
    if (tenant && tenant.park.id !== park.id)
      throw new BadInputError('input.tenantId', 'Not in this park', 'OTHER_PARK');
    const entry = ctx.em.create(VehicleListEntry, {
      park,
      tenant,
      kind: input.kind,
      plate,
      ownerName: input.ownerName?.trim() ?? null,
      spaceType: input.spaceType ?? null,
      validFrom: input.validFrom ?? null,
      validUntil: input.validUntil ?? null,
      note: input.note ?? null,
    });
    await flushOrConflict(ctx.em, { vehicle_list_entry_park_id_plate_tenant_id: 'input.plate' });
    ctx.recordChange({
      targetType: 'VehicleListEntry',
      targetId: entry.id,
      parkId: park.id,
      ...(tenant && { tenantId: tenant.id }),
      after: toVehicleListEntryType(entry),
    });
    return toVehicleListEntryType(entry);
  },

  async removeVehicle(ctx: RequestContext, id: string) {
    const entry = await findByIdOrFail(ctx.em, VehicleListEntry, id, 'VehicleListEntry');
    const actor = ctx.signedIn;
    if (actor.kind === 'tenant' && entry.tenant?.id !== actor.tenantId) throw new ForbiddenError();
    const before = toVehicleListEntryType(entry);
    ctx.em.remove(entry);
    await ctx.em.flush();
    ctx.recordChange({ targetType: 'VehicleListEntry', targetId: id, parkId: before.parkId, before });
    return before;
  },

  /** The park's occupancy after a gate event, with the event (the board's subscription). */
  async change(ctx: RequestContext, eventId: string, parkId: string) {
    const [event, occupancy] = [
      await parkingService.event(ctx, eventId),
      await parkingService.occupancy(ctx, parkId),
    ];
    return { event, occupancy };
  },
};

type Outcome = {
  decision: ParkingDecision;
  sessionId: string | null;
  spaceType: SpaceType | null;
  feeFen: number | null;
};

/** Who may come in, into which space type, in the caller's lot lock. */
async function decideEntry(
  ctx: RequestContext,
  lot: ParkingLot,
  park: Park,
  plate: string,
  at: Date,
): Promise<Outcome> {
  const em = ctx.em;
  const refuse = (decision: ParkingDecision): Outcome => ({
    decision,
    sessionId: null,
    spaceType: null,
    feeFen: null,
  });
  if (!lot.active) throw new ConflictError('This lot is closed', 'LOT_CLOSED', 'input.lotId');
  const listed = await parkingRepository.listedOn(em, park.id, plate, dayIn(park.timeZone, at));
  if (listed.some((l) => l.kind === VehicleListKind.BLOCK)) return refuse(ParkingDecision.DENIED_BLACKLIST);
  if (await parkingRepository.isInside(em, park.id, plate))
    return refuse(ParkingDecision.DENIED_ALREADY_INSIDE);
  const allowed = listed.find((l) => l.kind === VehicleListKind.ALLOW);
  const decision = allowed
    ? ParkingDecision.WHITELISTED
    : (await visitorAdmits(em, park.id, plate, at))
      ? ParkingDecision.VISITOR
      : ParkingDecision.TEMPORARY;
  const eligible = allowed?.space_type
    ? [allowed.space_type]
    : parsePlate(plate)?.kind === 'NEW_ENERGY'
      ? [SpaceType.EV_CHARGING, SpaceType.REGULAR]
      : [SpaceType.REGULAR];
  const counts = await parkingRepository.openCounts(em, { lotId: lot.id });
  const spaceType = eligible.find(
    (t) => (counts.find((c) => c.space_type === t)?.n ?? 0) < capacityOf(lot, t),
  );
  if (!spaceType) return refuse(ParkingDecision.DENIED_FULL);
  const sessionId = await parkingRepository.openSession(em, {
    id: uuidv7(),
    parkId: park.id,
    lotId: lot.id,
    plate,
    spaceType,
    decision,
    at,
  });
  // Another lot's gate let the same plate in meanwhile.
  if (!sessionId) return refuse(ParkingDecision.DENIED_ALREADY_INSIDE);
  return { decision, sessionId, spaceType, feeFen: null };
}

/** Closes the plate's stay; a temporary stay's fee is charged (UNBILLED, for billing). */
async function recordExit(ctx: RequestContext, park: Park, plate: string, at: Date): Promise<Outcome> {
  const em = ctx.em;
  const stay = await parkingRepository.closeSession(em, park.id, plate, at);
  if (!stay)
    return { decision: ParkingDecision.EXIT_NO_SESSION, sessionId: null, spaceType: null, feeFen: null };
  let feeFen: number | null = null;
  if (stay.entry_decision === ParkingDecision.TEMPORARY) {
    const rates = await em.find(ParkingRate, { park });
    const enteredAt = new Date(stay.entered_at);
    const exitedAt = at < enteredAt ? enteredAt : at;
    const fee = parkingFee(enteredAt, exitedAt, rates, park.timeZone);
    feeFen = fee.amountFen;
    if (fee.amountFen > 0)
      await parkingRepository.insertCharge(em, {
        id: uuidv7(),
        parkId: park.id,
        sessionId: stay.id,
        plate,
        amountFen: fee.amountFen,
        hours: fee.chargedHours,
        from: enteredAt,
        to: exitedAt,
      });
  }
  return { decision: ParkingDecision.EXITED, sessionId: stay.id, spaceType: stay.space_type, feeFen };
}
