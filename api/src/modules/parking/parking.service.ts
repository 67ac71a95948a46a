import { QueryOrder } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict } from '../../graphql/lookup.js';
import { isCalendarDate } from '../../graphql/scalars.js';
import { selectsField } from '../../graphql/selection.js';
import { BadInputError, ConflictError } from '../../kernel/errors.js';
import { Building } from '../building/building.entity.js';
import { Park } from '../park/park.entity.js';
import { dayIn } from './fee.js';
import { ParkingEvent, ParkingLot, ParkingRate } from './parking.entity.js';
import { SpaceType } from './parking.enums.js';
import { capacityOf } from './parking.gate.js';
import {
  type CreateParkingLotInput,
  type CreateParkingRateInput,
  FlowGranularity,
  type ParkingChargeFilter,
  type ParkingEventFilter,
  type UpdateParkingLotInput,
} from './parking.inputs.js';
import { type OpenCount, parkingRepository } from './parking.repository.js';
import {
  type ParkingChargeConnection,
  type ParkingFlowBucketType,
  type ParkingOccupancyType,
  type SpaceOccupancyType,
  toParkingEventType,
  toParkingLotType,
  toParkingRateType,
} from './parking.type.js';

export const SPACE_TYPES = [
  SpaceType.REGULAR,
  SpaceType.EV_CHARGING,
  SpaceType.RESERVED,
  SpaceType.ACCESSIBLE,
];
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

  /** The park's occupancy after a gate event, with the event (the board's subscription). */
  async change(ctx: RequestContext, eventId: string, parkId: string) {
    const [event, occupancy] = [
      await parkingService.event(ctx, eventId),
      await parkingService.occupancy(ctx, parkId),
    ];
    return { event, occupancy };
  },
};
