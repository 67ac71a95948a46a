import { TenantCompany, TenantStatus } from '../../modules/tenant/tenant.entity.js';
import { TenantContact } from '../../modules/tenant/tenant-contact.entity.js';
import { makeUscc } from '../../modules/tenant/uscc.js';
import { UnitStatus } from '../../modules/unit/unit.entity.js';
import {
  BUILDINGS,
  GIVEN_CHARS,
  MOBILE_PREFIXES,
  OTHER_TITLES,
  type Pool,
  PRIMARY_TITLES,
  SURNAMES,
} from './demo-data.js';
import type { TenantProfile } from './demo-tenant-list.js';
import type { UnitPlan } from './demo-units.js';
import { addDays, dateBetween, isoDate, laterOf, type Random } from './random.js';
import type { SeedContext } from './seed-context.js';

/** Share of a pool's leasable units that tenants take (the rest is vacant, reserved, renovated). */
const TAKE_RATE = 0.93;
const POOLS: readonly Pool[] = ['A1OFF', 'D1OFF', 'LAB', 'FAC', 'WH', 'RET'];
/** Characters of GB 11714 organisation codes (no I, O, S, V, Z). */
const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 苏州工业园区. */
const SIP_DIVISION = '320594';
/** Usable m² per employee by kind of space. */
const DENSITY: Record<Pool, number> = { A1OFF: 9, D1OFF: 10, LAB: 22, FAC: 45, WH: 160, RET: 22 };
/** The building a tenant that has moved out used to occupy. */
const FORMER_BUILDING: Record<Pool, string> = {
  A1OFF: 'A1',
  D1OFF: 'D1',
  LAB: 'A2',
  FAC: 'B1',
  WH: 'C1',
  RET: 'D1',
};

function weightedPick(random: Random, candidates: readonly number[], weight: (i: number) => number): number {
  const total = candidates.reduce((a, i) => a + weight(i), 0);
  let r = random.next() * total;
  for (const i of candidates) {
    r -= weight(i);
    if (r < 0) return i;
  }
  return candidates[candidates.length - 1] as number;
}

/**
 * Lets units to tenants, pool by pool: a tenant that takes a role (the canteen operator) gets every
 * such unit; the others share about 93 % of the rest, 1–6 adjacent units each, bigger companies
 * more. Active tenants' units become LEASED, onboarding tenants' RESERVED; of the units left over
 * a few are under renovation or reserved and the rest vacant. Moved-out tenants get nothing.
 */
export function allocateUnits(random: Random, plans: UnitPlan[], profiles: readonly TenantProfile[]): void {
  const let_ = (unit: UnitPlan, tenant: number) => {
    unit.tenant = tenant;
    unit.status =
      profiles[tenant]?.status === TenantStatus.ONBOARDING ? UnitStatus.RESERVED : UnitStatus.LEASED;
  };
  for (const pool of POOLS) {
    const units = plans.filter((u) => u.pool === pool);
    const takers = profiles.flatMap((p, i) =>
      p.pool === pool && p.status !== TenantStatus.MOVED_OUT ? [i] : [],
    );
    for (const t of takers) {
      const role = profiles[t]?.takesRole;
      if (role) for (const u of units) if (u.role === role && u.tenant === null) let_(u, t);
    }
    const generic = takers.filter((t) => !profiles[t]?.takesRole);
    const free = units.filter((u) => u.tenant === null);
    const maxEach = pool === 'RET' ? 1 : 6;
    const target = Math.min(
      free.length,
      generic.length * maxEach,
      Math.max(generic.length, Math.round(free.length * TAKE_RATE)),
    );
    if (generic.length > free.length) throw new Error(`Pool ${pool} has fewer units than tenants`);
    const chosen = random.sample(free, target);
    const counts = new Map(generic.map((t) => [t, 1]));
    for (let left = target - generic.length; left > 0; left -= 1) {
      const open = generic.filter((t) => (counts.get(t) ?? 0) < maxEach);
      const t = weightedPick(random, open, (i) => (profiles[i]?.size ?? 1) ** 2);
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    let next = 0;
    for (const t of random.shuffle(generic)) {
      for (let c = 0; c < (counts.get(t) ?? 0); c += 1) let_(chosen[next++] as UnitPlan, t);
    }
    const leftover = random.shuffle(units.filter((u) => u.tenant === null));
    leftover.forEach((u, i) => {
      if (i === 0 && (pool === 'A1OFF' || pool === 'LAB' || pool === 'FAC'))
        u.status = UnitStatus.UNDER_RENOVATION;
      else if (i === 1 && (pool === 'A1OFF' || pool === 'D1OFF')) u.status = UnitStatus.RESERVED;
      else if (i === 0 && pool === 'WH') u.status = UnitStatus.RESERVED;
      else u.status = UnitStatus.VACANT;
    });
  }
}

/** A Chinese person's name and the pinyin parts for an e-mail address. */
export function personName(random: Random): { name: string; surname: string; given: string } {
  const [surname, surnamePy] = random.pick(SURNAMES);
  const chars = random.chance(0.7)
    ? [random.pick(GIVEN_CHARS), random.pick(GIVEN_CHARS)]
    : [random.pick(GIVEN_CHARS)];
  return {
    name: surname + chars.map(([c]) => c).join(''),
    surname: surnamePy,
    given: chars.map(([, py]) => py).join(''),
  };
}

function mobile(random: Random, used: Set<string>): string {
  for (;;) {
    const phone = random.pick(MOBILE_PREFIXES) + random.chars('0123456789', 8);
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

/** When a building was handed over: 30 September of its completion year. */
export function completionDate(ageYears: number, today: Date): Date {
  return new Date(Date.UTC(today.getUTCFullYear() - ageYears, 8, 30));
}

function moveInDate(random: Random, p: TenantProfile, units: UnitPlan[], today: Date): string {
  if (p.status === TenantStatus.ONBOARDING) return isoDate(addDays(today, random.int(10, 75)));
  const codes = units.length > 0 ? units.map((u) => u.buildingCode) : [FORMER_BUILDING[p.pool]];
  const ages = BUILDINGS.filter((b) => codes.includes(b.code)).map((b) => b.ageYears);
  const handover = addDays(completionDate(Math.min(...ages), today), 30);
  const eightYears = addDays(today, -8 * 365 + 10);
  const earliest = laterOf(handover, eightYears);
  const latest = addDays(today, p.status === TenantStatus.MOVED_OUT ? -3 * 365 : -45);
  return isoDate(dateBetween(random, earliest, laterOf(latest, earliest)));
}

/**
 * Creates the tenant companies (valid USCCs in 苏州工业园区, head counts that fit their space)
 * and their contacts, one of them primary. Returns the companies in profile order.
 */
export function createTenants(
  ctx: SeedContext,
  profiles: readonly TenantProfile[],
  plans: readonly UnitPlan[],
): { tenants: TenantCompany[]; contacts: number } {
  const { em, random, ids, today, park } = ctx;
  const stamp = { createdAt: today, updatedAt: today };
  const usedUscc = new Set<string>();
  const usedPhones = new Set<string>();
  const tenants: TenantCompany[] = [];
  let contacts = 0;
  profiles.forEach((p, index) => {
    const units = plans.filter((u) => u.tenant === index);
    const area = units.reduce((a, u) => a + u.usableArea, 0);
    const employees =
      units.length > 0
        ? Math.max(3, Math.round((area / DENSITY[p.pool]) * (0.75 + random.next() * 0.5)))
        : random.int(12, 60);
    let uscc = '';
    do uscc = makeUscc('91', SIP_DIVISION, random.chars(ORG_ALPHABET, 8));
    while (usedUscc.has(uscc));
    usedUscc.add(uscc);
    const domain = `${p.pinyin}${random.pick(['', 'tech', 'sz', '-china', 'group'])}.${random.pick(['com', 'com.cn', 'cn'])}`;
    const tenant = em.create(TenantCompany, {
      id: ids.next(),
      ...stamp,
      park,
      name: p.name,
      shortName: p.shortName,
      uscc,
      industryCode: p.industryCode,
      legalRepresentative: personName(random).name,
      employeeCount: employees,
      status: p.status,
      moveInDate: moveInDate(random, p, units, today),
      website: random.chance(0.65) ? `https://www.${domain}` : null,
      description: p.description,
    });
    tenants.push(tenant);
    const count = p.status === TenantStatus.MOVED_OUT ? 1 : p.size >= 2 ? random.int(2, 3) : random.int(1, 2);
    for (let position = 0; position < count; position += 1) {
      const person = personName(random);
      const primary = position === 0;
      em.create(TenantContact, {
        id: ids.next(),
        ...stamp,
        park,
        tenant,
        name: person.name,
        title: random.pick(primary ? PRIMARY_TITLES : OTHER_TITLES),
        phone: mobile(random, usedPhones),
        email: random.chance(primary ? 0.8 : 0.55) ? `${person.given}.${person.surname}@${domain}` : null,
        isPrimary: primary,
        position,
      });
      contacts += 1;
    }
  });
  return { tenants, contacts };
}
