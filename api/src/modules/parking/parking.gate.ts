import { v7 as uuidv7 } from 'uuid';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { BadInputError, ConflictError } from '../../kernel/errors.js';
import { parsePlate, plateOrFail } from '../../kernel/plate.js';
import { Park } from '../park/park.entity.js';
import { dayIn, parkingFee } from './fee.js';
import { visitorAdmits } from './parking.admission.js';
import { ParkingLot, ParkingRate } from './parking.entity.js';
import {
  GateDirection,
  type GateSource,
  ParkingDecision,
  SpaceType,
  VehicleListKind,
} from './parking.enums.js';
import type { GateEventInput } from './parking.inputs.js';
import { parkingRepository, type StoredEvent } from './parking.repository.js';
import type { GateDecisionType } from './parking.type.js';

/** How many spaces of a type a lot has. */
export const capacityOf = (lot: ParkingLot, type: SpaceType) =>
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

/** Gate decisions (SPEC §3.3): who comes in, into which space, and what a stay costs. */
export const gateService = {
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
