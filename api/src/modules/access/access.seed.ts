import { QueryOrder } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { IdSource, Random } from '../../db/seeders/random.js';
import { wallClock } from '../../kernel/clock.js';
import { Building } from '../building/building.entity.js';
import { Park } from '../park/park.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { UserKind } from '../user/role.entity.js';
import { AppUser } from '../user/user.entity.js';
import {
  AccessDecision,
  AccessDirection,
  AccessEventType,
  AccessPointKind,
  AccessReason,
  CredentialKind,
  CredentialStatus,
  SecurityEventKind,
  SecurityEventStatus,
} from './access.enums.js';
import { AccessCredential } from './access-credential.entity.js';
import { AccessEvent, SecurityEvent } from './access-event.entity.js';
import { AccessGroup, AccessGroupMember, type ScheduleWindow } from './access-group.entity.js';
import { AccessPoint } from './access-point.entity.js';

const DAYS = 90;
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** The demo park is in Asia/Shanghai: UTC+8 all year. */
const ZONE_OFFSET = 8 * HOUR;
const ALL_DAY: ScheduleWindow[] = [{ days: [1, 2, 3, 4, 5, 6, 7], start: 0, end: 1440 }];
const OFFICE: ScheduleWindow[] = [
  { days: [1, 2, 3, 4, 5], start: 7 * 60, end: 22 * 60 },
  { days: [6], start: 9 * 60, end: 18 * 60 },
];

type Ev = Omit<AccessEvent, 'park' | 'point' | 'credential' | 'holder' | 'tenant'> & {
  park: string;
  point: string;
  credential: string | null;
  holder: string | null;
  tenant: string | null;
};

/**
 * The demo park's access control: park gates, vehicle barriers, each building's lobby gates and
 * elevator reader, server-room doors; a staff group and one group per company with users; cards
 * (and plates, QR passes) for every demo user; and three months of device events up to now with
 * the day's rhythm (arrivals around 08:30, lunch, leaving around 18:00, visitors in the day), a
 * few unknown cards, weekend attempts, tailgating and door alarms, as security events.
 * Deterministic apart from where `now` falls.
 */
export async function seedAccessControl(
  em: EntityManager,
  opts?: { today?: Date },
): Promise<Record<string, number>> {
  const now = opts?.today ?? wallClock.now();
  const random = new Random(0xacc_e55);
  const ids = new IdSource(0xacc_1d5);
  const [park] = await em.find(Park, {}, { orderBy: { code: QueryOrder.ASC }, limit: 1 });
  if (!park) return {};
  const buildings = await em.find(Building, { park }, { orderBy: { code: QueryOrder.ASC } });
  const stamp = { createdAt: new Date(now.getTime() - (DAYS + 1) * 24 * HOUR), updatedAt: now };
  const points: AccessPoint[] = [];
  const point = (code: string, name: string, kind: AccessPointKind, building: Building | null) => {
    const p = em.create(AccessPoint, {
      id: ids.next(),
      ...stamp,
      park,
      building,
      floor: null,
      code,
      name,
      kind,
      vendorDeviceId: `HK-${code}`,
      active: true,
    });
    points.push(p);
    return p;
  };
  const eastBarrierIn = point('E-BAR-IN', '东门车辆入口道闸', AccessPointKind.BARRIER, null);
  const eastBarrierOut = point('E-BAR-OUT', '东门车辆出口道闸', AccessPointKind.BARRIER, null);
  const eastGate = point('E-GATE-01', '东门人行闸机', AccessPointKind.GATE, null);
  point('S-GATE-01', '南门人行闸机', AccessPointKind.GATE, null);
  const lobby = new Map<string, AccessPoint[]>();
  for (const b of buildings) {
    lobby.set(b.id, [
      point(`${b.code}-GATE-01`, `${b.name}大堂闸机1`, AccessPointKind.GATE, b),
      point(`${b.code}-GATE-02`, `${b.name}大堂闸机2`, AccessPointKind.GATE, b),
      point(`${b.code}-ELV-01`, `${b.name}电梯梯控`, AccessPointKind.ELEVATOR, b),
    ]);
  }
  for (const b of buildings.slice(0, 2))
    point(`${b.code}-DOOR-IT`, `${b.name}弱电机房门禁`, AccessPointKind.DOOR, b);

  const users = await em.find(AppUser, {}, { orderBy: { login: QueryOrder.ASC }, populate: ['tenant'] });
  const staff = users.filter((u) => u.kind === UserKind.STAFF);
  const tenantUsers = users.filter((u) => u.tenant);
  const staffGroup = em.create(AccessGroup, {
    id: ids.next(),
    ...stamp,
    park,
    tenant: null,
    name: '园区员工',
    schedule: ALL_DAY,
  });
  staffGroup.points.set(points);
  let members = 0;
  for (const u of staff) {
    em.create(AccessGroupMember, { id: ids.next(), createdAt: stamp.createdAt, group: staffGroup, user: u });
    members += 1;
  }
  /** Where each person works: their company's first building (staff: the first building). */
  const home = new Map<string, Building>();
  const groups = 1 + new Set(tenantUsers.map((u) => u.tenant!.id)).size;
  for (const tenant of [...new Map(tenantUsers.map((u) => [u.tenant!.id, u.tenant!])).values()]) {
    const unit = await em.findOne(
      Unit,
      { tenant },
      { orderBy: { code: QueryOrder.ASC }, populate: ['building'] },
    );
    const building = buildings.find((b) => b.id === unit?.building.id) ?? buildings[0]!;
    const group = em.create(AccessGroup, {
      id: ids.next(),
      ...stamp,
      park,
      tenant,
      name: `${tenant.shortName ?? tenant.name}-办公`,
      schedule: OFFICE,
    });
    group.points.set([eastGate, eastBarrierIn, eastBarrierOut, ...(lobby.get(building.id) ?? [])]);
    for (const u of tenantUsers.filter((x) => x.tenant!.id === tenant.id)) {
      em.create(AccessGroupMember, { id: ids.next(), createdAt: stamp.createdAt, group, user: u });
      home.set(u.id, building);
      members += 1;
    }
  }

  const credentials: AccessCredential[] = [];
  const plates = new Map<string, AccessCredential>();
  const cards = new Map<string, AccessCredential>();
  const issue = (u: AppUser, kind: CredentialKind, identifier: string) => {
    const c = em.create(AccessCredential, {
      id: ids.next(),
      ...stamp,
      park,
      tenant: u.tenant ?? null,
      holder: u,
      kind,
      identifier,
      status: CredentialStatus.ACTIVE,
      validFrom: stamp.createdAt,
      validUntil: null,
    });
    credentials.push(c);
    return c;
  };
  const plateLetters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  users.forEach((u, i) => {
    cards.set(u.id, issue(u, CredentialKind.CARD, (0x3a00_0000 + i * 7919).toString(16).toUpperCase()));
    if (i % 3 === 0) {
      const plate = `苏E${plateLetters[i % plateLetters.length]}${String(1000 + i * 37).padStart(4, '0')}`;
      plates.set(u.id, issue(u, CredentialKind.PLATE, plate));
    }
  });
  await em.flush();

  // Three months of events, day by day in park time.
  const events: Ev[] = [];
  const alarms: { event: Ev; kind: SecurityEventKind }[] = [];
  let seq = 0;
  const add = (
    at: number,
    p: AccessPoint,
    e: {
      direction: AccessDirection;
      credential?: AccessCredential | null;
      ref?: string;
      kind?: CredentialKind;
      type?: AccessEventType;
      decision?: AccessDecision;
      reason?: AccessReason;
    },
  ) => {
    if (at > now.getTime()) return;
    seq += 1;
    const c = e.credential ?? null;
    const ev: Ev = {
      id: ids.next(),
      park: park.id,
      point: p.id,
      vendorEventId: `${p.vendorDeviceId}-${String(seq).padStart(7, '0')}`,
      vendorDeviceId: p.vendorDeviceId,
      occurredAt: new Date(at),
      receivedAt: new Date(Math.min(at + 2000, now.getTime())),
      type: e.type ?? AccessEventType.PASS,
      decision: e.decision ?? AccessDecision.GRANTED,
      reason: e.reason ?? AccessReason.GRANTED,
      direction: e.direction,
      credentialKind: c?.kind ?? e.kind ?? null,
      credentialRef: c?.identifier ?? e.ref ?? null,
      credential: c?.id ?? null,
      holder: c?.holder.id ?? null,
      tenant: c?.tenant?.id ?? null,
    };
    events.push(ev);
    if (ev.type !== AccessEventType.PASS)
      alarms.push({ event: ev, kind: ev.type as unknown as SecurityEventKind });
    else if (ev.decision === AccessDecision.DENIED)
      alarms.push({ event: ev, kind: SecurityEventKind.DENIED });
  };
  const localMidnight = Math.floor((now.getTime() + ZONE_OFFSET) / (24 * HOUR)) * 24 * HOUR - ZONE_OFFSET;
  const around = (base: number, spreadMin: number) =>
    base + Math.round((random.next() + random.next() - 1) * spreadMin) * MINUTE;
  const staffBuilding = buildings[0]!;
  for (let d = DAYS; d >= 0; d -= 1) {
    const day = localMidnight - d * 24 * HOUR;
    const weekday = ((Math.floor((day + ZONE_OFFSET) / (24 * HOUR)) + 3) % 7) + 1; // 1970-01-01 was a Thursday
    const workday = weekday <= 5;
    for (const u of users) {
      if (!u.tenant && u.kind !== UserKind.STAFF) continue;
      if (!workday && !random.chance(u.tenant ? 0.08 : 0.3)) continue;
      if (workday && random.chance(0.06)) continue; // leave, travel
      const building = home.get(u.id) ?? staffBuilding;
      const [gate1, gate2, elevator] = lobby.get(building.id) ?? [];
      const card = cards.get(u.id)!;
      const plate = plates.get(u.id);
      const arrive = around(day + 8.5 * HOUR, 45);
      const leave = around(day + 18 * HOUR, 70);
      const weekendDenied = !workday && u.tenant && weekday === 7;
      if (plate) {
        add(arrive - 6 * MINUTE, eastBarrierIn, { direction: AccessDirection.IN, credential: plate });
        add(leave + 4 * MINUTE, eastBarrierOut, { direction: AccessDirection.OUT, credential: plate });
      } else add(arrive - 5 * MINUTE, eastGate, { direction: AccessDirection.IN, credential: card });
      const lobbyGate = random.chance(0.5) ? gate1! : gate2!;
      if (weekendDenied) {
        add(arrive, lobbyGate, {
          direction: AccessDirection.IN,
          credential: card,
          decision: AccessDecision.DENIED,
          reason: AccessReason.OUTSIDE_SCHEDULE,
        });
        continue;
      }
      add(arrive, lobbyGate, { direction: AccessDirection.IN, credential: card });
      add(arrive + 2 * MINUTE, elevator!, { direction: AccessDirection.IN, credential: card });
      if (random.chance(0.6)) {
        const out = around(day + 11.9 * HOUR, 20);
        add(out, lobbyGate, { direction: AccessDirection.OUT, credential: card });
        add(out + around(50 * MINUTE, 10), lobbyGate, { direction: AccessDirection.IN, credential: card });
      }
      add(leave, random.chance(0.5) ? gate1! : gate2!, { direction: AccessDirection.OUT, credential: card });
    }
    // Visitors' QR passes at the lobbies in working hours, and the odd unknown card.
    const visitors = workday ? random.int(12, 30) : random.int(0, 4);
    for (let v = 0; v < visitors; v += 1) {
      const b = random.pick(buildings);
      const [g1] = lobby.get(b.id) ?? [];
      const inAt = around(day + (9.5 + random.next() * 6) * HOUR, 30);
      const ref = `VP${String(d).padStart(3, '0')}${String(v).padStart(3, '0')}`;
      add(inAt, g1!, { direction: AccessDirection.IN, kind: CredentialKind.QR, ref });
      add(inAt + random.int(30, 150) * MINUTE, g1!, {
        direction: AccessDirection.OUT,
        kind: CredentialKind.QR,
        ref,
      });
    }
    if (random.chance(workday ? 0.5 : 0.2)) {
      const b = random.pick(buildings);
      add(around(day + 10 * HOUR, 120), lobby.get(b.id)![0]!, {
        direction: AccessDirection.IN,
        kind: CredentialKind.CARD,
        ref: (0x5b00_0000 + d * 131).toString(16).toUpperCase(),
        decision: AccessDecision.DENIED,
        reason: AccessReason.UNKNOWN_CREDENTIAL,
      });
    }
    if (random.chance(0.12)) {
      const b = random.pick(buildings);
      add(around(day + 8.6 * HOUR, 30), lobby.get(b.id)![1]!, {
        direction: AccessDirection.IN,
        type: AccessEventType.TAILGATING,
        decision: AccessDecision.DENIED,
        reason: AccessReason.OTHER,
      });
    }
    if (random.chance(0.05)) {
      const door = points.find((p) => p.kind === AccessPointKind.DOOR)!;
      add(around(day + 21 * HOUR, 60), door, {
        direction: AccessDirection.IN,
        type: random.chance(0.3) ? AccessEventType.FORCED_OPEN : AccessEventType.HELD_OPEN,
        decision: AccessDecision.DENIED,
        reason: AccessReason.OTHER,
      });
    }
  }
  events.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  for (let i = 0; i < events.length; i += 2000) await em.insertMany(AccessEvent, events.slice(i, i + 2000));
  const security = alarms.map(({ event, kind }) => {
    const age = now.getTime() - event.occurredAt.getTime();
    const status =
      age < 2 * 24 * HOUR
        ? SecurityEventStatus.OPEN
        : age < 4 * 24 * HOUR
          ? SecurityEventStatus.ACKNOWLEDGED
          : SecurityEventStatus.CLOSED;
    const guard = staff.find((u) => u.login === 'guard') ?? null;
    return {
      id: ids.next(),
      park: park.id,
      point: event.point,
      accessEvent: event.id,
      kind,
      occurredAt: event.occurredAt,
      status,
      acknowledgedAt:
        status === SecurityEventStatus.OPEN ? null : new Date(event.occurredAt.getTime() + 6 * MINUTE),
      acknowledgedBy: status === SecurityEventStatus.OPEN ? null : (guard?.id ?? null),
      closedAt:
        status === SecurityEventStatus.CLOSED ? new Date(event.occurredAt.getTime() + 25 * MINUTE) : null,
      closedBy: status === SecurityEventStatus.CLOSED ? (guard?.id ?? null) : null,
      note: null,
      createdAt: event.receivedAt,
    };
  });
  if (security.length) await em.insertMany(SecurityEvent, security);
  return {
    accessPoints: points.length,
    accessGroups: groups,
    accessGroupMembers: members,
    accessCredentials: credentials.length,
    accessEvents: events.length,
    securityEvents: security.length,
  };
}
