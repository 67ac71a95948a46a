import type { EntityManager } from '@mikro-orm/postgresql';
import { Building } from '../../modules/building/building.entity.js';
import { floorName } from '../../modules/building/building.rules.js';
import { Floor } from '../../modules/building/floor.entity.js';
import { Park } from '../../modules/park/park.entity.js';
import { findIndustry } from '../../modules/tenant/industry.js';
import { Unit } from '../../modules/unit/unit.entity.js';
import { BUILDINGS, DEMO_PARK } from './demo-data.js';
import { createEquipment, type Places } from './demo-equipment.js';
import { createHistory } from './demo-equipment-history.js';
import { createMaintenancePlans } from './demo-maintenance.js';
import { TENANT_PROFILES } from './demo-tenant-list.js';
import { allocateUnits, completionDate, createTenants } from './demo-tenants.js';
import { floorArea, levelsOf, planUnits } from './demo-units.js';
import { seedDemoUsers } from './demo-users.js';
import { createWorkOrderHistory } from './demo-work-orders.js';
import { IdSource, Random, round, startOfUtcDay } from './random.js';
import type { SeedContext } from './seed-context.js';

/** How many rows of each kind the demo seed created. */
export type DemoParkCounts = {
  parks: number;
  buildings: number;
  floors: number;
  units: number;
  tenants: number;
  contacts: number;
  equipment: number;
  equipmentEvents: number;
  users: number;
  workOrders: number;
};

/** Fixed seeds: the same `today` always yields the same rows, ids included. */
const CONTENT_SEED = 0x5a58_2024;
const ID_SEED = 0x1d5e_ed01;

/**
 * Seeds one realistic demo park, 苏州星湖智造产业园: six buildings with their floors and ~200
 * units, ~60 tenant companies with contacts leasing fitting space, and an equipment ledger of
 * every category with a year of maintenance history up to `opts.today` (default: today, 00:00
 * UTC), and one user per role (built-in roles must exist). Deterministic: no clock reads besides that default, no `Math.random`, explicit ids and
 * timestamps. Expects a fresh database and the caller's transaction; flushes in a few batches.
 */
export async function seedDemoPark(
  em: EntityManager,
  opts?: { today?: Date; now?: Date },
): Promise<DemoParkCounts> {
  // Work-order history stops at `now`: the moment given as `today` (tests), else the clock.
  const now = opts?.now ?? opts?.today ?? new Date();
  const today = startOfUtcDay(now);
  const random = new Random(CONTENT_SEED);
  const ids = new IdSource(ID_SEED);
  const stamp = { createdAt: today, updatedAt: today };
  for (const p of TENANT_PROFILES) {
    if (!findIndustry(p.industryCode)) throw new Error(`Unknown industry ${p.industryCode} of ${p.name}`);
  }

  const park = em.create(Park, {
    id: ids.next(),
    ...stamp,
    code: DEMO_PARK.code,
    name: DEMO_PARK.name,
    city: DEMO_PARK.city,
    address: DEMO_PARK.address,
    timeZone: DEMO_PARK.timeZone,
    landArea: DEMO_PARK.landArea,
  });
  const ctx: SeedContext = { em, random, ids, today, park };

  // Buildings and floors.
  const places: Places = { buildings: new Map(), floors: new Map(), rooms: new Map() };
  let floors = 0;
  for (const b of BUILDINGS) {
    const levels = levelsOf(b);
    const building = em.create(Building, {
      id: ids.next(),
      ...stamp,
      park,
      code: b.code,
      name: b.name,
      floorsAbove: b.floorsAbove,
      floorsBelow: b.floorsBelow,
      grossArea: round(levels.reduce((a, l) => a + floorArea(b, l), 0)),
      completedYear: completionDate(b.ageYears, today).getUTCFullYear(),
    });
    places.buildings.set(b.code, building);
    for (const level of levels) {
      const floor = em.create(Floor, {
        id: ids.next(),
        ...stamp,
        park,
        building,
        level,
        name: floorName(level),
        grossArea: floorArea(b, level),
      });
      places.floors.set(`${b.code}:${level}`, floor);
      floors += 1;
    }
  }

  // Units, let to tenants.
  const plans = planUnits(random);
  allocateUnits(random, plans, TENANT_PROFILES);
  const { tenants, contacts } = createTenants(ctx, TENANT_PROFILES, plans);
  const units: Unit[] = [];
  for (const u of plans) {
    const floor = places.floors.get(`${u.buildingCode}:${u.level}`);
    const building = places.buildings.get(u.buildingCode);
    if (!floor || !building) throw new Error(`No floor ${u.level} in ${u.buildingCode}`);
    const unit: Unit = em.create(Unit, {
      id: ids.next(),
      ...stamp,
      park,
      building,
      floor,
      code: u.code,
      type: u.type,
      status: u.status,
      grossArea: u.grossArea,
      usableArea: u.usableArea,
      tenant: u.tenant === null ? null : (tenants[u.tenant] ?? null),
    });
    units.push(unit);
    const roomKey = `${u.buildingCode}:${u.role}`;
    if (!places.rooms.has(roomKey)) places.rooms.set(roomKey, unit);
  }
  await em.flush();

  // Equipment ledger and its history.
  const items = createEquipment(ctx, places);
  await em.flush();
  const equipmentEvents = createHistory(ctx, items);
  await em.flush();
  const users = await seedDemoUsers(em, { ids, park, tenants, today });
  const byLogin = (login: string) => users.get(login)!;
  const workOrders = createWorkOrderHistory(em, {
    ids,
    today,
    now,
    park,
    units,
    staff: new Map([
      ['engineering', byLogin('engineer')],
      ['security', byLogin('guard')],
      ['cleaning', byLogin('cleaner')],
      ['landscaping', byLogin('gardener')],
      ['customer_service', byLogin('cs.agent')],
    ]),
    requesters: [byLogin('tenant.admin'), byLogin('tenant.staff'), byLogin('tenant2.admin')],
  });
  const planOrders = createMaintenancePlans(em, {
    ids,
    today,
    park,
    engineer: byLogin('engineer'),
    firstNumber: workOrders,
  });
  await em.flush();
  await em.execute(`select setval('work_order_number_seq', ?)`, [workOrders + planOrders]);
  // QUALITY 七.5: an engineering repair confirmed by the tenant gets a customer-service return visit.
  await em.execute(
    `insert into work_order_follow_up_rule (id, created_at, park_id, from_department, to_department, title_prefix)
     values (?, ?, ?, 'engineering', 'customer_service', '回访')`,
    [ids.next(), today, park.id],
  );

  return {
    parks: 1,
    buildings: BUILDINGS.length,
    floors,
    units: plans.length,
    tenants: tenants.length,
    contacts,
    equipment: items.length,
    equipmentEvents,
    users: users.size,
    workOrders: workOrders + planOrders,
  };
}
