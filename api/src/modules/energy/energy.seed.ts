import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PARK } from '../../db/seeders/demo-data.js';
import { IdSource, Random } from '../../db/seeders/random.js';
import { wallClock } from '../../kernel/clock.js';
import { Building } from '../building/building.entity.js';
import { Floor } from '../building/floor.entity.js';
import { Park } from '../park/park.entity.js';
import { Unit, UnitType } from '../unit/unit.entity.js';
import { Meter, VirtualMeterTerm } from './energy.entity.js';
import { MeterKind, MeterLevel, ReadingFlag } from './energy.enums.js';
import { energyHistoryRepository, type HistoryColumns } from './energy-history.repository.js';
import { PEAK_PER_M2, type Profile, shape } from './load-profile.js';
import { readingRepository } from './reading.repository.js';

const CONTENT_SEED = 0xe7e2_2026;
const ID_SEED = 0xe7e2_1d00;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Hours of history: a year. */
const HOURS = 365 * 24;
/** Quarter-hour rollups are kept this long (`energy.maintain` prunes older ones). */
export const QUARTER_RETENTION_DAYS = 14;
/** China Standard Time, the demo park's zone: no daylight saving. */
const CST = 8 * HOUR;
const BATCH = 40_000;

/** A load drawn through a meter (and so through each meter upstream of it). */
type Load = { meter: Meter; profile: Profile; peak: number };

const PROFILE_OF: Record<UnitType, Profile> = {
  [UnitType.OFFICE]: 'OFFICE',
  [UnitType.FACTORY]: 'FACTORY',
  [UnitType.WAREHOUSE]: 'WAREHOUSE',
  [UnitType.LAB]: 'LAB',
  [UnitType.RETAIL]: 'RETAIL',
  [UnitType.PUBLIC]: 'COMMON',
};

/**
 * The demo park's metering tree: electricity main → building → floor → a sub-meter per tenant
 * company (at its first unit), a chiller plant meter, each building's public area as a virtual
 * meter (building minus its tenants), water main → building water meters; and a year of hourly
 * readings generated here and written in large statements, with every rollup computed from them
 * in the database. Each meter's consumption is its own loads plus everything downstream, so the
 * main meters exceed the sum of their children by the unmetered loss.
 */
export async function seedDemoEnergy(
  em: EntityManager,
  opts?: { today?: Date; now?: Date },
): Promise<Record<string, number>> {
  const park = await em.findOne(Park, { code: DEMO_PARK.code });
  if (!park) return {};
  const started = performance.now();
  const now = opts?.now ?? opts?.today ?? wallClock.now();
  const end = Math.floor(now.getTime() / HOUR) * HOUR;
  const start = end - HOURS * HOUR;
  const random = new Random(CONTENT_SEED);
  const ids = new IdSource(ID_SEED);
  const stamp = { createdAt: new Date(start), updatedAt: new Date(start) };
  const buildings = await em.find(Building, { park }, { orderBy: { code: 'asc' } });
  const floors = await em.find(Floor, { park }, { orderBy: { level: 'asc' } });
  const leased = await em.find(Unit, { park, tenant: { $ne: null } }, { orderBy: { code: 'asc' } });

  const meters: Meter[] = [];
  const loads: Load[] = [];
  const make = (fields: Partial<Meter> & Pick<Meter, 'code' | 'name' | 'kind' | 'level'>) => {
    const m = em.create(Meter, {
      id: ids.next(),
      ...stamp,
      park,
      timeZone: park.timeZone,
      multiplier: 1,
      registerDigits: 8,
      intervalMinutes: 60,
      virtual: false,
      active: true,
      ...fields,
    });
    meters.push(m);
    return m;
  };
  const totalArea = buildings.reduce((s, b) => s + Number(b.grossArea), 0);
  const eMain = make({
    code: 'E-MAIN',
    name: '园区总进线',
    kind: MeterKind.ELECTRICITY,
    level: MeterLevel.PARK,
    multiplier: 200,
  });
  const wMain = make({ code: 'W-MAIN', name: '园区供水总表', kind: MeterKind.WATER, level: MeterLevel.PARK });
  const chiller = make({
    code: 'E-CHILLER',
    name: '能源站冷水机组',
    kind: MeterKind.ELECTRICITY,
    level: MeterLevel.EQUIPMENT,
    parent: eMain,
    multiplier: 40,
  });
  loads.push({ meter: chiller, profile: 'HVAC', peak: totalArea * PEAK_PER_M2.HVAC * 0.5 });
  loads.push({ meter: eMain, profile: 'COMMON', peak: totalArea * 0.0015 });
  loads.push({ meter: wMain, profile: 'WATER', peak: totalArea * PEAK_PER_M2.WATER * 0.04 });

  const floorMeter = new Map<string, Meter>();
  const tenantsIn = new Map<string, Meter[]>();
  for (const b of buildings) {
    const area = Number(b.grossArea);
    const eb = make({
      code: `E-${b.code}`,
      name: `${b.name}总表`,
      kind: MeterKind.ELECTRICITY,
      level: MeterLevel.BUILDING,
      parent: eMain,
      building: b,
      multiplier: 80,
    });
    loads.push({ meter: eb, profile: 'COMMON', peak: area * PEAK_PER_M2.COMMON });
    const wb = make({
      code: `W-${b.code}`,
      name: `${b.name}水表`,
      kind: MeterKind.WATER,
      level: MeterLevel.BUILDING,
      parent: wMain,
      building: b,
    });
    loads.push({ meter: wb, profile: 'WATER', peak: area * PEAK_PER_M2.WATER });
    for (const f of floors.filter((x) => x.building.id === b.id)) {
      const fm = make({
        code: `E-${b.code}-${f.level < 0 ? `B${-f.level}` : `F${f.level}`}`,
        name: `${b.name}${f.name}`,
        kind: MeterKind.ELECTRICITY,
        level: MeterLevel.FLOOR,
        parent: eb,
        building: b,
        floor: f,
      });
      floorMeter.set(f.id, fm);
      loads.push({ meter: fm, profile: 'COMMON', peak: Number(f.grossArea ?? area / 8) * 0.004 });
    }
    tenantsIn.set(b.id, []);
  }
  const seen = new Set<string>();
  for (const u of leased) {
    const tenantId = u.tenant!.id;
    if (seen.has(tenantId)) continue;
    seen.add(tenantId);
    const area = leased.filter((x) => x.tenant?.id === tenantId).reduce((s, x) => s + Number(x.grossArea), 0);
    const tm = make({
      code: `E-T-${u.code}`.slice(0, 30),
      name: `${u.code} 企业分表`,
      kind: MeterKind.ELECTRICITY,
      level: MeterLevel.TENANT,
      parent: floorMeter.get(u.floor.id) ?? null,
      building: u.building,
      floor: u.floor,
      unit: u,
      tenant: u.tenant,
      registerDigits: 6,
    });
    tenantsIn.get(u.building.id)?.push(tm);
    loads.push({ meter: tm, profile: PROFILE_OF[u.type], peak: area * PEAK_PER_M2[PROFILE_OF[u.type]] });
  }
  let virtual = 0;
  for (const b of buildings) {
    const tenants = (tenantsIn.get(b.id) ?? []).slice(0, 49);
    const eb = meters.find((m) => m.code === `E-${b.code}`)!;
    if (tenants.length === 0) continue;
    const v = make({
      code: `V-${b.code}-PUBLIC`,
      name: `${b.name}公区用电`,
      kind: MeterKind.ELECTRICITY,
      level: MeterLevel.EQUIPMENT,
      building: b,
      virtual: true,
      registerDigits: null,
    });
    em.create(VirtualMeterTerm, {
      id: ids.next(),
      createdAt: new Date(start),
      park,
      virtualMeter: v,
      meter: eb,
      sign: 1,
    });
    for (const t of tenants)
      em.create(VirtualMeterTerm, {
        id: ids.next(),
        createdAt: new Date(start),
        park,
        virtualMeter: v,
        meter: t,
        sign: -1,
      });
    virtual++;
  }

  // Hourly consumption of every real meter: its loads and all downstream.
  const real = meters.filter((m) => !m.virtual);
  const series = new Map(real.map((m) => [m.id, new Float64Array(HOURS)]));
  const upstream = (m: Meter): Meter[] => (m.parent ? [m, ...upstream(m.parent as Meter)] : [m]);
  for (const load of loads) {
    const path = upstream(load.meter).map((m) => series.get(m.id)!);
    for (let h = 0; h < HOURS; h++) {
      const t = new Date(start + h * HOUR + CST);
      const dayOfYear = Math.floor((t.getTime() - Date.UTC(t.getUTCFullYear(), 0, 1)) / DAY);
      const kwh =
        load.peak *
        shape(load.profile, { hour: t.getUTCHours(), weekday: t.getUTCDay(), dayOfYear }) *
        (0.9 + 0.2 * random.next());
      for (const s of path) s[h]! += kwh;
    }
  }
  const computedMs = Math.round(performance.now() - started);
  await em.flush();
  await readingRepository.ensurePartitions(em, new Date(start - DAY), new Date(end + 92 * DAY));

  const columns = (): HistoryColumns => ({
    meterIds: [],
    parkIds: [],
    ts: [],
    values: [],
    flags: [],
    deltas: [],
    baseTs: [],
  });
  let batch = columns();
  let rows = 0;
  const flush = async () => {
    if (batch.ts.length > 0) await energyHistoryRepository.insertReadings(em, batch);
    rows += batch.ts.length;
    batch = columns();
  };
  for (const m of real) {
    const s = series.get(m.id)!;
    const multiplier = Number(m.multiplier);
    let peak = 0;
    let register = random.int(1_000, 90_000) * 1000;
    for (let h = 0; h <= HOURS; h++) {
      const step = h === 0 ? 0 : Math.round((s[h - 1]! / multiplier) * 1000);
      register += step;
      const delta = step * multiplier;
      peak = Math.max(peak, delta);
      batch.meterIds.push(m.id);
      batch.parkIds.push(park.id);
      batch.ts.push(new Date(start + h * HOUR));
      batch.values.push((register / 1000).toFixed(3));
      batch.flags.push(h === 0 ? ReadingFlag.FIRST : ReadingFlag.OK);
      batch.deltas.push((delta / 1000).toFixed(3));
      batch.baseTs.push(h === 0 ? null : new Date(start + (h - 1) * HOUR));
      if (batch.ts.length >= BATCH) await flush();
    }
    // Three times the fiercest quarter of the year is what the meter can physically pass.
    m.spikeLimit = Math.ceil((peak / 4000) * 3 + 1);
  }
  await flush();
  await em.flush();
  const readingsMs = Math.round(performance.now() - started);
  await energyHistoryRepository.rollUpSeeded(em, park.id, new Date(end - QUARTER_RETENTION_DAYS * DAY));
  await energyHistoryRepository.settleBaselines(em, park.id);
  await energyHistoryRepository.analyze(em);
  return {
    meters: meters.length,
    virtualMeters: virtual,
    meterReadings: rows,
    energyComputedMs: computedMs,
    energyReadingsWrittenMs: readingsMs,
    energySeedMs: Math.round(performance.now() - started),
  };
}
