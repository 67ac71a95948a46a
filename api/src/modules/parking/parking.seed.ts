import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PARK } from '../../db/seeders/demo-data.js';
import { IdSource, Random } from '../../db/seeders/random.js';
import { wallClock } from '../../kernel/clock.js';
import { Building } from '../building/building.entity.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { dayIn, parkingFee, type Rate } from './fee.js';
import { ParkingLot, ParkingRate, VehicleListEntry } from './parking.entity.js';
import { GateDirection, GateSource, ParkingDecision, SpaceType, VehicleListKind } from './parking.enums.js';
import { type HistoryRows, parkingRepository } from './parking.repository.js';

const CONTENT_SEED = 0x9a7c_2026;
const ID_SEED = 0x9a7c_1d00;
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Letters of plate serials (no I, no O). */
const SERIAL = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const DIGITS = '0123456789';
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '桂英',
];

/** A Suzhou-looking plate: mostly 苏E, some 苏A/沪A; a quarter new-energy (苏ED12345). */
function plateOf(random: Random): string {
  const region = random.chance(0.8) ? '苏E' : random.pick(['苏A', '苏U', '沪A', '浙E']);
  return random.chance(0.25)
    ? `${region}${random.pick(['D', 'F'])}${random.chars(SERIAL, 1)}${random.chars(DIGITS, 4)}`
    : `${region}${random.chars(SERIAL, 1)}${random.chars(DIGITS, 4)}`;
}

/**
 * The demo park's parking: a surface lot and a garage, the rate table (a raise two months ago),
 * one to three vehicles per tenant company, two blocked plates, and six months of entries and
 * exits up to now: tenants' cars on working days with a morning and an evening peak, visitors
 * and temporary cars through the day, fewer at weekends; temporary stays charged by the rates.
 * Deterministic for a given `now`.
 */
export async function seedDemoParking(
  em: EntityManager,
  opts?: { today?: Date; now?: Date },
): Promise<Record<string, number>> {
  const park = await em.findOne(Park, { code: DEMO_PARK.code });
  if (!park) return {};
  const now = opts?.now ?? opts?.today ?? wallClock.now();
  const random = new Random(CONTENT_SEED);
  const ids = new IdSource(ID_SEED);
  const start = new Date(now.getTime() - 183 * DAY);
  const stamp = { createdAt: start, updatedAt: start };
  const garage = await em.findOne(Building, { park }, { orderBy: { code: 'asc' } });
  const lots = [
    em.create(ParkingLot, {
      id: ids.next(),
      ...stamp,
      park,
      building: null,
      code: 'P1',
      name: '地面停车场',
      regularSpaces: 220,
      evSpaces: 30,
      reservedSpaces: 0,
      accessibleSpaces: 6,
      active: true,
    }),
    em.create(ParkingLot, {
      id: ids.next(),
      ...stamp,
      park,
      building: garage,
      code: 'P2',
      name: `${garage?.name ?? 'A栋'}地下车库`.slice(0, 60),
      regularSpaces: 300,
      evSpaces: 40,
      reservedSpaces: 60,
      accessibleSpaces: 4,
      active: true,
    }),
  ];
  const rates: Rate[] = [
    { effectiveFrom: dayIn(park.timeZone, start), freeMinutes: 30, perHourFen: 500, dailyCapFen: 4000 },
    {
      effectiveFrom: dayIn(park.timeZone, new Date(now.getTime() - 60 * DAY)),
      freeMinutes: 30,
      perHourFen: 600,
      dailyCapFen: 5000,
    },
  ];
  for (const r of rates) em.create(ParkingRate, { id: ids.next(), ...stamp, park, ...r });

  // Listed vehicles: every company one to three, a few with reserved garage spaces.
  const tenants = await em.find(TenantCompany, { park }, { orderBy: { name: 'asc' } });
  const listed: { plate: string; spaceType: SpaceType | null }[] = [];
  const plates = new Set<string>();
  const freshPlate = () => {
    for (;;) {
      const p = plateOf(random);
      if (!plates.has(p)) {
        plates.add(p);
        return p;
      }
    }
  };
  for (const tenant of tenants) {
    const n = random.int(1, 3);
    for (let i = 0; i < n; i += 1) {
      const plate = freshPlate();
      const spaceType = random.chance(0.12) ? SpaceType.RESERVED : null;
      listed.push({ plate, spaceType });
      em.create(VehicleListEntry, {
        id: ids.next(),
        ...stamp,
        park,
        tenant,
        kind: VehicleListKind.ALLOW,
        plate,
        ownerName: `${random.pick([...SURNAMES])}${random.pick(GIVEN)}`,
        spaceType,
        validFrom: null,
        validUntil: null,
        note: null,
      });
    }
  }
  const blocked = [freshPlate(), freshPlate()];
  for (const plate of blocked)
    em.create(VehicleListEntry, {
      id: ids.next(),
      ...stamp,
      park,
      tenant: null,
      kind: VehicleListKind.BLOCK,
      plate,
      ownerName: null,
      spaceType: null,
      validFrom: null,
      validUntil: null,
      note: '多次欠费逃费',
    });
  await em.flush();

  // Six months of stays, one day at a time; a car still inside at `now` keeps its stay open.
  const rows: HistoryRows = { sessions: [], events: [], charges: [] };
  const inside = new Set<string>();
  const firstDay = new Date(`${dayIn(park.timeZone, start)}T00:00:00+08:00`);
  for (let d = firstDay.getTime(); d <= now.getTime(); d += DAY) {
    const weekday = new Date(d + 8 * HOUR).getUTCDay();
    const workday = weekday !== 0 && weekday !== 6;
    const stays: {
      plate: string;
      decision: ParkingDecision;
      spaceType: SpaceType | null;
      from: number;
      to: number;
    }[] = [];
    for (const car of listed) {
      if (!random.chance(workday ? 0.85 : 0.12)) continue;
      const from = d + 7.5 * HOUR + random.next() * 2.2 * HOUR;
      stays.push({
        ...car,
        decision: ParkingDecision.WHITELISTED,
        from,
        to: from + (7.5 + random.next() * 4) * HOUR,
      });
    }
    for (let i = 0, n = workday ? random.int(130, 190) : random.int(40, 70); i < n; i += 1) {
      const from = d + 8 * HOUR + random.next() * 11 * HOUR;
      const visitor = random.chance(0.35);
      stays.push({
        plate: freshPlate(),
        decision: visitor ? ParkingDecision.VISITOR : ParkingDecision.TEMPORARY,
        spaceType: null,
        from,
        to: from + (0.2 + random.next() * random.next() * 6) * HOUR,
      });
    }
    if (random.chance(0.1))
      rows.events.push({
        id: ids.next(),
        lotId: random.pick(lots).id,
        direction: GateDirection.IN,
        plate: random.pick(blocked),
        at: new Date(d + 10 * HOUR + random.next() * 6 * HOUR),
        decision: ParkingDecision.DENIED_BLACKLIST,
        admitted: false,
        sessionId: null,
        spaceType: null,
        feeFen: null,
      });
    for (const s of stays) {
      if (s.from > now.getTime() || inside.has(s.plate)) continue;
      const lot = s.spaceType === SpaceType.RESERVED ? lots[1]! : random.chance(0.45) ? lots[0]! : lots[1]!;
      const green = s.plate.length === 8;
      const spaceType =
        s.spaceType ?? (green && random.chance(0.6) ? SpaceType.EV_CHARGING : SpaceType.REGULAR);
      const sessionId = ids.next();
      const open = s.to > now.getTime();
      const from = new Date(s.from);
      const to = new Date(s.to);
      if (open) inside.add(s.plate);
      rows.sessions.push({
        id: sessionId,
        lotId: lot.id,
        plate: s.plate,
        spaceType,
        decision: s.decision,
        from,
        to: open ? null : to,
      });
      const event = { lotId: lot.id, plate: s.plate, sessionId, spaceType, admitted: true };
      rows.events.push({
        ...event,
        id: ids.next(),
        direction: GateDirection.IN,
        at: from,
        decision: s.decision,
        feeFen: null,
      });
      if (open) continue;
      const fee =
        s.decision === ParkingDecision.TEMPORARY ? parkingFee(from, to, rates, park.timeZone) : null;
      rows.events.push({
        ...event,
        id: ids.next(),
        direction: GateDirection.OUT,
        at: to,
        decision: ParkingDecision.EXITED,
        feeFen: fee?.amountFen ?? null,
      });
      if (fee && fee.amountFen > 0)
        rows.charges.push({
          id: ids.next(),
          sessionId,
          plate: s.plate,
          amountFen: fee.amountFen,
          hours: fee.chargedHours,
          from,
          to,
        });
    }
  }
  await parkingRepository.insertHistory(em, park.id, GateSource.PARTNER, rows);
  return {
    parkingLots: lots.length,
    listedVehicles: listed.length + blocked.length,
    parkingSessions: rows.sessions.length,
    parkingEvents: rows.events.length,
    parkingCharges: rows.charges.length,
  };
}
